import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access, TenantId } from '../../auth/auth.decorators';
import { openApi } from '../../common/validation/openapi';
import { zod } from '../../common/validation/zod-validation.pipe';
import { ContentService } from './content.service';
import { GenerateContentDto, GenerateContentSchema, ListContentDto, ListContentSchema } from './content.schemas';
import { CONTENT_CHANNELS } from './content.types';

const EXAMPLE = {
  id: '0b6f7c1e-8d0e-4a57-9a43-3f0a6d1f7e21',
  channel: 'facebook',
  language: 'fr',
  tone: 'festive',
  topic: 'promo ramadan',
  occasion: 'ramadan',
  subject: null,
  text: '🌙 Ramadan Karim ! Préparez le mois sacré avec Supérette El Baraka, Alger.\n\nTout pour vos ftours et shours :\n✨ Dattes Deglet Nour 1kg : 1 200 DA\n✨ Semoule moyenne Safina 10kg : 1 520 DA\n\nSaha ftourkoum et Ramadan Moubarak !\n📍 Passez nous voir chez Supérette El Baraka, Alger, on vous attend !\n\n#Ramadan #RamadanKarim #SuperetteElBaraka #Alger #Algerie',
  hashtags: ['#Ramadan', '#RamadanKarim', '#SuperetteElBaraka', '#Alger', '#Algerie'],
  products: [
    {
      id: '5d0c…',
      name: 'Semoule moyenne Safina 10kg',
      category: 'Épicerie',
      price: 1520,
      priceFormatted: '1 520 DA',
      stock: 42,
      unit: 'sac',
    },
  ],
  selection: { reason: 'occasion', matchedTerms: [] },
  campaign: null,
  discountPercent: null,
  length: { characters: 312 },
  generator: 'offline',
  currency: 'DZD',
  createdAt: '2026-03-14T10:30:00.000Z',
};

@ApiTags('marketing')
@ApiBearerAuth()
@Access('marketing')
@Controller('content')
export class ContentController {
  constructor(private readonly service: ContentService) {}

  @Post('generate')
  @HttpCode(201)
  @ApiOperation({
    summary: "Write a ready-to-post text (Facebook, Instagram, SMS, email, WhatsApp) from the shop's real products and prices",
  })
  @ApiBody({ schema: openApi(GenerateContentSchema, { channel: 'sms', topic: 'promo ramadan', language: 'ar' }) })
  @ApiOkResponse({ schema: { example: EXAMPLE } })
  generate(@TenantId() tenantId: string, @Body(zod(GenerateContentSchema)) dto: GenerateContentDto) {
    return this.service.generate(tenantId, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Texts generated so far, newest first' })
  @ApiQuery({ name: 'channel', required: false, enum: CONTENT_CHANNELS })
  @ApiQuery({ name: 'page', required: false, type: Number })
  @ApiQuery({ name: 'pageSize', required: false, type: Number })
  @ApiOkResponse({ schema: { example: { items: [EXAMPLE], page: 1, pageSize: 20, total: 1, totalPages: 1 } } })
  list(@TenantId() tenantId: string, @Query(zod(ListContentSchema)) query: ListContentDto) {
    return this.service.list(tenantId, query);
  }
}
