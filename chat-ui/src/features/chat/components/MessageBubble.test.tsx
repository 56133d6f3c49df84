import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../i18n';
import { MessageActionsContext } from './MessageActions';
import { MessageBubble } from './MessageBubble';

afterEach(cleanup);

describe('MessageBubble', () => {
  it('shows times on 24 hours in every language (never « 08:37 AM » in the French UI)', () => {
    for (const lang of ['fr', 'ar', 'en'] as const) {
      setLanguage(lang, false);
      const { container } = render(
        <MessageActionsContext.Provider value={{ readOnly: true }}>
          <MessageBubble
            message={{
              id: 'm1',
              conversationId: 'c1',
              role: 'user',
              status: 'completed',
              text: 'Bonjour',
              parts: [],
              createdAt: '2026-11-18T20:37:00Z',
            }}
          />
        </MessageActionsContext.Provider>,
      );
      const time = container.querySelector('time')?.textContent ?? '';
      expect(time, lang).toMatch(/^\d{2}:\d{2}$/);
      expect(time).not.toMatch(/AM|PM|ص|م/);
      cleanup();
    }
  });
});
