import { lazy, Suspense } from 'react';

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
}

// chart.js is only downloaded when a chart is actually on screen.
const ChartCanvas = lazy(() => import('./ChartCanvas'));

export function Chart(props: ChartProps) {
  // Nothing but zeros: an axis from 0 to 1 DA would say nothing true. The data is shown as text next to every chart.
  if (!props.datasets.some((d) => d.data.some((v) => v !== null && v !== 0))) return null;
  return (
    <div className="chart" data-testid="chart">
      <Suspense fallback={null}>
        <ChartCanvas {...props} />
      </Suspense>
    </div>
  );
}
