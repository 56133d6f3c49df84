import { useEffect, useState } from 'react';
import type { Lang } from '@protocol/chat-events';

export interface Wilaya {
  code: number;
  fr: string;
  ar: string;
  en: string;
}

let cache: Promise<Wilaya[]> | null = null;

/** The 58 wilayas from the server (one list for the sign-up and profile forms), fetched once. */
export function useWilayas(): Wilaya[] {
  const [list, setList] = useState<Wilaya[]>([]);
  useEffect(() => {
    cache ??= fetch('/api/business/wilayas')
      .then((r) => (r.ok ? (r.json() as Promise<Wilaya[]>) : []))
      .catch(() => {
        cache = null;
        return [];
      });
    let live = true;
    void cache.then((l) => live && setList(l));
    return () => {
      live = false;
    };
  }, []);
  return list;
}

export const wilayaName = (w: Wilaya, lang: Lang) => `${String(w.code).padStart(2, '0')} · ${w[lang]}`;
