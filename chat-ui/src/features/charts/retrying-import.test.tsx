import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { retryingImport, useRetryingImport, type RetryingImport } from './retrying-import';

afterEach(cleanup);

/** An importer whose first downloads fail (the phone offline), then succeed. */
function flaky(failures: number) {
  let calls = 0;
  const importer = () => {
    calls += 1;
    return calls <= failures
      ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
      : Promise.resolve({ name: 'chart.js' });
  };
  return { importer, calls: () => calls };
}

function Probe({ module }: { module: RetryingImport<{ name: string }> }) {
  const m = useRetryingImport(module);
  return <p data-testid="probe">{m ? m.name : 'waiting'}</p>;
}

describe('retryingImport', () => {
  it('forgets a failed download, so the next attempt downloads again (React.lazy kept the failure for the session)', async () => {
    const source = flaky(1);
    const module = retryingImport(source.importer);
    await expect(module.load()).rejects.toThrow('Failed to fetch');
    expect(module.loaded()).toBeNull();
    await expect(module.load()).resolves.toEqual({ name: 'chart.js' });
    expect(module.loaded()).toEqual({ name: 'chart.js' });
    await module.load();
    expect(source.calls()).toBe(2);
  });

  it('shows nothing while offline — never throws — and the module once the browser is back online', async () => {
    const source = flaky(1);
    const module = retryingImport(source.importer);
    render(<Probe module={module} />);
    await act(async () => undefined);
    expect(screen.getByTestId('probe').textContent).toBe('waiting');
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.getByTestId('probe').textContent).toBe('chart.js');
    expect(source.calls()).toBe(2);
  });
});
