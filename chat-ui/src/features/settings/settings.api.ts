import { api, ApiError } from '../../lib/http';
import { sessionStore } from '../auth/session-store';

export interface BusinessProfile {
  id: string;
  name: string;
  wilaya: string | null;
  wilayaLabel: { code: number | null } | null;
  address: string | null;
  phone: string | null;
  nif: string | null;
  rc: string | null;
  articleNumber: string | null;
  vatRates: number[];
  logoUrl: string | null;
  language: 'fr' | 'ar' | 'en';
}

export interface Member {
  id: string;
  email: string;
  name: string;
  role: 'OWNER' | 'STAFF';
  active: boolean;
  you: boolean;
  lastLoginAt: string | null;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: 'OWNER' | 'STAFF';
  expiresAt: string;
}

export const updateBusiness = (body: Partial<Record<string, unknown>>) => api<BusinessProfile>('/api/business', { method: 'PATCH', body });
export const removeLogo = () => api<BusinessProfile>('/api/business/logo', { method: 'DELETE' });

/** Multipart upload of the logo (the server checks it is an image and stores a 512 px PNG). */
export async function uploadLogo(file: File): Promise<BusinessProfile> {
  const send = () => {
    const form = new FormData();
    form.append('file', file);
    const token = sessionStore.get()?.accessToken;
    return fetch('/api/business/logo', { method: 'PUT', body: form, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  };
  const res = await send();
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
    throw new ApiError(res.status, body?.code ?? `HTTP_${res.status}`, body?.message ?? res.statusText);
  }
  return (await res.json()) as BusinessProfile;
}

export const invite = (email: string, role: 'OWNER' | 'STAFF') =>
  api<{ inviteUrl: string; code: string; emailed: boolean; email: string }>('/api/users/invitations', {
    method: 'POST',
    body: { email, role },
  });
export const withdrawInvitation = (id: string) => api<unknown>(`/api/users/invitations/${id}`, { method: 'DELETE' });
export const updateMember = (id: string, body: { role?: 'OWNER' | 'STAFF'; active?: boolean }) =>
  api<Member>(`/api/users/${id}`, { method: 'PATCH', body });
export const resetLink = (id: string) =>
  api<{ resetUrl: string; token: string; emailed: boolean }>(`/api/users/${id}/password-reset`, { method: 'POST' });

/** Links are built on the origin the owner is using, so they work whatever PUBLIC_URL says. */
export const linkOn = (path: string, param: string, value: string) => `${location.origin}${path}#${param}=${value}`;
