import { localDate } from '../common/time/local-time';
import type { Language } from '../common/localisation/localized';
import { message } from '../common/localisation/messages';
import { chartHeight, drawChart } from './chart-drawing';
import { PdfWriter } from './pdf-writer';
import type { MarketReportContent, ReportFigure, ReportSection } from './report-content.builder';
import { REPORT_WORDS } from './report-text';
import type { Letterhead } from '../business/business.service';

/** The business's identity line: address, phone and tax numbers (NIF, RC, article), the ones that are set. */
export function letterheadLine(h: Letterhead, lang: Language): string {
  return [
    h.address,
    h.phone ? message(lang, 'report.letterhead.phone', { phone: h.phone }) : null,
    h.nif ? `NIF ${h.nif}` : null,
    h.rc ? `RC ${h.rc}` : null,
    h.articleNumber ? `Art. ${h.articleNumber}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A4 portrait, in points. */
const PAGE = { width: 595.28, height: 841.89, margin: 48 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin - 20;
const ACCENT = '#2f6f9f';
const X = PAGE.margin;

const dmy = (iso: string) => localDate(new Date(iso)).split('-').reverse().join('/');

/** A top-to-bottom cursor that starts a new page when the next block would not fit. */
class Layout {
  y = PAGE.margin;
  constructor(
    readonly w: PdfWriter,
    readonly lang: Language,
  ) {}

  need(height: number): void {
    if (this.y + height > BOTTOM) {
      this.w.doc.addPage();
      this.y = PAGE.margin;
    }
  }
}

/**
 * Draws a stored report: header, then each section's text, figures, charts and bullets. `compress: false` leaves the
 * content streams readable (tests look for the figures in them).
 */
export async function renderReportPdf(
  content: MarketReportContent,
  options: { compress?: boolean; letterhead?: Letterhead | null } = {},
): Promise<Buffer> {
  // Loaded at the first report, not at start: PDFKit with its fonts and font parser is ~10 MB of memory.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    compress: options.compress ?? true,
    bufferPages: true,
    lang: content.language,
    info: { Title: content.title, Author: content.business, Subject: content.periodLabel, Creator: 'Tajer' },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const w = new PdfWriter(doc, content.language);
  const layout = new Layout(w, content.language);
  const words = REPORT_WORDS[content.language];

  // The letterhead (business profile): the current name, identity line and logo, when the owner filled them in.
  const head = options.letterhead ?? null;
  const identity = head ? letterheadLine(head, content.language) : '';
  const logoSize = head?.logoPng ? 60 : 0;
  const textWidth = CONTENT_WIDTH - (logoSize ? logoSize + 12 : 0);
  const textX = logoSize && w.rtl ? X + logoSize + 12 : X;
  const headerHeight = identity ? 112 : 96;
  doc.rect(0, 0, PAGE.width, headerHeight).fillColor('#eef4f9').fill();
  if (head?.logoPng) {
    try {
      doc.image(head.logoPng, w.rtl ? X : X + CONTENT_WIDTH - logoSize, 18, {
        fit: [logoSize, logoSize],
        align: 'center',
        valign: 'center',
      });
    } catch {
      // An unreadable logo never stops a report.
    }
  }
  w.line(content.title, textX, 26, textWidth, { size: 18, bold: true, color: ACCENT });
  w.line(`${words.business}: ${head?.name ?? content.business}`, textX, 54, textWidth, { size: 9.5 });
  let lineY = 70;
  if (identity) {
    w.line(identity, textX, lineY, textWidth, { size: 8.5, color: '#555555' });
    lineY += 16;
  }
  w.line(
    `${words.period}: ${content.periodLabel} (${dmy(content.range.start)} - ${dmy(content.range.end)}) · ${words.generatedOn} ${dmy(content.generatedAt)}`,
    textX,
    lineY,
    textWidth,
    { size: 9.5, color: '#555555' },
  );
  layout.y = headerHeight + 20;

  for (const section of content.sections) drawSection(layout, section);

  layout.need(40);
  layout.y += 6;
  layout.y += w.paragraph(words.source, X, layout.y, CONTENT_WIDTH, { size: 8, color: '#666666' });

  // Page numbers, once the page count is known.
  const pages = doc.bufferedPageRange();
  for (let i = pages.start; i < pages.start + pages.count; i++) {
    doc.switchToPage(i);
    w.line(`${i + 1} / ${pages.count}`, X, PAGE.height - PAGE.margin + 6, CONTENT_WIDTH, { size: 8, align: 'center', color: '#888888' });
  }
  doc.end();
  return done;
}

function drawSection(layout: Layout, s: ReportSection): void {
  const { w } = layout;
  layout.need(70); // keep a heading with the start of its content
  layout.y += 8;
  w.line(s.title, X, layout.y, CONTENT_WIDTH, { size: 13, bold: true, color: ACCENT });
  layout.y += 19;
  w.doc
    .lineWidth(0.7)
    .moveTo(X, layout.y)
    .lineTo(X + CONTENT_WIDTH, layout.y)
    .strokeColor('#c9d8e6')
    .stroke();
  layout.y += 8;

  for (const p of s.paragraphs.filter(Boolean)) {
    layout.need(w.paragraphHeight(p, CONTENT_WIDTH, { size: 9.5 }));
    layout.y += w.paragraph(p, X, layout.y, CONTENT_WIDTH, { size: 9.5 }) + 4;
  }
  if (s.figures.length) {
    layout.need(Math.ceil(s.figures.length / 2) * 30);
    layout.y += drawFigures(w, s.figures, layout.y) + 6;
  }
  for (const chart of s.charts) {
    layout.need(chartHeight(chart) + 20);
    layout.y += drawChart(w, chart, X, layout.y, CONTENT_WIDTH, layout.lang) + 12;
  }
  for (const b of s.bullets) {
    layout.need(w.paragraphHeight(b, CONTENT_WIDTH - 14, { size: 9 }));
    const dotX = w.rtl ? X + CONTENT_WIDTH - 5 : X + 4;
    w.doc
      .circle(dotX, layout.y + 5, 1.6)
      .fillColor('#555555')
      .fill();
    layout.y += w.paragraph(b, w.rtl ? X : X + 14, layout.y, CONTENT_WIDTH - 14, { size: 9 }) + 2;
  }
  layout.y += 6;
}

/** Figures as labelled boxes, two per row (mirrored in Arabic). */
function drawFigures(w: PdfWriter, figures: ReportFigure[], y: number): number {
  const colWidth = (CONTENT_WIDTH - 10) / 2;
  figures.forEach((f, i) => {
    const col = w.rtl ? 1 - (i % 2) : i % 2;
    const fx = X + col * (colWidth + 10);
    const fy = y + Math.floor(i / 2) * 30;
    w.doc.roundedRect(fx, fy, colWidth, 26, 3).fillColor('#f6f8fa').fill();
    const labelX = w.rtl ? fx + colWidth * 0.42 : fx + 8;
    const valueX = w.rtl ? fx + 8 : fx + colWidth * 0.6;
    w.line(f.label, labelX, fy + 8, colWidth * 0.58 - 8, { size: 8.5, color: '#555555' });
    w.line(f.display, valueX, fy + 7, colWidth * 0.4 - 8, { size: 10, bold: true, align: 'end' });
  });
  return Math.ceil(figures.length / 2) * 30;
}
