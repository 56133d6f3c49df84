/**
 * The documented operations of the API, read from the live /api/docs-json, with what a test needs to call each one:
 * its parameters, its body schema and example, and who may call it (`x-tajer-access`, see src/auth/route-access.ts).
 * A new endpoint is picked up by every generated suite without touching the tests.
 */
import { randomUUID } from 'node:crypto';

export interface RouteAccess {
  public: boolean;
  roles: string[] | null;
  apiKey: 'refused' | string[];
  business: boolean;
}

export interface Param {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
  example?: unknown;
}

export type JsonSchema = Record<string, any>;

export interface Operation {
  id: string;
  method: string;
  /** OpenAPI template, e.g. /api/inventory/products/{id} */
  path: string;
  params: Param[];
  /** content types of the request body (application/json, multipart/form-data) */
  bodyTypes: string[];
  bodySchema: JsonSchema | null;
  bodyExample: unknown;
  access: RouteAccess;
  responses: string[];
}

export function operationsOf(doc: any): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const content = op.requestBody?.content ?? {};
      const json = content['application/json']?.schema ?? null;
      const resolved = json ? resolve(doc, json) : null;
      ops.push({
        id: op.operationId,
        method: method.toUpperCase(),
        path,
        params: (op.parameters ?? []).map((p: any) => ({
          name: p.name,
          in: p.in,
          required: !!p.required,
          schema: resolve(doc, p.schema ?? {}),
          example: p.example,
        })),
        bodyTypes: Object.keys(content),
        bodySchema: resolved,
        bodyExample: resolved?.example ?? content['application/json']?.example,
        access: op['x-tajer-access'],
        responses: Object.keys(op.responses ?? {}),
      });
    }
  }
  return ops;
}

function resolve(doc: any, schema: JsonSchema): JsonSchema {
  if (schema?.$ref)
    return resolve(
      doc,
      schema.$ref
        .replace(/^#\//, '')
        .split('/')
        .reduce((o: any, k: string) => o?.[k], doc),
    );
  if (schema?.oneOf) {
    const obj = schema.oneOf.find((s: JsonSchema) => (s.$ref || s.type === 'object') && !s.properties?.file);
    return obj ? resolve(doc, obj) : schema;
  }
  return schema;
}

/** A plausible value for a schema, from its example, default or type: the starting point every case mutates. */
export function sampleOf(schema: JsonSchema | undefined, name = ''): unknown {
  if (!schema) return 'x';
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.anyOf?.length) return sampleOf(schema.anyOf.find((s: JsonSchema) => s.type !== 'null') ?? schema.anyOf[0], name);
  switch (schema.type) {
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, Math.min(1, schema.maximum ?? 1));
    case 'boolean':
      return true;
    case 'array':
      return schema.minItems ? Array.from({ length: schema.minItems }, () => sampleOf(schema.items, name)) : [];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = sampleOf(schema.properties?.[key], key);
      return out;
    }
    default:
      if (schema.format === 'uuid' || /id$/i.test(name)) return randomUUID();
      if (schema.format === 'email') return 'fuzz@example.dz';
      if (schema.format === 'date-time') return '2026-11-01T10:00:00.000Z';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
  }
}

/** The operation's path with its parameters filled in. */
export function fillPath(op: Operation, values: Record<string, string> = {}): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(values[name] ?? (name === 'file' ? 'report.pdf' : randomUUID())));
}

/** Required query parameters with a plausible value. */
export function baseQuery(op: Operation): Record<string, string> {
  const q: Record<string, string> = {};
  for (const p of op.params) if (p.in === 'query' && p.required) q[p.name] = String(p.example ?? sampleOf(p.schema, p.name));
  return q;
}

/**
 * The documented required headers with a valid value each (e.g. Idempotency-Key), so a request is judged on access and
 * records, not refused for a missing header. Idempotency keys are unique per call: a replay is another question.
 */
export function baseHeaders(op: Operation): Record<string, string> {
  const h: Record<string, string> = {};
  for (const p of op.params) {
    if (p.in !== 'header' || !p.required) continue;
    h[p.name] = /idempotency/i.test(p.name)
      ? `matrix-${randomUUID()}`
      : String(p.example ?? sampleOf(p.schema ?? { type: 'string' }, p.name));
  }
  return h;
}

export function baseBody(op: Operation): unknown {
  if (!op.bodyTypes.includes('application/json')) return undefined;
  return op.bodyExample ?? sampleOf(op.bodySchema ?? { type: 'object' });
}
