import { Injectable, Logger } from '@nestjs/common';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError } from '@modelcontextprotocol/sdk/types.js';
import { ToolRegistry } from '../agent/tool-registry';
import type { Lang } from '../chat/chat-events';
import { listingOf, visibleTo } from './mcp-tool-catalog';
import { McpCallContext, McpToolRunner, runsWritesAtOnce } from './mcp-tool-runner';

const INSTRUCTIONS: Record<Lang, (writesAtOnce: boolean) => string> = {
  fr: (w) =>
    `Outils de Tajer pour ce commerce (stock, ventes, dépenses, marché, marketing). Les montants sont en dinars algériens (DZD). ${w ? 'Cette clé applique les écritures tout de suite (mcp:write).' : 'Les écritures sont proposées et attendent une validation.'}`,
  ar: (w) =>
    `أدوات تاجر لهذا المتجر (المخزون، المبيعات، المصاريف، السوق، التسويق). المبالغ بالدينار الجزائري. ${w ? 'هذا المفتاح يطبق عمليات الكتابة فورا (mcp:write).' : 'عمليات الكتابة تقترح وتنتظر الموافقة.'}`,
  en: (w) =>
    `Tajer's tools for this business (stock, sales, expenses, market, marketing). Amounts are in Algerian dinars (DZD). ${w ? 'This key applies writes at once (mcp:write).' : 'Writes are proposed and wait for approval.'}`,
};

const FAILED: Record<Lang, string> = {
  fr: "L'outil n'a pas pu s'exécuter. Réessayez dans un moment.",
  ar: 'تعذر تشغيل الأداة. أعد المحاولة بعد قليل.',
  en: 'The tool could not run. Try again in a moment.',
};

/**
 * Tajer as an MCP server: every tool of the registry (built-ins and plugins; not tools Tajer itself borrows from other
 * MCP servers) with its JSON Schema and a description in the caller's language. A server is built per request
 * (stateless Streamable HTTP), so any instance answers any request; the session id only names the conversation.
 */
@Injectable()
export class McpServerFactory {
  private readonly logger = new Logger(McpServerFactory.name);

  constructor(
    private readonly registry: ToolRegistry,
    private readonly runner: McpToolRunner,
  ) {}

  create(ctx: McpCallContext): McpServer {
    const mcp = new McpServer(
      { name: 'tajer', title: 'Tajer', version: '1.0.0' },
      { capabilities: { tools: { listChanged: false } }, instructions: INSTRUCTIONS[ctx.lang](runsWritesAtOnce(ctx.principal)) },
    );
    const tools = () => this.registry.list().filter((def) => !this.registry.isBorrowed(def.name) && visibleTo(def, ctx.principal));

    mcp.server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: tools().map((def) => listingOf(def, ctx.lang)) }));
    mcp.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const def = tools().find((t) => t.name === request.params.name);
      if (!def) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${request.params.name}`);
      const args = (request.params.arguments ?? {}) as Record<string, unknown>;
      // PostgreSQL cannot store a NUL character: refuse it here rather than fail the log write.
      if (JSON.stringify(args).includes('\\u0000'))
        throw new McpError(ErrorCode.InvalidParams, 'Arguments must not contain NUL characters');
      try {
        return await this.runner.call(ctx, def, args);
      } catch (err) {
        // Logged in full; the caller gets no internals (database messages, stack traces).
        this.logger.error({ err, tool: def.name }, 'MCP tool call failed');
        return { content: [{ type: 'text' as const, text: FAILED[ctx.lang] }], isError: true };
      }
    });
    return mcp;
  }
}
