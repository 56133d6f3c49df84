import { assessSeverity, classifyFeedback } from './feedback-classifier';

describe('classifyFeedback', () => {
  it.each([
    // fr
    ["L'application plante quand j'ajoute une dépense", 'bug'],
    ['Erreur 500 sur la page des ventes', 'bug'],
    ['Le scan du ticket ne marche pas', 'bug'],
    ['Ce serait bien de pouvoir exporter en PDF', 'suggestion'],
    ['Ajoutez un mode sombre svp', 'suggestion'],
    ['Merci, très pratique pour la gestion du stock !', 'comment'],
    ['Pas de problème, tout fonctionne, bravo', 'comment'],
    // ar
    ['يوجد خطأ في حساب المجموع', 'bug'],
    ['التطبيق لا يعمل منذ الصباح', 'bug'],
    ['يا ريت تضيفوا تنبيه لتاريخ الصلاحية', 'suggestion'],
    ['نتمنى إضافة تقرير أسبوعي', 'suggestion'],
    ['شكرا على هذا التطبيق الرائع', 'comment'],
    // darija
    ['el scan ma yekhdemch kho', 'bug'],
    ['التطبيق ما يخدمش كي نزيد منتوج', 'bug'],
    ['ya rit tzidou les factures', 'suggestion'],
    ['zidouna option ta3 livraison', 'suggestion'],
    // en
    ['The app crashes when I upload a receipt', 'bug'],
    ["The dashboard doesn't work on my phone", 'bug'],
    ['It would be nice to have a weekly report', 'suggestion'],
    ['Great app, thank you!', 'comment'],
  ])('%s → %s', (message, category) => {
    expect(classifyFeedback(message).category).toBe(category);
  });

  it('explains itself with the matched phrases and a confidence', () => {
    const c = classifyFeedback('Ce serait bien d’ajouter un export, merci');
    expect(c.category).toBe('suggestion');
    expect(c.matched).toEqual(expect.arrayContaining(['ce serait bien']));
    expect(c.confidence).toBeGreaterThan(0.5);
    expect(classifyFeedback('ok').confidence).toBe(0);
  });
});

describe('assessSeverity', () => {
  it.each([
    ["J'ai perdu toutes mes données après la mise à jour", 'critical'],
    ['Ça plante à chaque ouverture', 'critical'],
    ['Le paiement a été débité deux fois', 'critical'],
    ['Je ne peux pas me connecter depuis hier', 'critical'],
    ['ضاعت البيانات ديالي', 'critical'],
    ["I can't log in anymore", 'critical'],
    ['Erreur bloquante sur la caisse, urgent', 'high'],
    ["Le graphique ne s'affiche pas", 'normal'],
  ])('bug "%s" → %s', (message, severity) => {
    expect(assessSeverity('bug', message).severity).toBe(severity);
  });

  it('never makes a suggestion or a comment critical', () => {
    expect(assessSeverity('suggestion', 'Ajoutez le paiement par carte').severity).toBe('normal');
    expect(assessSeverity('comment', 'Bravo', 5).severity).toBe('low');
    expect(assessSeverity('comment', 'Bof', 1).severity).toBe('normal');
  });
});
