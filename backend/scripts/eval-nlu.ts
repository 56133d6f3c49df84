/**
 * Routes every case of an evaluation set through the offline NLU and scores it as the evaluation
 * README says. Usage: npm run eval:nlu -w backend -- [--file <jsonl>] [--out <predictions.jsonl>] [--verbose] [--cv]
 * Multi-turn cases send their earlier turns first, keeping the NLU's own answers as history.
 * --cv also prints the classifier's 5-fold cross-validated intent accuracy on the tools' own examples,
 * a larger (if harsher) measure of how it copes with phrasings it was not trained on.
 * Needs the tools package built (`npm run build -w tools`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { TOOLS } from '@tajer/tools';
import { CONVERSATION_INTENTS, Nlu, type NluTool } from '../src/agent/local/nlu';
import { productVocabulary } from '../src/agent/local/nlu/extractors/product';
import { IntentClassifier } from '../src/agent/local/nlu/intent-classifier';
import { buildTrainingCorpus } from '../src/agent/local/nlu/training-corpus';
import { score, type EvalCase, type Prediction } from '../src/agent/local/nlu/evaluation';
import type { CatalogEntry, HistoryTurn } from '../src/agent/local/nlu/types';

/** Answers without a tool (README: tool null): small talk, cancellations, what no tool does. */
const CONVERSATION = new Set<string>(CONVERSATION_INTENTS);

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The demo seed's catalogue when the seed module is there, else the test fixture. */
function loadCatalog(): { catalog: CatalogEntry[]; source: string } {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const seed = require('../src/seed/catalog') as {
      buildCatalog?: () => { sku: string; nameFr: string; nameAr: string; nameEn: string; category: string }[];
    };
    if (seed.buildCatalog) {
      const catalog = seed
        .buildCatalog()
        .map((p) => ({ id: p.sku, names: { fr: p.nameFr, ar: p.nameAr, en: p.nameEn }, category: p.category }));
      return { catalog, source: 'src/seed/catalog.ts' };
    }
  } catch {
    // fall through to the fixture
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { TEST_CATALOG } = require('../test/nlu/fixtures/catalog') as { TEST_CATALOG: CatalogEntry[] };
  return { catalog: TEST_CATALOG, source: 'test/nlu/fixtures/catalog.ts' };
}

/** K-fold cross-validation of the intent classifier alone, over the examples it is trained from. */
function crossValidate(folds = 5): { accuracy: number; examples: number } {
  const corpus = buildTrainingCorpus(TOOLS as unknown as readonly NluTool[]);
  const productWords = productVocabulary([]);
  let right = 0;
  for (let k = 0; k < folds; k += 1) {
    const classifier = IntentClassifier.train(
      corpus.filter((_, i) => i % folds !== k),
      productWords,
    );
    for (const e of corpus.filter((_, i) => i % folds === k)) {
      if (classifier.classify(e.text, e.lang, productWords).intent === e.intent) right += 1;
    }
  }
  return { accuracy: right / corpus.length, examples: corpus.length };
}

async function main(): Promise<void> {
  const file = arg('file') ?? '/work/shared/eval/utterances.dev.jsonl';
  const out = arg('out');
  const verbose = process.argv.includes('--verbose');
  const cases: EvalCase[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const { catalog, source } = loadCatalog();

  const nlu = await Nlu.create();
  console.log(`trained in ${nlu.trainingMs} ms on ${nlu.intents.length} intents; catalogue: ${catalog.length} products from ${source}`);

  const predictions: Prediction[] = [];
  for (const c of cases) {
    const turns = c.turns ?? [c.text ?? ''];
    const history: HistoryTurn[] = [];
    let prediction: Prediction = { id: c.id, tool: null, args: {} };
    for (let i = 0; i < turns.length; i += 1) {
      const last = i === turns.length - 1;
      const started = performance.now();
      const r = nlu.understand({
        text: turns[i],
        hasAttachment: last && c.attachment === 'image',
        history,
        catalog,
      });
      const ms = Math.round((performance.now() - started) * 10) / 10;
      // As the chat records it: a write whose product was ambiguous stopped to ask (the next turn may answer it).
      history.push({ role: 'user', text: turns[i], intent: r.intent, args: r.args, status: r.candidates ? 'failed' : 'awaiting_approval' });
      const tool = r.intent && !CONVERSATION.has(r.intent) ? r.intent : null;
      const resolved = Object.fromEntries(Object.entries(r.resolved).map(([k, v]) => [k, v.names]));
      prediction = { id: c.id, tool, args: r.args, ...(Object.keys(resolved).length ? { resolved } : {}), ms };
    }
    predictions.push(prediction);
  }

  const s = score(cases, predictions);
  if (verbose) {
    for (const f of s.failures) {
      const said = f.expected.turns ? f.expected.turns.join(' ⟶ ') : f.expected.text;
      console.log(
        `✗ ${f.id} [${f.reason}] "${said}"\n    expected ${f.expected.tool} ${JSON.stringify(f.expected.args)}\n    got      ${f.predicted.tool} ${JSON.stringify(f.predicted.args)}`,
      );
    }
  }
  if (out) writeFileSync(out, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const ms = predictions.map((p) => p.ms ?? 0).sort((a, b) => a - b);
  const p95 = ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))] ?? 0;
  console.log(`cases=${s.cases} p95_ms=${p95}`);
  if (process.argv.includes('--cv')) {
    const cv = crossValidate();
    console.log(`cv intent_accuracy=${cv.accuracy.toFixed(3)} over ${cv.examples} examples (5 folds)`);
  }
  console.log(`nlu tool_accuracy=${s.toolAccuracy.toFixed(2)} args_accuracy=${s.argsAccuracy.toFixed(2)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
