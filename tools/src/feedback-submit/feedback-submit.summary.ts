import { say } from '../format';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { FeedbackSubmitResult } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `FeedbackSubmitResult`. */
export type FeedbackData = FeedbackSubmitResult;

export function summarizeFeedback(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as FeedbackData;
  const urgent = d.notification === 'queued' || d.severity === 'critical';
  if (d.category === 'bug') {
    return say(lang, {
      fr: `Merci, j'ai transmis votre signalement de bug à l'équipe Tajer${urgent ? ' en priorité' : ''}. Elle s'en occupe.`,
      ar: `شكرا، أرسلت بلاغك عن الخلل إلى فريق تاجر${urgent ? ' بصفة مستعجلة' : ''}. سيتكفل به.`,
      en: `Thanks, I've sent your bug report to the Tajer team${urgent ? ' as a priority' : ''}. They'll look into it.`,
    });
  }
  if (d.category === 'suggestion') {
    return say(lang, {
      fr: "Merci pour votre suggestion ! Je l'ai transmise à l'équipe Tajer.",
      ar: 'شكرا على اقتراحك! أرسلته إلى فريق تاجر.',
      en: "Thanks for the suggestion! I've passed it on to the Tajer team.",
    });
  }
  return say(lang, {
    fr: "Merci pour votre commentaire, je l'ai transmis à l'équipe Tajer.",
    ar: 'شكرا على ملاحظتك، أرسلتها إلى فريق تاجر.',
    en: "Thanks for your comment, I've passed it on to the Tajer team.",
  });
}
