import { TOOL_RESULTS } from '@tajer/contract';
import { say } from '../format';
import { service } from '../services';
import { attempt, userIdOf } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { FeedbackSubmitSchema } from './feedback-submit.schema';
import { feedbackSubmitExamples } from './feedback-submit.examples';
import { summarizeFeedback, type FeedbackData } from './feedback-submit.summary';
import { ACCESS } from '@tajer/contract';
import { feedbackSubmitSlots } from './feedback-submit.slots';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const feedbackSubmitTool: ToolDefinition<typeof FeedbackSubmitSchema> = {
  name: 'feedback_submit',
  kind: 'write',
  roles: ACCESS['feedback.send'],
  description:
    "Send feedback about the Tajer app itself to its team: a bug, a suggestion or a comment, with the user's message. Saved at once without confirmation.",
  schema: FeedbackSubmitSchema,
  result: TOOL_RESULTS.feedback_submit,
  examples: feedbackSubmitExamples,
  requiresApproval: false,
  editable: ['message', 'category'],
  slots: feedbackSubmitSlots,

  /** A write without confirmation: feedback changes no business data, and asking "are you sure?" would put people off. */
  run: (ctx, args) =>
    attempt(ctx, async () => {
      const saved = await service(ctx, 'feedback').submit(
        { tenantId: ctx.tenantId, userId: userIdOf(ctx) },
        {
          message: args.message,
          ...(args.category ? { category: args.category } : {}),
          // Linked to the conversation so the team sees what the user was doing.
          ...(UUID.test(ctx.conversationId) ? { conversationId: ctx.conversationId } : {}),
        },
      );
      const data: FeedbackData = {
        id: saved.id,
        category: saved.category,
        severity: saved.severity,
        categoryInferred: saved.categoryInferred ?? !args.category,
        notification: saved.notification ?? null,
      };
      return { success: true, data, records: [{ type: 'feedback', id: saved.id, label: saved.category }] };
    }),

  /**
   * Normally not asked: feedback is sent at once. But when the request comes after a tool's output entered the turn
   * (a receipt's printed text could be asking), the host asks the user first, with this card.
   */
  propose: async (ctx, args) => {
    const quoted = args.message.length > 160 ? `${args.message.slice(0, 157)}…` : args.message;
    return {
      success: true,
      data: {
        summary: say(ctx.lang, {
          fr: `Envoyer ce retour à l'équipe Tajer : « ${quoted} »`,
          ar: `إرسال هذه الملاحظة إلى فريق تاجر: «${quoted}»`,
          en: `Send this feedback to the Tajer team: "${quoted}"`,
        }),
        changes: [{ field: 'message', label: say(ctx.lang, { fr: 'Message', ar: 'الرسالة', en: 'Message' }), after: args.message }],
      },
    };
  },

  summarize: summarizeFeedback,
};
