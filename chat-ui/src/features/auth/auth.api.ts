import { api, refreshSession } from '../../lib/http';
import { sessionStore, type Session, type User } from './session-store';

/** Asks the server to keep the refresh token in its httpOnly cookie rather than in the answer. */
export const COOKIE_MODE = { 'X-Refresh-Transport': 'cookie' } as const;

type TokenBody = { accessToken: string; user: User };

function start(body: TokenBody): Session {
  const session = { accessToken: body.accessToken, user: body.user };
  sessionStore.set(session);
  return session;
}

export async function login(email: string, password: string): Promise<Session> {
  return start(await api<TokenBody>('/api/auth/login', { method: 'POST', body: { email, password }, headers: COOKIE_MODE }));
}

export interface SignupInput {
  businessName: string;
  email: string;
  password: string;
  wilaya: string;
  language: 'fr' | 'ar' | 'en';
  phone?: string;
  name?: string;
}

export async function signup(input: SignupInput): Promise<Session> {
  return start(await api<TokenBody>('/api/auth/signup', { method: 'POST', body: input, headers: COOKIE_MODE }));
}

/** On page load: a refresh through the cookie gives a fresh access token if the sign-in is still alive. */
export async function restoreSession(): Promise<boolean> {
  return refreshSession();
}

/** Refreshes the stored profile (role or business name may have changed since sign-in). */
export async function loadMe(): Promise<void> {
  const me = await api<User>('/api/auth/me');
  const current = sessionStore.get();
  if (current && me?.id) sessionStore.set({ ...current, user: { ...current.user, ...me } });
}

/** Revokes the session on the server (the cookie goes with it), then forgets it here — even offline. */
export async function logout(): Promise<void> {
  try {
    await fetch('/api/auth/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...COOKIE_MODE },
      body: '{}',
      credentials: 'same-origin',
    });
  } catch {
    // offline: the cookie expires on its own; the session is forgotten here anyway
  }
  sessionStore.set(null);
}

export const forgotPassword = (email: string) =>
  api<{ accepted: boolean; emailEnabled: boolean }>('/api/auth/password/forgot', { method: 'POST', body: { email } });
export const checkResetToken = (token: string) =>
  api<{ valid: boolean; email: string }>('/api/auth/password/check', { method: 'POST', body: { token } });
export const resetPassword = (token: string, password: string) =>
  api<{ reset: boolean; email: string }>('/api/auth/password/reset', { method: 'POST', body: { token, password } });

export interface InvitationInfo {
  email: string;
  role: 'OWNER' | 'STAFF';
  language: 'fr' | 'ar' | 'en';
  business: string;
  expiresAt: string;
}
export const lookupInvitation = (code: string) => api<InvitationInfo>('/api/auth/invitations/lookup', { method: 'POST', body: { code } });
export async function acceptInvitation(code: string, name: string, password: string): Promise<Session> {
  return start(
    await api<TokenBody>('/api/auth/invitations/accept', { method: 'POST', body: { code, name, password }, headers: COOKIE_MODE }),
  );
}
