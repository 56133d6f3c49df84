/**
 * Receipt OCR evaluation: runs the real pipeline (image prep → tesseract pool → parser) over a labelled folder.
 *
 *   npm run eval:ocr -- --dir <folder> [--out predictions.json] [--limit N] [--workers N]
 *                       [--prep deskew=false,minWidth=0] [--psm 6] [--no-second-pass] [--no-rereads] [--no-eastern-digits] [--no-field-rereads] [--verbose]
 *                       [--dump <dir>]   (writes each receipt's OCR text to <dir>/<id>.txt, to study failures)
 *                       [--arabic ara|Arabic|Arabic+ara|auto]   (the Arabic reader, default `ara`: see OCR_ARABIC_MODEL)
 *                       [--latin auto|system|best_int]   (the page reader's models: see OCR_LATIN_MODEL)
 *                       [--engine auto|native|wasm]   (which tesseract reads: see OCR_ENGINE; default the env's, else auto)
 *
 * <folder>/images/<id>.(jpg|jpeg|png) and <folder>/labels.json = { id: { company, date, total } }.
 * A total is right within ±0.05, a date when it is the same calendar day (either reading of an ambiguous dd/mm),
 * a company when its normalised similarity is ≥ 0.8. The last line is machine-readable.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ImagePrepOptions } from '../src/ocr/image-prep';
import type { OcrEngineChoice } from '../src/ocr/native-engine';
import { defaultOcrPoolSize } from '../src/ocr/ocr-pool';
import {
  ARABIC_MODEL_CHOICES,
  LATIN_MODEL_CHOICES,
  createReceiptOcrPools,
  recognizeReceipt,
  terminateReceiptOcrPools,
  type ArabicModelChoice,
  type LatinModelChoice,
} from '../src/ocr/receipt-ocr';

interface Label {
  company?: string;
  date?: string;
  total?: string | number;
}

interface Prediction {
  company: string | null;
  date: string | null;
  total: number | null;
  ms: number;
}

interface Args {
  dir: string;
  out?: string;
  limit?: number;
  workers?: number;
  prep: ImagePrepOptions;
  psm?: number;
  secondPass: boolean;
  rereads: boolean;
  easternDigits: boolean;
  fieldRereads: boolean;
  verbose: boolean;
  dump?: string;
  arabic: ArabicModelChoice;
  latin?: LatinModelChoice;
  engine?: OcrEngineChoice;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    dir: '',
    prep: {},
    secondPass: true,
    rereads: true,
    easternDigits: true,
    fieldRereads: true,
    verbose: false,
    arabic: 'ara',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${argv[i - 1]} needs a value`);
      return v;
    };
    switch (argv[i]) {
      case '--dir':
        args.dir = next();
        break;
      case '--out':
        args.out = next();
        break;
      case '--limit':
        args.limit = Number(next());
        break;
      case '--workers':
        args.workers = Number(next());
        break;
      case '--psm':
        args.psm = Number(next());
        break;
      case '--prep':
        args.prep = parsePrep(next());
        break;
      case '--no-second-pass':
        args.secondPass = false;
        break;
      case '--no-rereads':
        args.rereads = false;
        break;
      case '--no-field-rereads':
        args.fieldRereads = false;
        break;
      case '--no-eastern-digits':
        args.easternDigits = false;
        break;
      case '--verbose':
        args.verbose = true;
        break;
      case '--dump':
        args.dump = next();
        break;
      case '--engine': {
        const v = next();
        if (v !== 'auto' && v !== 'native' && v !== 'wasm') throw new Error(`--engine: one of auto, native, wasm, not ${v}`);
        args.engine = v;
        break;
      }
      case '--latin': {
        const v = next();
        const choice = LATIN_MODEL_CHOICES.find((c) => c === v);
        if (!choice) throw new Error(`--latin: one of ${LATIN_MODEL_CHOICES.join(', ')}, not ${v}`);
        args.latin = choice;
        break;
      }
      case '--arabic': {
        const v = next();
        const choice = ARABIC_MODEL_CHOICES.find((c) => c === v);
        if (!choice) throw new Error(`--arabic: one of ${ARABIC_MODEL_CHOICES.join(', ')}, not ${v}`);
        args.arabic = choice;
        break;
      }
      default:
        throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (!args.dir) throw new Error('--dir <folder> is required');
  // `npm run eval:ocr -- --dir x` runs in backend/: relative paths are meant from where the command was typed.
  const base = process.env.INIT_CWD ?? process.cwd();
  if (!isAbsolute(args.dir)) args.dir = resolve(base, args.dir);
  if (args.out && !isAbsolute(args.out)) args.out = resolve(base, args.out);
  if (args.dump && !isAbsolute(args.dump)) args.dump = resolve(base, args.dump);
  return args;
}

/** "deskew=false,minWidth=0" → { deskew: false, minWidth: 0 } */
function parsePrep(spec: string): ImagePrepOptions {
  const out: Record<string, boolean | number> = {};
  for (const pair of spec.split(',').filter(Boolean)) {
    const [k, v] = pair.split('=');
    out[k.trim()] = v === 'true' ? true : v === 'false' ? false : Number(v);
  }
  return out as ImagePrepOptions;
}

// ---- metrics (independent of the parser under test) ----

const MONTHS: Record<string, number> = {
  JAN: 1,
  FEB: 2,
  MAR: 3,
  APR: 4,
  MAY: 5,
  JUN: 6,
  JUL: 7,
  AUG: 8,
  SEP: 9,
  OCT: 10,
  NOV: 11,
  DEC: 12,
  JANV: 1,
  FEV: 2,
  FEVR: 2,
  MARS: 3,
  AVR: 4,
  MAI: 5,
  JUIN: 6,
  JUIL: 7,
  AOUT: 8,
  SEPT: 9,
  DECE: 12,
};

function isoIfValid(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every calendar day a label date may mean (both orders when dd/mm is ambiguous). */
export function labelDates(raw: string): Set<string> {
  const s = raw.trim().toUpperCase();
  const out = new Set<string>();
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/))) out.add(isoIfValid(+m[1], +m[2], +m[3]) ?? '');
  else if ((m = s.match(/^(\d{4})(\d{2})(\d{2})$/))) out.add(isoIfValid(+m[1], +m[2], +m[3]) ?? '');
  else if ((m = s.match(/^(\d{1,2})[-/. ]+([A-Z]{3,4})[A-Z]*[-/. ]+(\d{2,4})/)))
    out.add(isoIfValid(year(m[3]), MONTHS[m[2]] ?? 0, +m[1]) ?? '');
  else if ((m = s.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})/))) {
    out.add(isoIfValid(year(m[3]), +m[2], +m[1]) ?? '');
    out.add(isoIfValid(year(m[3]), +m[1], +m[2]) ?? '');
  }
  out.delete('');
  return out;
}

function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

export function nameSimilarity(a: string, b: string): number {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (!x.length && !y.length) return 1;
  return 1 - levenshtein(x, y) / Math.max(x.length, y.length);
}

// ---- run ----

async function mapConcurrent<T, R>(items: T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]);
      }
    }),
  );
  return results;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const labels = JSON.parse(readFileSync(join(args.dir, 'labels.json'), 'utf8')) as Record<string, Label>;
  let ids = Object.keys(labels).sort();
  if (args.limit) ids = ids.slice(0, args.limit);
  const imagePath = (id: string) =>
    ['jpg', 'jpeg', 'png'].map((ext) => join(args.dir, 'images', `${id}.${ext}`)).find((p) => existsSync(p));

  if (args.dump) mkdirSync(args.dump, { recursive: true });
  const size = args.workers ?? defaultOcrPoolSize();
  const pools = createReceiptOcrPools({ size, arabicModel: args.arabic, latinModel: args.latin, engine: args.engine });
  const t0 = performance.now();
  // The French+English reader is needed by every receipt; the Arabic one starts on the first Arabic line.
  await pools.latin.warmUp(size);
  const startupMs = Math.round(performance.now() - t0);

  const predictions: Record<string, Prediction> = {};
  let totalOk = 0;
  let dateOk = 0;
  let companyOk = 0;
  let latencySum = 0;
  let secondPasses = 0;
  let rereadLines = 0;
  let fieldReceipts = 0;
  let fieldWords = 0;
  let fieldChanged = 0;
  let wasmRechecks = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  try {
    await mapConcurrent(ids, size, async (id) => {
      const path = imagePath(id);
      if (!path) throw new Error(`no image for ${id}`);
      const r = await recognizeReceipt(readFileSync(path), {
        pools,
        prep: args.prep,
        psm: args.psm,
        secondPass: args.secondPass,
        rereads: args.rereads,
        easternDigits: args.easternDigits,
        fieldRereads: args.fieldRereads,
      });
      const label = labels[id];
      const p: Prediction = { company: r.draft.merchant, date: r.draft.date, total: r.draft.total, ms: r.ms };
      predictions[id] = p;
      if (args.dump) writeFileSync(join(args.dump, `${id}.txt`), `${r.text}\n`);
      latencySum += r.ms;
      if (r.passes > 1) secondPasses += 1;
      rereadLines += r.reread.arabic;
      if (r.reread.fields > 0) fieldReceipts += 1;
      fieldWords += r.reread.fields;
      fieldChanged += r.reread.fieldsChanged;
      wasmRechecks += Number(r.engine.wasmRecheck);
      const okTotal = p.total !== null && label.total !== undefined && Math.abs(p.total - Number(label.total)) <= 0.05 + 1e-9;
      const okDate = p.date !== null && label.date !== undefined && labelDates(label.date).has(p.date);
      const okCompany = p.company !== null && label.company !== undefined && nameSimilarity(p.company, label.company) >= 0.8;
      totalOk += Number(okTotal);
      dateOk += Number(okDate);
      companyOk += Number(okCompany);
      if (args.verbose) {
        const miss = [
          okTotal ? '' : `total ${p.total} ≠ ${label.total}`,
          okDate ? '' : `date ${p.date} ≠ ${label.date}`,
          okCompany ? '' : `company "${p.company}" ≠ "${label.company}"`,
        ].filter(Boolean);
        console.log(
          `${id} ${r.ms}ms${r.passes > 1 ? ' (2 passes)' : ''}${r.engine.wasmRecheck ? ` (wasm recheck, kept ${r.engine.used})` : ''}${r.reread.fields ? ` (fields ${r.reread.fieldsChanged}/${r.reread.fields})` : ''} ${miss.length ? miss.join(' | ') : 'ok'}`,
        );
      }
    });
  } finally {
    await terminateReceiptOcrPools(pools);
  }
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  const n = ids.length;
  const fmt = (k: number) => (n ? k / n : 0).toFixed(2);
  if (args.out) writeFileSync(args.out, `${JSON.stringify(predictions, null, 2)}\n`);
  console.log(
    `receipts=${n} workers=${size} engine=${pools.latin.engine ?? '-'} latin=${pools.latinModel} arabic=${pools.arabicLangs.join('+')} worker_startup_ms=${startupMs} second_passes=${secondPasses} reread_lines=${rereadLines} field_rereads=${fieldReceipts} receipts/${fieldWords} words/${fieldChanged} kept wasm_rechecks=${wasmRechecks}`,
  );
  console.log(
    `mean latency per receipt (prep+ocr+parse): ${Math.round(latencySum / Math.max(1, n))} ms; wall time ${Math.round(wallMs)} ms`,
  );
  // CPU time covers the tesseract worker threads too: a load-independent measure of the work per receipt.
  console.log(`cpu per receipt: ${Math.round((cpu.user + cpu.system) / 1000 / Math.max(1, n))} ms`);
  console.log(`total ${totalOk}/${n}  date ${dateOk}/${n}  company ${companyOk}/${n}`);
  // ms_per_receipt is throughput (wall time / receipts): with one worker it equals the latency.
  console.log(
    `ocr total_accuracy=${fmt(totalOk)} date_accuracy=${fmt(dateOk)} company_accuracy=${fmt(companyOk)} ms_per_receipt=${Math.round(wallMs / Math.max(1, n))}`,
  );
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
