import { arabicRatio, fold, tokenize } from './normalize';
import type { NluLang } from './types';

/**
 * English function words and frequent shop vocabulary. Darija in Latin letters and French share most
 * loanwords, so everything that is not clearly English is French (as the evaluation sets label Arabizi).
 */
const EN_WORDS = new Set(
  (
    'the a an and or of to for in on at is are was were be been do does did have has had i my me we our us you your ' +
    'what whats which who how much many show give tell list add remove take make write draft send create generate ' +
    'any there this that these those it its please thanks thank hello hi hey good morning evening left stock sales ' +
    'sell sold spend spent expenses expense bill bills paid pay week month year today quarter report market trends ' +
    'prices price competitors customers campaigns campaign post email with about from by out new still some all ' +
    'bag bags bottles bottle boxes box packs pack cans can bought received delivered got put record log just can ' +
    'could would should will what where when why help revenue profit margin insights alerts oil sugar flour milk coffee ' +
    'water rice tea took gave owes owe owed debt debts balance tab buy buys bought selling sells bread breads loaf eggs ' +
    'egg tuna pasta yogurt yogurts juice soap semolina cheese butter biscuits beans lentils dates cokes cans ' +
    'each worth cash card yes yeah yep no nope approve approved sure rent electricity salary wages delivery supplier ' +
    'customer customers thousand hundred'
  ).split(' '),
);

const FR_WORDS = new Set(
  (
    'le la les un une des de du d l et ou a au aux en est sont mon ma mes ton ta tes notre nos votre vos je j tu il elle ' +
    'on nous vous ils quel quelle quels quelles combien montre donne fais ajoute retire enleve pour sur avec dans ce cette ' +
    'ces qui que quoi comment bonjour merci salut stock ventes vente depenses depense semaine mois annee aujourd hui ' +
    'trimestre rapport marche prix concurrents clients campagnes moi me te se sa son ses pas plus moins tout tous ' +
    'chhal wach kayen 3andi zid rahi rah had hadi ta3 lyoum simana chhar l3am bezzaf mli7 dir dirli werini ' +
    'kifach 9adech bqa kmel nechri sel3a chouf khallast sraft bi3t 3la men'
  ).split(' '),
);

/**
 * The message's language. Words of neither list (« ok », « 35k », a product's name alone) say nothing: the `fallback`
 * (the UI's language) answers them — « rent 35k » or « ok » from an English screen were answered in French.
 */
export function detectLanguage(text: string, fallback: NluLang = 'fr'): NluLang {
  if (arabicRatio(text) >= 0.3) return 'ar';
  let en = 0;
  let fr = 0;
  for (const { text: w } of tokenize(fold(text))) {
    if (EN_WORDS.has(w)) en += 1;
    if (FR_WORDS.has(w)) fr += 1;
    // Arabizi digits inside words (3andi, 7lib, 9ahwa) only occur in Darija, which we file under fr — not a number with
    // its unit (« 35k », « 5kg »).
    if (/[a-z][3795]|[3795][a-z]/.test(w) && !/^\d+(?:k|da|dzd|kg|g|l|cl|ml)$/.test(w)) fr += 1;
  }
  return en > fr ? 'en' : fr > en ? 'fr' : fallback;
}
