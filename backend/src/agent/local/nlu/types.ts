/** Languages the NLU reports: Darija in Arabic script counts as `ar`, Darija in Latin letters as `fr`. */
export type NluLang = 'fr' | 'ar' | 'en';

/** A product the shop sells, as the NLU needs it to resolve names typed in any language. */
export interface CatalogEntry {
  id: string;
  names: { fr: string; ar?: string; en?: string };
  /** Extra spellings: Darija, brand names, abbreviations. */
  aliases?: string[];
  category?: string;
}

export type ConversationIntentName = 'greeting' | 'thanks' | 'help' | 'out_of_scope';

export interface HistoryTurn {
  role: 'user' | 'assistant';
  text: string;
  intent?: string | null;
  args?: Record<string, unknown>;
}

export interface UnderstandInput {
  text: string;
  hasAttachment?: boolean;
  /** Id of the attached upload, copied into `attachmentId` for the image tools. */
  attachmentId?: string;
  history?: HistoryTurn[];
  catalog: CatalogEntry[];
  /** Reference time for relative dates ("hier", "البارح"); defaults to now. */
  now?: Date;
}

/** A string argument resolved to a catalogue entity, with its names in every language (for display and scoring). */
export interface Resolution {
  id: string;
  names: string[];
}

export interface IntentScore {
  intent: string;
  score: number;
}

export interface UnderstandResult {
  lang: NluLang;
  /** A tool name, a conversation intent, or null when nothing fits. */
  intent: string | null;
  args: Record<string, unknown>;
  /** Required arguments of the chosen tool that the message did not provide. */
  missing: string[];
  confidence: number;
  alternatives: IntentScore[];
  resolved: Record<string, Resolution>;
  /** Other catalogue products the product mention could mean (for a clarifying question). */
  candidates?: Resolution[];
  /** True when the intent was carried over from the previous turn (follow-up or correction). */
  followUp: boolean;
}
