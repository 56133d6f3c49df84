import type { ToolSlots } from '../slots';

/** The alerts take no argument from the message. */
export const dashboardAlertsSlots: ToolSlots = { fill: () => ({ args: {} }) };
