const user = {
  id: '5b0e2a4c-1f7d-4a57-9d0b-6c1f3f0b9a21',
  email: 'nour@example.dz',
  name: 'nour',
  role: 'OWNER',
  tenantId: 'c2f1d7a0-8a8e-4d0e-b1f4-0f3c9e1b7d55',
  locale: 'fr',
  createdAt: '2026-12-04T09:00:00.000Z',
};
const tenant = {
  id: 'c2f1d7a0-8a8e-4d0e-b1f4-0f3c9e1b7d55',
  name: 'Supérette Nour',
  slug: 'superette-nour',
  currency: 'DZD',
  locale: 'fr-DZ',
  wilaya: 'Oran',
};

export const SIGNUP_EXAMPLE = {
  accessToken: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…',
  refreshToken: 'rt_Yx1c3b0…',
  tokenType: 'Bearer',
  expiresIn: '15m',
  user: { ...user, tenant },
  tenant,
};

export const LOGIN_EXAMPLE = SIGNUP_EXAMPLE;
