import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n';
import { ToolTimeline } from './ToolTimeline';

beforeAll(() => setLanguage('fr', false));
afterEach(cleanup);

const call = (status: string, confirmation: string) => ({
  id: status,
  name: 'inventory_adjust',
  status,
  confirmation,
  args: {},
  result: null,
  error: null,
  durationMs: 12,
  startedAt: '2026-11-18T09:00:00Z',
  finishedAt: null,
  records: [],
});

describe('ToolTimeline', () => {
  it('labels the API’s statuses in words, never « awaiting_approval »', () => {
    render(<ToolTimeline calls={[call('awaiting_approval', 'pending'), call('succeeded', 'edited'), call('pending', 'not_required')]} />);
    const text = screen.getByTestId('tool-timeline').textContent ?? '';
    expect(text).toContain('En attente de votre accord');
    expect(text).toContain('Modifié puis validé');
    expect(text).toContain('Terminé');
    expect(text).not.toMatch(/awaiting_approval|not_required|_/);
  });
});
