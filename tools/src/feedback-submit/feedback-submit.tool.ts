import type { ToolDefinition } from '../types';
import { FeedbackSubmitSchema } from './feedback-submit.schema';
import { feedbackSubmitExamples } from './feedback-submit.examples';

export const feedbackSubmitTool: ToolDefinition<typeof FeedbackSubmitSchema> = {
  name: 'feedback_submit',
  kind: 'write',
  description:
    "Send feedback about the Tajer app itself to its team: a bug, a suggestion or a comment, with the user's message. Saved at once without confirmation.",
  schema: FeedbackSubmitSchema,
  examples: feedbackSubmitExamples,
  requiresApproval: false,
};
