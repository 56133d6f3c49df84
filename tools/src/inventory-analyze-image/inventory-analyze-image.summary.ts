import { bullets, nameIn, say } from '../format';
import { stockLine, stockSentence } from '../stock-lines';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { InventoryAnalyzeImageResult } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `InventoryAnalyzeImageResult`. */
export type AnalyzeImageData = InventoryAnalyzeImageResult;

function how(m: AnalyzeImageData['matches'][number], lang: Lang): string {
  if (m.matchedBy === 'barcode')
    return say(lang, { fr: `code-barres ${m.evidence}`, ar: `الباركود ${m.evidence}`, en: `barcode ${m.evidence}` });
  if (m.matchedBy === 'sku') return say(lang, { fr: `code ${m.evidence}`, ar: `الرمز ${m.evidence}`, en: `code ${m.evidence}` });
  return say(lang, { fr: "texte de l'étiquette", ar: 'نص الملصق', en: 'label text' });
}

export function summarizeAnalyzeImage(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as AnalyzeImageData;
  if (!d.matches.length) {
    const code = d.codes[0]?.text;
    // A product barcode (EAN/UPC) the catalogue lacks: the product is new to the shop, say how to add it.
    if (code && /^\d{8,14}$/.test(code)) {
      return say(lang, {
        fr: `J'ai lu le code-barres ${code}, mais ce produit n'est pas encore dans votre catalogue. Pour l'ajouter, écrivez par exemple : « Ajoute un nouveau produit : Chips Mahboul à 30 DA, code-barres ${code} ».`,
        ar: `قرأت الباركود ${code}، لكن هذا المنتج غير موجود بعد في قائمة منتجاتك. لإضافته اكتب مثلا: «أضف منتج جديد: شيبس محبول بـ 30 دج، الباركود ${code}».`,
        en: `I read the barcode ${code}, but this product isn't in your catalogue yet. To add it, write for example: "Add a new product: Mahboul crisps at 30 DA, barcode ${code}".`,
      });
    }
    const read = code
      ? say(lang, {
          fr: ` (j'ai lu le code ${code}, inconnu de votre catalogue)`,
          ar: ` (قرأت الرمز ${code}، وهو غير موجود في قائمة منتجاتك)`,
          en: ` (I read the code ${code}, which isn't in your catalogue)`,
        })
      : '';
    return say(lang, {
      fr: `Je n'ai reconnu aucun produit de votre catalogue sur cette image${read}. Essayez une photo plus nette du code-barres ou de l'étiquette.`,
      ar: `لم أتعرف على أي منتج من قائمة منتجاتك في هذه الصورة${read}. جرّب صورة أوضح للباركود أو الملصق.`,
      en: `I didn't recognise any product from your catalogue in this picture${read}. Try a sharper photo of the barcode or label.`,
    });
  }
  if (d.matches.length === 1) {
    const m = d.matches[0];
    const name = nameIn(m.product.names, lang);
    const seen = say(lang, {
      fr: `C'est **${name}** (reconnu par : ${how(m, lang)}).`,
      ar: `إنه **${name}** (تم التعرف عليه عبر: ${how(m, lang)}).`,
      en: `That's **${name}** (recognised by its ${how(m, lang)}).`,
    });
    return `${seen} ${stockSentence(m.product, lang)}`;
  }
  const head = say(lang, {
    fr: `J'ai reconnu ${d.matches.length} produits sur l'image :`,
    ar: `تعرفت على عدة منتجات في الصورة:`,
    en: `I recognised ${d.matches.length} products in the picture:`,
  });
  return `${head}\n${bullets(d.matches.map((m) => `${stockLine(m.product, lang)} (${how(m, lang)})`))}`;
}
