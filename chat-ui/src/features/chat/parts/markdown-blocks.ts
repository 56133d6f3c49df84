/**
 * Answers are written line by line ("Par catégorie :", "- Loyer : 60 000 DA", "…et 2 autres.", "Les plus récentes :").
 * In Markdown a line right after a list item continues that item ("lazy continuation"), so a heading would merge into
 * the last bullet, and two plain lines would run into one. This separates them as they were meant: a line after a
 * list starts a new block, and a line break between two plain lines stays a line break. Code, tables, quotes and
 * indented continuations are left alone.
 */
const LIST = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s/;
const FENCE = /^\s{0,3}(?:```|~~~)/;
const SPECIAL = /^\s{0,3}(?:[|>#]|[-*_]{3,}\s*$)/;

export function separateBlocks(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let inFence = false;
  let inList = false;
  for (const line of lines) {
    const fence = FENCE.test(line);
    const previous = out[out.length - 1];
    const blank = line.trim() === '';
    if (fence || inFence) {
      if (fence) inFence = !inFence;
      inList = false;
      out.push(line);
      continue;
    }
    if (!blank && previous !== undefined && previous.trim() !== '') {
      const isList = LIST.test(line);
      const indented = /^\s{2,}\S/.test(line);
      if (inList && !isList && !indented) out.push('');
      else if (!inList && !isList && !SPECIAL.test(line) && !SPECIAL.test(previous) && !FENCE.test(previous))
        out[out.length - 1] = `${previous}\\`;
    }
    inList = !blank && (LIST.test(line) || (inList && /^\s{2,}\S/.test(line)));
    out.push(line);
  }
  return out.join('\n');
}
