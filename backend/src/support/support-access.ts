import { PLATFORM_ROLES, type Principal } from '../auth/principal';
import { forbidden, validationFailed } from '../common/errors/app-error';
import { ean13Valid, MASKING, Masker, NO_MASKING } from '../common/text/pii-mask';

/**
 * Who may see what in the support console:
 * - SUPPORT and ADMIN (platform staff, no tenant): every business, read-only apart from tags and notes; every access
 *   is audited;
 * - OWNER: their own business only. A tenantId filter naming another business yields nothing (not an error: the
 *   filter simply matches no conversation they can see), and another business's conversation is a 404.
 * Personal data is masked for everyone; only an ADMIN may ask for it unmasked, and that is audited too.
 */
export interface SupportAccess {
  principal: Principal;
  /** Platform staff: sees all businesses, and every access is written to the audit log. */
  platform: boolean;
  /** The business the caller is confined to; null for platform staff. */
  ownTenantId: string | null;
  mask: Masker;
}

export function supportAccess(principal: Principal, unmask = false): SupportAccess {
  const platform = PLATFORM_ROLES.includes(principal.role);
  if (!platform && !principal.tenantId) throw forbidden('This endpoint needs a business account');
  if (unmask && principal.role !== 'ADMIN') throw forbidden('Only an administrator may see unmasked personal data');
  return { principal, platform, ownTenantId: platform ? null : principal.tenantId, mask: unmask ? NO_MASKING : MASKING };
}

/**
 * The tenant scope of a list/export. `empty`: an owner filtered on another business, so nothing can match (the
 * database is not even asked).
 */
export function tenantScope(access: SupportAccess, requested?: string): { tenantId: string | null; empty: boolean } {
  if (access.platform) return { tenantId: requested ?? null, empty: false };
  return { tenantId: access.ownTenantId, empty: requested !== undefined && requested !== access.ownTenantId };
}

/** May this caller see this business's conversation? (Otherwise: 404, never a hint that it exists.) */
export function canSee(access: SupportAccess, tenantId: string): boolean {
  return access.platform || access.ownTenantId === tenantId;
}

/**
 * A search that could confirm masked personal data: a run of 5+ digits (spaces, dots and dashes allowed between
 * them: a phone number, or its first digits typed one more at a time), an e-mail address or part of one (`@`), or an
 * international `+digits`. A valid EAN-13 barcode stays searchable (barcodes are not masked). Masked callers may not
 * run such a search: the list would answer "a conversation holds this number" even though the number is masked.
 */
export function piiShapedQuery(q: string): boolean {
  if (q.includes('@') || /\+\s*\d/.test(q)) return true;
  for (const run of q.match(/\d(?:[ .-]?\d)*/g) ?? []) {
    const digits = run.replace(/\D/g, '');
    if (digits.length >= 5 && !(digits.length === 13 && ean13Valid(digits))) return true;
  }
  return false;
}

/** Refuses a PII-shaped search to whoever sees masked data (an ADMIN who unmasks, audited, may run it). */
export function checkSearch(access: SupportAccess, q: string | undefined): void {
  if (q && access.mask.masked && piiShapedQuery(q)) {
    throw validationFailed([
      {
        field: 'q',
        message:
          'searching for phone numbers, e-mail addresses or other personal numbers is reserved to administrators (unmask=true, audited)',
        rule: 'pii_search',
      },
    ]);
  }
}

/** Audit action for a read: an unmasked read is recorded as such, so it stands out in the log. */
export function readAction(access: SupportAccess, action: 'support.list' | 'support.view' | 'support.export'): string {
  return access.mask.masked ? action : 'support.unmask';
}
