import type { ToolSlots } from '../slots';

/** The alerts take no argument from the message. */
export const dashboardAlertsSlots: ToolSlots = {
  fill: () => ({ args: {} }),
  // Words that name this tool almost on their own, whatever the rest of the sentence (a tie-breaker for the classifier).
  keywords: [
    'alerte',
    'alertes',
    'alert',
    'alerts',
    'تنبيه',
    'تنبيهات',
    'التنبيهات',
    'الألارت',
    'الألارتات',
    'notification',
    'notifications',
    'إشعارات',
    'اشعارات',
    'warnings',
    'avertissements',
  ],
};
