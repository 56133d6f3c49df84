import { JwtService } from '@nestjs/jwt';
import type { TestApp } from '../../helpers/test-app';

/** The callers of the authorization matrix. OWNER (demo business) is the reference. */
export const CALLERS = ['none', 'expired', 'disabled', 'otherTenant', 'staff', 'support', 'readKey', 'writeKey'] as const;
export type Caller = (typeof CALLERS)[number] | 'owner';

export type Credentials = Record<Caller, string | null>;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * Real credentials for each caller: demo logins, API keys made by the owner, a token whose user was then disabled by
 * the owner through the team API, and an access token past its expiry (signed like the app's, HS256 + issuer).
 */
export async function makeCredentials(t: TestApp): Promise<Credentials> {
  const owner = await t.login('owner@demo.dz');
  const key = async (scopes: string[]) => {
    const res = await t
      .http()
      .post('/api/api-keys')
      .set(bearer(owner))
      .send({ name: `matrix ${scopes.join('+')}`, scopes });
    if (res.status !== 201) throw new Error(`key: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.key as string;
  };
  const email = `disabled-${process.pid}-${Date.now()}@demo.dz`;
  const invite = await t.http().post('/api/users/invitations').set(bearer(owner)).send({ email, role: 'STAFF' });
  if (invite.status !== 201) throw new Error(`invite: ${invite.status} ${JSON.stringify(invite.body)}`);
  const accepted = await t
    .http()
    .post('/api/auth/invitations/accept')
    .send({ code: invite.body.code, name: 'Disabled Staff', password: 'sel-et-semoule-2026' });
  if (accepted.status !== 200 && accepted.status !== 201) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  const disabled = accepted.body.accessToken as string;
  const off = await t.http().patch(`/api/users/${accepted.body.user.id}`).set(bearer(owner)).send({ active: false });
  if (off.status !== 200) throw new Error(`disable: ${off.status} ${JSON.stringify(off.body)}`);

  const jwt = new JwtService({ secret: t.config.secretKey });
  const claims = jwt.decode(owner) as Record<string, unknown>;
  const now = Math.floor(Date.now() / 1000);
  const expired = jwt.sign({ ...claims, iat: now - 3600, exp: now - 60 }, { algorithm: 'HS256' });

  return {
    owner,
    none: null,
    expired,
    disabled,
    otherTenant: await t.login('owner@oran.dz'),
    staff: await t.login('staff@demo.dz'),
    support: await t.login('support@demo.dz'),
    readKey: await key(['read']),
    writeKey: await key(['read', 'write']),
  };
}
