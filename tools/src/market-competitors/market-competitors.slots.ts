import type { SlotResolution, ToolSlots } from '../slots';

/** « les prix des concurrents pour l'huile » → the product, as the catalogue names it when it is unambiguous. */
export const marketCompetitorsSlots: ToolSlots = {
  // Words that name this tool almost on their own, whatever the rest of the sentence (a tie-breaker for the classifier).
  keywords: [
    'concurrent',
    'concurrents',
    'concurrence',
    'compétiteurs',
    'competitor',
    'competitors',
    'competition',
    'منافس',
    'المنافسين',
    'المنافسون',
    'المنافسة',
    'منافسين',
    'الكونكيرو',
    'concurrents',
    'ljiran',
    'الجيران',
  ],
  fill: (x) => {
    const p = x.product();
    return { args: p.value ? { product: p.value } : {}, resolved: resolvedAs('product', p.resolution), candidates: p.candidates };
  },
  followUp: (x) => {
    const p = x.product();
    return p.value ? { product: p.value } : {};
  },
};

const resolvedAs = (key: string, r: SlotResolution | undefined): Record<string, SlotResolution> => (r ? { [key]: r } : {});
