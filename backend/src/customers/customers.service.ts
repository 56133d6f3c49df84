import { normalizeText } from '@tajer/contract';
import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode, notFound } from '../common/errors/app-error';
import type { Customer } from '../generated/prisma/client';
import { CustomersRepository, type Actor } from './customers.repository';
import { keepFinalAlif, nameWords, sameNameAcrossScripts } from './name-skeleton';
import type { CreateCustomerDto, ListCustomersQuery, UpdateCustomerDto } from './customers.schemas';

export interface CustomerView {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  wilaya: string | null;
  ageBand: string | null;
  channel: string | null;
  note: string | null;
  /** What the customer owes now (negative: an advance they paid), in `currency`. */
  balance: number;
  /** Owed from before Tajer (« le carnet » carried over). */
  openingBalance: number;
  creditLimit: number | null;
  /** True when the balance is above the credit limit. */
  overLimit: boolean;
  currency: string;
  createdAt: string;
}

export interface CustomerMatch {
  customer: { id: string; name: string; phone: string | null; balance: number; creditLimit: number | null };
  /** 1 = the whole name (or the phone) matches. */
  score: number;
}

export interface CustomerResolution {
  query: string;
  match: CustomerMatch | null;
  alternatives: CustomerMatch[];
  /** True when the match is clearly the one meant (a unique full-name or phone match). */
  confident: boolean;
  /** Every customer whose name holds all the words given (« Riad » → each Riad), however many: a read can answer for all. */
  namesakes: string[];
}

const n2 = (v: unknown) => Math.round(Number(v ?? 0) * 100) / 100;

export function toCustomerView(c: Customer, currency = 'DZD'): CustomerView {
  const balance = n2(c.balance);
  const creditLimit = c.creditLimit === null ? null : n2(c.creditLimit);
  return {
    id: c.id,
    name: c.name,
    phone: c.phone,
    email: c.email,
    wilaya: c.wilaya,
    ageBand: c.ageBand,
    channel: c.channel,
    note: c.note,
    balance,
    openingBalance: n2(c.openingBalance),
    creditLimit,
    overLimit: creditLimit !== null && balance > creditLimit,
    currency,
    createdAt: c.createdAt.toISOString(),
  };
}

/** The customer file: CRUD and finding a customer from what the user typed. Credit lives in CreditService. */
@Injectable()
export class CustomersService {
  constructor(private readonly repo: CustomersRepository) {}

  async list(tenantId: string, q: Partial<ListCustomersQuery>) {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [total, rows] = await this.repo.list(tenantId, { q: q.q, owing: q.owing }, (page - 1) * pageSize, pageSize);
    return { items: rows.map((c) => toCustomerView(c)), total, page, pageSize, pageCount: Math.ceil(total / pageSize) };
  }

  async get(tenantId: string, id: string): Promise<CustomerView> {
    const c = await this.repo.find(tenantId, id);
    if (!c) throw notFound('Customer');
    return toCustomerView(c);
  }

  async create(tenantId: string, dto: CreateCustomerDto, actor: Actor): Promise<CustomerView> {
    return toCustomerView(await this.repo.create(tenantId, dto, actor));
  }

  async update(tenantId: string, id: string, dto: UpdateCustomerDto, actor: Actor): Promise<CustomerView> {
    const c = await this.repo.update(tenantId, id, dto, actor);
    if (!c) throw notFound('Customer');
    return toCustomerView(c);
  }

  /** Archives a customer; refused (409) while they owe something or have an advance: settle it first. */
  async remove(tenantId: string, id: string, actor: Actor): Promise<{ id: string; deleted: true }> {
    await this.repo.transaction(async (tx) => {
      const c = await this.repo.lock(tx, tenantId, id);
      if (!c) throw notFound('Customer');
      if (Number(c.balance) !== 0) {
        throw new AppError(
          ErrorCode.CONFLICT,
          `${c.name} has a balance of ${n2(c.balance)} DZD: record the payment (or the refund of the advance) before removing them`,
          {
            balance: n2(c.balance),
          },
        );
      }
      await this.repo.archive(tx, tenantId, id, actor);
    });
    return { id, deleted: true };
  }

  /**
   * "Ahmed", "ahmed benali", "أحمد", "0555 12 34 56" → the customer meant, with runners-up so the assistant can ask.
   * A phone number matches by its digits; a name by its words (accents, case and Arabic spelling variants ignored), in
   * either script (`name-skeleton.ts`).
   */
  async resolveCustomer(tenantId: string, query: string): Promise<CustomerResolution> {
    const q = query.trim();
    const all = await this.repo.listForMatching(tenantId);
    const digits = q.replace(/\D/g, '');
    const words = nameWords(normalizeText(keepFinalAlif(q).replace(/[\d()+]+/g, ' ')));
    const wanted = words.length ? words : normalizeText(q).split(' ').filter(Boolean);
    const nameScore = (name: string) => {
      if (!wanted.length) return 0;
      // Both forms of « Mohamed Ben Ahmed »: « benahmed » for « بن أحمد », « ahmed » for « Ahmed ».
      const folded = normalizeText(keepFinalAlif(name));
      const own = [...new Set([...nameWords(folded), ...folded.split(' ').filter(Boolean)])];
      // « كريم » for « Karim Haddad »: the same name in the other script counts as the word itself.
      const found = wanted.filter((w) =>
        own.some((x) => x === w || (w.length >= 3 && x.startsWith(w)) || sameNameAcrossScripts(w, x)),
      ).length;
      const score = found / wanted.length;
      return score === 1 && own.length > wanted.length ? 0.9 : score; // "Ahmed" for "Ahmed Benali": right person, less sure
    };
    // A phone number matches by its digits. « Amel Ait Kaci (05 46 37 60 03) », the text a choice sends for two
    // customers of the same name: the one with that phone decides alone — when the name given is his (or none is).
    const byPhone = (c: { name: string; phone: string | null }) =>
      digits.length >= 6 &&
      !!c.phone &&
      c.phone.replace(/\D/g, '').endsWith(digits.slice(-9)) &&
      (!words.length || nameScore(c.name) >= 0.9);
    const phoneKnown = all.some(byPhone);
    const scored: CustomerMatch[] = [];
    for (const c of all) {
      const score = byPhone(c) ? 1 : phoneKnown ? 0 : nameScore(c.name);
      if (score >= 0.5)
        scored.push({
          customer: {
            id: c.id,
            name: c.name,
            phone: c.phone,
            balance: n2(c.balance),
            creditLimit: c.creditLimit === null ? null : n2(c.creditLimit),
          },
          score,
        });
    }
    scored.sort((a, b) => b.score - a.score || b.customer.balance - a.customer.balance || a.customer.name.localeCompare(b.customer.name));
    // Nobody on file carries every word given (« Mourad Zerrouki » when only Mourad Benmoussa and Fatima Zerrouki are):
    // no match — a new customer for a write (the card says « nouveau client »), « not found » for a read. Offering the
    // partial matches as « which one? » left no way to add the new customer at all.
    if (scored[0] && scored[0].score < 0.9)
      return { query: q, match: null, alternatives: scored.slice(0, 5), confident: false, namesakes: [] };
    const [match = null, ...alternatives] = scored;
    const confident = !!match && match.score >= 0.9 && !(alternatives[0] && alternatives[0].score >= match.score);
    const namesakes = scored.filter((m) => m.score >= 0.9).map((m) => m.customer.id);
    return { query: q, match, alternatives: alternatives.slice(0, 5), confident, namesakes };
  }
}
