/**
 * Phrases that give away what a piece of feedback is, as shop owners actually write them: French, Arabic, Algerian
 * Darija in Arabic script and in Latin letters ("ma yekhdemch"), English. Weights: 3 = unambiguous, 2 = strong,
 * 1 = a hint. Phrases are matched on word boundaries after folding (accents, Arabic letter variants, case).
 */
export type Weighted = ReadonlyArray<readonly [phrase: string, weight: number]>;

export const BUG_PHRASES: Weighted = [
  // fr
  ['bug', 3], ['beug', 3], ['bogue', 3], ['ca plante', 3], ['plante', 2], ['plantee', 2], ['plantage', 3], ['crash', 3], ['erreur', 3],
  ['ne marche pas', 3], ['marche pas', 3], ['ne marche plus', 3], ['ne fonctionne pas', 3], ['fonctionne pas', 3], ['ne fonctionne plus', 3],
  ["ne s'affiche pas", 3], ["s'affiche pas", 3], ["ne s'ouvre pas", 3], ['ne charge pas', 3], ['page blanche', 3], ['ecran blanc', 3],
  ['bloque', 2], ['impossible de', 2], ["n'arrive pas", 2], ["j'arrive pas", 2], ['je ne peux pas', 2], ['je ne peux plus', 2],
  ['probleme', 2], ['souci', 2], ['incorrect', 2], ['incorrecte', 2], ['faux', 2], ['fausse', 2], ['errone', 2], ['erronee', 2], ['inexact', 2], ['mauvais calcul', 3], ['disparu', 2], ['perdu', 2],
  ['ne repond pas', 3], ['se ferme', 2], ['gele', 2], ['freeze', 3], ['tres lent', 1], ['deconnecte', 2], ['anomalie', 3],
  // ar (folded: ة → ه, ى → ي, hamza forms → ا)
  ['خطا', 3], ['خلل', 3], ['مشكل', 2], ['مشكله', 2], ['لا يعمل', 3], ['لا يشتغل', 3], ['توقف', 2], ['تعطل', 3], ['عطل', 3],
  ['لا يظهر', 3], ['لا تظهر', 3], ['لا استطيع', 2], ['بطيء', 1], ['ضاع', 2], ['ضاعت', 2], ['اختفي', 2], ['اختفت', 2], ['غلط', 2],
  ['ما يخدمش', 3], ['ماراهش يخدم', 3], ['ما يبانش', 3], ['ما نقدرش', 2], ['حبس', 2], ['طاح', 2],
  // darija, latin letters (arabizi)
  ['ma yekhdemch', 3], ['mayekhdemch', 3], ['makhdamch', 3], ['ma khdemch', 3], ['ma yemchich', 3], ['mayemchich', 3],
  ['ma ybanch', 3], ['mabanch', 3], ['ma nqderch', 2], ['manqderch', 2], ['ma n9derch', 2], ['ghalta', 2], ['ghalet', 2],
  ['bloqua', 2], ['yplanti', 3], ['planta', 3], ['ta7', 2], ['tah', 1], ['7bes', 2], ['hbes', 2],
  // en
  ['crashes', 3], ['crashed', 3], ['error', 3], ["doesn't work", 3], ['does not work', 3], ['not working', 3], ['broken', 3],
  ['fails', 2], ['failed', 2], ["can't", 2], ['cannot', 2], ['unable to', 2], ['wrong', 2], ['freezes', 3], ['stuck', 2],
  ['blank page', 3], ['not loading', 3], ["won't load", 3], ['disappeared', 2], ['glitch', 3], ['issue', 1],
];

export const SUGGESTION_PHRASES: Weighted = [
  // fr
  ['ce serait bien', 3], ['ca serait bien', 3], ['serait bien', 3], ['serait pratique', 3], ['serait top', 3], ['il faudrait', 3],
  ['faudrait', 2], ['ajoutez', 3], ['ajouter', 2], ['rajouter', 2], ['pourriez vous', 2], ['pouvez vous ajouter', 3],
  ["j'aimerais", 2], ['je souhaite', 2], ['je suggere', 3], ['suggestion', 3], ['proposition', 2], ['je propose', 3],
  ['idee', 2], ['pourquoi pas', 2], ['il manque', 2], ['manque', 1], ['possibilite de', 2], ['option pour', 2],
  ['permettre de', 2], ['ameliorer', 2], ['amelioration', 2], ['ce qui serait', 2],
  // ar
  ['يا ريت', 3], ['ياريت', 3], ['نتمني', 3], ['اتمني', 3], ['اقتراح', 3], ['اقترح', 3], ['نقترح', 3], ['اضيفوا', 3],
  ['اضافه', 2], ['من الافضل', 2], ['يستحسن', 2], ['حبذا', 3], ['تحسين', 2], ['لو تضيفو', 3], ['زيدو', 3], ['زيدونا', 3],
  // darija, latin
  ['ya rit', 3], ['yarit', 3], ['lokan', 2], ['lukan', 2], ['zidou', 3], ['zidouna', 3], ['ila mumkin', 2], ['ida mumkin', 2],
  ['n7ebkoum tzidou', 3], ['yakhi', 1],
  // en
  ['would be nice', 3], ['would be great', 3], ['would be good', 3], ['it would be', 2], ['please add', 3], ['could you add', 3],
  ['add a', 1], ['feature request', 3], ['i suggest', 3], ['suggest', 2], ['i wish', 2], ['should have', 2], ['would love', 2],
  ["it'd be nice", 3], ['improve', 1], ['option to', 2], ['ability to', 2], ['how about', 2],
];

export const COMMENT_PHRASES: Weighted = [
  ['merci', 2], ['bravo', 2], ['super', 1], ['genial', 2], ['top', 1], ['excellent', 2], ['pratique', 1], ["j'adore", 2],
  ['شكرا', 2], ['ممتاز', 2], ['رائع', 2], ['بارك الله فيكم', 2], ['يعطيكم الصحه', 2], ['saha', 1], ['sahit', 2], ['ya3tikoum saha', 2],
  ['thanks', 2], ['thank you', 2], ['great', 1], ['love it', 2], ['awesome', 2],
];

/** "Pas de problème" is praise, not a bug report: these phrases are removed before bugs are looked for. */
export const NEGATED_PROBLEMS = ['pas de probleme', 'aucun probleme', 'sans probleme', 'aucun souci', 'pas de souci', 'no problem', 'no issue', 'no issues', 'ما كان حتي مشكل', 'بلا مشاكل', 'makach mochkil'];

/** In a bug report, these make it critical: data loss, crashes, payments, being locked out, leaks. */
export const CRITICAL_PHRASES = [
  // fr
  'perte de donnees', 'perdu mes donnees', 'donnees perdues', 'donnees effacees', 'tout perdu', 'perte', 'perdu', 'supprime', 'efface',
  'crash', 'plante', 'ca plante', 'plantage', 'paiement', 'payer', 'paye deux fois', 'argent', 'debite', 'connexion impossible',
  'me connecter', 'se connecter', 'mot de passe', 'piratage', 'pirate', 'fuite', "donnees d'un autre", 'autre magasin',
  // ar
  'ضاعت البيانات', 'فقدت', 'ضاع', 'ضاعت', 'انحذف', 'حذف', 'الدفع', 'الخلاص', 'الدخول', 'تسجيل الدخول', 'اختراق', 'كلمه السر',
  // darija latin
  'ma nqderch nedkhol', 'manqderch nedkhol', 'tah kolchi', 'ta7 kolchi', 'rah kolchi', 'tlef',
  // en
  'data loss', 'lost my data', 'lost', 'deleted', 'crash', 'crashes', 'crashed', 'payment', 'charged', 'log in', 'login',
  'sign in', 'password', 'hacked', 'leak', 'security',
];

/** Bugs that block daily work without losing anything. */
export const HIGH_PHRASES = ['bloque', 'impossible', 'urgent', 'chaque fois', 'tout le temps', 'toujours', 'stuck', 'blocked', 'always', 'every time', 'مستعجل', 'دائما', 'كل مره', 'dima', 'kol mara'];
