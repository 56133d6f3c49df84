import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatDate, formatMoney, formatNumber, formatPercent } from '@tajer/contract';
import { useMessageActions } from '../components/MessageActions';
import type { ToolPart } from '../store/types';
import { isObj, num, pick, rows, str, unwrap } from './shape';

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

function fieldsToCheck(root: Record<string, unknown>, d: Record<string, unknown>): ReceiptDraft['toCheck'] {
  const named = [root.fieldsToCheck, d.fieldsToCheck].find(Array.isArray) as unknown[] | undefined;
  const fields = ['merchant', 'date', 'total'] as const;
  if (named) return fields.filter((f) => named.includes(f));
  const conf = [d.confidence, root.confidence].find(isObj);
  return conf ? fields.filter((f) => (num(conf, f) ?? 1) < CHECK_BELOW) : [];
}

export function parseReceiptDraft(result: unknown): ReceiptDraft | null {
  const root = unwrap(result);
  if (!isObj(root)) return null;
  const d = [pick(root, 'draft', 'expense', 'receipt')].find(isObj) ?? root;
  const total = num(d, 'total', 'amount', 'totalTtc', 'totalTTC', 'ttc');
  const merchant = str(d, 'merchant', 'vendor', 'store', 'supplier');
  if (total === undefined && !merchant) return null;
  // Confidence is either one score or one per field ({merchant, date, total, …}); the total's is the one that matters.
  const confObj = [d.confidence, root.confidence].find(isObj);
  const conf = confObj ? num(confObj, 'total', 'overall') : (num(d, 'confidence', 'score') ?? num(root, 'confidence'));
  const vat = Array.isArray(d.vat) ? d.vat.filter(isObj).reduce<number | undefined>((s, v) => (num(v, 'amount') !== undefined ? (s ?? 0) + num(v, 'amount')! : s), undefined) : undefined;
  const lines = (rows(d.lines ?? d.items ?? []) ?? [])
    .map((l) => ({ label: str(l, 'label', 'description', 'name', 'text') ?? '', amount: num(l, 'amount', 'total', 'price'), quantity: num(l, 'quantity', 'qty') }))
    .filter((l) => l.label);
  return {
    merchant,
    date: str(d, 'date', 'purchasedAt', 'issuedAt'),
    total,
    tva: vat ?? num(d, 'tva', 'vat', 'tax', 'taxAmount'),
    category: str(d, 'category'),
    confidence: conf !== undefined && conf > 1 ? conf / 100 : conf,
    lines,
    savedByFollowUp: isObj(root.followUp) || undefined,
    toCheck: fieldsToCheck(root, d),
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
    const amount = Number(total.replace(',', '.'));
    if (!Number.isFinite(amount) || amount <= 0) return;
    ask?.(t('expenses.savePrompt', { amount: formatMoney(amount, lang), merchant: merchant || '—', date: date || '—' }));
    setSent(true);
  };

  return (
    <div className="receipt" data-testid="receipt-draft">
      <dl className="receipt__fields">
        <Field label={t('fields.merchant')} value={data.merchant} editable={editable} input={merchant} onInput={setMerchant} testId="draft-merchant" check={check('merchant')} />
        <Field label={t('fields.date')} value={data.date ? formatDate(data.date.slice(0, 10), lang) : undefined} editable={editable} input={date} onInput={setDate} type="date" testId="draft-date" check={check('date')} />
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
          <input aria-label={label} type={type} step={type === 'number' ? 'any' : undefined} value={input} onChange={(e) => onInput(e.target.value)} dir="auto" data-testid={testId} />
        ) : (
          <bdi>{value ?? '—'}</bdi>
        )}
      </dd>
    </div>
  );
}
