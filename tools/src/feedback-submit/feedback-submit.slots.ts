import type { ToolSlots } from '../slots';

/** The user's own words, and whether they report a bug, suggest or comment. */
export const feedbackSubmitSlots: ToolSlots = {
  fill: (x) => ({ args: { category: x.feedbackCategory(), message: x.message() } }),
};
