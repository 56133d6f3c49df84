import { bareAnswer, pendingReply } from './pending-reply';

describe('bareAnswer: a yes or a no with nothing else in it', () => {
  it.each([
    'oui',
    'Oui !',
    'ok valide',
    "d'accord, enregistre",
    'ok approve it',
    'Yes please',
    'yes',
    'واه سجلها',
    'نعم',
    'أوكي',
    'wah sajalha',
  ])('%s is a yes', (text) => expect(bareAnswer(text)).toBe('yes'));
  it.each(['non', 'No.', 'لا', 'nope'])('%s is a no', (text) => expect(bareAnswer(text)).toBe('no'));
  it.each(['non, 4', 'no, 4', 'لا، 4', 'oui et 3 pain', 'combien de sucre ?', 'merci', 'ok merci non', ''])(
    '%s is neither (read by the NLU as usual)',
    (text) => expect(bareAnswer(text)).toBeUndefined(),
  );
  it('points to the card’s buttons in the language asked', () => {
    expect(pendingReply('yes', 'fr')).toMatch(/« Valider »/);
    expect(pendingReply('yes', 'en')).toMatch(/"Approve"/);
    expect(pendingReply('yes', 'ar')).toMatch(/«موافقة»/);
    expect(pendingReply('no', 'fr')).toMatch(/« Refuser »/);
  });
});
