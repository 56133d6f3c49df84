import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessageActions } from '../components/MessageActions';
import type { ToolPart } from '../store/types';
import { ApprovalFields, coerceLike, type FieldValues } from './ApprovalFields';
import { ValueText } from './ValueText';

/**
 * The exact change a write tool proposes, before anything is written: approve as is, edit the editable arguments and
 * approve, or reject. After the decision it stays as a record of what was decided.
 */
export function ApprovalPanel({ part }: { part: ToolPart }) {
  const { t } = useTranslation();
  const { readOnly, decide } = useMessageActions();
  const proposal = part.proposal!;
  // The fields the tool declares editable (its definition's `editable` in tools/src/<tool>), sent with the proposal:
  // the server refuses an edit of any other argument.
  const editable = proposal.editable ?? [];
  const [values, setValues] = useState<FieldValues>(() => Object.fromEntries(editable.map((k) => [k, part.args?.[k]])));
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pending = part.state === 'awaiting-approval';
  // A card a correction replaced ends rejected with the correction's id (`result.replacedBy`): it says so, not « Refusé ».
  const replaced = part.state === 'rejected' && !!(part.result as { replacedBy?: unknown } | undefined)?.replacedBy;

  const edited = Object.fromEntries(editable.map((k) => [k, coerceLike(values[k], part.args?.[k])]));
  const changed = editable.some((k) => edited[k] !== part.args?.[k]);

  const send = async (decision: 'approve' | 'reject') => {
    if (!decide) return;
    setBusy(true);
    setError(null);
    const payload =
      decision === 'approve' && changed
        ? { toolCallId: part.toolCallId, decision: 'edit' as const, args: { ...part.args, ...edited } }
        : { toolCallId: part.toolCallId, decision };
    const ack = await decide(payload);
    // On success stay disabled: the resolution event that changes this card may land just after the ack.
    if (!ack.ok) {
      setBusy(false);
      setError(ack.message || t('errors.generic'));
    }
  };

  const labelOf = (field: string) =>
    proposal.changes.find((c) => c.field === field)?.label ?? t(`fields.${field}`, { defaultValue: field });

  return (
    <div className="approval" data-testid="approval-card" data-state={part.state}>
      <p className="approval__summary" dir="auto" data-testid="approval-summary">
        <strong>{proposal.summary}</strong>
      </p>
      {proposal.notes && proposal.notes.length > 0 && (
        <ul className="approval__notes" data-testid="approval-notes">
          {proposal.notes.map((n) => (
            <li key={n} dir="auto">
              {n}
            </li>
          ))}
        </ul>
      )}
      {proposal.changes.length > 0 && (
        <table className="approval__changes">
          <caption className="sr-only">{t('approval.changes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('approval.field')}</th>
              <th scope="col">{t('approval.before')}</th>
              <th scope="col">{t('approval.after')}</th>
            </tr>
          </thead>
          <tbody>
            {proposal.changes.map((c) => (
              <tr key={c.field}>
                <th scope="row">{c.label}</th>
                <td>{c.before === undefined ? '—' : <ValueText field={c.field} value={c.before} />}</td>
                <td>
                  <strong>
                    <ValueText field={c.field} value={c.after} />
                  </strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pending && editing && (
        <ApprovalFields fields={editable} values={values} original={part.args ?? {}} labelOf={labelOf} onChange={setValues} />
      )}
      {pending && !readOnly && (
        <div className="approval__actions">
          <button type="button" className="btn btn--primary" onClick={() => send('approve')} disabled={busy} data-testid="approve-button">
            {changed ? t('approval.saveAndApprove') : t('approval.approve')}
          </button>
          {editable.length > 0 && !editing && (
            <button type="button" className="btn" onClick={() => setEditing(true)} disabled={busy} data-testid="edit-button">
              {t('approval.edit')}
            </button>
          )}
          <button type="button" className="btn btn--danger" onClick={() => send('reject')} disabled={busy} data-testid="reject-button">
            {t('approval.reject')}
          </button>
        </div>
      )}
      {pending && readOnly && <p className="muted">{t('approval.waiting')}</p>}
      {!pending && (
        <p className={`approval__outcome approval__outcome--${part.state}`} data-testid="approval-outcome">
          {t(replaced ? 'approval.outcome.replaced' : `approval.outcome.${part.state}`)}
        </p>
      )}
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
