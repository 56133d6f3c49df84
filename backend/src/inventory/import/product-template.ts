import Papa from 'papaparse';
import { LANGS } from '@tajer/contract';
import { message } from '../../common/localisation/messages';
import { PRODUCT_FIELDS, TEMPLATE_FIELDS, TEMPLATE_ROWS } from './product-import.fields';

export type TemplateLanguage = 'fr' | 'ar' | 'en';

export interface TemplateFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** The help sheet's lines, from the message catalogues. */
const HELP_LINES = [
  'inventory.template.help.1',
  'inventory.template.help.2',
  'inventory.template.help.3',
  'inventory.template.help.4',
] as const;
const HELP = Object.fromEntries(LANGS.map((lang) => [lang, HELP_LINES.map((key) => message(lang, key))])) as Record<
  TemplateLanguage,
  string[]
>;

/** Languages whose Excel reads the comma as the decimal mark, so their CSV separates cells with ';'. */
const COMMA_DECIMAL: readonly TemplateLanguage[] = ['fr', 'ar'];

const headers = (lang: TemplateLanguage) => TEMPLATE_FIELDS.map((f) => PRODUCT_FIELDS.find((s) => s.field === f)!.label[lang]);

/** The catalogue template in the user's language; its headers are recognised by the import in any language. */
export async function productTemplate(format: 'csv' | 'xlsx', lang: TemplateLanguage): Promise<TemplateFile> {
  const fileName = `tajer-catalogue-${lang}.${format}`;
  if (format === 'csv') {
    // The BOM makes Excel read UTF-8 (Arabic).
    const csv = Papa.unparse(
      { fields: headers(lang), data: TEMPLATE_ROWS[lang] },
      { delimiter: COMMA_DECIMAL.includes(lang) ? ';' : ',', newline: '\r\n' },
    );
    return { body: Buffer.from(`\ufeff${csv}\r\n`, 'utf8'), contentType: 'text/csv; charset=utf-8', fileName };
  }
  // Loaded at the first workbook asked for, not at start (ExcelJS is ~8 MB of heap).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tajer';
  // The data sheet comes first: the import reads the first sheet.
  const sheet = workbook.addWorksheet(message(lang, 'inventory.template.sheet.products'), {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: lang === 'ar' }],
  });
  sheet.addRow(headers(lang)).font = { bold: true };
  for (const row of TEMPLATE_ROWS.en)
    sheet.addRow(row.map((v, i) => (['price', 'cost'].includes(TEMPLATE_FIELDS[i]) && v !== '' ? Number(String(v).replace(/,/g, '')) : v)));
  sheet.columns.forEach((c, i) => {
    c.width = [14, 16, 30, 30, 14, 10, 14, 14, 10, 14][i] ?? 14;
  });
  sheet.getColumn(2).numFmt = '@'; // barcodes stay text: leading zeros and all 13 digits
  const help = workbook.addWorksheet(message(lang, 'inventory.template.sheet.help'), {
    views: [{ rightToLeft: lang === 'ar' }],
  });
  for (const line of HELP[lang]) help.addRow([line]);
  help.getColumn(1).width = 120;
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { body, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName };
}

export const TEMPLATE_HELP = HELP;
