import { TOOL_RESULTS } from '@tajer/contract';
import { ACCESS } from '@tajer/contract';
import { z } from 'zod';
import { directionHead } from '../direction';
import { quote, say } from '../format';
import { allLangs, customerNotFound, findCustomer, money } from '../sales-lines';
import { service } from '../services';
import { attempt, toolCallIdOf, ToolFailure, userIdOf } from '../tool-kit';
import type { Lang, ToolContext, ToolDefinition } from '../types';
import { CustomersPaymentSchema } from './customers-payment.schema';
import { customersPaymentExamples } from './customers-payment.examples';
import { summarizeCustomersPayment, type CustomersPaymentData } from './customers-payment.summary';
import { customersPaymentSlots } from './customers-payment.slots';

const CustomersPaymentToolSchema = CustomersPaymentSchema;
type Args = z.infer<typeof CustomersPaymentToolSchema>;

const paidSentence = (name: string, amount: number, lang: Lang) =>
  say(lang, { fr: `${name} m'a payé ${amount} DA`, ar: `دفع لي ${name} ${amount} دينار`, en: `${name} paid me ${amount} DA` });

async function customerOf(ctx: ToolContext, args: Args): Promise<{ id: string; name: string }> {
  const c = await findCustomer(ctx, args.customer, (name, lang) => paidSentence(name, args.amount, lang));
  if (!c) {
    throw customerNotFound(args.customer, [
      {
        label: allLangs((lang) => say(lang, { fr: 'Qui me doit de l’argent ?', ar: 'من المدين لي؟', en: 'Who owes me money?' })),
        text: allLangs((lang) =>
          say(lang, { fr: "Qui me doit de l'argent ?", ar: 'من هم الزبائن المدينون لي؟', en: 'Who owes me money?' }),
        ),
      },
    ]);
  }
  return c;
}

export const customersPaymentTool: ToolDefinition<typeof CustomersPaymentToolSchema> = {
  name: 'customers_payment',
  kind: 'write',
  roles: ACCESS['customers.payment'],
  needs: ['customers', 'credit'],
  description:
    "Record a customer paying back (part of) what they owe on credit: the customer (required) and the amount in DZD (required), and how they paid. Lowers the customer's balance; more than they owe is refused unless it is meant as an advance. Not a sale and not an expense. Requires the user's confirmation (balance before → after) before anything is written.",
  schema: CustomersPaymentToolSchema,
  result: TOOL_RESULTS.customers_payment,
  examples: customersPaymentExamples,
  requiresApproval: true,
  editable: ['amount'],
  slots: customersPaymentSlots,

  propose: (ctx, args) =>
    attempt(ctx, async () => {
      const c = await customerOf(ctx, args);
      const p = await service(ctx, 'credit').previewPayment(ctx.tenantId, c.id, args.amount);
      const lang = ctx.lang;
      if (!p.allowed) {
        const owed = Math.max(p.balanceBefore, 0);
        throw new ToolFailure(
          'MORE_THAN_OWED',
          // Owing nothing, there is no smaller payment to offer (« un paiement de 0 DA ? » made no sense).
          owed > 0
            ? {
                fr: `${c.name} ne vous doit que ${money(owed, 'fr')} : je n'ai rien enregistré. Voulez-vous enregistrer un paiement de ${money(owed, 'fr')} ?`,
                ar: `${c.name} مدين لك بـ ${money(owed, 'ar')} فقط: لم أسجل شيئا. هل تريد تسجيل دفعة بقيمة ${money(owed, 'ar')}؟`,
                en: `${c.name} only owes you ${money(owed, 'en')}: nothing was recorded. Record a payment of ${money(owed, 'en')}?`,
              }
            : {
                fr: `${c.name} ne vous doit rien : je n'ai rien enregistré.`,
                ar: `${c.name} غير مدين لك بشيء: لم أسجل شيئا.`,
                en: `${c.name} owes you nothing: nothing was recorded.`,
              },
          { balance: p.balanceBefore, amount: args.amount },
          owed > 0
            ? [
                {
                  label: allLangs((l) =>
                    say(l, {
                      fr: `Paiement de ${money(owed, 'fr')}`,
                      ar: `دفعة ${money(owed, 'ar')}`,
                      en: `Payment of ${money(owed, 'en')}`,
                    }),
                  ),
                  text: allLangs((l) => paidSentence(c.name, owed, l)),
                },
              ]
            : [],
        );
      }
      return {
        success: true,
        data: {
          summary: `${directionHead('payment', `${money(p.amount, lang)} — ${c.name}`, lang)} · ${say(lang, { fr: 'reste dû', ar: 'الباقي', en: 'owed' })} ${money(p.balanceBefore, lang)} → ${money(p.balanceAfter, lang)}`,
          changes: [
            { field: 'amount', label: say(lang, { fr: 'Paiement reçu', ar: 'الدفعة المستلمة', en: 'Payment received' }), after: p.amount },
            {
              field: 'balance',
              label: say(lang, { fr: `Reste dû par ${c.name}`, ar: `الباقي على ${c.name}`, en: `Still owed by ${c.name}` }),
              before: p.balanceBefore,
              after: p.balanceAfter,
            },
          ],
          // The name as given when it carries the phone that told namesakes apart: run again, it finds the same one.
          args: {
            customer: /\d/.test(args.customer) ? args.customer : c.name,
            amount: p.amount,
            ...(args.method ? { method: args.method } : {}),
          },
        },
      };
    }),

  run: (ctx, args) =>
    attempt(ctx, async () => {
      const c = await customerOf(ctx, args);
      const toolCallId = toolCallIdOf(ctx);
      const r = await service(ctx, 'credit').recordPayment(
        ctx.tenantId,
        c.id,
        { amount: args.amount, ...(args.method ? { method: args.method } : {}) },
        { idempotencyKey: toolCallId ?? null, source: 'chat', userId: userIdOf(ctx), toolCallId: toolCallId ?? null },
      );
      const data: CustomersPaymentData = {
        paymentId: r.payment.id,
        customer: r.customer,
        amount: r.payment.amount,
        method: r.payment.method,
        balanceBefore: r.balanceBefore,
        balanceAfter: r.balanceAfter,
        currency: r.currency,
      };
      return {
        success: true,
        data,
        records: [
          { type: 'customer', id: c.id, label: c.name },
          { type: 'payment', id: r.payment.id, label: `${quote(c.name, 'fr')} ${money(r.payment.amount, 'fr')}` },
        ],
      };
    }),

  summarize: summarizeCustomersPayment,
};
