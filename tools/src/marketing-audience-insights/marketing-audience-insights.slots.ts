import type { ToolSlots } from '../slots';

/** The audience insights take no argument from the message. */
export const marketingAudienceInsightsSlots: ToolSlots = {
  fill: () => ({ args: {} }),
  // Words that name this tool almost on their own, whatever the rest of the sentence (a tie-breaker for the classifier).
  keywords: ['audience', 'clientèle', 'segments', 'جمهور', 'الجمهور', 'شرائح'],
};
