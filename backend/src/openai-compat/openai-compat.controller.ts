import { All, Body, Controller, Get, Headers, HttpCode, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiExcludeEndpoint,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { startEventStream } from '../common/http/fastify-setup';
import { CurrentPrincipal, Public, RequiredScope } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { Lang } from '../chat/chat-events';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { CHAT_COMPLETION_EXAMPLE, ChatCompletionRequest, ChatCompletionSchema } from './openai-compat.schemas';
import { OpenAiCompatService } from './openai-compat.service';
import { OpenAiError, OpenAiExceptionFilter, toOpenAiError } from '../common/filters/openai-errors';
import { ProviderModels } from './provider-models';

const COMPLETION_EXAMPLE = {
  id: 'chatcmpl-5b0c7e4e-8f0a-4a59-9d54-3f1f2c1d7a10',
  object: 'chat.completion',
  created: 1_764_547_200,
  model: 'tajer',
  choices: [
    {
      index: 0,
      message: { role: 'assistant', content: 'Il vous reste 42 sacs de Semoule 10kg.', refusal: null },
      logprobs: null,
      finish_reason: 'stop',
    },
  ],
  usage: { prompt_tokens: 14, completion_tokens: 12, total_tokens: 26 },
  tajer: {
    conversationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    messageId: '5b0c7e4e-8f0a-4a59-9d54-3f1f2c1d7a10',
    language: 'fr',
    approvals: [],
  },
};

const chunk = (delta: object, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: COMPLETION_EXAMPLE.id, object: 'chat.completion.chunk', created: 1_764_547_200, model: 'tajer', choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
const SSE_EXAMPLE =
  chunk({ role: 'assistant', content: '' }) +
  chunk({ content: 'Il vous reste ' }) +
  chunk({ content: '42 sacs de Semoule 10kg.' }) +
  chunk({}, 'stop') +
  `data: ${JSON.stringify({ id: COMPLETION_EXAMPLE.id, object: 'chat.completion.chunk', created: 1_764_547_200, model: 'tajer', choices: [], usage: COMPLETION_EXAMPLE.usage })}\n\n` +
  'data: [DONE]\n\n';

/**
 * The OpenAI-compatible API (`/v1`, outside the `/api` prefix, as OpenAI SDKs expect): point any OpenAI client at
 * `<tajer>/v1` with a Tajer API key. A read-scoped key is enough: writes asked for here are only proposed.
 */
@ApiTags('openai-compatible')
@ApiBearerAuth()
@UseFilters(OpenAiExceptionFilter)
@RequiredScope('read')
@Controller('v1')
export class OpenAiCompatController {
  constructor(
    private readonly service: OpenAiCompatService,
    private readonly models: ProviderModels,
  ) {}

  @Get('models')
  @ApiOperation({ summary: "Models: `tajer` (the business's assistant) and, with LLM_PROVIDER=openai, the provider's models" })
  @ApiOkResponse({
    schema: { example: { object: 'list', data: [{ id: 'tajer', object: 'model', created: 1_764_547_200, owned_by: 'tajer' }] } },
  })
  async list() {
    return { object: 'list', data: await this.models.list() };
  }

  @Get('models/:model')
  @ApiOperation({ summary: 'One model' })
  @ApiParam({ name: 'model', example: 'tajer' })
  async get(@Param('model') id: string) {
    const model = (await this.models.list()).find((m) => m.id === id);
    if (!model) throw new OpenAiError(404, `The model '${id}' does not exist`, 'invalid_request_error', 'model_not_found', 'model');
    return model;
  }

  @Post('chat/completions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Chat with the assistant (OpenAI chat completions; `stream: true` for server-sent events)',
    description:
      'The last user message is one turn of the assistant (same agent, tools, approvals and conversation log as the app). ' +
      '`user` or the `X-Tajer-Conversation` header continues a conversation. With `stream: true` the answer comes as ' +
      '`data: {chat.completion.chunk}` events (`choices[0].delta`), a final chunk with `finish_reason`, a usage chunk when ' +
      '`stream_options.include_usage`, then `data: [DONE]`. A proposed write is described with how to approve it ' +
      '(`tajer.approvals`, POST /api/approvals/{toolCallId}). Errors: `{ error: { message, type, param, code } }`.',
  })
  @ApiHeader({
    name: 'X-Tajer-Conversation',
    required: false,
    description: 'Continue this Tajer conversation (its id is returned in the same header)',
  })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'fr, ar or en: the answer language when the message has no words' })
  @ApiProduces('application/json', 'text/event-stream')
  @ApiBody({ schema: openApi(ChatCompletionSchema, CHAT_COMPLETION_EXAMPLE) })
  @ApiOkResponse({
    description: 'A chat.completion, or with `stream: true` server-sent chat.completion.chunk events ending with `data: [DONE]`',
    content: {
      'application/json': { schema: { type: 'object', example: COMPLETION_EXAMPLE } },
      'text/event-stream': { schema: { type: 'string', example: SSE_EXAMPLE } },
    },
  })
  async completions(
    @CurrentPrincipal() principal: Principal,
    @Body(zod(ChatCompletionSchema)) body: ChatCompletionRequest,
    @Headers('x-tajer-conversation') conversationHeader: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const prepared = await this.service.prepare(principal, body, { conversationHeader, lang: languageOf(acceptLanguage) });
    res.header('X-Tajer-Conversation', prepared.conversationId);
    if (!body.stream) return this.service.complete(prepared);

    const stream = startEventStream(res);
    let gone = false;
    const onGone: (() => void)[] = [];
    stream.on('close', () => {
      if (stream.writableFinished) return;
      gone = true;
      onGone.forEach((fn) => fn());
    });
    // A comment line now and then keeps proxies from closing the stream while a slow tool runs.
    const keepAlive = setInterval(() => stream.write(': keep-alive\n\n'), 15_000);
    try {
      await this.service.stream(prepared, (data) => !gone && stream.write(`data: ${data}\n\n`), {
        gone: () => gone,
        onGone: (fn) => onGone.push(fn),
      });
    } catch (err) {
      if (!gone) stream.write(`data: ${JSON.stringify(toOpenAiError(err, (req as { id?: string }).id).body)}\n\n`);
    } finally {
      clearInterval(keepAlive);
    }
    stream.end();
  }

  /** Anything else under /v1 answers OpenAI's 404, not an HTML page. */
  // Fastify's wildcard (find-my-way), not path-to-regexp's {*path}.
  @All('*')
  @Public()
  @ApiExcludeEndpoint()
  notFound(@Req() req: Request) {
    throw new OpenAiError(
      404,
      `Unknown request URL: ${req.method} ${req.url.replace(/\?.*$/, '')}`,
      'invalid_request_error',
      'unknown_url',
    );
  }
}

function languageOf(header: string | undefined): Lang | undefined {
  const match = /\b(fr|ar|en)\b/i.exec(header ?? '');
  return match ? (match[1].toLowerCase() as Lang) : undefined;
}
