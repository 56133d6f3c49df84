import { api } from '../../lib/http';
import { sessionStore, type Session, type User } from './session-store';

export async function login(email: string, password: string): Promise<Session> {
  const session = await api<Session>('/api/auth/login', { method: 'POST', body: { email, password } });
  sessionStore.set(session);
  return session;
}

/** Refreshes the stored profile (role or business name may have changed since sign-in). */
export async function loadMe(): Promise<void> {
  const me = await api<User>('/api/auth/me');
  const current = sessionStore.get();
  if (current && me?.id) sessionStore.set({ ...current, user: { ...current.user, ...me } });
}

export function logout(): void {
  sessionStore.set(null);
}
