import type { Lang } from '@tajer/contract';
import { useWilayas, wilayaName } from './wilayas';

/** The 58 wilayas as a picker's options, numbered (« 31 · Oran »): the sign-up's and the business profile's. */
export function WilayaOptions({ lang }: { lang: Lang }) {
  return (
    <>
      {useWilayas().map((w) => (
        <option key={w.code} value={String(w.code)}>
          {wilayaName(w, lang)}
        </option>
      ))}
    </>
  );
}
