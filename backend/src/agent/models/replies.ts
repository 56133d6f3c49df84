import type { Lang } from '../../chat/chat-events';

/**
 * The offline model's own sentences (greetings, help, clarifying questions, approvals). Tool answers come from each
 * tool's summarize(); everything here exists in French, Arabic and English.
 */
type Texts = Record<Lang, string>;

const pick = (texts: Texts, lang: Lang) => texts[lang] ?? texts.fr;

export const REPLIES = {
  pictureKind: {
    fr: 'Est-ce un ticket de caisse (une dépense) ou un produit (pour le stock) ? Renvoyez la photo avec « reçu » ou « produit ».',
    ar: 'هل هذه فاتورة (مصروف) أم منتج (للمخزون)؟ أعد إرسال الصورة مع كلمة «وصل» أو «منتج».',
    en: 'Is this a receipt (an expense) or a product (for stock)? Send the photo again with “receipt” or “product”.',
  },
  greeting: {
    fr: 'Bonjour ! Je suis Tajer, votre assistant. Demandez-moi votre stock, vos ventes, vos dépenses, les prix des concurrents ou un texte pour vos clients.',
    ar: 'مرحبا! أنا تاجر، مساعدك. اسألني عن المخزون أو المبيعات أو المصاريف أو أسعار المنافسين أو نص إعلاني لزبائنك.',
    en: "Hello! I'm Tajer, your assistant. Ask me about your stock, sales, expenses, competitors' prices, or a post for your customers.",
  },
  thanks: {
    fr: 'Avec plaisir ! Autre chose ?',
    ar: 'بكل سرور! هل تحتاج شيئا آخر؟',
    en: 'You are welcome! Anything else?',
  },
  help: {
    fr: [
      'Voici ce que je sais faire :',
      '- **Stock** : « il me reste combien de semoule ? », « ajoute 20 sacs de farine »',
      '- **Ventes** : « j’ai vendu 3 sucre et 2 café », « la recette d’aujourd’hui c’est 45 000 DA », « nouveau produit : Chips Mahboul à 30 DA »',
      '- **Crédit** : « qui me doit de l’argent ? », « Ahmed m’a payé 2 000 DA »',
      '- **Tableau de bord** : « mes ventes de la semaine », « des alertes ? »',
      '- **Dépenses** : « mes dépenses du mois », « ajoute 3 500 DA de transport », ou envoyez la photo d’un reçu',
      '- **Marché** : « prix des concurrents pour l’huile », « tendances du trimestre », « un rapport de marché »',
      '- **Marketing** : « un post Facebook pour la promo Ramadan », « mes campagnes »',
      'Les modifications attendent toujours votre confirmation.',
    ].join('\n'),
    ar: [
      'هذا ما أستطيع فعله:',
      '- **المخزون**: «كم بقي من السميد؟»، «زيد 20 كيس فرينة»',
      '- **المبيعات**: «بعت 3 سكر و2 قهوة»، «مداخيل اليوم 45000 دينار»، «منتج جديد: شيبس محبول بـ 30 دينار»',
      '- **الكريدي**: «شكون لي عندهم الكريدي؟»، «أحمد خلصني 2000»',
      '- **لوحة القيادة**: «مبيعات هذا الأسبوع»، «هل هناك تنبيهات؟»',
      '- **المصاريف**: «مصاريف هذا الشهر»، «أضف 3500 دج نقل»، أو أرسل صورة الفاتورة',
      '- **السوق**: «أسعار المنافسين للزيت»، «اتجاهات هذا الفصل»، «تقرير السوق»',
      '- **التسويق**: «منشور فيسبوك لعروض رمضان»، «حملاتي»',
      'كل تعديل ينتظر موافقتك دائما.',
    ].join('\n'),
    en: [
      'Here is what I can do:',
      '- **Stock**: "how much semolina is left?", "add 20 bags of flour"',
      '- **Sales**: "I sold 3 sugar and 2 coffee", "today\'s takings are 45,000 DA", "new product: Mahboul chips at 30 DA"',
      '- **Credit**: "who owes me money?", "Ahmed paid me 2,000 DA"',
      '- **Dashboard**: "this week\'s sales", "any alerts?"',
      '- **Expenses**: "this month\'s expenses", "add 3,500 DA of transport", or send a photo of a receipt',
      '- **Market**: "competitor prices for oil", "this quarter\'s trends", "a market report"',
      '- **Marketing**: "a Facebook post for the Ramadan promo", "my campaigns"',
      'Changes always wait for your approval.',
    ].join('\n'),
  },
  outOfScope: {
    fr: 'Je suis là pour votre commerce : stock, ventes, dépenses, concurrents et marketing. Je ne peux pas répondre à cette question, mais essayez « aide » pour voir ce que je sais faire.',
    ar: 'أنا هنا لمساعدتك في تجارتك: المخزون، المبيعات، المصاريف، المنافسين والتسويق. لا أستطيع الإجابة عن هذا السؤال، اكتب «مساعدة» لترى ما أستطيع فعله.',
    en: 'I\'m here for your shop: stock, sales, expenses, competitors and marketing. I can\'t answer that, but type "help" to see what I can do.',
  },
  failure: {
    fr: "Désolé, je n'ai pas pu terminer cette réponse. Réessayez dans un instant.",
    ar: 'عذرا، لم أتمكن من إكمال هذا الرد. أعد المحاولة بعد لحظة.',
    en: "Sorry, I couldn't finish this answer. Please try again in a moment.",
  },
  // The card above the answer states the exact change: the text doesn't repeat it (said twice, an edit would leave a
  // stale copy of the first figures in the text).
  approvalAsk: {
    fr: 'Vérifiez la modification proposée ci-dessus : rien n’est enregistré tant que vous ne l’avez pas validée.',
    ar: 'راجع التعديل المقترح أعلاه: لن يُسجَّل أي شيء قبل موافقتك.',
    en: 'Check the change proposed above: nothing is saved until you approve it.',
  },
  toolFailed: {
    fr: "Je n'ai pas pu le faire : {error}",
    ar: 'لم أتمكن من ذلك: {error}',
    en: "I couldn't do that: {error}",
  },
} satisfies Record<string, Texts>;

const CLARIFY: Record<string, Texts> = {
  product: { fr: 'De quel produit s’agit-il ?', ar: 'ما هو المنتج المقصود؟', en: 'Which product do you mean?' },
  quantity: {
    fr: 'Quelle quantité ? (par exemple « +20 » reçus ou « -3 » retirés)',
    ar: 'ما هي الكمية؟ (مثلا «+20» مستلمة أو «-3» منقوصة)',
    en: 'What quantity? (e.g. "+20" received or "-3" removed)',
  },
  amount: { fr: 'Quel est le montant, en DA ?', ar: 'ما هو المبلغ بالدينار؟', en: 'What is the amount, in DA?' },
  channel: {
    fr: 'Pour quel canal : Facebook, Instagram, SMS, e-mail ou WhatsApp ?',
    ar: 'لأي قناة: فيسبوك، إنستغرام، رسالة قصيرة، بريد إلكتروني أو واتساب؟',
    en: 'For which channel: Facebook, Instagram, SMS, email or WhatsApp?',
  },
  topic: {
    fr: 'Sur quel sujet ? (par exemple « promo Ramadan »)',
    ar: 'ما هو الموضوع؟ (مثلا «عروض رمضان»)',
    en: 'About what? (e.g. "Ramadan promo")',
  },
  message: { fr: 'Que voulez-vous nous dire ?', ar: 'ماذا تريد أن تقول لنا؟', en: 'What would you like to tell us?' },
  attachmentId: {
    fr: 'Envoyez-moi la photo (bouton trombone ou appareil photo).',
    ar: 'أرسل لي الصورة (زر المرفقات أو الكاميرا).',
    en: 'Send me the photo (paper-clip or camera button).',
  },
};

export function reply(key: keyof typeof REPLIES, lang: Lang, vars: Record<string, string> = {}): string {
  return pick(REPLIES[key], lang).replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

export function clarifyReply(missing: string[], lang: Lang): string {
  const questions = missing.map((m) => CLARIFY[m] && pick(CLARIFY[m], lang)).filter(Boolean);
  return questions.length
    ? questions.join(' ')
    : pick({ fr: 'Pouvez-vous préciser ?', ar: 'هل يمكنك التوضيح؟', en: 'Could you be more specific?' }, lang);
}

export const failureReply = (lang: Lang) => reply('failure', lang);
