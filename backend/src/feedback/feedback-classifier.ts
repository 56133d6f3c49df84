import { normalizeText } from '@tajer/contract';
import {
  BUG_PHRASES,
  COMMENT_PHRASES,
  CRITICAL_PHRASES,
  HIGH_PHRASES,
  NEGATED_PROBLEMS,
  SUGGESTION_PHRASES,
  type Weighted,
} from './feedback-lexicon';

export type FeedbackCategoryName = 'bug' | 'suggestion' | 'comment';
export type FeedbackSeverity = 'critical' | 'high' | 'normal' | 'low';

export interface Classification {
  category: FeedbackCategoryName;
  /** Share of the evidence that points to the chosen category (0..1); 0 when nothing matched. */
  confidence: number;
  scores: Record<FeedbackCategoryName, number>;
  /** The phrases that decided it, as folded text. */
  matched: string[];
}

/**
 * The contract's one normaliser (case, accents, Arabic letter variants and diacritics, Eastern digits), apostrophes
 * kept ("j'ai", "n'arrive"), padded with spaces so phrases match as whole words.
 */
export const fold = (text: string): string => ` ${normalizeText(text, { keep: "'" })} `;

const ARABIC_WORD = /^[\u0600-\u06FF]+$/;

/** Whether the folded text holds the phrase as whole words; Arabic words may carry a proclitic ("الخطا", "والدفع"). */
export function containsPhrase(folded: string, phrase: string): boolean {
  if (folded.includes(` ${phrase} `)) return true;
  if (!ARABIC_WORD.test(phrase)) return false;
  return new RegExp(` (?:[وفبلك]?ال|[وفبل]|لل)${phrase} `).test(folded);
}

function score(folded: string, phrases: Weighted): { total: number; matched: string[] } {
  let total = 0;
  const matched: string[] = [];
  for (const [phrase, weight] of phrases) {
    // A phrase inside a longer matched one ("plante" in "ca plante") adds nothing.
    if (containsPhrase(folded, phrase) && !matched.some((m) => m.includes(phrase))) {
      total += weight;
      matched.push(phrase);
    }
  }
  return { total, matched };
}

/** Bug, suggestion or comment, from weighted phrases. A tie between bug and suggestion goes to bug: it needs action. */
export function classifyFeedback(message: string): Classification {
  let folded = fold(message);
  const comment = score(folded, COMMENT_PHRASES);
  for (const negated of NEGATED_PROBLEMS) folded = folded.replaceAll(` ${negated} `, ' ');
  const bug = score(folded, BUG_PHRASES);
  const suggestion = score(folded, SUGGESTION_PHRASES);
  const scores = { bug: bug.total, suggestion: suggestion.total, comment: comment.total };
  const total = scores.bug + scores.suggestion + scores.comment;
  let category: FeedbackCategoryName = 'comment';
  if (scores.bug > 0 || scores.suggestion > 0) category = scores.bug >= scores.suggestion ? 'bug' : 'suggestion';
  const matched = category === 'bug' ? bug.matched : category === 'suggestion' ? suggestion.matched : comment.matched;
  return { category, confidence: total ? Math.round((scores[category] / total) * 100) / 100 : 0, scores, matched };
}

/**
 * Critical: a bug that loses data, crashes, touches payments or locks the user out — someone is alerted by email.
 * High: a bug that blocks work. Comments are low unless the rating is bad.
 */
export function assessSeverity(
  category: FeedbackCategoryName,
  message: string,
  rating?: number | null,
): { severity: FeedbackSeverity; reasons: string[] } {
  const folded = fold(message);
  if (category === 'bug') {
    const critical = CRITICAL_PHRASES.filter((p) => containsPhrase(folded, p));
    if (critical.length) return { severity: 'critical', reasons: critical };
    const high = HIGH_PHRASES.filter((p) => containsPhrase(folded, p));
    if (high.length) return { severity: 'high', reasons: high };
    return { severity: 'normal', reasons: [] };
  }
  if (category === 'comment') return { severity: rating != null && rating <= 2 ? 'normal' : 'low', reasons: [] };
  return { severity: 'normal', reasons: [] };
}
