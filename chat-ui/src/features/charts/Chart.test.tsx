import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n';
import { Chart } from './Chart';

beforeAll(() => setLanguage('fr', false));
afterEach(cleanup);

describe('Chart', () => {
  it('says there is nothing to show instead of drawing a 0–1 DA scale when every figure is zero', () => {
    render(
      <Chart
        type="bar"
        labels={['CA', 'Marge']}
        datasets={[
          { label: 'Cette période', data: [0, 0] },
          { label: 'Précédente', data: [null, 0] },
        ]}
        ariaLabel="x"
      />,
    );
    expect(screen.getByTestId('chart-empty').textContent).toMatch(/Pas encore de chiffres/);
    expect(screen.queryByTestId('chart')).toBeNull();
  });

  it('draws a chart when there is a figure', () => {
    render(<Chart type="bar" labels={['CA']} datasets={[{ label: 'Cette période', data: [1200] }]} ariaLabel="x" />);
    expect(screen.getByTestId('chart')).toBeTruthy();
  });
});
