/**
 * A year of the shop's outgoings. Goods purchases come from the stock ledger (one payment per supplier per week,
 * for exactly what was delivered), so margins in the books match the shelf; the running costs follow Algerian
 * billing rhythms (Sonelgaz every two months, SEAAL quarterly, G50 by the 20th, rent at the start of the month).
 * One large repair a few days ago is deliberate: the "expense spikes" insight and the alerts need real evidence.
 */
import type { ExpenseCategory } from '@tajer/contract';
import { CatalogItem } from './catalog';
import { addDays, DateRange, dayOfMonthUtc, eachDay, eidDays } from './calendar';
import { Rng } from './prng';
import { StockReceipt } from './stock';
import { SUPPLIERS } from './suppliers';

// The seed writes the contract's keys, as the API does: no demo-only spellings for the dashboard to translate.
export type { ExpenseCategory } from '@tajer/contract';

export interface ExpenseSeed {
  /** A calendar day (00:00 UTC): the column is a DATE. */
  date: Date;
  amountCents: number;
  category: ExpenseCategory;
  description: string;
  merchant: string;
  vatCents: number | null;
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const dinars = (da: number) => Math.round(da * 100);
/** TVA included in a TTC amount at 19 %. */
const vat19 = (amountCents: number) => Math.round((amountCents * 19) / 119);
/** Bills are rarely round: round to the dinar only. */
const roughly = (rng: Rng, da: number, spread: number) => dinars(Math.round(da * (1 + rng.range(-spread, spread))));

const dayOfMonth = dayOfMonthUtc;

function monthStarts(window: DateRange): Date[] {
  const months: Date[] = [];
  for (let m = dayOfMonth(window.start, 1); m < window.end; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
    months.push(m);
  }
  return months;
}

export function generateExpenses(
  rng: Rng,
  window: DateRange,
  catalog: CatalogItem[],
  receipts: StockReceipt[],
  days: Date[],
): ExpenseSeed[] {
  const expenses: ExpenseSeed[] = [];
  const add = (e: ExpenseSeed) => {
    if (e.date >= window.start && e.date < window.end) expenses.push(e);
  };

  for (const month of monthStarts(window)) {
    const m = month.getUTCMonth();
    const label = `${MONTHS_FR[m]} ${month.getUTCFullYear()}`;
    add({
      date: dayOfMonth(month, 2),
      amountCents: dinars(60_000),
      category: 'loyer',
      description: `Loyer du local — ${label}`,
      merchant: 'M. Hamid Ouali (propriétaire)',
      vatCents: null,
    });
    add({
      date: dayOfMonth(month, 28),
      amountCents: dinars(42_000),
      category: 'salaires',
      description: `Salaire ${label} — Yacine Haddad (caissier)`,
      merchant: 'Yacine Haddad',
      vatCents: null,
    });
    // Part-time help for the summer and Ramadan rushes is added below with the Ramadan dates.
    const djezzy = dinars(2_000);
    add({
      date: dayOfMonth(month, 5),
      amountCents: djezzy,
      category: 'téléphone',
      description: 'Forfait mobile pro Djezzy',
      merchant: 'Djezzy',
      vatCents: vat19(djezzy),
    });
    const ooredoo = dinars(3_000);
    add({
      date: dayOfMonth(month, 10),
      amountCents: ooredoo,
      category: 'internet',
      description: 'Internet 4G Ooredoo (caisse et TPE)',
      merchant: 'Ooredoo',
      vatCents: vat19(ooredoo),
    });
    if (rng.chance(0.5)) {
      const mobilis = dinars(rng.pick([500, 1_000, 1_000]));
      add({
        date: dayOfMonth(month, rng.int(12, 25)),
        amountCents: mobilis,
        category: 'téléphone',
        description: 'Recharge Mobilis (commandes fournisseurs)',
        merchant: 'Mobilis',
        vatCents: vat19(mobilis),
      });
    }
    add({
      date: dayOfMonth(month, 18),
      amountCents: roughly(rng, 7_500, 0.15),
      category: 'taxes',
      description: `Déclaration G50 — ${label}`,
      merchant: 'Recette des impôts de Bab Ezzouar',
      vatCents: null,
    });
    // Sonelgaz bills every two months; the summer bill carries the fridges and the air conditioning.
    if (m % 2 === 0) {
      const base = m >= 6 && m <= 8 ? 36_000 : m === 0 || m === 2 ? 27_000 : 23_000;
      const amount = roughly(rng, base, 0.06);
      add({
        date: dayOfMonth(month, 14),
        amountCents: amount,
        category: 'électricité',
        description: `Facture Sonelgaz (bimestre ${MONTHS_FR[(m + 10) % 12]}–${MONTHS_FR[(m + 11) % 12]})`,
        merchant: 'Sonelgaz',
        vatCents: vat19(amount),
      });
    }
    if (m % 3 === 1) {
      const amount = roughly(rng, 4_600, 0.1);
      add({
        date: dayOfMonth(month, 20),
        amountCents: amount,
        category: 'eau',
        description: 'Facture eau trimestrielle',
        merchant: 'SEAAL',
        vatCents: null,
      });
    }
    if (rng.chance(0.6)) {
      const amount = roughly(rng, rng.pick([1_800, 2_500, 3_500, 4_800]), 0.1);
      add({
        date: dayOfMonth(month, rng.int(3, 27)),
        amountCents: amount,
        category: 'entretien',
        description: rng.pick(['Produits de nettoyage du magasin', 'Remplacement néons', 'Plombier — fuite évier', 'Peinture devanture']),
        merchant: rng.pick(['Quincaillerie El Amel', 'Droguerie du Centre', 'Artisan du quartier']),
        vatCents: null,
      });
    }
  }

  // Weekly running costs: fuel for the van and the odd trip to the wholesaler.
  for (const day of eachDay(window)) {
    const weekday = day.getUTCDay();
    if (weekday === 2) {
      add({
        date: day,
        amountCents: roughly(rng, 2_600, 0.25),
        category: 'carburant',
        description: 'Gasoil camionnette (Naftal)',
        merchant: 'Naftal — station Bab Ezzouar',
        vatCents: null,
      });
    }
    if (weekday === 6 && rng.chance(0.7)) {
      add({
        date: day,
        amountCents: roughly(rng, rng.pick([1_500, 2_000, 3_000, 4_000]), 0.1),
        category: 'transport',
        description: rng.pick(['Fourgon — marchandises du marché de gros', 'Livraison clients (taxi)', 'Transport marchandises Semmar']),
        merchant: rng.pick(['Fourgon Ammi Rabah', 'Taxi collectif', 'Transport Benyahia']),
        vatCents: null,
      });
    }
  }

  // Ramadan and Aïd: a seasonal helper and the Aïd bonus.
  for (const eid of eidDays(window).fitr) {
    add({
      date: addDays(eid, -3),
      amountCents: dinars(10_000),
      category: 'salaires',
      description: "Prime de l'Aïd el-Fitr — Yacine Haddad",
      merchant: 'Yacine Haddad',
      vatCents: null,
    });
    add({
      date: addDays(eid, -1),
      amountCents: dinars(25_000),
      category: 'salaires',
      description: 'Renfort Ramadan (aide-vendeur, 4 semaines)',
      merchant: 'Sofiane Kaci',
      vatCents: null,
    });
  }

  expenses.push(...purchaseExpenses(window, catalog, receipts, days));

  // The outlier: the cold room's compressor failed nine days ago.
  const repair = dinars(85_000);
  add({
    date: addDays(window.end, -9),
    amountCents: repair,
    category: 'entretien',
    description: 'Réparation chambre froide — remplacement du compresseur',
    merchant: 'Froid Services Bab Ezzouar',
    vatCents: vat19(repair),
  });

  return expenses.sort(
    (a, b) => a.date.getTime() - b.date.getTime() || a.category.localeCompare(b.category) || a.amountCents - b.amountCents,
  );
}

/** One payment per supplier per week (weeks start on Sunday in Algeria), dated the week's last delivery. */
export function purchaseExpenses(window: DateRange, catalog: CatalogItem[], receipts: StockReceipt[], days: Date[]): ExpenseSeed[] {
  const groups = new Map<string, { supplier: string; date: Date; amountCents: number; items: Set<number> }>();
  for (const r of receipts) {
    const day = days[r.dayIndex];
    const weekStart = addDays(day, -day.getUTCDay());
    const supplier = catalog[r.productIndex].supplier;
    const key = `${supplier}|${weekStart.getTime()}`;
    const group = groups.get(key) ?? { supplier, date: day, amountCents: 0, items: new Set<number>() };
    group.amountCents += r.quantity * r.unitCostCents;
    group.items.add(r.productIndex);
    if (day > group.date) group.date = day;
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g) => g.date >= window.start && g.date < window.end)
    .map((g) => ({
      date: g.date,
      amountCents: g.amountCents,
      category: 'marchandises' as const,
      description: `Livraison fournisseur — ${g.items.size} article${g.items.size > 1 ? 's' : ''}`,
      merchant: SUPPLIERS[g.supplier as keyof typeof SUPPLIERS].merchant,
      vatCents: null,
    }));
}
