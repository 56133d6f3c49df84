import type { ToolDefinition } from '@tajer/tools';
import { z } from 'zod';
import { toolRoles } from '../agent/tool-executor';
import type { Principal } from '../auth/principal';
import type { Lang } from '../chat/chat-events';
import { message } from '../common/localisation/messages';
import { PARAM_DESCRIPTIONS, TOOL_DESCRIPTIONS } from './tool-descriptions';

export interface McpToolListing {
  name: string;
  title?: string;
  description: string;
  inputSchema: { type: 'object'; properties?: Record<string, object>; required?: string[]; [key: string]: unknown };
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean };
}

/** Where a proposed change is approved outside the app (the note on each write tool names it). */
const APPROVAL_ROUTE = 'POST /api/approvals/{toolCallId}';

/** A tool's arguments as JSON Schema, its descriptions in the caller's language where translated. */
export function inputSchemaOf(def: ToolDefinition, lang: Lang): McpToolListing['inputSchema'] {
  const schema = def.schema as unknown;
  let json: Record<string, any>;
  if (schema && typeof (schema as z.ZodType).safeParse === 'function' && '_zod' in (schema as object)) {
    json = z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Record<string, any>;
    delete json.$schema;
  } else {
    // Plugins may bring a plain JSON Schema.
    json = schema && typeof schema === 'object' ? { ...(schema as object) } : {};
  }
  json.type = 'object';
  if (lang !== 'en' && json.properties) {
    for (const [param, prop] of Object.entries(json.properties as Record<string, Record<string, unknown>>)) {
      const t = PARAM_DESCRIPTIONS[`${def.name}.${param}`] ?? PARAM_DESCRIPTIONS[`*.${param}`];
      if (t) prop.description = t[lang];
    }
  }
  if (json.description === 'No arguments') delete json.description;
  return json as McpToolListing['inputSchema'];
}

/** Tools a principal may see: those of its role, by the same rule the executor applies (STAFF sees no owner-only tool). */
export function visibleTo(def: ToolDefinition, principal: Principal): boolean {
  return (toolRoles(def) as readonly string[]).includes(principal.role);
}

export function listingOf(def: ToolDefinition, lang: Lang): McpToolListing {
  const translated = lang === 'en' ? undefined : TOOL_DESCRIPTIONS[def.name]?.[lang];
  const write = def.requiresApproval;
  return {
    name: def.name,
    description: (translated ?? def.description) + (write ? ` ${message(lang, 'mcp.writeNote', { path: APPROVAL_ROUTE })}` : ''),
    inputSchema: inputSchemaOf(def, lang),
    annotations: {
      readOnlyHint: !write && def.kind === 'read',
      destructiveHint: false,
      idempotentHint: !write && def.kind === 'read',
      openWorldHint: false,
    },
  };
}
