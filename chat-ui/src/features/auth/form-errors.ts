import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/http';

/**
 * The sentence for a failed account request: a broken password rule is named (too short, too common…), a used email
 * or an expired link said plainly; anything else falls back to the generic messages.
 */
export function accountError(err: unknown, t: TFunction): string {
  if (!(err instanceof ApiError) || err.status === 0) return t('errors.network');
  const details = Array.isArray(err.details) ? (err.details as { field?: string; rule?: string }[]) : [];
  const rule = details.find((d) => d.rule)?.rule;
  if (rule) return t(`account.rules.${rule}`, { defaultValue: t('account.rules.weak') });
  if (err.status === 429) return t('auth.tooMany');
  if (err.status === 409 && details.some((d) => d.field === 'email')) return t('account.emailTaken');
  if (err.status === 409) return t('account.linkUsed');
  if (err.status === 410 || err.status === 404) return t('account.linkInvalid');
  if (err.status === 400) {
    const fields = details.map((d) => d.field).filter(Boolean) as string[];
    if (fields.length)
      return t('account.checkFields', { fields: fields.map((f) => t(`account.fields.${f}`, { defaultValue: f })).join(', ') });
  }
  return t('errors.generic');
}
