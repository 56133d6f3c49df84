import { useTranslation } from 'react-i18next';
import { retryingImport, useRetryingImport } from './retrying-import';

export interface ChartProps {
  type: 'bar' | 'line';
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
  /** Read by screen readers; the data is also shown as text or a table next to every chart. */
  ariaLabel: string;
  format?: (n: number) => string;
  horizontal?: boolean;
  /** Index of a bar drawn in the accent colour (e.g. our own price among competitors'). */
  highlight?: number;
  /** Said instead of a chart when there is nothing to draw (default: "No figures for this period yet"). */
  empty?: string;
}

/** Nothing but zeros and gaps: a chart would only draw an empty 0–1 scale. */
export const hasData = (datasets: ChartProps['datasets']) =>
  datasets.some((d) => d.data.some((v) => v !== null && v !== 0 && Number.isFinite(v)));

// chart.js is only downloaded when a chart is actually on screen — and downloaded again if that failed (offline).
const chartCanvas = retryingImport(() => import('./ChartCanvas'));

export function Chart(props: ChartProps) {
  const { t } = useTranslation();
  const drawn = hasData(props.datasets);
  const Canvas = useRetryingImport(chartCanvas, drawn)?.default;
  if (!drawn) {
    return (
      <div className="chart chart--empty" data-testid="chart-empty">
        <p className="chart__empty">{props.empty ?? t('charts.empty')}</p>
      </div>
    );
  }
  return (
    <div className="chart" data-testid="chart">
      {Canvas && <Canvas {...props} />}
    </div>
  );
}
