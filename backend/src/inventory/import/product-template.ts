import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { PRODUCT_FIELDS, TEMPLATE_FIELDS, TEMPLATE_ROWS } from './product-import.fields';

export type TemplateLanguage = 'fr' | 'ar' | 'en';

export interface TemplateFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const HELP: Record<TemplateLanguage, string[]> = {
  fr: [
    'Une ligne par produit. Obligatoire pour un nouveau produit : le nom et le prix de vente.',
    'Un produit existant est reconnu par sa référence, puis par son code-barres : ses cases remplies sont mises à jour, les cases vides ne changent rien.',
    'Prix : 1250, 1 250,50 ou 1250.5. Le stock est un comptage : un écart avec le stock enregistré devient un mouvement « inventaire ».',
    "Le prix d'achat peut rester vide : la marge de ce produit sera alors inconnue (jamais comptée comme gratuite).",
  ],
  ar: [
    'سطر واحد لكل منتج. الإلزامي لمنتج جديد: الاسم وسعر البيع.',
    'يُتعرّف على المنتج الموجود بمرجعه ثم بالباركود: تُحدَّث الخانات المملوءة، والخانات الفارغة لا تغيّر شيئا.',
    'السعر: 1250 أو 1 250,50 أو 1250.5. المخزون عدّ فعلي: الفرق مع المخزون المسجل يُسجَّل كحركة «جرد».',
    'يمكن ترك سعر الشراء فارغا: يصبح هامش هذا المنتج غير معروف (ولا يُحسب أبدا كمجاني).',
  ],
  en: [
    'One row per product. Required for a new product: the name and the selling price.',
    'An existing product is found by its SKU, then by its barcode: filled cells update it, empty cells change nothing.',
    'Prices: 1250, 1,250.50 or 1 250,50. Stock is a count: a difference with the recorded stock becomes an "inventory" movement.',
    'The cost may stay empty: the product margin is then unknown (never counted as free).',
  ],
};

const headers = (lang: TemplateLanguage) => TEMPLATE_FIELDS.map((f) => PRODUCT_FIELDS.find((s) => s.field === f)!.label[lang]);

/** The catalogue template in the user's language; its headers are recognised by the import in any language. */
export async function productTemplate(format: 'csv' | 'xlsx', lang: TemplateLanguage): Promise<TemplateFile> {
  const fileName = `tajer-catalogue-${lang}.${format}`;
  if (format === 'csv') {
    // French and Arabic Excel expect ';' (the comma is the decimal mark); the BOM makes Excel read UTF-8 (Arabic).
    const csv = Papa.unparse(
      { fields: headers(lang), data: TEMPLATE_ROWS[lang] },
      { delimiter: lang === 'en' ? ',' : ';', newline: '\r\n' },
    );
    return { body: Buffer.from(`\ufeff${csv}\r\n`, 'utf8'), contentType: 'text/csv; charset=utf-8', fileName };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tajer';
  // The data sheet comes first: the import reads the first sheet.
  const sheet = workbook.addWorksheet(lang === 'fr' ? 'Produits' : lang === 'ar' ? 'المنتجات' : 'Products', {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: lang === 'ar' }],
  });
  sheet.addRow(headers(lang)).font = { bold: true };
  for (const row of TEMPLATE_ROWS.en)
    sheet.addRow(row.map((v, i) => (['price', 'cost'].includes(TEMPLATE_FIELDS[i]) && v !== '' ? Number(String(v).replace(/,/g, '')) : v)));
  sheet.columns.forEach((c, i) => {
    c.width = [14, 16, 30, 30, 14, 10, 14, 14, 10, 14][i] ?? 14;
  });
  sheet.getColumn(2).numFmt = '@'; // barcodes stay text: leading zeros and all 13 digits
  const help = workbook.addWorksheet(lang === 'fr' ? 'Aide' : lang === 'ar' ? 'مساعدة' : 'Help', {
    views: [{ rightToLeft: lang === 'ar' }],
  });
  for (const line of HELP[lang]) help.addRow([line]);
  help.getColumn(1).width = 120;
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { body, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName };
}

export const TEMPLATE_HELP = HELP;
