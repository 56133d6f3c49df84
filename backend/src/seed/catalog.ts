/**
 * The demo superette's catalogue: what a neighbourhood supérette in Algiers really stocks, at 2026 shelf prices (DZD).
 * State-regulated staples (bagged milk 25 DA, bread, oil, sugar) carry thin margins; packaged goods 15–30 %.
 * `popularity` is roughly "basket lines per ordinary day" and `season` multiplies it on special days,
 * which is what gives the sales history its Ramadan, summer and back-to-school shape.
 */
import type { UnitKey } from '@tajer/contract';
import { ean13 } from './ean13';
import { SUPPLIERS, SupplierKey } from './suppliers';

export const CATEGORIES = [
  'épicerie',
  'conserves',
  'boissons',
  'produits laitiers',
  'boulangerie',
  'confiserie',
  'fruits et légumes',
  'hygiène',
  'entretien',
] as const;
export type Category = (typeof CATEGORIES)[number];

// A unit of the contract's vocabulary, as stored ("L" keeps its capital; the contract matches units in any case).
export type Unit = Exclude<UnitKey, 'l'> | 'L';

/** Multipliers on popularity for the days of a season. */
export interface Seasonality {
  ramadan?: number;
  /** The week before Aïd el-Fitr (cakes: flour, sugar, butter, eggs, baking powder). */
  eidFitr?: number;
  /** The days before Aïd el-Adha (onions, spices). */
  eidAdha?: number;
  /** June–August. */
  summer?: number;
  /** September, back to school. */
  school?: number;
  /** December–February. */
  winter?: number;
}

/** Quantity per basket line, as [quantity, weight]. */
export type QuantityMix = readonly (readonly [number, number])[];

const ONE: QuantityMix = [[1, 1]];
const FEW: QuantityMix = [[1, 0.75], [2, 0.2], [3, 0.05]];
const SOME: QuantityMix = [[1, 0.5], [2, 0.3], [3, 0.12], [4, 0.08]];
const BREAD: QuantityMix = [[1, 0.22], [2, 0.34], [3, 0.2], [4, 0.14], [5, 0.1]];
const MILK: QuantityMix = [[1, 0.3], [2, 0.36], [3, 0.14], [4, 0.12], [6, 0.08]];
const WATER: QuantityMix = [[1, 0.45], [2, 0.25], [3, 0.1], [6, 0.2]];
const YOGHURT: QuantityMix = [[1, 0.3], [2, 0.3], [4, 0.3], [8, 0.1]];
const PRODUCE: QuantityMix = [[1, 0.45], [2, 0.35], [3, 0.12], [5, 0.08]];

export interface CatalogItem {
  sku: string;
  /** Null for bread and loose produce, which carry no printed barcode. */
  barcode: string | null;
  nameFr: string;
  nameAr: string;
  nameEn: string;
  category: Category;
  unit: Unit;
  /** Current shelf price and unit cost, in centimes (integers keep sums exact). */
  priceCents: number;
  costCents: number;
  /** Price fixed by the state: it did not drift with inflation over the year. */
  regulated: boolean;
  supplier: SupplierKey;
  popularity: number;
  quantities: QuantityMix;
  season: Seasonality;
  /** Stock on hand at the end of the seeded window, and the reorder threshold. */
  stock: number;
  reorderThreshold: number;
  /** Deliveries come in multiples of this (a carton, a sack, a tray). */
  lot: number;
}

interface Row {
  fr: string;
  ar: string;
  en: string;
  unit: Unit;
  price: number;
  cost: number;
  pop: number;
  qty?: QuantityMix;
  season?: Seasonality;
  stock: number;
  min: number;
  lot: number;
  supplier: SupplierKey;
  regulated?: boolean;
  loose?: boolean;
}

const ROWS: Record<Category, Row[]> = {
  épicerie: [
    { fr: 'Semoule 10kg (SIM, moyenne)', ar: 'سميد 10 كغ (سيم، متوسط)', en: 'Semolina 10kg (SIM, medium)', unit: 'sac', price: 1250, cost: 1120, pop: 4, qty: [[1, 0.9], [2, 0.1]], season: { ramadan: 2.4, eidFitr: 1.3 }, stock: 42, min: 20, lot: 10, supplier: 'sim' },
    { fr: 'Farine de blé 1kg', ar: 'دقيق القمح 1 كغ', en: 'Wheat flour 1kg', unit: 'paquet', price: 120, cost: 100, pop: 5, qty: FEW, season: { ramadan: 1.8, eidFitr: 2.5 }, stock: 64, min: 25, lot: 20, supplier: 'sim' },
    { fr: 'Pâtes spaghetti 500g', ar: 'معكرونة سباغيتي 500 غ', en: 'Spaghetti pasta 500g', unit: 'paquet', price: 75, cost: 62, pop: 6, qty: SOME, stock: 120, min: 40, lot: 40, supplier: 'sim' },
    { fr: 'Couscous moyen 1kg', ar: 'كسكس متوسط 1 كغ', en: 'Medium couscous 1kg', unit: 'paquet', price: 170, cost: 140, pop: 3, qty: FEW, season: { winter: 1.2 }, stock: 50, min: 20, lot: 20, supplier: 'sim' },
    { fr: 'Frik (blé vert concassé) 500g', ar: 'فريك 500 غ', en: 'Frik cracked green wheat 500g', unit: 'paquet', price: 250, cost: 200, pop: 1, season: { ramadan: 4, winter: 1.3 }, stock: 24, min: 10, lot: 20, supplier: 'semmar' },
    { fr: 'Sucre blanc 1kg', ar: 'سكر أبيض 1 كغ', en: 'White sugar 1kg', unit: 'paquet', price: 95, cost: 85, pop: 8, qty: SOME, season: { ramadan: 1.7, eidFitr: 2 }, stock: 90, min: 40, lot: 50, supplier: 'cevital', regulated: true },
    { fr: 'Huile de table Elio 5L', ar: 'زيت المائدة إيليو 5 لتر', en: 'Elio cooking oil 5L', unit: 'bouteille', price: 650, cost: 595, pop: 3, season: { ramadan: 1.8 }, stock: 4, min: 12, lot: 6, supplier: 'cevital', regulated: true },
    { fr: 'Huile de table Elio 2L', ar: 'زيت المائدة إيليو 2 لتر', en: 'Elio cooking oil 2L', unit: 'bouteille', price: 270, cost: 240, pop: 4, season: { ramadan: 1.6 }, stock: 30, min: 15, lot: 12, supplier: 'cevital', regulated: true },
    { fr: 'Café moulu Facto 250g', ar: 'قهوة مطحونة فاكتو 250 غ', en: 'Facto ground coffee 250g', unit: 'paquet', price: 330, cost: 280, pop: 5, qty: FEW, stock: 7, min: 15, lot: 24, supplier: 'semmar' },
    { fr: 'Thé vert 250g', ar: 'شاي أخضر 250 غ', en: 'Green tea 250g', unit: 'boîte', price: 290, cost: 235, pop: 2, season: { winter: 1.3 }, stock: 30, min: 10, lot: 12, supplier: 'semmar' },
    { fr: 'Lentilles 1kg', ar: 'عدس 1 كغ', en: 'Lentils 1kg', unit: 'paquet', price: 300, cost: 255, pop: 3, season: { winter: 1.5 }, stock: 36, min: 15, lot: 20, supplier: 'semmar' },
    { fr: 'Pois chiches 1kg', ar: 'حمص 1 كغ', en: 'Chickpeas 1kg', unit: 'paquet', price: 380, cost: 320, pop: 3, season: { ramadan: 1.8, winter: 1.3 }, stock: 28, min: 12, lot: 20, supplier: 'semmar' },
    { fr: 'Haricots blancs 1kg', ar: 'فاصوليا بيضاء 1 كغ', en: 'White beans 1kg', unit: 'paquet', price: 350, cost: 295, pop: 2, season: { winter: 1.5 }, stock: 22, min: 10, lot: 20, supplier: 'semmar' },
    { fr: 'Riz 1kg', ar: 'أرز 1 كغ', en: 'Rice 1kg', unit: 'paquet', price: 200, cost: 165, pop: 3, qty: FEW, stock: 40, min: 15, lot: 20, supplier: 'semmar' },
    { fr: 'Sel iodé 1kg', ar: 'ملح يودي 1 كغ', en: 'Iodised salt 1kg', unit: 'paquet', price: 40, cost: 30, pop: 2, stock: 45, min: 15, lot: 24, supplier: 'semmar' },
    { fr: 'Poivre noir moulu 50g', ar: 'فلفل أسود مطحون 50 غ', en: 'Ground black pepper 50g', unit: 'paquet', price: 130, cost: 100, pop: 1.5, season: { eidAdha: 2.5, ramadan: 1.3 }, stock: 30, min: 10, lot: 24, supplier: 'semmar' },
    { fr: 'Levure chimique (10 sachets)', ar: 'خميرة كيميائية (10 أكياس)', en: 'Baking powder (10 sachets)', unit: 'paquet', price: 120, cost: 95, pop: 1.5, season: { ramadan: 2, eidFitr: 3 }, stock: 0, min: 10, lot: 24, supplier: 'semmar' },
    { fr: 'Dattes Deglet Nour 1kg', ar: 'تمر دقلة نور 1 كغ', en: 'Deglet Nour dates 1kg', unit: 'boîte', price: 950, cost: 760, pop: 0.8, season: { ramadan: 8 }, stock: 18, min: 8, lot: 10, supplier: 'semmar' },
    { fr: "Confiture d'abricots 450g", ar: 'مربى المشمش 450 غ', en: 'Apricot jam 450g', unit: 'boîte', price: 250, cost: 200, pop: 1.5, season: { school: 1.3 }, stock: 20, min: 8, lot: 12, supplier: 'semmar' },
  ],
  conserves: [
    { fr: 'Concentré de tomate 400g', ar: 'طماطم مركزة 400 غ', en: 'Tomato paste 400g', unit: 'boîte', price: 160, cost: 130, pop: 4, qty: FEW, season: { ramadan: 1.4 }, stock: 60, min: 24, lot: 24, supplier: 'semmar' },
    { fr: "Thon à l'huile 160g", ar: 'تونة بالزيت 160 غ', en: 'Tuna in oil 160g', unit: 'boîte', price: 260, cost: 210, pop: 3, qty: FEW, season: { ramadan: 1.3 }, stock: 5, min: 24, lot: 48, supplier: 'semmar' },
    { fr: "Sardines à l'huile 125g", ar: 'سردين بالزيت 125 غ', en: 'Sardines in oil 125g', unit: 'boîte', price: 140, cost: 112, pop: 2, stock: 40, min: 15, lot: 50, supplier: 'semmar' },
    { fr: 'Harissa 135g', ar: 'هريسة 135 غ', en: 'Harissa 135g', unit: 'boîte', price: 90, cost: 70, pop: 2, stock: 35, min: 12, lot: 24, supplier: 'semmar' },
    { fr: 'Petits pois 400g', ar: 'جلبانة 400 غ', en: 'Green peas 400g', unit: 'boîte', price: 150, cost: 120, pop: 1.5, stock: 30, min: 10, lot: 24, supplier: 'semmar' },
    { fr: 'Olives vertes 500g', ar: 'زيتون أخضر 500 غ', en: 'Green olives 500g', unit: 'boîte', price: 280, cost: 215, pop: 1.2, season: { ramadan: 1.6 }, stock: 20, min: 8, lot: 12, supplier: 'semmar' },
  ],
  boissons: [
    { fr: 'Eau minérale Ifri 1,5L', ar: 'مياه معدنية إفري 1.5 لتر', en: 'Ifri mineral water 1.5L', unit: 'bouteille', price: 45, cost: 36, pop: 9, qty: WATER, season: { summer: 2.1, winter: 0.7 }, stock: 180, min: 60, lot: 60, supplier: 'boissons' },
    { fr: 'Eau minérale Saïda 1,5L', ar: 'مياه معدنية سعيدة 1.5 لتر', en: 'Saïda mineral water 1.5L', unit: 'bouteille', price: 40, cost: 32, pop: 6, qty: WATER, season: { summer: 2.1, winter: 0.7 }, stock: 150, min: 60, lot: 60, supplier: 'boissons' },
    { fr: 'Hamoud Boualem Selecto 1L', ar: 'سليكتو حمود بوعلام 1 لتر', en: 'Hamoud Boualem Selecto 1L', unit: 'bouteille', price: 120, cost: 95, pop: 5, qty: FEW, season: { summer: 1.8, ramadan: 1.4, winter: 0.8 }, stock: 48, min: 24, lot: 24, supplier: 'hamoud' },
    { fr: 'Limonade Hamoud Boualem 2L', ar: 'ليموناضة حمود بوعلام 2 لتر', en: 'Hamoud Boualem lemonade 2L', unit: 'bouteille', price: 150, cost: 120, pop: 3, season: { summer: 1.8, ramadan: 1.4, winter: 0.8 }, stock: 30, min: 12, lot: 12, supplier: 'hamoud' },
    { fr: 'Coca-Cola 1L', ar: 'كوكا كولا 1 لتر', en: 'Coca-Cola 1L', unit: 'bouteille', price: 140, cost: 112, pop: 3, season: { summer: 1.7, winter: 0.8 }, stock: 36, min: 12, lot: 12, supplier: 'boissons' },
    { fr: 'Jus Rouiba orange 1L', ar: 'عصير رويبة برتقال 1 لتر', en: 'Rouiba orange juice 1L', unit: 'bouteille', price: 210, cost: 170, pop: 3, season: { ramadan: 2, summer: 1.6, winter: 0.8 }, stock: 30, min: 12, lot: 12, supplier: 'boissons' },
    { fr: 'Jus Ramy cocktail 1L', ar: 'عصير رامي كوكتيل 1 لتر', en: 'Ramy fruit cocktail juice 1L', unit: 'bouteille', price: 190, cost: 150, pop: 2, season: { ramadan: 2, summer: 1.6, winter: 0.8 }, stock: 24, min: 12, lot: 12, supplier: 'boissons' },
    { fr: "Boisson N'gaous orange 1L", ar: 'مشروب نقاوس برتقال 1 لتر', en: "N'gaous orange drink 1L", unit: 'bouteille', price: 130, cost: 100, pop: 2, season: { ramadan: 1.7, summer: 1.6, winter: 0.8 }, stock: 24, min: 12, lot: 12, supplier: 'boissons' },
  ],
  'produits laitiers': [
    { fr: 'Lait en sachet 1L', ar: 'حليب الأكياس 1 لتر', en: 'Bagged milk 1L', unit: 'L', price: 25, cost: 23, pop: 22, qty: MILK, season: { ramadan: 1.5 }, stock: 48, min: 30, lot: 10, supplier: 'giplait', regulated: true },
    { fr: 'Lait UHT Candia 1L', ar: 'حليب كانديا 1 لتر', en: 'Candia UHT milk 1L', unit: 'L', price: 150, cost: 125, pop: 3, qty: FEW, stock: 36, min: 12, lot: 12, supplier: 'frais' },
    { fr: 'Lait en poudre 500g', ar: 'حليب مجفف 500 غ', en: 'Powdered milk 500g', unit: 'paquet', price: 650, cost: 560, pop: 1.5, stock: 20, min: 8, lot: 12, supplier: 'semmar' },
    { fr: 'Lben Soummam 1L', ar: 'لبن صومام 1 لتر', en: 'Soummam lben (buttermilk) 1L', unit: 'bouteille', price: 110, cost: 90, pop: 4, qty: FEW, season: { ramadan: 2.4 }, stock: 20, min: 10, lot: 12, supplier: 'soummam' },
    { fr: 'Yaourt nature Soummam', ar: 'ياغورت طبيعي صومام', en: 'Soummam plain yoghurt', unit: 'pièce', price: 30, cost: 24, pop: 8, qty: YOGHURT, season: { summer: 1.2 }, stock: 72, min: 36, lot: 24, supplier: 'soummam' },
    { fr: 'Yaourt aux fruits Soummam', ar: 'ياغورت بالفواكه صومام', en: 'Soummam fruit yoghurt', unit: 'pièce', price: 35, cost: 28, pop: 6, qty: YOGHURT, season: { school: 1.2, summer: 1.2 }, stock: 60, min: 36, lot: 24, supplier: 'soummam' },
    { fr: 'Fromage en portions (16)', ar: 'جبن مثلثات (16 قطعة)', en: 'Cheese portions (16)', unit: 'boîte', price: 360, cost: 300, pop: 3, season: { school: 1.4 }, stock: 25, min: 10, lot: 12, supplier: 'frais' },
    { fr: 'Beurre doux 250g', ar: 'زبدة 250 غ', en: 'Unsalted butter 250g', unit: 'paquet', price: 480, cost: 410, pop: 1.5, season: { eidFitr: 2.5 }, stock: 14, min: 6, lot: 12, supplier: 'frais' },
    { fr: 'Margarine Fleurial 500g', ar: 'مارغرين فلوريال 500 غ', en: 'Fleurial margarine 500g', unit: 'paquet', price: 260, cost: 220, pop: 2, season: { eidFitr: 2, ramadan: 1.3 }, stock: 24, min: 10, lot: 12, supplier: 'cevital' },
    { fr: 'Œufs (plateau de 30)', ar: 'بيض (صينية 30 بيضة)', en: 'Eggs (tray of 30)', unit: 'pièce', price: 570, cost: 500, pop: 3, season: { ramadan: 1.5, eidFitr: 2 }, stock: 12, min: 6, lot: 10, supplier: 'frais' },
  ],
  boulangerie: [
    { fr: 'Baguette de pain', ar: 'خبز باقات', en: 'Baguette', unit: 'pièce', price: 15, cost: 12.5, pop: 30, qty: BREAD, season: { ramadan: 1.1 }, stock: 40, min: 20, lot: 1, supplier: 'boulangerie', regulated: true, loose: true },
    { fr: 'Pain matlouh', ar: 'خبز المطلوع', en: 'Matlouh flatbread', unit: 'pièce', price: 50, cost: 40, pop: 3, qty: FEW, season: { ramadan: 3 }, stock: 10, min: 5, lot: 1, supplier: 'boulangerie', loose: true },
    { fr: 'Croissant', ar: 'كرواسون', en: 'Croissant', unit: 'pièce', price: 40, cost: 30, pop: 4, qty: SOME, season: { school: 1.3 }, stock: 12, min: 6, lot: 1, supplier: 'boulangerie', loose: true },
  ],
  confiserie: [
    { fr: 'Biscuits Bimo au lait 200g', ar: 'بسكويت بيمو بالحليب 200 غ', en: 'Bimo milk biscuits 200g', unit: 'paquet', price: 90, cost: 70, pop: 5, qty: FEW, season: { school: 1.6 }, stock: 48, min: 24, lot: 24, supplier: 'semmar' },
    { fr: 'Gaufrettes au chocolat 100g', ar: 'ويفر بالشوكولاتة 100 غ', en: 'Chocolate wafers 100g', unit: 'paquet', price: 60, cost: 46, pop: 5, qty: FEW, season: { school: 1.6 }, stock: 60, min: 24, lot: 48, supplier: 'semmar' },
    { fr: 'Chocolat au lait 100g', ar: 'شوكولاتة بالحليب 100 غ', en: 'Milk chocolate bar 100g', unit: 'pièce', price: 220, cost: 175, pop: 2, season: { school: 1.4, eidFitr: 1.5, winter: 1.2 }, stock: 30, min: 12, lot: 24, supplier: 'semmar' },
    { fr: 'Bonbons (sachet 200g)', ar: 'حلويات (كيس 200 غ)', en: 'Sweets (200g bag)', unit: 'paquet', price: 150, cost: 115, pop: 2, season: { school: 1.5, eidFitr: 1.8 }, stock: 30, min: 10, lot: 24, supplier: 'semmar' },
    { fr: 'Halwa turque 400g', ar: 'حلوة الترك 400 غ', en: 'Halva 400g', unit: 'boîte', price: 380, cost: 300, pop: 0.8, season: { ramadan: 4 }, stock: 14, min: 6, lot: 12, supplier: 'semmar' },
  ],
  'fruits et légumes': [
    { fr: 'Pommes de terre', ar: 'بطاطا', en: 'Potatoes', unit: 'kg', price: 80, cost: 62, pop: 8, qty: PRODUCE, stock: 90, min: 40, lot: 25, supplier: 'fruits', loose: true },
    { fr: 'Oignons', ar: 'بصل', en: 'Onions', unit: 'kg', price: 70, cost: 52, pop: 6, qty: PRODUCE, season: { eidAdha: 2, ramadan: 1.3 }, stock: 60, min: 30, lot: 25, supplier: 'fruits', loose: true },
    { fr: 'Tomates', ar: 'طماطم', en: 'Tomatoes', unit: 'kg', price: 140, cost: 105, pop: 6, qty: PRODUCE, season: { summer: 1.2, ramadan: 1.3 }, stock: 40, min: 20, lot: 20, supplier: 'fruits', loose: true },
    { fr: 'Bananes', ar: 'موز', en: 'Bananas', unit: 'kg', price: 380, cost: 300, pop: 2, qty: FEW, stock: 18, min: 8, lot: 10, supplier: 'fruits', loose: true },
  ],
  hygiène: [
    { fr: 'Savon de toilette 100g', ar: 'صابون 100 غ', en: 'Toilet soap 100g', unit: 'pièce', price: 90, cost: 70, pop: 3, qty: FEW, season: { school: 1.3 }, stock: 48, min: 24, lot: 48, supplier: 'venus' },
    { fr: 'Shampooing 400ml', ar: 'شامبو 400 مل', en: 'Shampoo 400ml', unit: 'bouteille', price: 380, cost: 300, pop: 2, season: { school: 1.3, summer: 1.2 }, stock: 20, min: 8, lot: 12, supplier: 'venus' },
    { fr: 'Dentifrice Signal 75ml', ar: 'معجون أسنان سيغنال 75 مل', en: 'Signal toothpaste 75ml', unit: 'boîte', price: 240, cost: 190, pop: 2, season: { school: 1.4 }, stock: 24, min: 10, lot: 24, supplier: 'venus' },
    { fr: 'Couches bébé taille 4 (x44)', ar: 'حفاظات أطفال مقاس 4 (44 قطعة)', en: 'Baby nappies size 4 (x44)', unit: 'paquet', price: 1550, cost: 1290, pop: 1.5, stock: 2, min: 6, lot: 6, supplier: 'venus' },
    { fr: 'Papier hygiénique (x6)', ar: 'ورق صحي (6 لفات)', en: 'Toilet paper (6 rolls)', unit: 'paquet', price: 290, cost: 230, pop: 2.5, stock: 30, min: 12, lot: 12, supplier: 'venus' },
  ],
  entretien: [
    { fr: 'Lessive en poudre Isis 1kg', ar: 'مسحوق غسيل إيزيس 1 كغ', en: 'Isis washing powder 1kg', unit: 'paquet', price: 340, cost: 280, pop: 2.5, season: { eidFitr: 1.5 }, stock: 3, min: 10, lot: 12, supplier: 'henkel' },
    { fr: 'Eau de Javel 1L', ar: 'ماء جافيل 1 لتر', en: 'Bleach 1L', unit: 'bouteille', price: 80, cost: 60, pop: 3, qty: FEW, season: { summer: 1.2 }, stock: 40, min: 15, lot: 24, supplier: 'henkel' },
    { fr: 'Liquide vaisselle 1L', ar: 'سائل غسيل الأواني 1 لتر', en: 'Washing-up liquid 1L', unit: 'bouteille', price: 190, cost: 150, pop: 2.5, season: { eidAdha: 1.5 }, stock: 24, min: 10, lot: 12, supplier: 'henkel' },
    { fr: 'Sacs poubelle (rouleau de 20)', ar: 'أكياس القمامة (20 كيس)', en: 'Bin bags (roll of 20)', unit: 'paquet', price: 150, cost: 110, pop: 2, season: { eidAdha: 1.8 }, stock: 30, min: 10, lot: 24, supplier: 'henkel' },
  ],
};

const SKU_PREFIX: Record<Category, string> = {
  épicerie: 'EPI',
  conserves: 'CON',
  boissons: 'BOI',
  'produits laitiers': 'LAI',
  boulangerie: 'BOU',
  confiserie: 'CNF',
  'fruits et légumes': 'FRL',
  hygiène: 'HYG',
  entretien: 'ENT',
};

const toCents = (dinars: number) => Math.round(dinars * 100);

/** The demo catalogue, in a stable order (SKU order). */
export function buildCatalog(): CatalogItem[] {
  const items: CatalogItem[] = [];
  let serial = 0;
  for (const category of CATEGORIES) {
    ROWS[category].forEach((row, index) => {
      serial += 1;
      const supplier = SUPPLIERS[row.supplier];
      items.push({
        sku: `${SKU_PREFIX[category]}-${String(index + 1).padStart(3, '0')}`,
        // 613 = GS1 Algeria; then the supplier's code and a serial, so the same product always gets the same code.
        barcode: row.loose ? null : ean13(`613${supplier.barcodeCode}${String(serial).padStart(5, '0')}`),
        nameFr: row.fr,
        nameAr: row.ar,
        nameEn: row.en,
        category,
        unit: row.unit,
        priceCents: toCents(row.price),
        costCents: toCents(row.cost),
        regulated: row.regulated ?? false,
        supplier: row.supplier,
        popularity: row.pop,
        quantities: row.qty ?? ONE,
        season: row.season ?? {},
        stock: row.stock,
        reorderThreshold: row.min,
        lot: row.lot,
      });
    });
  }
  return items;
}
