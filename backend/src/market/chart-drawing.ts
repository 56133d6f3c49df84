import { formatNumber } from '@tajer/contract';
import type { Language } from '../common/localisation/localized';
import type { ReportChart } from './report-content.builder';
import type { PdfWriter } from './pdf-writer';

/**
 * Charts drawn with pdfkit's vector primitives (no chart library, no canvas, nothing native): horizontal bars,
 * a line chart, and index bars around a baseline. Each returns the height it used.
 */
const COLORS = {
  bar: '#2f6f9f',
  line: '#c0392b',
  fill: '#f3d9d6',
  grid: '#dddddd',
  axis: '#888888',
  text: '#333333',
  cheaper: '#2e8b57',
  dearer: '#c0392b',
};
const TITLE = 10;
const LABEL = 7.5;

/** 1-2-5 steps: axis ticks people read at a glance. */
export function niceStep(range: number, ticks: number): number {
  if (range <= 0) return 1;
  const raw = range / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / magnitude;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * magnitude;
}

/** Short axis numbers: 1 250 000 → "1,25 M", 85 000 → "85 k". */
export function compactNumber(n: number, lang: Language): string {
  const abs = Math.abs(n);
  if (abs >= 1e6) return `${formatNumber(n / 1e6, lang, abs >= 1e7 ? 0 : 2)} M`;
  if (abs >= 1e3) return `${formatNumber(n / 1e3, lang, 0)} k`;
  return formatNumber(n, lang, 0);
}

export const chartHeight = (chart: ReportChart): number => {
  const points = chart.series[0]?.points.length ?? 0;
  return chart.kind === 'line' ? 200 : 30 + points * 17 + 18;
};

export function drawChart(w: PdfWriter, chart: ReportChart, x: number, y: number, width: number, lang: Language): number {
  w.line(chart.title, x, y, width, { size: TITLE, bold: true, color: COLORS.text });
  const top = y + TITLE + 10;
  if (chart.kind === 'line') return drawLineChart(w, chart, x, top, width, 200 - (top - y), lang) + (top - y);
  return drawBars(w, chart, x, top, width, lang) + (top - y);
}

/** Horizontal bars, labels at the start side (left, or right in Arabic), values at the bar's end. */
function drawBars(w: PdfWriter, chart: ReportChart, x: number, y: number, width: number, lang: Language): number {
  const doc = w.doc;
  const points = chart.series[0]?.points ?? [];
  const rowHeight = 17;
  const labelWidth = Math.min(170, width * 0.36);
  const valueWidth = 62;
  const plotWidth = width - labelWidth - valueWidth - 8;
  const isIndex = chart.kind === 'index-bars';
  const baseline = chart.baseline ?? 0;
  const values = points.map((p) => p.value);
  const lo = isIndex ? Math.min(baseline - 10, ...values.map((v) => Math.floor(v - 3))) : 0;
  const hi = isIndex ? Math.max(baseline + 10, ...values.map((v) => Math.ceil(v + 3))) : Math.max(1, ...values);
  const step = niceStep(hi - lo, 4);
  const axisLo = isIndex ? Math.floor(lo / step) * step : 0;
  const axisHi = Math.ceil(hi / step) * step;
  // In Arabic the chart is mirrored: labels on the right, bars growing leftwards.
  const plotX = w.rtl ? x + valueWidth : x + labelWidth + 8;
  const scale = (v: number) => {
    const t = (v - axisLo) / (axisHi - axisLo);
    return w.rtl ? plotX + plotWidth - t * plotWidth : plotX + t * plotWidth;
  };
  const plotHeight = points.length * rowHeight;

  // Grid and tick labels.
  doc.lineWidth(0.5);
  for (let v = axisLo; v <= axisHi + step / 2; v += step) {
    const gx = scale(v);
    doc
      .moveTo(gx, y)
      .lineTo(gx, y + plotHeight)
      .strokeColor(COLORS.grid)
      .stroke();
    const label = isIndex ? formatNumber(v, lang, 0) : compactNumber(v, lang);
    w.line(label, gx - 25, y + plotHeight + 3, 50, { size: 6.5, align: 'center', color: COLORS.axis });
  }

  points.forEach((p, i) => {
    const rowY = y + i * rowHeight;
    const from = scale(isIndex ? baseline : 0);
    const to = scale(p.value);
    const color = isIndex ? (p.value > baseline ? COLORS.dearer : COLORS.cheaper) : COLORS.bar;
    doc
      .rect(Math.min(from, to), rowY + 3, Math.max(Math.abs(to - from), 0.8), rowHeight - 6)
      .fillColor(color)
      .fill();
    const labelX = w.rtl ? x + width - labelWidth : x;
    w.line(p.label, labelX, rowY + 4, labelWidth, { size: LABEL, align: 'end', color: COLORS.text });
    const valueText = isIndex ? formatNumber(p.value, lang, 1) : compactNumber(p.value, lang);
    // The value sits just past the bar's end, whichever way the bar grows.
    const valueX = to >= from ? to + 3 : to - 3 - 60;
    w.line(valueText, valueX, rowY + 4, 60, { size: LABEL, align: to >= from ? 'left' : 'right', color: COLORS.text });
  });

  if (isIndex) {
    const bx = scale(baseline);
    doc
      .lineWidth(1)
      .moveTo(bx, y - 2)
      .lineTo(bx, y + plotHeight + 2)
      .strokeColor(COLORS.axis)
      .stroke();
  }
  return plotHeight + 18;
}

/** One series over time; the time axis runs left to right in every language, as in Arabic business charts. */
function drawLineChart(w: PdfWriter, chart: ReportChart, x: number, y: number, width: number, height: number, lang: Language): number {
  const doc = w.doc;
  const points = chart.series[0]?.points ?? [];
  const axisWidth = 42;
  const plotX = x + axisWidth;
  const plotWidth = width - axisWidth - 6;
  const plotHeight = height - 22;
  const max = Math.max(1, ...points.map((p) => p.value));
  const step = niceStep(max, 4);
  const top = Math.ceil(max / step) * step;
  const py = (v: number) => y + plotHeight - (v / top) * plotHeight;
  const px = (i: number) => plotX + (points.length <= 1 ? plotWidth / 2 : (i / (points.length - 1)) * plotWidth);

  doc.lineWidth(0.5);
  for (let v = 0; v <= top + step / 2; v += step) {
    doc
      .moveTo(plotX, py(v))
      .lineTo(plotX + plotWidth, py(v))
      .strokeColor(COLORS.grid)
      .stroke();
    w.line(compactNumber(v, lang), x, py(v) - 3, axisWidth - 4, { size: 6.5, align: 'right', color: COLORS.axis });
  }
  if (points.length) {
    // Shaded area, then the line and its points.
    doc.moveTo(px(0), py(0));
    points.forEach((p, i) => doc.lineTo(px(i), py(p.value)));
    doc
      .lineTo(px(points.length - 1), py(0))
      .closePath()
      .fillColor(COLORS.fill)
      .fill();
    doc.lineWidth(1.6);
    points.forEach((p, i) => (i ? doc.lineTo(px(i), py(p.value)) : doc.moveTo(px(i), py(p.value))));
    doc.strokeColor(COLORS.line).stroke();
    points.forEach((p, i) => doc.circle(px(i), py(p.value), 2).fillColor(COLORS.line).fill());
    const slot = plotWidth / Math.max(points.length, 1);
    points.forEach((p, i) => w.line(p.label, px(i) - slot / 2, y + plotHeight + 5, slot, { size: 6, align: 'center', color: COLORS.axis }));
  }
  doc
    .lineWidth(0.8)
    .moveTo(plotX, y)
    .lineTo(plotX, y + plotHeight)
    .lineTo(plotX + plotWidth, y + plotHeight)
    .strokeColor(COLORS.axis)
    .stroke();
  return height;
}
