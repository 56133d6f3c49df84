import { normalizeText } from './content/text-normalize';

/**
 * Algeria's 58 wilayas, for labels in the customer's language ("Alger" → "الجزائر" in an Arabic post, "Algiers" in
 * English) and for grouping customers whatever way their wilaya was typed ("16", "Alger", "الجزائر").
 */
const WILAYAS: Array<[number, string, string, string?]> = [
  [1, 'Adrar', 'أدرار'], [2, 'Chlef', 'الشلف'], [3, 'Laghouat', 'الأغواط'], [4, 'Oum El Bouaghi', 'أم البواقي'],
  [5, 'Batna', 'باتنة'], [6, 'Béjaïa', 'بجاية'], [7, 'Biskra', 'بسكرة'], [8, 'Béchar', 'بشار'], [9, 'Blida', 'البليدة'],
  [10, 'Bouira', 'البويرة'], [11, 'Tamanrasset', 'تمنراست'], [12, 'Tébessa', 'تبسة'], [13, 'Tlemcen', 'تلمسان'],
  [14, 'Tiaret', 'تيارت'], [15, 'Tizi Ouzou', 'تيزي وزو'], [16, 'Alger', 'الجزائر', 'Algiers'], [17, 'Djelfa', 'الجلفة'],
  [18, 'Jijel', 'جيجل'], [19, 'Sétif', 'سطيف'], [20, 'Saïda', 'سعيدة'], [21, 'Skikda', 'سكيكدة'],
  [22, 'Sidi Bel Abbès', 'سيدي بلعباس'], [23, 'Annaba', 'عنابة'], [24, 'Guelma', 'قالمة'], [25, 'Constantine', 'قسنطينة'],
  [26, 'Médéa', 'المدية'], [27, 'Mostaganem', 'مستغانم'], [28, "M'Sila", 'المسيلة'], [29, 'Mascara', 'معسكر'],
  [30, 'Ouargla', 'ورقلة'], [31, 'Oran', 'وهران'], [32, 'El Bayadh', 'البيض'], [33, 'Illizi', 'إليزي'],
  [34, 'Bordj Bou Arréridj', 'برج بوعريريج'], [35, 'Boumerdès', 'بومرداس'], [36, 'El Tarf', 'الطارف'],
  [37, 'Tindouf', 'تندوف'], [38, 'Tissemsilt', 'تيسمسيلت'], [39, 'El Oued', 'الوادي'], [40, 'Khenchela', 'خنشلة'],
  [41, 'Souk Ahras', 'سوق أهراس'], [42, 'Tipaza', 'تيبازة'], [43, 'Mila', 'ميلة'], [44, 'Aïn Defla', 'عين الدفلى'],
  [45, 'Naâma', 'النعامة'], [46, 'Aïn Témouchent', 'عين تموشنت'], [47, 'Ghardaïa', 'غرداية'], [48, 'Relizane', 'غليزان'],
  [49, 'Timimoun', 'تيميمون'], [50, 'Bordj Badji Mokhtar', 'برج باجي مختار'], [51, 'Ouled Djellal', 'أولاد جلال'],
  [52, 'Béni Abbès', 'بني عباس'], [53, 'In Salah', 'عين صالح'], [54, 'In Guezzam', 'عين قزام'], [55, 'Touggourt', 'تقرت'],
  [56, 'Djanet', 'جانت'], [57, "El M'Ghair", 'المغير'], [58, 'El Meniaa', 'المنيعة'],
];

export interface WilayaLabel {
  code: number | null;
  fr: string;
  ar: string;
  en: string;
}

const INDEX = new Map<string, WilayaLabel>();
for (const [code, fr, ar, en] of WILAYAS) {
  const label = { code, fr, ar, en: en ?? fr };
  for (const key of [String(code), String(code).padStart(2, '0'), fr, ar, label.en]) INDEX.set(normalizeText(key), label);
}

/** The 58 wilayas in order, for pickers (sign-up, business profile). */
export const WILAYA_LIST: readonly WilayaLabel[] = WILAYAS.map(([code, fr, ar, en]) => ({ code, fr, ar, en: en ?? fr }));

/** The wilaya's names in the three languages; an unknown spelling is kept as typed in every language. */
export function wilayaLabel(raw: string): WilayaLabel {
  const folded = normalizeText(raw);
  const byCode = /^(\d{1,2})\b/.exec(folded);
  const known = INDEX.get(folded) ?? (byCode ? INDEX.get(byCode[1]) : undefined) ?? INDEX.get(folded.replace(/^\d+\s*-?\s*/, ''));
  return known ?? { code: null, fr: raw, ar: raw, en: raw };
}
