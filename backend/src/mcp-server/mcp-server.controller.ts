import { Controller, Delete, Get, Headers, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { hijackReply } from '../common/http/fastify-setup';
import { randomUUID } from 'node:crypto';
import { CurrentPrincipal, RequiredScope, TenantId } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { Lang } from '../chat/chat-events';
import { McpServerFactory } from './mcp-server.service';

const JSON_RPC_EXAMPLE = {
  jsonrpc: '2.0',
  id: 1,
  method: 'tools/call',
  params: { name: 'inventory_search', arguments: { query: 'semoule' } },
};
const JSON_RPC_RESULT = {
  jsonrpc: '2.0',
  id: 1,
  result: {
    content: [
      { type: 'text', text: 'You have **42 bags** of Semolina 10kg (SIM, medium) left — reorder threshold: 20.' },
      {
        type: 'text',
        text: '{"status":"succeeded","conversationId":"0f8fad5b-d9cb-469f-a165-70867728950e","data":{"items":[{"sku":"EPI-001","stock":42}]}}',
      },
    ],
  },
};
const SESSION = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The MCP endpoint (Streamable HTTP, JSON responses). Authenticated with a Tajer API key (Bearer or X-API-Key) with
 * the read scope: reads run, writes are proposed; a key with mcp:write runs writes at once.
 */
@ApiTags('mcp')
@ApiBearerAuth()
@RequiredScope('read', 'mcp:write')
@Controller('mcp')
export class McpServerController {
  constructor(private readonly servers: McpServerFactory) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Model Context Protocol (Streamable HTTP): initialize, tools/list, tools/call',
    description:
      'JSON-RPC 2.0 messages of MCP (protocol 2025-06-18 and earlier). `initialize` returns an `Mcp-Session-Id` header: send it ' +
      'back on later requests and every tool call of the session is logged in one Tajer conversation (channel `mcp`). ' +
      'Tool descriptions follow `?lang=fr|ar|en` or `Accept-Language` (default en). Configure a client with the URL ' +
      '`<tajer>/mcp` and the header `Authorization: Bearer tjr_…`.',
  })
  @ApiQuery({ name: 'lang', required: false, enum: ['fr', 'ar', 'en'] })
  @ApiHeader({ name: 'Mcp-Session-Id', required: false, description: 'The session returned by initialize' })
  @ApiProduces('application/json')
  @ApiBody({ schema: { type: 'object', description: 'A JSON-RPC request, notification or batch', example: JSON_RPC_EXAMPLE } })
  @ApiOkResponse({
    description: 'The JSON-RPC response (202 with no body for notifications)',
    schema: { type: 'object', example: JSON_RPC_RESULT },
  })
  async post(
    @CurrentPrincipal() principal: Principal,
    // Declares the route as a business's (x-tajer-access business: true): platform staff are refused by the guard.
    @TenantId() tenantId: string,
    @Headers('mcp-session-id') sessionHeader: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Query('lang') langQuery: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const initializing = isInitialize(req.body);
    // Stateless on the server (any instance answers); the id handed out at initialize names the conversation.
    const sessionId = initializing ? randomUUID() : sessionHeader && SESSION.test(sessionHeader) ? sessionHeader : undefined;
    if (initializing) res.header('Mcp-Session-Id', sessionId!);
    const server = await this.servers.create({
      principal: { ...principal, tenantId },
      sessionId,
      lang: languageOf(langQuery, acceptLanguage),
    });
    const { StreamableHTTPServerTransport } = await import('@modelcontextprotocol/sdk/server/streamableHttp.js');
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    // The SDK's transport writes to the Node response itself.
    const raw = hijackReply(res);
    raw.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req.raw, raw, req.body);
  }

  @Get()
  @ApiOperation({ summary: 'Server-initiated event stream: not offered (405); every answer comes with its request' })
  notAllowed(@Res() res: Response) {
    res
      .code(405)
      .header('Allow', 'POST, DELETE')
      .send({
        jsonrpc: '2.0',
        error: { code: -32000, message: 'Method not allowed: this server sends no server-initiated messages' },
        id: null,
      });
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'End a session (nothing is kept per session on the server; its conversation stays in the log)' })
  end() {}
}

function isInitialize(body: unknown): boolean {
  const messages = Array.isArray(body) ? body : [body];
  return messages.some((m) => m && typeof m === 'object' && (m as { method?: unknown }).method === 'initialize');
}

function languageOf(query: string | undefined, header: string | undefined): Lang {
  const pick = (s: string | undefined) => /\b(fr|ar|en)\b/i.exec(s ?? '')?.[1]?.toLowerCase() as Lang | undefined;
  return pick(query) ?? pick(header) ?? 'en';
}
