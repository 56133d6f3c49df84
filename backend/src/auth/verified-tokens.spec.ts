import { VerifiedTokens } from './verified-tokens';

type Claims = { sub: string; exp?: number; nbf?: number };

/** The verified-token memory's rules with a pinned clock: what it remembers, until when, and its bound. */
describe('VerifiedTokens', () => {
  let now: number;
  let verifications: number;
  const at = (iso: string) => (now = new Date(iso).getTime());
  const seconds = (iso: string) => new Date(iso).getTime() / 1000;
  const valid = (claims: { exp?: number; nbf?: number }) => async () => {
    verifications++;
    return { sub: 'u1', ...claims };
  };
  const invalid = async () => {
    verifications++;
    return null;
  };

  beforeEach(() => {
    at('2026-11-18T10:00:00Z');
    verifications = 0;
  });

  it('verifies a token once and reuses its claims until it expires (exp exclusive, as jsonwebtoken)', async () => {
    const tokens = new VerifiedTokens<Claims>(10, () => now);
    const verify = valid({ exp: seconds('2026-11-18T10:15:00Z') });
    expect((await tokens.claims('t', verify))?.sub).toBe('u1');
    at('2026-11-18T10:14:59.999Z');
    expect((await tokens.claims('t', verify))?.sub).toBe('u1');
    expect(verifications).toBe(1);
    // At exp the remembered claims are no longer used: the token is verified again (and jsonwebtoken refuses it).
    at('2026-11-18T10:15:00Z');
    expect(await tokens.claims('t', invalid)).toBeNull();
    expect([verifications, tokens.size]).toEqual([2, 0]);
  });

  it('never remembers a token that failed, nor one without an expiry or not yet valid', async () => {
    const tokens = new VerifiedTokens<Claims>(10, () => now);
    await tokens.claims('bad', invalid);
    await tokens.claims('bad', invalid);
    await tokens.claims('forever', valid({}));
    await tokens.claims('forever', valid({}));
    const later = valid({ exp: seconds('2026-11-18T11:00:00Z'), nbf: seconds('2026-11-18T10:30:00Z') });
    await tokens.claims('later', later);
    expect([verifications, tokens.size]).toEqual([5, 0]);
  });

  it('checks a remembered token against its times at each use (a clock set back before nbf)', async () => {
    const tokens = new VerifiedTokens<Claims>(10, () => now);
    await tokens.claims('t', valid({ exp: seconds('2026-11-18T11:00:00Z'), nbf: seconds('2026-11-18T10:00:00Z') }));
    at('2026-11-18T09:59:59Z');
    expect(await tokens.claims('t', invalid)).toBeNull();
    expect(verifications).toBe(2);
  });

  it('keeps at most its bound of tokens, the oldest out first', async () => {
    const tokens = new VerifiedTokens<Claims>(3, () => now);
    const verify = valid({ exp: seconds('2026-11-18T11:00:00Z') });
    for (let i = 0; i < 10; i++) await tokens.claims(`t${i}`, verify);
    expect(tokens.size).toBe(3);
    await tokens.claims('t9', verify);
    await tokens.claims('t0', verify);
    expect(verifications).toBe(11);
  });
});
