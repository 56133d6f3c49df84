import { useId } from 'react';

export type FieldValues = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}/;

/** Converts what an input holds back to the type of the original argument (numbers stay numbers). */
export function coerceLike(value: unknown, original: unknown): unknown {
  if (typeof original === 'number') {
    if (String(value ?? '').trim() === '') return original;
    const n = typeof value === 'number' ? value : Number(String(value ?? '').replace(',', '.'));
    return Number.isFinite(n) ? n : original;
  }
  if (typeof original === 'boolean') return Boolean(value);
  if (typeof original === 'string' && DATE.test(original) && typeof value === 'string' && DATE.test(value) && original.startsWith(value)) {
    return original; // the date input shows only the day; an unchanged day keeps the original timestamp
  }
  return value;
}

function inputType(original: unknown): 'number' | 'date' | 'checkbox' | 'text' {
  if (typeof original === 'number') return 'number';
  if (typeof original === 'boolean') return 'checkbox';
  if (typeof original === 'string' && DATE.test(original)) return 'date';
  return 'text';
}

interface Props {
  fields: string[];
  values: FieldValues;
  original: FieldValues;
  labelOf: (field: string) => string;
  onChange: (values: FieldValues) => void;
}

/** Inputs for the arguments a write tool lets the user change before approving, typed after the proposed values. */
export function ApprovalFields({ fields, values, original, labelOf, onChange }: Props) {
  const base = useId();
  return (
    <div className="approval__fields" data-testid="approval-fields">
      {fields.map((field) => {
        const type = inputType(original[field]);
        const id = `${base}-${field}`;
        const value = values[field];
        const set = (v: unknown) => onChange({ ...values, [field]: v });
        return (
          <div key={field} className={`field field--${type}`}>
            <label htmlFor={id}>{labelOf(field)}</label>
            {type === 'checkbox' ? (
              <input id={id} type="checkbox" checked={Boolean(value)} onChange={(e) => set(e.target.checked)} data-field={field} />
            ) : (
              <input
                id={id}
                type={type}
                step={type === 'number' ? 'any' : undefined}
                inputMode={type === 'number' ? 'decimal' : undefined}
                dir="auto"
                value={type === 'date' ? String(value ?? '').slice(0, 10) : String(value ?? '')}
                onChange={(e) => set(e.target.value)}
                data-field={field}
                data-testid={`field-${field}`}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
