import type { ToolSlots } from '../slots';

/** The user's own words, and whether they report a bug, suggest or comment. */
export const feedbackSubmitSlots: ToolSlots = {
  // Words that name this tool almost on their own, whatever the rest of the sentence (a tie-breaker for the classifier).
  keywords: [
    'bug',
    'bugs',
    'beug',
    'crash',
    'plante',
    'suggestion',
    'feedback',
    'appli',
    'application',
    'app',
    'تطبيق',
    'التطبيق',
    'الأبليكاسيون',
    'l appli',
    'l application',
  ],
  fill: (x) => ({ args: { category: x.feedbackCategory(), message: x.message() } }),
};
