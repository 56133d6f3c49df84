import { useSyncExternalStore } from 'react';

export type Role = 'OWNER' | 'STAFF' | 'SUPPORT' | 'ADMIN';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  tenantId: string | null;
  locale?: string | null;
  tenant?: { id?: string; name: string; currency: string; locale: string; slug?: string } | null;
}

/**
 * The signed-in session. The access token (short-lived) lives in memory only; the refresh token is an httpOnly
 * cookie the page's script can't read (see the backend's auth-cookie.ts). localStorage keeps the profile alone, as a
 * hint that a session may be restored on the next load, and to sign other tabs in and out together.
 */
export interface Session {
  accessToken: string;
  user: User;
}

const KEY = 'tajer.session';
const listeners = new Set<() => void>();
let current: Session | null = null;

/** The profile of the last signed-in user on this device, if any (no secret in it). */
export function storedUser(): User | null {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as { user?: User; refreshToken?: string }) : null;
    // Sessions written by earlier versions carried tokens: drop them, keep nothing secret at rest.
    if (parsed && 'refreshToken' in parsed) {
      localStorage.removeItem(KEY);
      return null;
    }
    return parsed?.user ?? null;
  } catch {
    return null;
  }
}

export const sessionStore = {
  get: (): Session | null => current,
  set(next: Session | null): void {
    current = next;
    try {
      if (next) localStorage.setItem(KEY, JSON.stringify({ user: next.user }));
      else localStorage.removeItem(KEY);
    } catch {
      // private mode: the session just won't survive a reload
    }
    listeners.forEach((l) => l());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Another tab signed in or out: follow it. */
  onOtherTab(handler: (user: User | null) => void): void {
    if (typeof window === 'undefined') return;
    window.addEventListener('storage', (e) => {
      if (e.key === KEY) handler(storedUser());
    });
  },
};

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, () => null);
}
