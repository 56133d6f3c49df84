import { formatNumber, say } from '../format';
import type { Lang } from '../types';

/**
 * The reason a movement proposed from a stock count carries (« J'ai compté 12 huile » → the difference with the stock on
 * file): it is written on the movement, and it tells the card to say a count (« Inventaire : 12 (+17) »), not a delivery
 * (« Réception : +17 » read as goods received).
 */
const COUNT_HEAD = { fr: 'Inventaire : ', ar: 'جرد: العدد ', en: 'Stock count: ' } as const;

export const countReason = (n: number, lang: Lang): string => {
  const count = formatNumber(n, lang);
  return say(lang, { fr: `${COUNT_HEAD.fr}${count} comptés`, ar: `${COUNT_HEAD.ar}${count}`, en: `${COUNT_HEAD.en}${count} counted` });
};

/** Whether a movement's reason is a count's (in any of the three languages). */
export const isCountReason = (reason: string | undefined): boolean =>
  !!reason && Object.values(COUNT_HEAD).some((head) => reason.startsWith(head));
