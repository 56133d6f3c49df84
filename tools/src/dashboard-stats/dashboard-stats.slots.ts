import type { ToolSlots } from '../slots';

/** « le chiffre d'affaires de ce mois » → the period. */
export const dashboardStatsSlots: ToolSlots = {
  fill: (x) => ({ args: withPeriod({}, x.period()) }),
  followUp: (x) => withPeriod({}, x.period()),
};

const withPeriod = (args: Record<string, unknown>, period: unknown) => (period ? { ...args, period } : args);
