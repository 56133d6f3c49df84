import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ChartProps } from './Chart';

// Only the pieces we draw, so the lazy chunk stays small (chart.js is tree-shakable when registered by hand).
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

const PALETTE = ['#0f766e', '#c2410c', '#4338ca', '#a16207', '#be123c', '#0369a1'];

export default function ChartCanvas({ type, labels, datasets, ariaLabel, format, horizontal, highlight }: ChartProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify([type, labels, datasets, horizontal, highlight]);

  useEffect(() => {
    if (!ref.current) return;
    const rtl = document.documentElement.dir === 'rtl';
    const chart = new Chart(ref.current, {
      type,
      data: {
        labels,
        datasets: datasets.map((d, i) => ({
          label: d.label,
          data: d.data,
          backgroundColor:
            highlight !== undefined && datasets.length === 1
              ? labels.map((_, j) => (j === highlight ? PALETTE[1] : PALETTE[0]))
              : PALETTE[i % PALETTE.length],
          borderColor: PALETTE[i % PALETTE.length],
          borderWidth: type === 'line' ? 2 : 0,
        })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: document.documentElement.lang,
        plugins: {
          legend: { display: datasets.length > 1, rtl },
          tooltip: { rtl, callbacks: format ? { label: (c) => `${c.dataset.label}: ${format(Number(c.raw))}` } : {} },
        },
        scales: {
          [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: format ? { callback: (v) => format(Number(v)) } : {} },
          [horizontal ? 'y' : 'x']: { reverse: rtl && !horizontal },
        },
      },
    });
    return () => chart.destroy();
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps

  return <canvas ref={ref} role="img" aria-label={ariaLabel} />;
}
