import { cpus, loadavg, totalmem } from 'node:os';
import { ratio } from './stats';

/** One line of the printed table: the product's figure beside the baseline's, same unit, same run. */
export interface Row {
  scenario: string;
  metric: string;
  unit: string;
  product: number;
  baseline: number;
  /** product / baseline (computed when omitted). */
  ratio?: number;
  /** What the baseline is, when the column header is not enough (e.g. "data growth ×10"). */
  note?: string;
}

export interface ScenarioResult {
  name: string;
  rows: Row[];
  /** Every raw figure behind the rows, for bench/results/latest.json. */
  details: Record<string, unknown>;
  skipped?: string;
  durationMs?: number;
  /** 1-minute load average when the scenario started: other work on the machine shows here. */
  loadAverage?: number;
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryMb: number;
  loadAverageAtStart: number[];
  node: string;
  platform: string;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model ?? 'unknown',
    memoryMb: Math.round(totalmem() / 2 ** 20),
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

export function withRatio(row: Row): Row & { ratio: number } {
  return { ...row, ratio: row.ratio ?? ratio(row.product, row.baseline) };
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return '—';
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en-US');
  if (Math.abs(x) >= 100) return x.toFixed(0);
  if (Math.abs(x) >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

/** A plain-text table (scenario, metric, product, baseline, ratio) that reads the same in a terminal and a CI log. */
export function formatTable(results: ScenarioResult[]): string {
  const header = ['scenario', 'metric', 'unit', 'product', 'baseline', 'ratio', 'note'];
  const lines: string[][] = [];
  for (const r of results) {
    if (r.skipped) lines.push([r.name, `skipped: ${r.skipped.split('\n')[0].slice(0, 100)}`, '', '', '', '', '']);
    for (const row of r.rows.map(withRatio)) {
      lines.push([row.scenario, row.metric, row.unit, fmt(row.product), fmt(row.baseline), fmt(row.ratio), row.note ?? '']);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const numeric = new Set([3, 4, 5]);
  const render = (cells: string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(render)].join('\n');
}
