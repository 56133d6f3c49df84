import type { Localized } from './format';

/**
 * What the assistant and the app say to a business that has not recorded a sale yet, instead of a page of zeros.
 * The backend's views (dashboard, market, insights, alerts, onboarding) reuse it, so every answer says it the same way.
 */
export const NO_SALES_YET: Localized = {
  fr: 'Pas encore de ventes : importez votre catalogue ou dites-moi ce que vous avez vendu.',
  ar: 'لا توجد مبيعات بعد: استورد قائمة منتجاتك أو أخبرني بما بعته.',
  en: 'No sales yet: import your catalogue or tell me what you sold.',
};
