import { Nlu, type HistoryTurn, type UnderstandResult } from '../../src/agent/local/nlu';
import { TEST_CATALOG } from './fixtures/catalog';
import { conversation, NLU_NOW } from './converse';

let nlu: Nlu;

beforeAll(async () => {
  nlu = await Nlu.create();
});

function ask(text: string, extra: { hasAttachment?: boolean; history?: HistoryTurn[] } = {}): UnderstandResult {
  return nlu.understand({ now: NLU_NOW, text, catalog: TEST_CATALOG, ...extra });
}

/** Runs a conversation, feeding each answer back as history; returns the last answer. */
const converse = conversation((text, history) => ask(text, { history }));

describe('Nlu', () => {
  it('trains from the tools examples without writing files', () => {
    expect(nlu.intents).toEqual(expect.arrayContaining(['inventory_search', 'expenses_add', 'greeting', 'out_of_scope']));
    expect(nlu.trainingMs).toBeGreaterThan(0);
  });

  describe('routing of phrasings absent from the examples', () => {
    it.each([
      // French
      ['Il reste des boîtes de thon au dépôt ?', 'inventory_search'],
      ['Rentre 18 cartons de jus dans le stock', 'inventory_adjust'],
      ['Combien on a fait de chiffre depuis lundi ?', 'dashboard_stats'],
      ['Quels sont les soucis urgents ?', 'dashboard_alerts'],
      ['Note 2 300 DA de taxi', 'expenses_add'],
      ['Un post Instagram pour les glaces de l’été', 'marketing_generate_content'],
      // Arabic (MSA and Darija)
      ['هل تبقى شيء من العدس؟', 'inventory_search'],
      ['زيد 8 كرطونات تاع الحليب', 'inventory_adjust'],
      ['كم كانت مداخيل هذا الشهر؟', 'dashboard_stats'],
      ['دفعت 1200 دينار للطاكسي', 'expenses_add'],
      ['بكم يبيع الآخرون الدقيق؟', 'market_competitors'],
      // Arabizi
      ['chhal bqali men lma', 'inventory_search'],
      ['khallast 4000 da ta3 dho', 'expenses_add'],
      // English
      ['Any tuna cans left in the back?', 'inventory_search'],
      ['Book 2,000 DA of fuel as an expense', 'expenses_add'],
      ['Which customers buy the most?', 'marketing_audience_insights'],
    ])('"%s" → %s', (text, intent) => {
      expect(ask(text).intent).toBe(intent);
    });

    it.each([
      ['Bonjour !', 'greeting'],
      ['صباح الخير', 'greeting'],
      ['Thanks a lot!', 'thanks'],
      ['y3tik sa7a', 'thanks'],
      ['Que peux-tu faire pour moi ?', 'help'],
      ['Quelle équipe a gagné la coupe ?', 'out_of_scope'],
    ])('"%s" is small talk: %s', (text, intent) => {
      expect(ask(text).intent).toBe(intent);
    });
  });

  // Each of these got another tool's answer when an owner asked it (the customers' segments for the goods running out,
  // a market report for a product's earnings, the stock for the till).
  describe('questions found by using the assistant as an owner', () => {
    it.each([
      ['What are my top 3 products this week?', 'week'],
      ['top 5 des ventes cette semaine', 'week'],
      ['mes 10 meilleurs produits ce mois', 'month'],
      ['chkoun li ybi3 bezzaf had simana', 'week'],
      ['mes meilleurs produits ce mois', 'month'],
      ['أفضل المنتجات هذا الشهر', 'month'],
    ])('"%s" ranks the best sellers (%s)', (text, period) => {
      expect(ask(text)).toMatchObject({ intent: 'dashboard_insights', args: { focus: 'best_sellers', period } });
    });
    it.each([
      'فيه سلعة قربت تخلص؟',
      'أشنو هي السلعة لي راهي تخلص؟',
      'wach men sel3a rahi qrib tkhlas',
      'quels produits vont bientôt manquer ?',
    ])('"%s" lists the goods running low', (text) => {
      const r = ask(text);
      expect(r).toMatchObject({ intent: 'inventory_search', args: { lowStockOnly: true } });
      expect(r.args.query).toBeUndefined();
    });
    it('« combien m’a rapporté le sucre ? » is that product’s line, never a market report', () => {
      expect(ask('combien m’a rapporté le sucre ce mois ?')).toMatchObject({
        intent: 'dashboard_insights',
        args: { focus: 'best_sellers', product: 'Sucre blanc 1kg', period: 'month' },
      });
    });
    it('« combien il me reste en caisse ? » is today’s takings, not the stock', () => {
      expect(ask('combien il me reste en caisse ?')).toMatchObject({ intent: 'dashboard_stats', args: { period: 'today' } });
      expect(ask('Combien il me reste de sucre ?').intent).toBe('inventory_search');
    });
    it.each(['3andi mochkil f scan', 'عندي مشكل في السكان', "l'application est lente quand je scanne"])(
      '"%s" reports a fault of the app (it was taken for a photo to read)',
      (text) => {
        expect(ask(text)).toMatchObject({ intent: 'feedback_submit', args: { category: 'bug' } });
      },
    );
    it('a problem that is not the app’s, or a receipt to scan, is not feedback', () => {
      expect(ask('scanne ce reçu').intent).toBe('expenses_scan_receipt');
      expect(ask('le client a un problème avec le sucre').intent).not.toBe('feedback_submit');
    });
    it.each(['what is my stock value?', 'قداش قيمة السلعة لي عندي ؟', 'quelle est la valeur de mon stock ?'])(
      '"%s" is the shop’s figures (it searched products for « value » or listed the stock)',
      (text) => {
        expect(ask(text).intent).toBe('dashboard_stats');
      },
    );
    it.each([
      ['rani jbt 20 kis smid', 'Semoule moyenne 10kg'],
      ['جبت 20 كيس سميد', 'سميد متوسط 10 كغ'],
    ])('"%s" (I brought in) is goods received (it was an unclear write)', (text, product) => {
      expect(ask(text)).toMatchObject({ intent: 'inventory_adjust', args: { product, quantity: 20 } });
    });
    it('a low margin or weak sales are not the stock', () => {
      expect(ask('quels produits ont une marge faible ?').intent).not.toBe('inventory_search');
    });
  });

  it('extracts the arguments of a stock movement', () => {
    const r = ask('Retire 5 paquets de café du stock, ils sont abîmés');
    expect(r).toMatchObject({ lang: 'fr', intent: 'inventory_adjust', args: { product: 'Café moulu 250g', quantity: -5 }, missing: [] });
    expect(r.resolved.product?.id).toBe('p-cafe');
    expect(r.args.reason).toBe('ils sont abîmés');
  });

  it('lists missing required arguments for a clarifying question', () => {
    expect(ask('Ajoute du sucre au stock')).toMatchObject({ intent: 'inventory_adjust', missing: ['quantity'] });
    expect(ask('Ajoute une dépense pour le loyer')).toMatchObject({ intent: 'expenses_add', missing: ['amount'] });
    expect(ask('Scanne ce reçu')).toMatchObject({ intent: 'expenses_scan_receipt', missing: ['attachmentId'] });
  });

  it('keeps an ambiguous product as typed, with the candidates', () => {
    const r = ask("J'ai reçu 6 bidons d'huile");
    expect(r.args).toMatchObject({ product: 'huile', quantity: 6 });
    expect(r.candidates?.map((c) => c.id).sort()).toEqual(['p-huile-1', 'p-huile-5']);
  });

  it('routes an attached image: receipt by default, product when the words say so', () => {
    expect(ask('', { hasAttachment: true }).intent).toBe('expenses_scan_receipt');
    expect(ask('Enregistre cette facture', { hasAttachment: true }).intent).toBe('expenses_scan_receipt');
    expect(ask('C’est quel produit ?', { hasAttachment: true }).intent).toBe('inventory_analyze_image');
    expect(ask('How many of these are in stock?', { hasAttachment: true }).intent).toBe('inventory_analyze_image');
    const r = nlu.understand({ now: NLU_NOW, text: 'ما هذا المنتج؟', hasAttachment: true, attachmentId: 'att-1', catalog: TEST_CATALOG });
    expect(r).toMatchObject({ intent: 'inventory_analyze_image', args: { attachmentId: 'att-1' }, missing: [] });
  });

  describe('follow-ups', () => {
    it.each([
      [['Quel est le stock de riz ?', 'Et pour le sucre ?'], 'inventory_search', { query: 'sucre' }],
      [['How much oil is left?', 'And flour?'], 'inventory_search', { query: 'flour' }],
      [['chhal bqa men zit', 'w sokkar?'], 'inventory_search', { query: 'sucre' }],
      [['شحال باقي من الحليب؟', 'و السكر؟'], 'inventory_search', { query: 'سكر' }],
      [['Mes ventes cette semaine ?', 'Et ce mois-ci ?'], 'dashboard_stats', { period: 'month' }],
      [['What did I spend this week?', 'What about this year?'], 'expenses_list', { period: 'year' }],
      [
        ['Écris un post Facebook sur la rentrée', 'Pareil pour WhatsApp'],
        'marketing_generate_content',
        { channel: 'whatsapp', topic: 'rentrée' },
      ],
    ])('%j → %s %j', (turns, intent, args) => {
      const r = converse(...(turns as string[]));
      expect(r.intent).toBe(intent);
      expect(r.args).toMatchObject(args as Record<string, unknown>);
      expect(r.followUp).toBe(true);
    });

    it('replaces the quantity of the previous write on a correction, keeping its sign', () => {
      expect(converse('Ajoute 10 sacs de sucre', 'Non, mets-en plutôt 20').args).toMatchObject({
        product: 'Sucre blanc 1kg',
        quantity: 20,
      });
      expect(converse('Retire 4 paquets de café', 'plutôt 6').args).toMatchObject({ product: 'Café moulu 250g', quantity: -6 });
      expect(converse('Add 12 bottles of water', 'make it 18 instead').args).toMatchObject({ quantity: 18 });
      expect(converse('zid 20 kilo smid', 'la, dir 25').args).toMatchObject({ product: 'Semoule moyenne 10kg', quantity: 25 });
      expect(converse("J'ai payé 3000 DA d'eau", 'non, 3500').args).toMatchObject({ amount: 3500, category: 'eau' });
    });

    it('treats a new full request as new, not as a follow-up', () => {
      const r = converse('Combien de lait ?', 'Et les ventes du jour ?');
      expect(r).toMatchObject({ intent: 'dashboard_stats', args: { period: 'today' }, followUp: false });
      expect(converse('stock huile', 'merci').intent).toBe('thanks');
    });
  });
});

describe('follow-ups of a sale and deliveries of several products', () => {
  it.each([
    // An unknown product after a sale reaches the sale tool under its own name (which says it is not in the catalogue).
    [['I sold 2 milk', 'and 3 sprite too'], { lines: [{ product: 'sprite', quantity: 3 }] }],
    [["j'ai vendu 2 lait", 'et 3 sprite aussi'], { lines: [{ product: 'sprite', quantity: 3 }] }],
    [['بعت 2 حليب', 'و 3 سبرايت'], { lines: [{ product: 'سبرايت', quantity: 3 }] }],
    // « add 3 sugar » in a sale conversation: sugar sold with it, the sale's customer carried.
    [['بعت 2 حليب', 'زيد 3 سكر'], { lines: [{ product: 'سكر أبيض 1 كغ', quantity: 3 }] }],
    [["j'ai vendu 2 lait à Karim", 'ajoute 3 sucre'], { customer: 'Karim', lines: [{ product: 'Sucre blanc 1kg', quantity: 3 }] }],
    [['I sold 2 milk', 'add 3 sugar'], { lines: [{ product: 'White sugar 1kg', quantity: 3 }] }],
  ])('%j → a sale of the goods added %j', (turns, args) => {
    const r = converse(...turns);
    expect(r).toMatchObject({ intent: 'sales_record', args, followUp: true });
    expect(r.args.lines).toHaveLength(1);
  });

  it('keeps « زيد 3 سكر » alone, and « et 3 sucre au stock » after a sale, a stock movement', () => {
    expect(ask('زيد 3 سكر')).toMatchObject({ intent: 'inventory_adjust', args: { product: 'سكر أبيض 1 كغ', quantity: 3 } });
    expect(converse("j'ai vendu 2 lait", 'et 3 sucre au stock')).toMatchObject({ intent: 'inventory_adjust', args: { quantity: 3 } });
  });

  it('reads every product of a delivery, and proposes the money paid for it as the purchase expense', () => {
    const en = ask('received 48 sugar, 24 flour, paid 3500');
    expect(en).toMatchObject({ intent: 'inventory_adjust', args: { product: 'White sugar 1kg', quantity: 48 } });
    expect(en.args.reason).toBeUndefined();
    expect(en.more).toEqual([{ product: 'Wheat flour 1kg', quantity: 24 }]);
    expect(en.also).toEqual([{ intent: 'expenses_add', args: expect.objectContaining({ amount: 3500, category: 'marchandises' }) }]);
    const fr = ask("j'ai reçu 20 sucre et 10 farine, payé 5000 DA");
    expect(fr).toMatchObject({ intent: 'expenses_add', args: { amount: 5000, category: 'marchandises' } });
    expect(fr.also).toEqual([
      { intent: 'inventory_adjust', args: expect.objectContaining({ product: 'Sucre blanc 1kg', quantity: 20 }) },
      { intent: 'inventory_adjust', args: expect.objectContaining({ product: 'Farine de blé 1kg', quantity: 10 }) },
    ]);
    // No money said, or a count that is no money: no expense; bought goods stay the purchase's expense alone.
    expect(ask('دخلت 20 سكر و 10 دقيق').also).toBeUndefined();
    expect(ask('reçu 2000 sachets de lait').also).toBeUndefined();
    // A pack's size or a unit price is no money paid: no expense unless the owner says he paid or gives the currency.
    expect(ask('reçu 3 cartons de 24 sucre').also).toBeUndefined();
    expect(ask('reçu 20 sucre à 90').also).toBeUndefined();
    expect(ask('received 20 sugar, 3000 DA').also).toEqual([
      { intent: 'expenses_add', args: expect.objectContaining({ amount: 3000, category: 'marchandises' }) },
    ]);
    expect(ask("j'ai acheté 10 sucre pour 3000 DA")).toMatchObject({ intent: 'expenses_add', args: { amount: 3000 } });
    expect(ask("j'ai acheté 10 sucre pour 3000 DA").also).toBeUndefined();
  });

  it('names the products of a movement said without a count, never the bags that count another', () => {
    expect(ask("j'ai reçu 20 sucre et du café")).toMatchObject({
      intent: 'inventory_adjust',
      args: { product: 'Sucre blanc 1kg', quantity: 20 },
      uncounted: ['Café moulu 250g'],
    });
    expect(ask('Ajoute 30 sacs de semoule').uncounted).toBeUndefined();
    expect(ask('ajoute 10 sucre et 5 farine').uncounted).toBeUndefined();
  });
});
