import type { ToolSlots } from '../slots';

/** The audience insights take no argument from the message. */
export const marketingAudienceInsightsSlots: ToolSlots = { fill: () => ({ args: {} }) };
