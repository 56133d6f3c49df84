import type { dictionary as Dictionary } from '@zxcvbn-ts/language-common';
import { LOCAL_COMMON_PASSWORDS } from './common-passwords.local';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordRule = 'min_length' | 'max_length' | 'common' | 'contains_email';

export interface PasswordProblem {
  rule: PasswordRule;
  message: string;
}

/**
 * The ~49,000 most common passwords of zxcvbn-ts (maintained, MIT, from leaked-password corpora) plus a short local
 * list (common-passwords.local.ts) of French and Algerian ones. Only the entries long enough to pass the length rule
 * matter, so only those are kept in memory. The package (the whole list, and a few other dictionaries) is loaded at
 * the first new password checked (sign-up, change, reset), not at start: logins never need it.
 */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  if (common) return common;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { dictionary } = require('@zxcvbn-ts/language-common') as { dictionary: typeof Dictionary };
  const all = [...(dictionary['passwords-common'] as string[]), ...LOCAL_COMMON_PASSWORDS];
  common = new Set(all.map((p) => p.toLowerCase()).filter((p) => p.length >= PASSWORD_MIN_LENGTH));
  return common;
}

/** The first rule a new password breaks, or null. `email` refuses a password that is the account's own address. */
export function passwordProblem(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return { rule: 'min_length', message: `must be at least ${PASSWORD_MIN_LENGTH} characters long` };
  }
  if (length > PASSWORD_MAX_LENGTH) return { rule: 'max_length', message: `must be at most ${PASSWORD_MAX_LENGTH} characters long` };
  const folded = password.trim().toLowerCase();
  if (commonPasswords().has(folded))
    return { rule: 'common', message: 'is one of the most common passwords: choose a less predictable one' };
  const email = context.email?.trim().toLowerCase();
  if (email && (folded === email || folded === email.split('@')[0])) {
    return { rule: 'contains_email', message: 'must not be your email address' };
  }
  return null;
}
