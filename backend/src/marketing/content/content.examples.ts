/** Response examples for the OpenAPI docs (the page is checked against its schema by test/openapi/response-schemas.test.ts). */
export const GENERATED_EXAMPLE = {
  id: '0b6f7c1e-8d0e-4a57-9a43-3f0a6d1f7e21',
  channel: 'facebook',
  language: 'fr',
  tone: 'festive',
  topic: 'promo ramadan',
  occasion: 'ramadan',
  subject: null,
  text: '🌙 Ramadan Karim ! Préparez le mois sacré avec Supérette El Baraka, Alger.\n\nTout pour vos ftours et shours :\n✨ Dattes Deglet Nour 1kg : 1 200 DA\n✨ Semoule moyenne Safina 10kg : 1 520 DA\n\nSaha ftourkoum et Ramadan Moubarak !\n📍 Passez nous voir chez Supérette El Baraka, Alger, on vous attend !\n\n#Ramadan #RamadanKarim #SuperetteElBaraka #Alger #Algerie',
  hashtags: ['#Ramadan', '#RamadanKarim', '#SuperetteElBaraka', '#Alger', '#Algerie'],
  products: [
    {
      id: '5d0c…',
      name: 'Semoule moyenne Safina 10kg',
      category: 'Épicerie',
      price: 1520,
      priceFormatted: '1 520 DA',
      stock: 42,
      unit: 'sac',
    },
  ],
  selection: { reason: 'occasion', matchedTerms: [] },
  campaign: null,
  discountPercent: null,
  length: { characters: 312 },
  generator: 'offline',
  currency: 'DZD',
  createdAt: '2026-03-14T10:30:00.000Z',
};

/** GET /api/content: the stored texts, without the products and figures of the moment they were written. */
export const CONTENT_PAGE_EXAMPLE = {
  items: [
    {
      id: GENERATED_EXAMPLE.id,
      channel: GENERATED_EXAMPLE.channel,
      language: GENERATED_EXAMPLE.language,
      tone: GENERATED_EXAMPLE.tone,
      topic: GENERATED_EXAMPLE.topic,
      subject: null,
      text: GENERATED_EXAMPLE.text,
      hashtags: GENERATED_EXAMPLE.hashtags,
      generator: GENERATED_EXAMPLE.generator,
      campaignId: null,
      createdAt: GENERATED_EXAMPLE.createdAt,
    },
  ],
  page: 1,
  pageSize: 20,
  total: 1,
  totalPages: 1,
};
