import type { TestApp } from '../helpers/test-app';

export const STRONG = 'sel-et-semoule-2026';

let n = 0;
/** Signs a new business up (unique email) and returns the login body. */
export async function signUp(t: TestApp, over: Record<string, unknown> = {}, ip = '10.9.0.1') {
  const body = {
    businessName: `Boutique ${++n}`,
    email: `owner${n}-${process.pid}@new.dz`,
    password: STRONG,
    wilaya: '16',
    language: 'fr',
    ...over,
  };
  const res = await t.http().post('/api/auth/signup').set('X-Forwarded-For', ip).send(body);
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as {
    accessToken: string;
    refreshToken: string;
    user: { id: string; email: string; tenantId: string; role: string };
    tenant: { id: string; slug: string; name: string };
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
