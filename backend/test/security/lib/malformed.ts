/**
 * fast-check generators of malformed input: what an attacker, a buggy client or a fuzzer sends. Each case is a plain
 * description of one HTTP request so a failure prints exactly what to replay.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { JsonSchema, Operation } from './openapi';
import { baseBody, baseQuery, fillPath } from './openapi';

export const BIG = 200 * 1024;

/** Strings that have broken servers: NUL bytes, lone surrogates, bidi overrides, huge, odd normal forms… */
export const nastyString = fc.oneof(
  fc.constant('\u0000'),
  fc.string().map((s) => `${s}\u0000${s}`),
  fc.constant('a\u0000b'),
  fc.constant('\ud800'),
  fc.constant('x\udfffy'),
  fc.constant('\u202e\u2066evil\u2069'),
  fc.constant('\ufeff\u200b\u200d'),
  fc.constant('\uffff\ufffe'),
  fc.constant('𝕿𝖆𝖏𝖊𝖗 🧾🇩🇿 سميد'),
  fc.constant('Z̴̡̛̖͎̫̹̪͓̠̞͇̩̰̭̘̀͐̓̐̔ͅ'),
  fc.constant("' OR 1=1 --"),
  fc.constant('%00%ff%fe'),
  fc.constant('../../../../etc/passwd'),
  fc.constant('{{7*7}}${7*7}'),
  fc.constant('<script>alert(1)</script>'),
  fc.constant('x'.repeat(BIG)),
  fc.constant('é'.repeat(BIG / 2)),
  fc.constant('\u0000'.repeat(1000)),
  fc.fullUnicodeString({ maxLength: 40 }),
  fc.string16bits({ maxLength: 40 }),
);

/** Any wrong-typed value for a JSON field. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(-1, 0, 1e308, -1e308, 2 ** 53 + 1, 1.5, -0),
  fc.constant([]),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.constant({}),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 }), { maxKeys: 4 }),
  fc.constant(Array.from({ length: 10_000 }, (_, i) => i)),
  fc.constant(deep(200)),
  fc.constant({ __proto__: { admin: true }, constructor: { prototype: { admin: true } } }),
);

/** Values for a query string parameter: strings only (qs also turns a[b]=c into objects and a=1&a=2 into arrays). */
export const nastyQueryValue = fc.oneof(
  nastyString,
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-1',
    '0',
    '1e400',
    '99999999999999999999',
    'true',
    'null',
    'undefined',
    '[object Object]',
    '',
    ' ',
    '2026-13-45',
    '0x10',
    '1,5',
  ),
);

/** Percent-encodes any string (lone surrogates, which have no UTF-8 form, become U+FFFD; raw invalid bytes are cases of their own). */
export function encodeRaw(s: string): string {
  return encodeURIComponent(s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
}

/** The path with one parameter set to an already-encoded value, the others plausible. */
function fillPathRaw(op: Operation, name: string, raw: string): string {
  return op.path.replace(/\{(\w+)\}/g, (_, n) => (n === name ? raw : n === 'file' ? 'report.pdf' : randomUUID()));
}

function deep(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

/** One request to send: everything is explicit (already encoded) so a failing case can be replayed as printed. */
export interface Case {
  kind: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const JSON_TYPE = { 'content-type': 'application/json' };

function withQuery(path: string, query: Record<string, string>, extra = ''): string {
  const qs = new URLSearchParams(query).toString();
  const all = [qs, extra].filter(Boolean).join('&');
  return all ? `${path}?${all}` : path;
}

/** The field names of a body schema (and a few that are not there). */
function fieldsOf(schema: JsonSchema | null): string[] {
  return [...Object.keys(schema?.properties ?? {}), 'unexpected', '__proto__', 'constructor'];
}

/** Malformed requests for one operation. */
export function casesFor(op: Operation): fc.Arbitrary<Case> {
  const query = baseQuery(op);
  const path = fillPath(op);
  const body = baseBody(op);
  const hasBody = op.method !== 'GET' && op.method !== 'DELETE';
  const queryParams = op.params.filter((p) => p.in === 'query').map((p) => p.name);
  const pathParams = op.params.filter((p) => p.in === 'path').map((p) => p.name);
  const arbs: fc.Arbitrary<Case>[] = [];

  if (queryParams.length) {
    arbs.push(
      fc.tuple(fc.constantFrom(...queryParams), nastyQueryValue).map(([name, value]) => ({
        kind: `query ${name}`,
        method: op.method,
        url: withQuery(path, { ...query, [name]: value }),
        headers: {},
        ...(hasBody && body !== undefined ? { body: JSON.stringify(body), headers: JSON_TYPE } : {}),
      })),
      fc
        .tuple(fc.constantFrom(...queryParams), fc.constantFrom('[a]=1', '[]=1&{n}=2', '[0][0][0]=1', '=1&{n}=2&{n}=3', '[__proto__][x]=1'))
        .map(([name, shape]) => ({
          kind: `query ${name} as array/object`,
          method: op.method,
          url: withQuery(path, query, `${name}${shape.replaceAll('{n}', name)}`),
          headers: {},
        })),
    );
  }
  arbs.push(
    fc
      .constantFrom(
        '%00',
        '%ff',
        '%ED%A0%80',
        '%',
        'x%00y',
        '..%2F..%2Fsecret.key',
        '%E2%80%AE',
        encodeURIComponent('x'.repeat(5000)),
        '1e400',
        '%20',
      )
      .map((value) => ({
        kind: 'unknown query parameter',
        method: op.method,
        url: withQuery(path, query, `zz=${value}`),
        headers: {},
      })),
  );
  if (pathParams.length) {
    arbs.push(
      fc
        .tuple(
          fc.constantFrom(...pathParams),
          fc.oneof(
            fc.constantFrom(
              '%00',
              'not-a-uuid',
              '00000000-0000-0000-0000-000000000000',
              '..%2F..',
              '%E2%80%AE',
              'null',
              '-1',
              'x'.repeat(3000),
              '%ff%fe',
              '%ED%A0%80',
              '%',
              '%zz',
            ),
            nastyString.map((s) => encodeRaw(s.slice(0, 3000))).filter((s) => s.length > 0),
          ),
        )
        .map(([name, value]) => ({
          kind: `path ${name}`,
          method: op.method,
          url: withQuery(fillPathRaw(op, name, value), query),
          headers: {},
          ...(hasBody && body !== undefined ? { body: JSON.stringify(body), headers: JSON_TYPE } : {}),
        })),
    );
  }
  if (hasBody) {
    const url = withQuery(path, query);
    const base = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
    arbs.push(
      fc.tuple(fc.constantFrom(...fieldsOf(op.bodySchema)), nastyValue).map(([field, value]) => ({
        kind: `body field ${field}`,
        method: op.method,
        url,
        headers: JSON_TYPE,
        body: JSON.stringify({ ...base, [field]: value }),
      })),
      fc
        .tuple(fc.constantFrom(...fieldsOf(op.bodySchema)), fc.constantFrom(...fieldsOf(op.bodySchema)), nastyValue, nastyValue)
        .map(([a, b, va, vb]) => ({
          kind: `body fields ${a}, ${b}`,
          method: op.method,
          url,
          headers: JSON_TYPE,
          body: JSON.stringify({ ...base, [a]: va, [b]: vb }),
        })),
      nastyValue.map((value) => ({ kind: 'body replaced', method: op.method, url, headers: JSON_TYPE, body: JSON.stringify(value) })),
      fc.integer({ min: 1, max: 40 }).map((cut) => {
        const text = JSON.stringify(body ?? { a: 1 });
        return {
          kind: 'truncated JSON',
          method: op.method,
          url,
          headers: JSON_TYPE,
          body: text.slice(0, Math.max(1, Math.floor((text.length * cut) / 41))),
        };
      }),
      fc
        .constantFrom(
          '{"a":',
          '[',
          '{"a":"\\ud800"}',
          '{"a":"\\u0000"}',
          'null',
          '"string"',
          '123',
          '{}}',
          '\u0000',
          '{"a":1,"a":2}',
          '{"__proto__":{"x":1}}',
        )
        .map((text) => ({
          kind: 'odd JSON',
          method: op.method,
          url,
          headers: JSON_TYPE,
          body: text,
        })),
      fc
        .constantFrom<[string, string | Buffer]>(
          ['text/plain', 'hello'],
          ['application/x-www-form-urlencoded', 'a=1&b[c]=2&__proto__[x]=1'],
          ['application/json; charset=latin1', '{"a":"é"}'],
          ['application/json', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
          [
            'multipart/form-data; boundary=xyz',
            '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nnot an image\r\n--xyz--\r\n',
          ],
          [
            'multipart/form-data; boundary=xyz',
            '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\x89PNG\r\n',
          ],
          ['multipart/form-data', 'no boundary'],
          ['application/xml', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'],
        )
        .map(([type, text]) => ({ kind: `content-type ${type}`, method: op.method, url, headers: { 'content-type': type }, body: text })),
    );
  }
  return fc.oneof(...arbs);
}

type PathKey = string | number;

/** Every field of a body schema, nested ones included (array items as index 0), up to a few levels deep. */
export function fieldPaths(schema: JsonSchema | null, prefix: PathKey[] = [], depth = 0): { path: PathKey[]; schema: JsonSchema }[] {
  if (!schema || depth > 3) return [];
  const out: { path: PathKey[]; schema: JsonSchema }[] = [];
  for (const [key, sub] of Object.entries<JsonSchema>(schema.properties ?? {})) {
    out.push({ path: [...prefix, key], schema: sub });
    if (sub.type === 'object') out.push(...fieldPaths(sub, [...prefix, key], depth + 1));
    if (sub.type === 'array' && sub.items) {
      out.push({ path: [...prefix, key, 0], schema: sub.items });
      if (sub.items.type === 'object') out.push(...fieldPaths(sub.items, [...prefix, key, 0], depth + 1));
    }
  }
  return out;
}

function setPath(target: unknown, path: PathKey[], value: unknown): unknown {
  const root = structuredClone(target ?? {}) as any;
  let node = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    if (node[key] === null || typeof node[key] !== 'object') node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key];
  }
  node[path[path.length - 1]] = value;
  return root;
}

/** Values every text field must survive (each is tried on every field, whatever its type). */
export const TARGETED_VALUES: [string, unknown][] = [
  ['NUL byte', 'a\u0000b'],
  ['lone surrogate', 'x\ud800y'],
  ['200 KB string', 'x'.repeat(BIG)],
  ['number', 12345],
  ['null', null],
  ['array', ['a\u0000']],
  ['object', { a: '\u0000' }],
];

/**
 * The deterministic part of the fuzz: every field × every targeted value, every query parameter × NUL, huge and
 * array forms, every path parameter × bad ids, the body as an array and cut JSON. fast-check's random cases come after.
 */
export function targetedCases(op: Operation): Case[] {
  const query = baseQuery(op);
  const path = fillPath(op);
  const body = baseBody(op);
  const hasBody = op.method !== 'GET' && op.method !== 'DELETE';
  const cases: Case[] = [];
  for (const p of op.params) {
    if (p.in === 'query') {
      for (const [label, value] of [
        ['NUL byte', 'a\u0000b'],
        ['lone surrogate', '\ud800'],
        ['10 KB', 'x'.repeat(10_000)],
        ['bidi', '\u202e1'],
      ] as const) {
        cases.push({
          kind: `query ${p.name}: ${label}`,
          method: op.method,
          url: withQuery(path, { ...query, [p.name]: value }),
          headers: {},
        });
      }
      cases.push({
        kind: `query ${p.name}: array`,
        method: op.method,
        url: withQuery(path, query, `${p.name}=1&${p.name}=2`),
        headers: {},
      });
      cases.push({ kind: `query ${p.name}: object`, method: op.method, url: withQuery(path, query, `${p.name}[a]=%00`), headers: {} });
    }
    if (p.in === 'path') {
      for (const raw of ['%00', 'not-a-uuid', '%ED%A0%80', '00000000-0000-0000-0000-000000000000%00']) {
        cases.push({
          kind: `path ${p.name}: ${raw}`,
          method: op.method,
          url: withQuery(fillPathRaw(op, p.name, raw), query),
          headers: hasBody && body !== undefined ? JSON_TYPE : {},
          ...(hasBody && body !== undefined ? { body: JSON.stringify(body) } : {}),
        });
      }
    }
  }
  if (hasBody && op.bodyTypes.includes('application/json')) {
    const url = withQuery(path, query);
    for (const field of fieldPaths(op.bodySchema)) {
      for (const [label, value] of TARGETED_VALUES) {
        cases.push({
          kind: `body ${field.path.join('.')}: ${label}`,
          method: op.method,
          url,
          headers: JSON_TYPE,
          body: JSON.stringify(setPath(body, field.path, value)),
        });
      }
    }
    cases.push({ kind: 'body: array', method: op.method, url, headers: JSON_TYPE, body: JSON.stringify([body]) });
    cases.push({ kind: 'body: truncated', method: op.method, url, headers: JSON_TYPE, body: JSON.stringify(body ?? {}).slice(0, -1) });
    cases.push({
      kind: 'body: NUL key',
      method: op.method,
      url,
      headers: JSON_TYPE,
      body: JSON.stringify({ ...(body as object), 'a\u0000': 1 }),
    });
  }
  return cases;
}
