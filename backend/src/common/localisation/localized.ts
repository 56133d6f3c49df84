/**
 * The dashboard's and market's language helpers. Languages, Localized and the figures' formatting come from
 * @tajer/contract (one formatter for the chat, the tiles, the cards and the PDF); what stays here is rounding.
 */
import { LANGS, type Lang } from '@tajer/contract';

export { localize, type Localized } from '@tajer/contract';
export const LANGUAGES = LANGS;
export type Language = Lang;

export const round2 = (n: number) => Math.round(n * 100) / 100;
export const round1 = (n: number) => Math.round(n * 10) / 10;
