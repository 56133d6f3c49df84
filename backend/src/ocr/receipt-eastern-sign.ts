/**
 * The Latin « DA » after an Eastern amount read as two Eastern digits (twenty-sixth round, issue 14, unseen group I):
 * the Arabic model takes « D » for « ٠ » or « ٥ » and « A » for « ٨ », so « ١٥٥٠ DA » comes out « ١٥٥٠ ٠٨ » (then read
 * 1 550.08, the pair taken for the cents) and a glued « ٣٦٢٥٫٠٠DA » comes out « ٣٦٢٥٫٠٠٥٨ » (four decimals: no amount
 * at all). An Eastern till prints its cents after « ٫ », never after a space, and two cents are all it prints: a pair
 * « ٠٨ » or « ٥٨ » ending the row after a whole amount of three digits or more, or glued after the cents, is the sign.
 * Only Eastern amounts: a Latin amount's Eastern pair is dropped in `cleanNumericOcr`, whatever its digits; a lone
 * Eastern « ٢ » after « ٩٠٠٫٠٠ » is a thousands group read out of place (receipt-reversed-groups.ts) and stays.
 */
const SPACED = /(?<=(?<![\u0660-\u0669\d.,٫٬/:-])[\u0660-\u0669]{3,}(?:٫[\u0660-\u0669]{2})?)\s+[٠٥]٨\s*$/u;
const GLUED = /(?<=(?<![\u0660-\u0669\d.,٫٬/:-])[\u0660-\u0669]{1,3}(?:[٬.\s]?[\u0660-\u0669]{3})*٫[\u0660-\u0669]{2})[٠٥]٨\s*$/u;

/** The row without an Eastern amount's « DA » read as « ٠٨ » / « ٥٨ ». */
export function dropEasternSign(line: string): string {
  return line.replace(SPACED, '').replace(GLUED, '');
}
