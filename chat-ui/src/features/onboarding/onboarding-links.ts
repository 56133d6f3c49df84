/**
 * Where each first-run step is done. Catalogue import and sales entry are being built in their own features: these
 * constants are the one place to point the checklist at their pages.
 */
export const CATALOGUE_IMPORT_PATH = '/inventory/import';
export const FIRST_SALE_PATH = '/sales/new';
export const BUSINESS_PROFILE_PATH = '/settings/business';
export const TEAM_PATH = '/settings/team';

export const ONBOARDING_LINKS: Record<string, string> = {
  profile: BUSINESS_PROFILE_PATH,
  catalogue: CATALOGUE_IMPORT_PATH,
  firstSale: FIRST_SALE_PATH,
  team: TEAM_PATH,
};
