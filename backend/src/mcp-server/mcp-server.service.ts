import { Injectable, Logger } from '@nestjs/common';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ToolRegistry } from '../agent/tool-registry';
import { message } from '../common/localisation/messages';
import { listingOf, visibleTo } from './mcp-tool-catalog';
import { McpCallContext, McpToolRunner, runsWritesAtOnce } from './mcp-tool-runner';

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

  async create(ctx: McpCallContext): Promise<McpServer> {
    // The SDK (and its schemas) is loaded at the first MCP request, not at start: ~6 MB of heap most servers never use.
    const [{ McpServer }, { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError }] = await Promise.all([
      import('@modelcontextprotocol/sdk/server/mcp.js'),
      import('@modelcontextprotocol/sdk/types.js'),
    ]);
    const mcp = new McpServer(
      { name: 'tajer', title: 'Tajer', version: '1.0.0' },
      {
        capabilities: { tools: { listChanged: false } },
        instructions: message(ctx.lang, 'mcp.instructions', { writesAtOnce: runsWritesAtOnce(ctx.principal) ? 'yes' : 'no' }),
      },
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
        return { content: [{ type: 'text' as const, text: message(ctx.lang, 'mcp.toolFailed') }], isError: true };
      }
    });
    return mcp;
  }
}
