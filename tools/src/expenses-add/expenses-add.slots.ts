import type { SlotReader, ToolSlots } from '../slots';

/** Merchants a shop pays often, recognised whatever the case or accents. */
const KNOWN_MERCHANTS = [
  'Sonelgaz',
  'Seaal',
  'ADE',
  'Algérie Télécom',
  'Algerie Telecom',
  'Mobilis',
  'Djezzy',
  'Ooredoo',
  'Naftal',
  'Cevital',
  'Ifri',
  'Soummam',
  'Hamoud Boualem',
  'Rouiba',
  'Uno',
  'Ardis',
  'Numidis',
  'Yassir',
  'سونلغاز',
  'سيال',
  'نفطال',
  'موبيليس',
  'جيزي',
  'أوريدو',
  'اتصالات الجزائر',
];

/** A known merchant as the user wrote it, else a capitalised name after "chez", "at", "from", "عند". */
function merchantOf(x: SlotReader): string | undefined {
  const known = x.mention(KNOWN_MERCHANTS);
  if (known) return known;
  return /\b(?:chez|at|from|عند)\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)*)/u.exec(x.text)?.[1];
}

export const expensesAddSlots: ToolSlots = {
  // A question about what this write changes is answered by this read.
  readCounterpart: 'expenses_list',
  fill: (x) => {
    const args: Record<string, unknown> = {};
    const amount = x.amount();
    if (amount !== undefined) args.amount = amount;
    // « I bought 10 bags of semolina at 1100 each »: goods of the catalogue bought for resale are a goods purchase
    // (kept out of the operating expenses), not « other ».
    const category = x.expenseCategory() ?? (x.product({ residual: false }).resolution ? 'marchandises' : undefined);
    if (category) args.category = category;
    const date = x.date();
    if (date) args.date = date;
    const merchant = merchantOf(x);
    if (merchant) args.merchant = merchant;
    // The whole sentence is not a description; keep one only when the user wrote more than the command.
    const description = x.reason();
    if (description) args.description = description;
    return { args };
  },
};
