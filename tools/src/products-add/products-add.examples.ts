import type { ToolExamples } from '../types';

/** A product that is not in the catalogue yet: its name (sizes included), price, cost, stock. */
export const productsAddExamples: ToolExamples = {
  fr: [
    'Ajoute un nouveau produit : Chips Mahboul à 30 DA',
    'Nouveau produit : Miel de montagne 500g, prix 1800 DA',
    'Crée un article Huile Afia 1L à 280 DA',
    'Ajoute au catalogue le jus Ifruit 1L à 150 DA, coût 120 DA',
    'Nouvel article : Savon Palmolive à 95 DA, 24 en stock',
    'Je veux ajouter un produit : Café Bonal 250g à 320 dinars',
    'Ajoute le produit Thé Lipton boîte de 25 sachets à 240 DA',
    'Mets dans le catalogue un nouveau produit : Couscous fin 1kg à 180 DA',
  ],
  ar: [
    'أضف منتجا جديدا: شيبس محبول بـ 30 دينار',
    'منتج جديد: عسل جبلي 500 غ بسعر 1800 دينار',
    'أضف إلى الكتالوج زيت عافية 1 لتر بـ 280 دج',
    'سجل منتجا جديدا: صابون بالموليف بـ 95 دينار',
    'أضف منتج قهوة بونال 250 غ بسعر 320 دينار',
    'منتج جديد: كسكس رقيق 1 كغ ثمنه 180 دينار',
  ],
  darija: [
    'زيد برودوي جديد: شيبس محبول ب 30',
    'سلعة جديدة: عسل 500 غرام ب 1800',
    'دخل سلعة جديدة زيت عافية لتر ب 280',
    'زيد برودوي جديد صابون ب 95 دينار',
    'سلعة جديدة قهوة بونال ب 320',
    'زيدلي برودوي جديد: كسكس رقيق ب 180',
  ],
  darija_latin: [
    'zid produit jdid Chips Mahboul b 30 da',
    'sel3a jdida: miel 500g b 1800',
    'dakhel produit jdid huile Afia 1L b 280',
    'zid article jdid savon b 95 da',
    'produit jdid café Bonal b 320',
    'zidli sel3a jdida couscous fin b 180',
  ],
  en: [
    'Add a new product: Mahboul chips at 30 DA',
    'New product: mountain honey 500g, price 1800 DA',
    'Create an item Afia oil 1L at 280 DA',
    'Add to the catalogue Ifruit juice 1L for 150 DA, cost 120',
    'New item: Palmolive soap at 95 DA, 24 in stock',
    'Add the product Bonal coffee 250g priced 320 dinars',
  ],
};
