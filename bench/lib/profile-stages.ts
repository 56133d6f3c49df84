/**
 * A streamed turn's sampled CPU by stage (`npm run bench:profile -- --stream`): each sample of a V8 .cpuprofile goes to
 * the first stage met walking its stack from the leaf to the root, so a `writev` counts for the socket, the statement
 * or the model request that made it, and the SDK's SSE parsing is not counted again in LangChain's loop above it. A
 * sample in a system call is its wall time (descheduled included): on a loaded machine the profile overstates them,
 * which the backend's system time from /proc (`bench:cpu --stream`) does not.
 */
interface Frame {
  functionName: string;
  url: string;
}

const STAGES: [string, (f: Frame) => boolean][] = [
  ['(idle)', (f) => f.functionName === '(idle)'],
  ['garbage collector', (f) => f.functionName === '(garbage collector)'],
  ['(program): V8 and native code', (f) => f.functionName === '(program)'],
  [
    'AsyncLocalStorage: promise hooks',
    (f) => f.url.includes('async_hooks') && /^(promise\w*Hook|_propagate|lookupPublicResource|emitInit\w*)$/.test(f.functionName),
  ],
  ['model request: build, body JSON.stringify, send', (f) => /openai\/(internal\/request-options|client\.js|internal\/utils)/.test(f.url)],
  ['model response: SSE parsing (openai SDK)', (f) => /openai\/(core\/streaming|internal\/decoders)/.test(f.url)],
  ['model transport: node-fetch, node:http', (f) => /node-fetch|_http_client|_http_common/.test(f.url)],
  ['LangChain per chunk: @langchain/openai', (f) => f.url.includes('@langchain/openai')],
  ['LangChain per chunk: @langchain/core, langsmith', (f) => /@langchain\/core|langsmith/.test(f.url)],
  ['socket delivery: Socket.IO, engine.io, ws', (f) => /socket\.io|engine\.io|\/ws\/lib|chat\.gateway/.test(f.url)],
  ['event bus: seq, resume buffer', (f) => /conversations\/events/.test(f.url)],
  ['statements: Prisma, pg', (f) => /@prisma|\/pg\/|pg-pool|pg-protocol|\.repository\.js|\/database\//.test(f.url)],
  ['our loop: agent-loop, agent.service, batcher', (f) => /agent\/(agent-loop|agent\.service|delta-batcher|models\/untraced)/.test(f.url)],
  ['tools, executor', (f) => /tool-call|tool-executor|\/tools\//.test(f.url)],
  ['the rest of the backend', (f) => /\/backend\/dist/.test(f.url)],
  ['other packages', (f) => f.url.includes('node_modules')],
];

/**
 * An offline turn's stages (`npm run bench:profile`, the chat load): the same walk, with the offline model's own code
 * (the NLU and the local chat model), translation, logging and metrics, validation and LangChain told apart.
 */
export const OFFLINE_STAGES: [string, (f: Frame) => boolean][] = [
  ...STAGES.slice(0, 4),
  ['socket delivery: Socket.IO, engine.io, ws', (f) => /socket\.io|engine\.io|\/ws\/lib|chat\.gateway/.test(f.url)],
  ['event bus: seq, resume buffer', (f) => /conversations\/events/.test(f.url)],
  ['statements: Prisma, pg', (f) => /@prisma|\/pg\/|pg-pool|pg-protocol|\.repository\.js|\/database\//.test(f.url)],
  ['translation: i18next', (f) => /i18next|\/i18n\//.test(f.url)],
  ['logging, metrics: pino, prom-client', (f) => /pino|prom-client|\/observability\//.test(f.url)],
  ['validation: zod', (f) => f.url.includes('/zod/')],
  ['offline model: NLU, local chat model', (f) => /agent\/local\/|models\/local-chat-model|@nlpjs/.test(f.url)],
  ['LangChain: @langchain/core, langsmith', (f) => /@langchain\/core|langsmith/.test(f.url)],
  ['tools, executor', (f) => /tool-call|tool-executor|\/tools\//.test(f.url)],
  ['our loop, chat service, turn queue', (f) => /agent\/(agent-loop|agent\.service|delta-batcher)|\/chat\//.test(f.url)],
  ['rxjs', (f) => f.url.includes('/rxjs/')],
  ['the rest of the backend', (f) => /\/backend\/dist/.test(f.url)],
  ['other packages', (f) => f.url.includes('node_modules')],
];

export function stageShares(
  raw: unknown,
  turns: number,
  stages: [string, (f: Frame) => boolean][] = STAGES,
): { sampledMsPerTurn: number; stages: string[] } {
  const p = raw as { nodes: { id: number; callFrame: Frame; children?: number[] }[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageOf = new Map<number, string>();
  const stage = (id: number): string => {
    const known = stageOf.get(id);
    if (known) return known;
    let found = 'node internals (microtasks, events)';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const hit = stages.find(([, test]) => test(byId.get(at!)!.callFrame));
      if (hit) {
        found = hit[0];
        break;
      }
    }
    stageOf.set(id, found);
    return found;
  };
  const us = new Map<string, number>();
  p.samples.forEach((id, i) => us.set(stage(id), (us.get(stage(id)) ?? 0) + (p.timeDeltas[i] ?? 0)));
  us.delete('(idle)');
  const busy = [...us.values()].reduce((a, b) => a + b, 0);
  return {
    sampledMsPerTurn: Math.round((busy / 1000 / turns) * 100) / 100,
    stages: [...us]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${((100 * v) / busy).toFixed(1).padStart(5)}%  ${(v / 1000 / turns).toFixed(2).padStart(5)} ms a turn  ${k}`),
  };
}
