import { extractExpenseCategory, extractMarketCategory } from '../../src/agent/local/nlu/extractors/categories';
import {
  extractChannel,
  extractContentLanguage,
  extractFeedbackCategory,
  extractTone,
  isLowStockQuestion,
} from '../../src/agent/local/nlu/extractors/cues';
import { topicSpan } from '../../src/agent/local/nlu/extractors/spans';
import { detectLanguage } from '../../src/agent/local/nlu/language';

describe('language detection', () => {
  it.each([
    ['Quel est mon stock de farine ?', 'fr'],
    ['chhal 3andi men sucre f stock', 'fr'],
    ['zid 10 sachets de lait', 'fr'],
    ['كم بقي من الدقيق؟', 'ar'],
    ['شحال باقي من السميد؟', 'ar'],
    ['How much flour do I have left?', 'en'],
    ['Add 40 bottles of water to stock', 'en'],
    // « on » is French too: the English verbs and goods decide (this was answered in French).
    ['Karim took 2 breads on credit', 'en'],
    ['Karim a pris 2 pains à crédit', 'fr'],
  ])('"%s" → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  // « rent 35k », « ok » from an English screen were answered in French: no telling word means the UI's language.
  it('takes the UI language when no word tells, and « rent » is English', () => {
    expect(detectLanguage('rent 35k', 'fr')).toBe('en');
    expect(detectLanguage('ok', 'en')).toBe('en');
    expect(detectLanguage('ok', 'fr')).toBe('fr');
    expect(detectLanguage('Semoule 25kg', 'en')).toBe('en');
    expect(detectLanguage('chhal 3andi men sucre', 'en')).toBe('fr');
  });
});

describe('expense categories (canonical French keys)', () => {
  it.each([
    ["Ajoute une dépense de 4500 DA pour l'électricité", 'électricité'],
    ['facture Sonelgaz 6200 DA', 'électricité'],
    ['خلصت الضو 6200 دج', 'électricité'],
    ['سجل مصروف 3000 دينار للكهرباء', 'électricité'],
    ["J'ai payé 1200 dinars de carburant", 'carburant'],
    ['2k de gasoil', 'carburant'],
    ['Note une dépense de 25000 DA de loyer', 'loyer'],
    ['khallast lkra', 'loyer'],
    ['I paid the rent', 'loyer'],
    ['I spent 800 DZD on delivery', 'transport'],
    ['salaire du vendeur', 'salaires'],
    // Darija in Arabic script (both were « Autre »).
    ['خلصت الطرانسبور 800', 'transport'],
    ['خلصت الخدام 25000', 'salaires'],
    ['abonnement internet', 'internet'],
    ['réparation du frigo', 'entretien'],
    ['les impôts', 'taxes'],
  ])('"%s" → %s', (text, key) => {
    expect(extractExpenseCategory(text)).toBe(key);
  });

  it('does not take "payé" for wages', () => {
    expect(extractExpenseCategory("J'ai payé 500 DA")).toBeUndefined();
  });
});

describe('market categories', () => {
  it.each([
    ['tendances des produits laitiers', 'produits laitiers'],
    ['Show market trends for beverages', 'boissons'],
    ['اتجاهات سوق الألبان', 'produits laitiers'],
    ['le marché des conserves', 'conserves'],
  ])('"%s" → %s', (text, key) => {
    expect(extractMarketCategory(text)).toBe(key);
  });
});

describe('marketing cues', () => {
  it.each([
    ['Écris un post Facebook', 'facebook'],
    ['légende insta', 'instagram'],
    ['ابعث ميساج واتساب', 'whatsapp'],
    ['Draft an email', 'email'],
    ['un texto pour mes clients', 'sms'],
    ['رسالة نصية', 'sms'],
  ])('channel of "%s" is %s', (text, channel) => {
    expect(extractChannel(text)?.channel).toBe(channel);
  });

  it('reads tone and content language', () => {
    expect(extractTone('un post drôle')).toBe('humorous');
    expect(extractTone('a professional email')).toBe('professional');
    expect(extractContentLanguage('un post en arabe')).toBe('ar');
    expect(extractContentLanguage('kteb b darja')).toBe('darija');
    expect(extractContentLanguage('write it in English')).toBe('en');
  });

  it.each([
    ["Écris un post Facebook pour la promo de l'Aïd", "promo de l'Aïd"],
    ["Rédige un message Instagram pour annoncer l'arrivée du nouveau café", 'arrivée du nouveau café'],
    ['Fais-moi un SMS pour mes clients fidèles sur les soldes', 'soldes'],
    ['اكتب منشور فيسبوك لتخفيضات رمضان', 'تخفيضات رمضان'],
    ['Draft an email to customers about the weekend sale', 'weekend sale'],
    ['Write an Instagram caption for our new juice', 'new juice'],
    ["ekteb post instagram 3la promo ta3 l'huile", "promo ta3 l'huile"],
    // The request's own verb is not the headline (« Avant mes meilleurs produits ! »).
    ['Écris une publication Facebook pour mettre en avant mes meilleurs produits', 'meilleurs produits'],
    ['Un SMS pour la promo avant le Ramadan', 'promo avant le Ramadan'],
  ])('topic of "%s" is "%s"', (text, topic) => {
    expect(topicSpan(text)).toBe(topic);
  });
});

describe('other cues', () => {
  it.each([
    ['Quels produits sont bientôt en rupture ?', true],
    ['Which products are running low?', true],
    ['ما هي المنتجات التي قاربت على النفاد؟', true],
    ['wach men sel3a rahi 9rib tkmel', true],
    ['Quel est mon stock de farine ?', false],
  ])('low stock in "%s": %s', (text, expected) => {
    expect(isLowStockQuestion(text)).toBe(expected);
  });

  it.each([
    ["Je veux signaler un bug : le graphique ne s'affiche pas", 'bug'],
    ['أريد الإبلاغ عن خطأ في التطبيق', 'bug'],
    ["Suggestion : ce serait bien d'avoir un export Excel", 'suggestion'],
    ['I have a suggestion: add dark mode', 'suggestion'],
    ["Petite remarque : l'appli est très pratique", 'comment'],
  ])('feedback "%s" is a %s', (text, category) => {
    expect(extractFeedbackCategory(text)).toBe(category);
  });
});
