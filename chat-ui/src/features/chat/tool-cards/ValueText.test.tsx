import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../i18n';
import { formatMoney, formatNumber } from '@tajer/contract';
import { ValueText } from './ValueText';

beforeAll(() => setLanguage('en', false));
afterEach(cleanup);

describe('ValueText', () => {
  // The takings' card showed « Already recorded as sales — 68,405 » and a payment's « Balance 2,700 »: money with no DA.
  it.each(['amount', 'balance', 'alreadyRecorded', 'addedWithoutDetail', 'total'])('shows the %s field as money', (field) => {
    const { container } = render(<ValueText field={field} value={68405} />);
    expect(container.textContent).toBe(formatMoney(68405, 'en'));
  });
  it.each(['stock', 'quantity'])('shows the %s field as a plain number', (field) => {
    const { container } = render(<ValueText field={field} value={68405} />);
    expect(container.textContent).toBe(formatNumber(68405, 'en'));
  });
});
