/**
 * « Karim paid everything he owes », « خلصني كامل »: no sum said, his balance is the sum. The offline model reads it
 * first (`customers_credit`, its call marked), then proposes that payment — a card the owner approves like any other,
 * which shows the balance before and after. Asking « what amount? » made the owner look it up himself.
 */
import { AIMessage, HumanMessage, ToolMessage, type BaseMessage } from '@langchain/core/messages';
import { toolOutcome } from './model-messages';
import { toolCalls } from './tool-calls';
import { NEW_CALL_PREFIX } from '../turn-context';

/** The id prefix of the balance read a full payment asked for (any other read's answer is only summarised). */
export const BALANCE_READ = 'call_balance_';

interface CreditOutcome {
  status?: string;
  data?: { customer?: { id: string; name: string } | null; customers?: { id: string; balance: number }[] };
}

/**
 * After the balance read of a full payment: the customer (as the read resolved him) and what he owed. Undefined when
 * this turn is no such read, the name fit several customers (the read lists them, the owner says which), or he owes
 * nothing (the read says so).
 */
export function balanceToPay(messages: BaseMessage[]): { customer: string; amount: number } | undefined {
  const human = messages.findLastIndex((m) => HumanMessage.isInstance(m));
  const asked = messages[human + 1];
  const read = messages[human + 2];
  if (human < 0 || !asked || !AIMessage.isInstance(asked) || messages.length !== human + 3 || !read || !ToolMessage.isInstance(read))
    return undefined;
  const call = asked.tool_calls?.length === 1 ? asked.tool_calls[0] : undefined;
  if (call?.name !== 'customers_credit' || !call.id?.startsWith(BALANCE_READ)) return undefined;
  const outcome = toolOutcome<CreditOutcome>(read);
  const customer = outcome?.status === 'succeeded' ? outcome.data?.customer : undefined;
  const balance = customer ? outcome?.data?.customers?.find((c) => c.id === customer.id)?.balance : undefined;
  return customer && balance && balance > 0 ? { customer: customer.name, amount: balance } : undefined;
}

/** The balance read of « Karim paid everything he owes » (`payBalance` proposes its answer). */
export const balanceRead = (customer: unknown): AIMessage => toolCalls('customers_credit', [{ customer }], BALANCE_READ);

/** After a full payment's balance read: that balance, proposed as the customer's payment (when the tool is bound). */
export function payBalance(messages: BaseMessage[], canPay: boolean): AIMessage | undefined {
  const pay = balanceToPay(messages);
  return pay && canPay ? toolCalls('customers_payment', [pay], NEW_CALL_PREFIX) : undefined;
}
