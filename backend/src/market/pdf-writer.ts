import { toPlain } from '@tajer/contract';
import type { Language } from '../common/localisation/localized';
import { arabicFontFiles, FONTS, visualRuns, type Run } from './pdf-text';

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
  /** 'start'/'end' follow the language's direction; left/right/center are absolute. */
  align?: 'start' | 'end' | 'left' | 'right' | 'center';
}

/** Writes lines and wrapped paragraphs in the report's language, right to left for Arabic. */
export class PdfWriter {
  readonly rtl: boolean;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    language: Language,
  ) {
    this.rtl = language === 'ar';
    const files = arabicFontFiles();
    doc.registerFont(FONTS.arabic, files.regular);
    doc.registerFont(FONTS.arabicBold, files.bold);
  }

  private fontFor(run: Run, bold: boolean): string {
    if (run.arabicFont) return bold ? FONTS.arabicBold : FONTS.arabic;
    return bold ? FONTS.bold : FONTS.regular;
  }

  /**
   * The standard fonts have no narrow no-break space and pdfkit knows no bidi isolates: figures formatted for the
   * screen are drawn as plain text here (this class places the directional runs itself).
   */
  private runs(text: string): Run[] {
    return visualRuns(toPlain(text), this.rtl ? 'R' : 'L');
  }

  measure(text: string, style: TextStyle = {}): number {
    const size = style.size ?? 10;
    return this.runs(text).reduce((w, run) => w + this.doc.font(this.fontFor(run, !!style.bold)).fontSize(size).widthOfString(run.text), 0);
  }

  /** One line (no wrapping) inside [x, x + width]. Text that does not fit is shortened with "...". */
  line(text: string, x: number, y: number, width: number, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const fitted = this.fit(text, width, style);
    const runs = this.runs(fitted);
    const total = runs.reduce((w, run) => w + this.doc.font(this.fontFor(run, !!style.bold)).fontSize(size).widthOfString(run.text), 0);
    const align = this.absoluteAlign(style.align ?? 'start');
    let cursor = align === 'left' ? x : align === 'right' ? x + width - total : x + (width - total) / 2;
    this.doc.fillColor(style.color ?? '#222222');
    for (const run of runs) {
      this.doc.font(this.fontFor(run, !!style.bold)).fontSize(size);
      // Arabic glyphs sit lower in Noto Naskh's tall line box; nudge them to share the Latin baseline.
      this.doc.text(run.text, cursor, run.arabicFont ? y - size * 0.28 : y, { lineBreak: false });
      cursor += this.doc.widthOfString(run.text);
    }
  }

  /** Wrapped paragraph; returns the height used. */
  paragraph(text: string, x: number, y: number, width: number, style: TextStyle = {}): number {
    const lineHeight = (style.size ?? 10) * 1.45;
    const lines = this.wrap(text, width, style);
    lines.forEach((l, i) => this.line(l, x, y + i * lineHeight, width, style));
    return lines.length * lineHeight;
  }

  /** Height a paragraph would take, to decide on page breaks before drawing. */
  paragraphHeight(text: string, width: number, style: TextStyle = {}): number {
    return this.wrap(text, width, style).length * (style.size ?? 10) * 1.45;
  }

  wrap(text: string, width: number, style: TextStyle = {}): string[] {
    const lines: string[] = [];
    let current = '';
    // No-break spaces hold a figure together ("1 520 DA"): lines break at other spaces only.
    for (const word of text.split(/[^\S\u00a0\u202f]+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      if (current && this.measure(candidate, style) > width) {
        lines.push(current);
        current = word;
      } else current = candidate;
    }
    if (current) lines.push(current);
    return lines;
  }

  private fit(text: string, width: number, style: TextStyle): string {
    if (this.measure(text, style) <= width) return text;
    let cut = text;
    while (cut.length > 1 && this.measure(`${cut}...`, style) > width) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}...`;
  }

  private absoluteAlign(align: NonNullable<TextStyle['align']>): 'left' | 'right' | 'center' {
    if (align === 'start') return this.rtl ? 'right' : 'left';
    if (align === 'end') return this.rtl ? 'left' : 'right';
    return align;
  }
}
