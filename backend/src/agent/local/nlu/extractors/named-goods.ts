import type { SlotContext } from '../slot-filler';
import { foldForCues } from './cue-regex';
import { PACKAGING_WORDS } from './cues';
import { entryName } from './product';

/** Every product a message names, each found once (its words blanked before looking for the next), with where. */
export function namedGoods(ctx: SlotContext): { name: string; start: number; end: number }[] {
  let text = foldForCues(ctx.text);
  const named: { name: string; start: number; end: number }[] = [];
  for (let i = 0; i < 6; i++) {
    const m = ctx.matcher.find(text, ctx.lang);
    if (!m || m.extent.end <= m.extent.start) break;
    // « 30 sacs de semoule »: the bag counts the semolina, it is no product of its own (« Sacs poubelle »).
    if (!PACKAGING_WORDS.has(m.mention)) named.push({ name: m.entry ? entryName(m.entry, ctx.lang) : m.canonical, ...m.extent });
    // Blanked with a sign, not spaces: the matcher reads runs of spaces as one, and the next mention's place moved.
    text = text.slice(0, m.extent.start) + '#'.repeat(m.extent.end - m.extent.start) + text.slice(m.extent.end);
  }
  return named;
}
