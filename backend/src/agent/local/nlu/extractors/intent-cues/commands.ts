import { cueRegex, foldForCues, has } from '../cue-regex';

/**
 * Orders about the record itself: a write command at the start (« ajoute », « zid », « أضف »), a cancellation
 * (« annule », « batel », « ألغ ») and undoing a recorded sale.
 * All matched on folded text (no accents, Arabic folded, apostrophes as spaces).
 */

/** A command that changes something, said at the start: "ajoute", "retire", "zid", "add", "أضف"… */
const WRITE_COMMAND = cueRegex([
  'ajoute',
  'ajouter',
  'ajoutez',
  'rajoute',
  'retire',
  'retirer',
  'enleve',
  'enlever',
  'enlève',
  'supprime',
  'note',
  'enregistre',
  'mets',
  'rentre',
  'zid',
  'zidli',
  'na7i',
  'nahi',
  'na9es',
  'n9es',
  'sajel',
  'sajal',
  'kteb',
  'add',
  'remove',
  'record',
  'log',
  'put',
  'take out',
  'subtract',
  'أضف',
  'اضف',
  'زد',
  'زيد',
  'زيدلي',
  'نحي',
  'نقص',
  'أنقص',
  'انقص',
  'سجل',
  'سجّل',
  'اكتب',
  'احذف',
  'أزل',
]);

/** Cancelling or undoing: "annule", "je me suis trompé", "laisse tomber", "undo", "ألغ", "batel". */
const CANCEL = cueRegex([
  'annule',
  'annuler',
  'annulez',
  'annulation',
  'je me suis trompe',
  'je me suis trompee',
  'je me suis trompé',
  'on s est trompe',
  'erreur de ma part',
  'laisse tomber',
  'oublie ca',
  'oublie ça',
  'efface ca',
  'efface ça',
  'defais',
  'défais',
  'reviens en arriere',
  'reviens en arrière',
  'c etait une erreur',
  'undo',
  'cancel',
  'cancel that',
  'never mind',
  'nevermind',
  'scratch that',
  'forget it',
  'forget that',
  'i made a mistake',
  'my mistake',
  'revert',
  'ghlat',
  'ghlatt',
  'rani ghalet',
  'ghalt',
  'batel',
  'btel',
  'batlha',
  'khalliha',
  'ma t3melch',
  'ma tdirch',
  'matdirch',
  'sma7li ghlatt',
  'annuli',
  'ألغ',
  'الغ',
  'الغي',
  'ألغي',
  'إلغاء',
  'الغاء',
  'ألغِ',
  'تراجع',
  'أخطأت',
  'اخطات',
  'غلطت',
  'راني غالط',
  'بطل',
  'بطلها',
  'ماتديرش',
  'ما تديرش',
  'انسى',
  'انس الأمر',
  'خلاص ماتديرش',
]);
/** A cancellation opens the message ("Annule, je me suis trompé") or is most of it ("cancel that"). */
export function hasCancelCue(text: string): boolean {
  const folded = foldForCues(text);
  const m = CANCEL.exec(folded);
  return !!m && (m.index <= 20 || folded.split(' ').length <= 6);
}
/**
 * Undoing a recorded sale (« supprime la dernière vente », « cancel my last sale », « الغي آخر بيعة », « n7i lvente »):
 * a verb of cancelling or deleting, then within a few words a sale. Over folded text (ة → ه, accents dropped).
 */
const SALE_UNDO =
  /(?<![\p{L}\p{N}])(?:annul\p{L}*|supprim\p{L}*|effac\p{L}*|cancel\p{L}*|delete|remove|undo|void|[وف]?(?:ا?لغ\p{L}*|احذف\p{L}*|امسح\p{L}*|نحي|نحيلي)|n7i|na7i|batel|btel)(?:\s+\S+){0,4}?\s+(?:(?:la|les|une|the|my|a|l)\s+)?(?:l?vente|ventes|sales?|bi3a|lbi3a|(?:ال)?بيعه|(?:ال)?بيع|مبيعه|عمليه بيع)(?![\p{L}\p{N}])/u;
export const asksToUndoSale = has(SALE_UNDO);

/** A write command in the first words ("Ajoute 10…", "zid…", "أضف…"), not one buried in a question. */
export function startsWithWriteCommand(text: string): boolean {
  const folded = foldForCues(text).replace(
    /^[\s,.!:;-]*(?:(?:s il te plait|stp|svp|please|3afak|عافاك|من فضلك|bonjour|salam|salut|hello|hi)[\s,!.]+)?/u,
    '',
  );
  const m = WRITE_COMMAND.exec(folded);
  return !!m && m.index <= 12;
}
