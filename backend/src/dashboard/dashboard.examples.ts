/** Response examples for the OpenAPI docs, taken from the demo shop's real figures (lists shortened). */

/** The demo products the examples name, each written once. */
const BAGUETTE = {
  id: '1f968437-7791-4c10-ab24-e56c1ca4063c',
  sku: 'BOU-001',
  names: { fr: 'Baguette de pain', ar: 'خبز باقات', en: 'Baguette' },
  unit: 'pièce',
};

export const STATS_EXAMPLE = {
  period: 'month',
  currency: 'DZD',
  range: {
    start: '2026-10-31T23:00:00.000Z',
    end: '2026-11-22T03:32:26.964Z',
    previousStart: '2026-09-30T23:00:00.000Z',
    previousEnd: '2026-10-22T03:32:26.964Z',
  },
  revenue: {
    value: 1132880,
    previous: 1140065,
    changePct: -0.6,
    unit: 'DZD',
  },
  salesCount: {
    value: 1960,
    previous: 1909,
    changePct: 2.7,
    unit: 'sales',
  },
  averageBasket: {
    value: 578,
    previous: 597.21,
    changePct: -3.2,
    unit: 'DZD',
  },
  grossMargin: {
    value: 193326.5,
    previous: 191156.5,
    changePct: 1.1,
    unit: 'DZD',
  },
  grossMarginRate: {
    value: 17.1,
    previous: 16.8,
    changePoints: 0.3,
    unit: '%',
  },
  expenses: {
    value: 199550,
    previous: 89541,
    changePct: 122.9,
    unit: 'DZD',
  },
  stockPurchases: {
    value: 1000624.5,
    previous: 984592,
    changePct: 1.6,
    unit: 'DZD',
  },
  netResult: {
    value: -6223.5,
    previous: 101615.5,
    changePct: -106.1,
    unit: 'DZD',
  },
  stockValue: {
    value: 329084,
    previous: null,
    changePct: null,
    unit: 'DZD',
    asOf: '2026-11-22T03:32:26.964Z',
    note: 'Current stock valued at unit cost; a snapshot, so there is no previous-period value.',
    uncostedProducts: 0,
  },
  lowStockCount: {
    value: 6,
    previous: null,
    changePct: null,
    unit: 'products',
    asOf: '2026-11-22T03:32:26.964Z',
    outOfStock: 1,
    activeProducts: 64,
  },
  comparable: true,
  summary: {
    fr: "Ce mois-ci : chiffre d'affaires 1 132 880 DA (-0,6 %) sur 1 960 ventes, panier moyen 578 DA, marge brute 193 327 DA (17 %), dépenses de fonctionnement 199 550 DA, résultat net -6 223 DA (-106 %). Variations par rapport aux mêmes jours du mois dernier. Stock : 329 084 DA au prix d'achat, 6 produits au seuil de réapprovisionnement ou en dessous.",
    ar: 'هذا الشهر: رقم الأعمال 1 132 880 دج (-0.6%) من 1 960 عملية بيع، متوسط السلة 578 دج، الهامش الإجمالي 193 327 دج (17%)، مصاريف التشغيل 199 550 دج، النتيجة الصافية -6 223 دج (-106%). التغيرات مقارنة بنفس الأيام من الشهر الماضي. المخزون: 329 084 دج بسعر الشراء، وعدد المنتجات عند حد إعادة الطلب أو تحته: 6.',
    en: 'This month: revenue 1,132,880 DZD (-0.6%) from 1,960 sales, average basket 578 DZD, gross margin 193,327 DZD (17%), operating expenses 199,550 DZD, net result -6,223 DZD (-106%). Changes vs the same days last month. Stock: 329,084 DZD at cost, 6 products at or below the reorder threshold.',
  },
};

export const INSIGHTS_EXAMPLE = {
  generatedAt: '2026-11-22T03:32:27.336Z',
  currency: 'DZD',
  windowDays: 30,
  count: 9,
  insights: [
    {
      type: 'best_sellers',
      severity: 'info',
      title: {
        fr: "Meilleures ventes sur 30 jours : Semoule 10kg (SIM, moyenne) en chiffre d'affaires (162 500 DA), Baguette de pain en quantité (2 092 pièces)",
        ar: 'الأكثر مبيعا خلال 30 يوما: سميد 10 كغ (سيم، متوسط) من حيث رقم الأعمال (162 500 دج)، وخبز باقات من حيث الكمية (2 092)',
        en: 'Best sellers over 30 days: Semolina 10kg (SIM, medium) by revenue (162,500 DZD), Baguette by quantity (2,092 pieces)',
      },
      evidence: {
        windowDays: 30,
        totalRevenue: 1582900,
        byRevenue: [
          {
            product: {
              id: '8ad9bb4d-a111-4bf5-86ba-7f71718bf2de',
              sku: 'EPI-001',
              names: {
                fr: 'Semoule 10kg (SIM, moyenne)',
                ar: 'سميد 10 كغ (سيم، متوسط)',
                en: 'Semolina 10kg (SIM, medium)',
              },
              unit: 'sac',
            },
            revenue: 162500,
            quantity: 130,
            revenueSharePct: 10.3,
          },
        ],
        byQuantity: [
          {
            product: BAGUETTE,
            revenue: 31380,
            quantity: 2092,
            revenueSharePct: 2,
          },
        ],
      },
    },
    {
      type: 'decliner',
      severity: 'warning',
      title: {
        fr: 'Bonbons (sachet 200g) : ventes en baisse de 42 % sur 30 jours (12 450 DA → 7 200 DA)',
        ar: 'حلويات (كيس 200 غ): تراجع المبيعات بنسبة 42% خلال 30 يوما (من 12 450 دج إلى 7 200 دج)',
        en: 'Sweets (200g bag): sales down 42% over 30 days (12,450 DZD → 7,200 DZD)',
      },
      evidence: {
        product: {
          id: '8edff09d-f30a-4efd-bae7-a96d82089c2a',
          sku: 'CNF-004',
          names: {
            fr: 'Bonbons (sachet 200g)',
            ar: 'حلويات (كيس 200 غ)',
            en: 'Sweets (200g bag)',
          },
          unit: 'paquet',
        },
        windowDays: 30,
        revenue: 7200,
        previousRevenue: 12450,
        changePct: -42.2,
        quantity: 48,
        previousQuantity: 83,
      },
    },
    {
      type: 'margin_outlier',
      severity: 'warning',
      title: {
        fr: 'Huile de table Elio 5L : marge de 8,5 %, bien en dessous de la médiane Épicerie (17 %)',
        ar: 'زيت المائدة إيليو 5 لتر: هامش 8.5%، أقل بكثير من متوسط فئة مواد غذائية (17%)',
        en: 'Elio cooking oil 5L: 8.5% margin, far below the Groceries median (17%)',
      },
      evidence: {
        product: {
          id: 'd232089a-111b-4e1b-af8e-07ffff809deb',
          sku: 'EPI-007',
          names: {
            fr: 'Huile de table Elio 5L',
            ar: 'زيت المائدة إيليو 5 لتر',
            en: 'Elio cooking oil 5L',
          },
          unit: 'bouteille',
        },
        direction: 'below',
        marginPct: 8.5,
        categoryMedianPct: 17.3,
        deviationPoints: -8.9,
        price: 650,
        cost: 595,
        revenueLast30Days: 55250,
      },
    },
    {
      type: 'expense_spike',
      severity: 'warning',
      title: {
        fr: 'Dépenses « Entretien du local » ce mois-ci : 85 000 DA, 27,3 fois un mois habituel (3 117 DA en moyenne sur les 6 derniers mois)',
        ar: 'مصاريف «صيانة المحل» هذا الشهر: 85 000 دج، أي 27.3 مرة الشهر المعتاد (3 117 دج في المتوسط خلال الأشهر الستة الماضية)',
        en: 'Shop maintenance spending this month: 85,000 DZD, 27.3x a usual month (3,117 DZD on average over the last 6 months)',
      },
      evidence: {
        category: 'entretien',
        categoryLabel: {
          fr: 'Entretien du local',
          ar: 'صيانة المحل',
          en: 'Shop maintenance',
        },
        month: '2026-11',
        monthToDate: 85000,
        usualMonth: 3117.25,
        activeMonths: 4,
        ratio: 27.3,
      },
    },
    {
      type: 'stock_cover',
      severity: 'warning',
      title: {
        fr: 'Couverture de stock la plus courte : Baguette de pain, 0,6 jour au rythme actuel (40 pièces en stock)',
        ar: 'أقصر مدة تغطية للمخزون: خبز باقات، 0.6 يوم بوتيرة البيع الحالية (40 في المخزون)',
        en: 'Shortest stock cover: Baguette, 0.6 days at the current pace (40 pieces in stock)',
      },
      evidence: {
        windowDays: 30,
        products: [
          {
            product: BAGUETTE,
            stock: 40,
            averageDailyUnits: 69.73,
            daysOfCover: 0.6,
          },
        ],
      },
    },
  ],
};

export const ALERTS_EXAMPLE = {
  generatedAt: '2026-11-22T03:32:27.476Z',
  currency: 'DZD',
  days: 7,
  counts: {
    critical: 11,
    warning: 11,
    info: 0,
    total: 22,
  },
  alerts: [
    {
      id: 'out_of_stock:242e6ef8-c821-4fb5-9f9e-320a0b4a80a9',
      type: 'out_of_stock',
      severity: 'critical',
      title: {
        fr: 'Rupture de stock : Levure chimique (10 sachets) (environ 1,4 paquet vendus par jour)',
        ar: 'نفاد المخزون: خميرة كيميائية (10 أكياس) (يباع حوالي 1.4 يوميا)',
        en: 'Out of stock: Baking powder (10 sachets) (about 1.4 pack sold a day)',
      },
      evidence: {
        product: {
          id: '242e6ef8-c821-4fb5-9f9e-320a0b4a80a9',
          sku: 'EPI-017',
          names: {
            fr: 'Levure chimique (10 sachets)',
            ar: 'خميرة كيميائية (10 أكياس)',
            en: 'Baking powder (10 sachets)',
          },
          unit: 'paquet',
        },
        stock: 0,
        reorderThreshold: 10,
        averageDailyUnits: 1.43,
        revenueAtRiskPerDay: 171.6,
      },
    },
    {
      id: 'stock_out_soon:1f968437-7791-4c10-ab24-e56c1ca4063c',
      type: 'stock_out_soon',
      severity: 'critical',
      title: {
        fr: 'Baguette de pain : rupture prévue dans 0,6 jour (stock 40 pièces, ~69,7 par jour)',
        ar: 'خبز باقات: نفاد متوقع خلال 0.6 يوم (المخزون 40، حوالي 69.7 يوميا)',
        en: 'Baguette: expected to run out in 0.6 days (40 pieces left, ~69.7 a day)',
      },
      evidence: {
        product: BAGUETTE,
        stock: 40,
        reorderThreshold: 20,
        averageDailyUnits: 69.73,
        daysOfCover: 0.6,
        expectedStockOutDate: '2026-11-22',
      },
    },
    {
      id: 'campaign_under_target:f5ad2f30-1ca7-466b-9662-08cbefe16678',
      type: 'campaign_under_target',
      severity: 'critical',
      title: {
        fr: 'Campagne « Livraison à domicile Bab Ezzouar » en retard : 7 conversions pour 48 attendues à ce stade (objectif 80)',
        ar: 'حملة «Livraison à domicile Bab Ezzouar» متأخرة: 7 تحويل مقابل 48 متوقعة في هذه المرحلة (الهدف 80)',
        en: 'Campaign "Livraison à domicile Bab Ezzouar" is behind: 7 conversions vs 48 expected by now (target 80)',
      },
      evidence: {
        campaignId: 'f5ad2f30-1ca7-466b-9662-08cbefe16678',
        name: 'Livraison à domicile Bab Ezzouar',
        channel: 'facebook',
        startsAt: '2026-11-04T00:00:00.000Z',
        endsAt: '2026-12-04T00:00:00.000Z',
        elapsedPct: 60.5,
        conversions: 7,
        expectedConversionsByNow: 48.4,
        targetConversions: 80,
        pacePct: 14.5,
        cost: 12600,
        budget: 20000,
      },
    },
    {
      id: 'unusual_expense:ab707bd3-5249-44d9-bc42-99ec8d13765a',
      type: 'unusual_expense',
      severity: 'warning',
      title: {
        fr: 'Dépense inhabituelle : 85 000 DA en « Entretien du local » le 2026-11-13, 25,1 fois la dépense habituelle de cette catégorie (3 380 DA)',
        ar: 'مصروف غير معتاد: 85 000 دج في «صيانة المحل» بتاريخ 2026-11-13، أي 25.1 مرة المصروف المعتاد لهذه الفئة (3 380 دج)',
        en: 'Unusual expense: 85,000 DZD in Shop maintenance on 2026-11-13, 25.1x the usual expense in this category (3,380 DZD)',
      },
      evidence: {
        expenseId: 'ab707bd3-5249-44d9-bc42-99ec8d13765a',
        category: 'entretien',
        categoryLabel: {
          fr: 'Entretien du local',
          ar: 'صيانة المحل',
          en: 'Shop maintenance',
        },
        amount: 85000,
        date: '2026-11-13',
        description: 'Réparation chambre froide — remplacement du compresseur',
        merchant: 'Froid Services Bab Ezzouar',
        categoryMedian: 3380,
        ratioToMedian: 25.1,
      },
    },
  ],
};

export const BEST_SELLERS_EXAMPLE = {
  period: 'month',
  currency: 'DZD',
  range: { start: '2026-10-31T23:00:00.000Z', end: '2026-11-18T10:00:00.000Z' },
  totals: { products: 62, quantity: 9841, revenue: 642310 },
  byRevenue: [
    {
      rank: 1,
      product: {
        id: '0b6f3c1e-7d1a-4c55-9a41-2f3c7e9d1a01',
        sku: 'EPI-001',
        names: { fr: 'Semoule 10kg (SIM, moyenne)', ar: 'سميد 10 كغ (سيم، متوسط)', en: 'Semolina 10kg (SIM, medium)' },
        unit: 'sac',
      },
      quantity: 58,
      revenue: 72500,
      margin: 7540,
      costedRevenue: 72500,
      revenueShare: 11.3,
    },
  ],
  byQuantity: [
    {
      rank: 1,
      product: {
        id: '0b6f3c1e-7d1a-4c55-9a41-2f3c7e9d1a2c',
        sku: 'BOU-001',
        names: { fr: 'Baguette de pain', ar: 'خبز باقات', en: 'Baguette' },
        unit: 'pièce',
      },
      quantity: 2214,
      revenue: 33210,
      margin: 5535,
      costedRevenue: 33210,
      revenueShare: 5.2,
    },
  ],
};

export const SLOW_SELLERS_EXAMPLE = {
  generatedAt: '2026-11-22T03:32:27.476Z',
  currency: 'DZD',
  windowDays: 30,
  count: 1,
  insights: [
    {
      type: 'slow_seller',
      severity: 'warning',
      title: {
        fr: 'Baguette de pain : aucune vente en 30 jours — 40 pièces en stock (480 DA au prix d’achat)',
        ar: 'خبز باقات: لا مبيعات خلال 30 يوما — في المخزون 40 قطعة (480 دج بسعر الشراء)',
        en: 'Baguette: no sale in 30 days — 40 pieces in stock (DZD 480 at cost)',
      },
      evidence: { product: BAGUETTE, windowDays: 30, quantity: 0, revenue: 0, stock: 40, valueAtCost: 480 },
    },
  ],
  hasSales: true,
  message: null,
  recent: 0,
};

export const BUSY_TIMES_EXAMPLE = {
  generatedAt: '2026-12-05T17:40:00.000Z',
  range: { start: '2026-10-09T23:00:00.000Z', end: '2026-12-04T23:00:00.000Z' },
  weeks: 8,
  windowDays: 56,
  count: 1,
  insights: [
    {
      type: 'best_day',
      severity: 'info',
      title: {
        fr: 'Meilleur jour : le jeudi — 61 323 DA et 103 ventes en moyenne',
        ar: 'أفضل يوم: الخميس — 61.323 دج و103 عملية بيع في المتوسط',
        en: 'Best day: Thursday — DZD 61,323 and 103 sales on average',
      },
      evidence: { weekday: 4, average: 61322.5, tickets: 827, weeks: 8 },
    },
  ],
  hasSales: true,
};
