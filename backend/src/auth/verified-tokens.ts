/** The time claims jsonwebtoken checks on every verification (seconds since the epoch). */
export interface TimedClaims {
  exp?: number;
  nbf?: number;
}

/**
 * Access tokens whose signature, issuer and algorithm were already verified, with their claims, until they expire:
 * the guard verified the same token's HMAC on every request of a session (jws/jwa, about 3 % of a cached dashboard
 * read when profiled). Only the exact token string that passed a full verification is remembered, so nothing is
 * trusted that was not checked; its time claims are checked again at every use with jsonwebtoken's rules; a token
 * that failed is never remembered. Revocation is untouched: the caller still checks the user's status and token
 * version on every request. Bounded (oldest first out), so a flood of valid tokens cannot grow the process.
 */
export class VerifiedTokens<C extends TimedClaims> {
  private readonly entries = new Map<string, C>();

  constructor(
    private readonly maxEntries: number,
    /** Wall time in ms, as jsonwebtoken reads it (tests pass their own). */
    private readonly now: () => number = Date.now,
  ) {}

  /** The token's claims: remembered ones while still within their times, else `verify(token)`'s (null: invalid). */
  async claims(token: string, verify: (token: string) => Promise<C | null>): Promise<C | null> {
    const known = this.entries.get(token);
    if (known) {
      if (this.inTime(known)) return known;
      this.entries.delete(token);
    }
    const claims = await verify(token);
    // Only tokens that expire are remembered (every access token the product signs does).
    if (claims && typeof claims.exp === 'number' && this.inTime(claims)) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(token, claims);
    }
    return claims;
  }

  get size(): number {
    return this.entries.size;
  }

  /** jsonwebtoken's rules, with no clock tolerance (none is configured): exp is exclusive, nbf inclusive. */
  private inTime(claims: C): boolean {
    const seconds = Math.floor(this.now() / 1000);
    return typeof claims.exp === 'number' && seconds < claims.exp && (claims.nbf === undefined || claims.nbf <= seconds);
  }
}
