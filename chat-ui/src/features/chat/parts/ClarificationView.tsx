import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clarification } from '@tajer/contract';
import { textDirection } from '../../../lib/text-direction';
import { useMessageActions } from '../components/MessageActions';
import { MarkdownText } from './MarkdownText';

/**
 * A question the assistant asked instead of guessing, with its answers as buttons: tapping one sends its text as the
 * user's next message (the same words typed by hand work too). Read-only views show the choices without buttons.
 */
export function ClarificationView({ clarification }: { clarification: Clarification }) {
  const { t } = useTranslation();
  const { readOnly, ask } = useMessageActions();
  const [sent, setSent] = useState<string | null>(null);
  const canAsk = !readOnly && !!ask;
  return (
    <div className="clarification" data-testid="clarification">
      {clarification.question && <MarkdownText text={clarification.question} />}
      {clarification.choices.length > 0 && (
        <ul className="chips clarification__choices" aria-label={t('chat.choices')}>
          {clarification.choices.map((c) => (
            <li key={`${c.label}|${c.text}`}>
              <button
                type="button"
                className={`chip${sent === c.text ? ' chip--picked' : ''}`}
                dir={textDirection(c.label)}
                disabled={!canAsk || sent !== null}
                onClick={() => {
                  setSent(c.text);
                  ask?.(c.text);
                }}
                data-testid="choice"
              >
                {c.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
