import { inflateSync } from 'node:zlib';

/**
 * The strings a pdfkit PDF draws with its standard fonts, one per text-showing operator: content streams are
 * inflated when compressed, and the hex strings of each TJ array (split by kerning) are joined back. Text drawn with an
 * embedded font (Arabic) comes out as glyph ids and is not readable this way.
 */
export function pdfStandardText(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const out: string[] = [];
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const raw = Buffer.from(match[1], 'latin1');
    let content: string;
    try {
      content = inflateSync(raw).toString('latin1');
    } catch {
      content = raw.toString('latin1');
    }
    for (const op of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexes = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]) : [op[2]];
      out.push(hexes.map((h) => Buffer.from(h, 'hex').toString('latin1')).join(''));
    }
  }
  return out;
}
