import { nameAndPhone, TOOL_RESULTS } from '@tajer/contract';
import { ACCESS } from '@tajer/contract';
import { directionHead } from '../direction';
import { say } from '../format';
import { allLangs, findCustomer, money, saleSentence } from '../sales-lines';
import { service } from '../services';
import { attempt, ToolFailure, userIdOf } from '../tool-kit';
import type { ToolContext, ToolDefinition } from '../types';
import { CustomersCreditAddSchema, type CustomersCreditAddArgs } from './customers-credit-add.schema';
import { customersCreditAddExamples } from './customers-credit-add.examples';
import { summarizeCustomersCreditAdd, type CustomersCreditAddData } from './customers-credit-add.summary';
import { customersCreditAddSlots } from './customers-credit-add.slots';

/**
 * Decided: money a customer owes WITHOUT a sale told now (« Karim me doit 4500 DA ») is the notebook brought into
 * Tajer, so it becomes the opening balance of a new customer: it is not revenue (it was sold before Tajer) and not an
 * expense. For a customer already on file, a debt without a sale would be a sale nobody can see: the assistant asks
 * what was sold on credit instead of inventing one.
 */
async function assertNew(ctx: ToolContext, args: CustomersCreditAddArgs): Promise<void> {
  const existing = await findCustomer(
    ctx,
    args.customer,
    (name, lang) => say(lang, { fr: `Combien ${name} me doit ?`, ar: `كم يدين لي ${name}؟`, en: `How much does ${name} owe me?` }),
    // A page of the notebook is usually someone new: the choices only show those already on file.
    {
      fr: `Si c'est un nouveau client, redites-le avec son nom complet (« ${args.customer} … me doit ${money(args.amount, 'fr')} »).`,
      ar: `إذا كان زبونا جديدا، أعد الجملة باسمه الكامل («${args.customer} … مدين لي بـ ${money(args.amount, 'ar')}»).`,
      en: `If it is a new customer, say it again with their full name ("${args.customer} … owes me ${money(args.amount, 'en')}").`,
    },
  );
  if (!existing) return;
  const name = existing.name;
  throw new ToolFailure(
    'CUSTOMER_EXISTS',
    {
      fr: `${name} est déjà dans vos clients (il vous doit ${money(existing.balance, 'fr')}) : je n'ajoute pas de dette sans vente, rien n'est enregistré. Si c'est un achat à crédit, dites-moi ce qu'il a pris (« ${name} a pris 3 sucre à crédit »).`,
      ar: `${name} موجود في زبائنك (مدين لك بـ ${money(existing.balance, 'ar')}): لا أضيف دينا بدون بيع، ولم أسجل شيئا. إذا كان شراء بالكريدي، قل لي ماذا أخذ («بعت 3 سكر لـ${name} كريدي»).`,
      en: `${name} is already a customer (owing you ${money(existing.balance, 'en')}): I don't add a debt without a sale, nothing was recorded. If it was bought on credit, tell me what they took ("I sold 3 sugar to ${name} on credit").`,
    },
    { customerId: existing.id, balance: existing.balance },
    [
      {
        label: allLangs((l) => say(l, { fr: `Crédit de ${name}`, ar: `دين ${name}`, en: `${name}'s credit` })),
        text: allLangs((l) => say(l, { fr: `Combien ${name} me doit ?`, ar: `كم يدين لي ${name}؟`, en: `How much does ${name} owe me?` })),
      },
      {
        label: allLangs((l) => say(l, { fr: 'Vente à crédit…', ar: 'بيع بالكريدي…', en: 'A credit sale…' })),
        text: allLangs((l) =>
          saleSentence(
            [{ product: say(l, { fr: 'sucre', ar: 'سكر', en: 'sugar' }), quantity: 1 }],
            { paymentMethod: 'credit', customer: name },
            l,
          ),
        ),
      },
    ],
  );
}

export const customersCreditAddTool: ToolDefinition<typeof CustomersCreditAddSchema> = {
  name: 'customers_credit_add',
  kind: 'write',
  roles: ACCESS['customers.edit'],
  needs: ['customers'],
  description:
    "Bring a page of the credit notebook into Tajer: a customer who already owes the shop money from before (« Karim me doit 4500 DA », no products sold now). Creates the customer with that opening balance: not revenue, not an expense, no stock change. For something sold on credit now, use sales_record with paymentMethod credit. Requires the user's confirmation before anything is written.",
  schema: CustomersCreditAddSchema,
  result: TOOL_RESULTS.customers_credit_add,
  examples: customersCreditAddExamples,
  requiresApproval: true,
  editable: ['customer', 'amount'],
  slots: customersCreditAddSlots,

  propose: (ctx, args) =>
    attempt(ctx, async () => {
      await assertNew(ctx, args);
      const lang = ctx.lang;
      return {
        success: true,
        data: {
          summary: `${directionHead('credit', `${args.customer} ${say(lang, { fr: 'vous doit', ar: 'مدين لك بـ', en: 'owes you' })} ${money(args.amount, lang)}`, lang)} — ${say(lang, { fr: 'nouveau client, reprise du carnet', ar: 'زبون جديد، من الكرني', en: 'new customer, from the notebook' })}`,
          changes: [
            { field: 'customer', label: say(lang, { fr: 'Nouveau client', ar: 'زبون جديد', en: 'New customer' }), after: args.customer },
            {
              field: 'amount',
              label: say(lang, { fr: 'Crédit déjà dû (carnet)', ar: 'دين سابق (الكرني)', en: 'Already owed (notebook)' }),
              before: 0,
              after: args.amount,
            },
          ],
          notes: [
            say(lang, {
              fr: "Ni vente ni dépense : le chiffre d'affaires et le stock ne changent pas.",
              ar: 'ليس بيعا ولا مصروفا: رقم الأعمال والمخزون لا يتغيران.',
              en: 'Neither a sale nor an expense: revenue and stock do not change.',
            }),
          ],
          args: { customer: args.customer, amount: args.amount },
        },
      };
    }),

  run: (ctx, args) =>
    attempt(ctx, async () => {
      await assertNew(ctx, args);
      const c = await service(ctx, 'customers').create(
        ctx.tenantId,
        { ...nameAndPhone(args.customer), openingBalance: args.amount },
        { userId: userIdOf(ctx) },
      );
      const data: CustomersCreditAddData = {
        customer: { id: c.id, name: c.name },
        amount: args.amount,
        balance: c.balance,
        currency: c.currency,
      };
      return { success: true, data, records: [{ type: 'customer', id: c.id, label: c.name }] };
    }),

  summarize: summarizeCustomersCreditAdd,
};
