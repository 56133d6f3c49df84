import { formatDayMonth, formatNumber, formatQuantity, type Lang } from '@tajer/contract';
import { resolvePeriod, SHOP_UTC_OFFSET_MINUTES } from '../../common/time/period';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import { toolOutcome } from './model-messages';
import { reply } from './replies';
import { withChoices } from './tool-calls';

const DAY_MS = 86_400_000;

/** What the answer reads of a finished call (the executor's outcome: status and the tool's data). */
interface Outcome {
  status?: string;
  data?: {
    focus?: string;
    period?: string;
    items?: { id?: string; stock?: number; unit?: string; names?: Record<string, string | undefined> }[];
    product?: { id?: string; names?: Record<string, string | undefined>; unit?: string };
    byRevenue?: { quantity?: number }[];
  };
}

/**
 * « How many days will my coffee last? »: the stock on file divided by the units sold a day on average, from the start
 * of last month to now (the window is said: « since 1 November, 35 days »). Read from the calls the NLU made — the
 * product's stock (inventory_search) and its sales last month and this month to date (dashboard_insights' product
 * line) — so no tool gains an argument. Nothing sold in the window: it cannot tell, and says so (a number would be a
 * guess). Undefined when a call failed or asked which product: the tools' own answers are shown instead.
 */
export function coverAnswer(outcomes: readonly Outcome[], lang: Lang, now: Date): string | undefined {
  if (outcomes.some((o) => o.status !== 'succeeded')) return undefined;
  const sales = outcomes.filter((o) => o.data?.focus === 'best_sellers' && o.data.product?.id);
  const product = sales[0]?.data?.product;
  const periods = new Set(sales.map((o) => o.data?.period));
  if (!product?.id || sales.length !== 2 || !periods.has('last_month') || !periods.has('month')) return undefined;
  if (sales.some((o) => o.data?.product?.id !== product.id)) return undefined;
  const item = outcomes.flatMap((o) => o.data?.items ?? []).find((i) => i.id === product.id);
  if (!item || typeof item.stock !== 'number') return undefined;

  const start = resolvePeriod('last_month', now).start;
  const days = (now.getTime() - start.getTime()) / DAY_MS;
  if (days <= 0) return undefined;
  const sold = sales.reduce((s, o) => s + (o.data?.byRevenue?.[0]?.quantity ?? 0), 0);
  const name = product.names?.[lang] || product.names?.fr || '';
  const unit = item.unit ?? product.unit ?? '';
  const v = {
    name,
    stock: formatQuantity(Math.max(item.stock, 0), unit, lang),
    sold: formatQuantity(sold, unit, lang),
    // The shop's calendar day the window starts (1 November), not the UTC instant (31 October, 23:00).
    since: formatDayMonth(new Date(start.getTime() + SHOP_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10), lang),
    days: formatNumber(Math.round(days), lang),
  };
  if (item.stock <= 0) return reply('coverOut', lang, { name });
  if (sold <= 0) return reply('coverNone', lang, v);
  const perDay = sold / days;
  const cover = item.stock / perDay;
  const figures = reply('coverFigures', lang, { ...v, rate: formatNumber(Math.round(perDay * 10) / 10, lang) });
  if (cover < 1) return reply('coverUnderDay', lang, { name, figures });
  return reply('coverDays', lang, { name, figures, n: formatNumber(Math.floor(cover), lang) });
}

/** Marks the reads of a « how many days will it last? » question, answered as days of cover (`coverFromCalls`). */
export const COVER = 'tajer_cover';

/** « How many days will my oil last? » of two oils: which one, each a question to tap (no figure of the wrong one). */
export function coverWhich(candidates: readonly { names: readonly string[] }[], lang: Lang): AIMessage {
  return withChoices({
    text: reply('coverWhich', lang),
    choices: candidates.slice(0, 6).map((c) => {
      const name = resolutionName(c.names, lang);
      return { label: name, text: reply('coverChoice', lang, { product: name }) };
    }),
  });
}

/** The days of cover, when `calling` (the AI message before the tool answers that follow it) asked the reads of one. */
export function coverFromCalls(calling: BaseMessage, answers: BaseMessage[], lang: Lang, now: Date): string | undefined {
  if (!AIMessage.isInstance(calling) || !calling.additional_kwargs?.[COVER]) return undefined;
  return coverAnswer(
    answers.map((m) => toolOutcome<Outcome>(m) ?? {}),
    lang,
    now,
  );
}

/** A resolution's name in the answer's language: its names are the catalogue's, French first (`entryNames`). */
function resolutionName(names: readonly string[], lang: Lang): string {
  const arabic = names.find((n) => /[\u0600-\u06FF]/u.test(n));
  if (lang === 'ar' && arabic) return arabic;
  if (lang === 'en') return names.filter((n) => n !== arabic)[1] ?? names[0];
  return names[0];
}
