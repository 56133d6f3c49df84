import { formatNumber, say } from '../format';
import type { Lang } from '../types';

/**
 * The reason a movement proposed from a stock count carries (« J'ai compté 12 huile » → the difference with the stock on
 * file): it is written on the movement, and it tells the card to say a count (« Inventaire : 12 (+17) »), not a delivery
 * (« Réception : +17 » read as goods received).
 */
export const countReason = (n: number, lang: Lang): string => {
  const count = formatNumber(n, lang);
  return say(lang, { fr: `Inventaire : ${count} comptés`, ar: `جرد: العدد ${count}`, en: `Stock count: ${count} counted` });
};

/** Whether a movement's reason is a count's (in any of the three languages). */
export const isCountReason = (reason: string | undefined): boolean =>
  !!reason && /^(?:Inventaire : |جرد: العدد |Stock count: )/u.test(reason);
