import { z } from 'zod';
import { FEEDBACK_CATEGORIES } from '../common/common.schema';

export const FeedbackSubmitSchema = z.object({
  category: z
    .enum(FEEDBACK_CATEGORIES)
    .optional()
    .describe('bug for something broken, suggestion for an idea or request, comment for any other remark'),
  message: z.string().min(1).describe("The feedback itself, in the user's words"),
});
export type FeedbackSubmitArgs = z.infer<typeof FeedbackSubmitSchema>;
