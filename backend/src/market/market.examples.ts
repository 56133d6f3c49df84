/** Response examples for the OpenAPI docs, taken from the demo shop's real figures (lists shortened). */
import { PRODUCT_CATEGORY_LABELS } from '@tajer/contract';

/** The demo products the examples name, each written once. */
const ELIO_OIL_2L = {
  id: 'efb28048-0215-495c-9b46-93af6e103561',
  sku: 'EPI-008',
  names: { fr: 'Huile de table Elio 2L', ar: 'زيت المائدة إيليو 2 لتر', en: 'Elio cooking oil 2L' },
  unit: 'bouteille',
};

/** The weakest month of the demo's year, in the months and as the trough. */
const DECEMBER_2025 = {
  month: '2025-12',
  label: {
    fr: 'décembre 2025',
    ar: 'ديسمبر 2025',
    en: 'December 2025',
  },
  revenue: 226744,
  daysCovered: 31,
  partial: false,
  dailyAverage: 7314.32,
  index: 85.6,
};

export const TRENDS_EXAMPLE = {
  period: 'quarter',
  currency: 'DZD',
  range: {
    start: '2026-09-30T23:00:00.000Z',
    end: '2026-11-22T03:32:28.184Z',
    previousStart: '2026-06-30T23:00:00.000Z',
    previousEnd: '2026-08-22T03:32:28.184Z',
  },
  category: {
    name: 'produits laitiers',
    label: PRODUCT_CATEGORY_LABELS['produits laitiers'],
  },
  totals: {
    revenue: 471125,
    previousRevenue: 408377,
    changePct: 15.4,
    quantity: 5916,
  },
  categories: [
    {
      category: 'produits laitiers',
      label: PRODUCT_CATEGORY_LABELS['produits laitiers'],
      revenue: 471125,
      previousRevenue: 408377,
      changePct: 15.4,
      quantity: 5916,
      sharePct: 16.9,
      trend: 'up',
    },
  ],
  seasonality: {
    months: [
      {
        month: '2025-11',
        label: {
          fr: 'novembre 2025',
          ar: 'نوفمبر 2025',
          en: 'November 2025',
        },
        revenue: 74930,
        daysCovered: 9,
        partial: true,
        dailyAverage: 8612.64,
        index: 100.8,
      },
      DECEMBER_2025,
    ],
    averageMonthRevenue: 259834.96,
    peak: {
      month: '2026-09',
      label: {
        fr: 'septembre 2026',
        ar: 'سبتمبر 2026',
        en: 'September 2026',
      },
      revenue: 302055,
      daysCovered: 30,
      partial: false,
      dailyAverage: 10068.5,
      index: 117.9,
    },
    trough: DECEMBER_2025,
  },
  topMovers: {
    growing: [
      {
        product: {
          id: 'ce3e0e37-5e4a-4074-89e1-96228565616d',
          sku: 'LAI-001',
          names: {
            fr: 'Lait en sachet 1L',
            ar: 'حليب الأكياس 1 لتر',
            en: 'Bagged milk 1L',
          },
          unit: 'L',
        },
        revenue: 66225,
        previousRevenue: 51900,
        change: 14325,
        changePct: 27.6,
        quantity: 2649,
        previousQuantity: 2076,
      },
    ],
    declining: [
      {
        product: {
          id: '9d36727d-a05b-41e3-8f4d-7df35097e8d3',
          sku: 'LAI-010',
          names: {
            fr: 'Œufs (plateau de 30)',
            ar: 'بيض (صينية 30 بيضة)',
            en: 'Eggs (tray of 30)',
          },
          unit: 'pièce',
        },
        revenue: 84930,
        previousRevenue: 85680,
        change: -750,
        changePct: -0.9,
        quantity: 149,
        previousQuantity: 153,
      },
    ],
  },
  source: "The business's own sales (no external market data).",
  summary: {
    fr: "Ce trimestre, Produits laitiers : chiffre d'affaires 471 125 DA (+15 %) par rapport au trimestre précédent au même stade. Sur 12 mois, le mois le plus fort est septembre 2026 (indice 118), le plus faible décembre 2025 (indice 86). En progression : Lait en sachet 1L (+14 325 DA). En recul : Œufs (plateau de 30) (-750 DA).",
    ar: 'هذا الفصل (مشتقات الحليب): رقم الأعمال 471 125 دج (+15%) مقارنة بالفصل السابق في نفس المرحلة. خلال 12 شهرا، أقوى شهر هو سبتمبر 2026 (مؤشر 118) وأضعفها ديسمبر 2025 (مؤشر 86). في تقدم: حليب الأكياس 1 لتر (+14 325 دج). في تراجع: بيض (صينية 30 بيضة) (-750 دج).',
    en: 'This quarter, Dairy: revenue 471,125 DZD (+15%) vs last quarter at the same point. Over 12 months the strongest month is September 2026 (index 118), the weakest December 2025 (index 86). Growing: Bagged milk 1L (+14,325 DZD). Declining: Eggs (tray of 30) (-750 DZD).',
  },
};

export const COMPETITORS_EXAMPLE = {
  currency: 'DZD',
  query: 'huile',
  products: [
    {
      product: ELIO_OIL_2L,
      ourPrice: 270,
      competitors: [
        {
          competitorId: '60e2462f-498c-459e-905c-e0212d91b222',
          name: 'Marché de gros Semmar',
          location: 'Semmar, Gué de Constantine',
          kind: 'grossiste',
          price: 250,
          observedAt: '2026-11-15T12:08:00.000Z',
          ourDifferencePct: 8,
        },
        {
          competitorId: '0b1994b0-4ec0-460d-8239-e895abe25cec',
          name: 'Uno Bab Ezzouar',
          location: 'Centre commercial Bab Ezzouar',
          kind: 'hypermarché',
          price: 270,
          observedAt: '2026-11-16T17:19:00.000Z',
          ourDifferencePct: 0,
        },
      ],
      competitorAverage: 263.33,
      competitorMin: 250,
      competitorMax: 270,
      priceIndex: 102.5,
      position: 'dearer',
    },
  ],
  withoutCompetitorPrices: [],
  cheaper: [],
  dearer: [
    {
      product: ELIO_OIL_2L,
      ourPrice: 270,
      competitorAverage: 263.33,
      priceIndex: 102.5,
    },
  ],
  byCompetitor: [
    {
      competitorId: 'b2429f7e-3fe7-4013-91ca-18a7a73956c3',
      name: 'Hanout Ammi Said',
      location: 'Bab Ezzouar, rue des Frères Bouadou',
      productsCompared: 2,
      averagePriceIndex: 100,
      weAreCheaperOn: 0,
      weAreDearerOn: 0,
    },
  ],
  summary: {
    productsCompared: 2,
    cheaperCount: 0,
    dearerCount: 1,
    alignedCount: 1,
    averagePriceIndex: 101.9,
    text: {
      fr: '2 produits comparés : moins chers que la concurrence sur 0, plus chers sur 1, alignés sur 1. Indice de prix moyen 101,9 (100 = moyenne des concurrents). Plus gros écart : Huile de table Elio 2L (indice 102,5).',
      ar: 'تمت مقارنة 2 منتجا: أرخص من المنافسين في 0، أغلى في 1، ومتساوية في 1. متوسط مؤشر الأسعار 101.9 (100 = متوسط المنافسين). أكبر فرق: زيت المائدة إيليو 2 لتر (مؤشر 102.5).',
      en: "2 products compared: cheaper than competitors on 0, dearer on 1, aligned on 1. Average price index 101.9 (100 = competitors' average). Biggest gap: Elio cooking oil 2L (index 102.5).",
    },
  },
};

export const REPORT_EXAMPLE = {
  id: '3060c6d8-4c83-4c41-9c83-9729474ad8eb',
  createdAt: '2026-11-22T03:32:29.131Z',
  pdfUrl: '/api/market/reports/3060c6d8-4c83-4c41-9c83-9729474ad8eb.pdf',
  title: 'Rapport de marché : Boissons',
  language: 'fr',
  topic: 'boissons',
  focus: {
    kind: 'category',
    value: 'boissons',
  },
  business: 'Supérette El Baraka',
  period: 'quarter',
  periodLabel: 'Ce trimestre',
  range: {
    start: '2026-09-30T23:00:00.000Z',
    end: '2026-11-22T03:32:28.602Z',
  },
  currency: 'DZD',
  generatedAt: '2026-11-22T03:32:28.602Z',
  sections: [
    {
      key: 'overview',
      title: "Vue d'ensemble",
      paragraphs: [
        "Ce trimestre : chiffre d'affaires 2 784 135 DA (+13 %) sur 4 786 ventes, panier moyen 582 DA, marge brute 470 058 DA (17 %), dépenses de fonctionnement 337 414 DA, résultat net 132 644 DA (-18 %). Variations par rapport au trimestre précédent au même stade. Stock : 329 084 DA au prix d'achat, 6 produits au seuil de réapprovisionnement ou en dessous.",
        "Ce trimestre, Boissons : chiffre d'affaires 241 135 DA (-33 %) par rapport au trimestre précédent au même stade. Sur 12 mois, le mois le plus fort est juillet 2026 (indice 146), le plus faible décembre 2025 (indice 59). En recul : Eau minérale Ifri 1,5L (-42 045 DA).",
      ],
      bullets: [],
      figures: [
        {
          key: 'revenue',
          label: "Chiffre d'affaires",
          value: 2784135,
          unit: 'DZD',
          display: '2 784 135 DA',
        },
        {
          key: 'revenueChangePct',
          label: 'Évolution du CA',
          value: 13.2,
          unit: '%',
          display: '+13 %',
        },
      ],
      charts: [],
    },
    {
      key: 'categories',
      title: 'Performance par catégorie',
      paragraphs: [
        "Ce trimestre : chiffre d'affaires 2 784 135 DA (+13 %) par rapport au trimestre précédent au même stade. Plus forte hausse : Hygiène (+34 %) ; plus forte baisse : Boissons (-33 %). Sur 12 mois, le mois le plus fort est mars 2026 (indice 124), le plus faible décembre 2025 (indice 87). En progression : Semoule 10kg (SIM, moyenne) (+70 030 DA). En recul : Eau minérale Ifri 1,5L (-42 045 DA).",
      ],
      bullets: ['Épicerie : 1 112 795 DA (+26 %, 40 %)', 'Produits laitiers : 471 125 DA (+15 %, 17 %)'],
      figures: [],
      charts: [
        {
          kind: 'bar',
          title: "Chiffre d'affaires par catégorie · Ce trimestre",
          unit: 'DZD',
          series: [
            {
              name: "Chiffre d'affaires",
              points: [
                {
                  label: 'Épicerie',
                  value: 1112795,
                },
                {
                  label: 'Produits laitiers',
                  value: 471125,
                },
              ],
            },
          ],
        },
      ],
    },
    {
      key: 'recommendations',
      title: 'Recommandations',
      paragraphs: [],
      bullets: ['Relancer la catégorie Boissons (-33 %) : mise en avant en rayon ou promotion ciblée.'],
      figures: [],
      charts: [],
    },
  ],
  source: "Sources : ventes enregistrées et relevés de prix concurrents de l'entreprise. Montants en dinars algériens (DA).",
};
