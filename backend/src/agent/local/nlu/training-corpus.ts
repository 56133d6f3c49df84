import { CONVERSATION_INTENT_EXAMPLES, EXAMPLE_LANGS, type ExampleLang, type ToolExamples } from '@tajer/tools';
import type { LabelledUtterance } from './intent-classifier';
import type { NluLang } from './types';

/** The tools' and conversation intents' examples as labelled utterances for the classifier. */
export interface ExampleSource {
  name: string;
  examples: ToolExamples;
}

/** Darija in Arabic script is stemmed as Arabic, Arabizi as French (the language it borrows most from). */
const STEM_LANG: Record<ExampleLang, NluLang> = { fr: 'fr', ar: 'ar', darija: 'ar', darija_latin: 'fr', en: 'en' };

export function buildTrainingCorpus(tools: readonly ExampleSource[]): LabelledUtterance[] {
  const sources: ExampleSource[] = [
    ...tools,
    ...Object.entries(CONVERSATION_INTENT_EXAMPLES).map(([name, examples]) => ({ name, examples })),
  ];
  const corpus: LabelledUtterance[] = [];
  for (const source of sources) {
    for (const lang of EXAMPLE_LANGS) {
      for (const text of source.examples[lang] ?? []) corpus.push({ intent: source.name, text, lang: STEM_LANG[lang] });
    }
  }
  return corpus;
}
