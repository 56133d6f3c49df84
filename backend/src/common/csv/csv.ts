/**
 * RFC 4180 CSV that Excel opens correctly: UTF-8 with a BOM (otherwise Arabic turns into mojibake), CRLF line ends,
 * fields quoted when they hold a comma, quote or line break, quotes doubled. Text cells that start like a formula
 * (= + - @) are prefixed with an apostrophe so a feedback message can never run as a spreadsheet formula (CSV
 * injection).
 */
export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | Date | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}
