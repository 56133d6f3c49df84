import { Body, Controller, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response } from 'fastify';
import { startEventStream } from '../common/http/fastify-setup';
import { Access, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { toErrorBody } from '../common/filters/global-exception.filter';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import {
  AiChatDto,
  AiChatSchema,
  AiStreamQuerySchema,
  AnalyzeMarketDto,
  AnalyzeMarketSchema,
  BusinessInsightsDto,
  BusinessInsightsSchema,
  GenerateContentDto,
  GenerateContentSchema,
} from './ai.schemas';
import { AiService } from './ai.service';

@ApiTags('ai')
@ApiBearerAuth()
@Access('chat')
@Controller('ai')
export class AiController {
  constructor(private readonly ai: AiService) {}

  @Post('chat')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask the assistant; returns the answer with its tool calls (?stream=true: server-sent events)' })
  @ApiQuery({ name: 'stream', required: false, type: Boolean })
  @ApiProduces('application/json', 'text/event-stream')
  @ApiBody({ schema: openApi(AiChatSchema, { message: 'Il me reste combien de semoule ?' }) })
  async chat(
    @CurrentPrincipal() p: Principal,
    @Body(zod(AiChatSchema)) dto: AiChatDto,
    @Query(zod(AiStreamQuerySchema)) q: { stream: boolean },
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!q.stream) return this.ai.ask(p, dto);
    const stream = startEventStream(res);
    try {
      await this.ai.stream(p, dto, (event) => stream.write(`id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`));
    } catch (err) {
      stream.write(`event: error\ndata: ${JSON.stringify(toErrorBody(err))}\n\n`);
    }
    stream.end();
  }

  @Post('analyze-market')
  @HttpCode(200)
  @ApiOperation({ summary: 'Market analysis by the assistant (competitor prices for a product, or trends)' })
  @ApiBody({ schema: openApi(AnalyzeMarketSchema, { product: 'huile', language: 'fr' }) })
  analyzeMarket(@CurrentPrincipal() p: Principal, @Body(zod(AnalyzeMarketSchema)) dto: AnalyzeMarketDto) {
    return this.ai.analyzeMarket(p, dto);
  }

  @Post('generate-content')
  @HttpCode(200)
  @ApiOperation({ summary: "Marketing text written by the assistant from the shop's products and prices" })
  @ApiBody({ schema: openApi(GenerateContentSchema, { channel: 'facebook', topic: 'promo Ramadan', language: 'fr' }) })
  generateContent(@CurrentPrincipal() p: Principal, @Body(zod(GenerateContentSchema)) dto: GenerateContentDto) {
    return this.ai.generateContent(p, dto);
  }

  @Post('business-insights')
  @HttpCode(200)
  @ApiOperation({ summary: "Insights and recommendations computed from the shop's data, explained by the assistant" })
  @ApiBody({ schema: openApi(BusinessInsightsSchema, { period: 'month', language: 'fr' }) })
  businessInsights(@CurrentPrincipal() p: Principal, @Body(zod(BusinessInsightsSchema)) dto: BusinessInsightsDto) {
    return this.ai.businessInsights(p, dto);
  }
}
