import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  parseTypedAmount,
  say,
  type ExpensesScanReceiptResult,
  type Lang,
} from '@tajer/contract';
import { useMessageActions } from '../components/MessageActions';
import type { ToolPart } from '../store/types';

export interface ReceiptDraft {
  merchant?: string;
  date?: string;
  total?: number;
  tva?: number;
  category?: string;
  confidence?: number;
  lines: { label: string; amount?: number; quantity?: number }[];
  /** The tool already handed the save over to a write awaiting approval. */
  savedByFollowUp?: boolean;
  /** Fields read with low confidence or contradicted by the receipt's own arithmetic: highlighted for the owner. */
  toCheck: ('merchant' | 'date' | 'total')[];
}

/** Below this a field's reading is highlighted, when the tool did not say which fields to check. */
const CHECK_BELOW = 0.6;
const FIELDS = ['merchant', 'date', 'total'] as const;

/** The draft of an `expenses_scan_receipt` result (parsed with the contract's schema). */
export function receiptDraft(r: ExpensesScanReceiptResult, lang: Lang): ReceiptDraft {
  const toCheck = r.fieldsToCheck
    ? FIELDS.filter((f) => r.fieldsToCheck!.includes(f))
    : r.confidence
      ? FIELDS.filter((f) => r.confidence![f] < CHECK_BELOW)
      : [];
  return {
    ...(r.merchant !== null ? { merchant: r.merchant } : {}),
    ...(r.date !== null ? { date: r.date } : {}),
    ...(r.total !== null ? { total: r.total } : {}),
    ...(r.vat !== null ? { tva: r.vat } : {}),
    category: say(lang, r.suggestedCategory.label),
    ...(r.confidence ? { confidence: r.confidence.total } : {}),
    lines: r.lines.map((l) => ({ label: l.description, amount: l.amount, ...(l.quantity !== null ? { quantity: l.quantity } : {}) })),
    ...(r.followUp ? { savedByFollowUp: true } : {}),
    toCheck,
  };
}

/**
 * What OCR read on the receipt. When this tool call carries a proposal, the approval panel below does the editing;
 * otherwise the fields are editable here and "save" asks the assistant to record the (corrected) expense.
 */
export function ExpenseDraftCard({ data, part }: { data: ReceiptDraft; part: ToolPart }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { readOnly, ask } = useMessageActions();
  const editable = !readOnly && !!ask && !part.proposal && !data.savedByFollowUp;
  const [merchant, setMerchant] = useState(data.merchant ?? '');
  const [total, setTotal] = useState(data.total !== undefined ? String(data.total) : '');
  const [date, setDate] = useState(data.date?.slice(0, 10) ?? '');
  const [sent, setSent] = useState(false);
  const check = (field: ReceiptDraft['toCheck'][number]) => (data.toCheck.includes(field) ? t('expenses.toCheck') : undefined);

  const save = () => {
    const amount = parseTypedAmount(total); // « 1.520,00 » as printed on the receipt
    if (amount === null || amount <= 0) return;
    ask?.(t('expenses.savePrompt', { amount: formatMoney(amount, lang), merchant: merchant || '—', date: date || '—' }));
    setSent(true);
  };

  return (
    <div className="receipt" data-testid="receipt-draft">
      <dl className="receipt__fields">
        <Field
          label={t('fields.merchant')}
          value={data.merchant}
          editable={editable}
          input={merchant}
          onInput={setMerchant}
          testId="draft-merchant"
          check={check('merchant')}
        />
        <Field
          label={t('fields.date')}
          value={data.date ? formatDate(data.date.slice(0, 10), lang) : undefined}
          editable={editable}
          input={date}
          onInput={setDate}
          type="date"
          testId="draft-date"
          check={check('date')}
        />
        <Field
          check={check('total')}
          label={t('fields.amount')}
          value={data.total !== undefined ? formatMoney(data.total, lang) : undefined}
          editable={editable}
          input={total}
          onInput={setTotal}
          type="number"
          testId="draft-amount"
        />
        {data.tva !== undefined && <Field label={t('fields.tva')} value={formatMoney(data.tva, lang)} />}
        {data.category && <Field label={t('fields.category')} value={data.category} />}
        {data.confidence !== undefined && <Field label={t('expenses.confidence')} value={formatPercent(data.confidence * 100, lang)} />}
      </dl>
      {data.lines.length > 0 && (
        <ul className="receipt__lines">
          {data.lines.map((l, i) => (
            <li key={i} dir="auto">
              {l.quantity !== undefined && `${formatNumber(l.quantity, lang)} × `}
              {l.label}
              {l.amount !== undefined && <bdi className="num"> {formatMoney(l.amount, lang)}</bdi>}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <button type="button" className="btn btn--primary btn--small" onClick={save} disabled={sent} data-testid="draft-save">
          {t('expenses.saveDraft')}
        </button>
      )}
    </div>
  );
}

interface FieldProps {
  label: string;
  value?: string;
  editable?: boolean;
  input?: string;
  onInput?: (v: string) => void;
  type?: 'text' | 'number' | 'date';
  testId?: string;
  /** « À vérifier »: the reading is doubtful, the field is highlighted. */
  check?: string;
}

function Field({ label, value, editable, input, onInput, type = 'text', testId, check }: FieldProps) {
  return (
    <div className={check ? 'receipt__field--check' : undefined} data-check={check ? 'true' : undefined}>
      <dt>
        {label}
        {check && <span className="receipt__check">{check}</span>}
      </dt>
      <dd>
        {editable && onInput ? (
          <input
            aria-label={label}
            type={type}
            step={type === 'number' ? 'any' : undefined}
            value={input}
            onChange={(e) => onInput(e.target.value)}
            dir="auto"
            data-testid={testId}
          />
        ) : (
          <bdi>{value ?? '—'}</bdi>
        )}
      </dd>
    </div>
  );
}
