export const MEMBER_EXAMPLE = {
  id: '8d1e3c52-0b7a-4f0e-9a8e-2b3c4d5e6f70',
  email: 'karim@example.dz',
  name: 'Karim',
  role: 'STAFF',
  locale: 'ar',
  lastLoginAt: '2026-12-04T08:12:00.000Z',
  createdAt: '2026-12-01T09:00:00.000Z',
  active: true,
  disabledAt: null,
  you: false,
};

export const INVITATION_EXAMPLE = {
  id: '0f7b2c1d-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
  email: 'karim@example.dz',
  role: 'STAFF',
  language: 'ar',
  expiresAt: '2026-12-11T09:00:00.000Z',
  acceptedAt: null,
  revokedAt: null,
  createdAt: '2026-12-04T09:00:00.000Z',
  code: 'Qm9uam91ci1rYXJpbS1iaWVudmVudWUtY2hlei1ub3Vy',
  inviteUrl: 'https://tajer.example.com/invite#code=Qm9uam91ci1rYXJpbS1iaWVudmVudWUtY2hlei1ub3Vy',
  emailed: true,
};
