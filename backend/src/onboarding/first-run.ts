import type { Localized } from '../common/localisation/localized';

/**
 * What the app and the assistant say to a business that has not recorded a sale yet, instead of a page of zeros.
 * One source for the dashboard, the market analysis, the insights, the alerts and the onboarding checklist.
 */
export const NO_SALES_YET: Localized = {
  fr: 'Pas encore de ventes : importez votre catalogue ou dites-moi ce que vous avez vendu.',
  ar: 'لا توجد مبيعات بعد: استورد قائمة منتجاتك أو أخبرني بما بعته.',
  en: 'No sales yet: import your catalogue or tell me what you sold.',
};
