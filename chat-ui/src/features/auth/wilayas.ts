import { WILAYAS, type Lang, type Wilaya } from '@tajer/contract';

export type { Wilaya } from '@tajer/contract';

/**
 * The 58 wilayas for the sign-up and profile forms: the contract's list, the same the server validates against (and
 * serves to integrators at /api/business/wilayas), so no request is needed to draw the picker.
 */
export const useWilayas = (): readonly Wilaya[] => WILAYAS;

export const wilayaName = (w: Wilaya, lang: Lang) => `${String(w.code).padStart(2, '0')} · ${w[lang]}`;
