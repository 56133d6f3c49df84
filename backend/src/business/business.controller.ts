import { Body, Controller, Delete, Get, Patch, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImageUploadInterceptor, UploadedImage, type UploadedImageFile } from '../attachments/image-upload';
import { CurrentPrincipal, Public, Roles, TenantId, UserSessionOnly } from '../auth/auth.decorators';
import { WILAYA_LIST, wilayaLabel } from '../common/localisation/wilayas';
import type { Principal } from '../auth/principal';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { UpdateBusinessDto, UpdateBusinessSchema } from './business.schemas';
import { BusinessService } from './business.service';

// The examples' wilaya names come from the contract's list, the one the API answers from.
const EXAMPLE = {
  id: 'c2f1d7a0-8a8e-4d0e-b1f4-0f3c9e1b7d55',
  name: 'Supérette Nour',
  slug: 'superette-nour',
  currency: 'DZD',
  locale: 'fr-DZ',
  language: 'fr',
  wilaya: 'Oran',
  wilayaLabel: wilayaLabel('Oran'),
  address: "12 rue Larbi Ben M'hidi, Oran",
  phone: '0550 12 34 56',
  nif: '000131012345678',
  rc: '31/00-1234567 B 21',
  articleNumber: '31012345678',
  vatRates: [19, 9],
  logoUrl: '/api/attachments/3a1f5e2b-7c9d-4e8f-a0b1-c2d3e4f5a6b7',
  logoAttachmentId: '3a1f5e2b-7c9d-4e8f-a0b1-c2d3e4f5a6b7',
  createdAt: '2026-12-04T09:00:00.000Z',
  updatedAt: '2026-12-04T09:30:00.000Z',
};

@ApiTags('business')
@ApiBearerAuth()
@Controller('business')
export class BusinessController {
  constructor(private readonly service: BusinessService) {}

  @Public()
  @Get('wilayas')
  @ApiOperation({ summary: "Algeria's 58 wilayas with their names in French, Arabic and English (for sign-up and profile forms)" })
  @ApiOkResponse({ schema: { example: [wilayaLabel('16')] } })
  wilayas() {
    return WILAYA_LIST;
  }

  @Get()
  @Roles('OWNER', 'STAFF')
  @ApiOperation({ summary: "The business's profile: name, wilaya, address, phone, NIF / RC / article, VAT rates, logo" })
  @ApiOkResponse({ schema: { example: EXAMPLE } })
  profile(@TenantId() tenantId: string) {
    return this.service.profile(tenantId);
  }

  @Patch()
  @Roles('OWNER')
  @UserSessionOnly()
  @ApiOperation({ summary: 'Update the business profile (OWNER); "" or null clears an optional field' })
  @ApiBody({
    schema: openApi(UpdateBusinessSchema, {
      address: "12 rue Larbi Ben M'hidi, Oran",
      phone: '0550 12 34 56',
      nif: '000131012345678',
      rc: '31/00-1234567 B 21',
      articleNumber: '31012345678',
      vatRates: [19, 9],
    }),
  })
  @ApiOkResponse({ schema: { example: EXAMPLE } })
  update(@TenantId() tenantId: string, @CurrentPrincipal() principal: Principal, @Body(zod(UpdateBusinessSchema)) dto: UpdateBusinessDto) {
    return this.service.update(tenantId, principal.userId, dto);
  }

  @Put('logo')
  @Roles('OWNER')
  @UserSessionOnly()
  @UseInterceptors(ImageUploadInterceptor)
  @ApiOperation({
    summary:
      'Set the logo (multipart `file`: JPEG, PNG, WebP…; 413 over UPLOAD_MAX_BYTES, 415 if not an image); stored as a PNG of at most 512 px',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ schema: { example: EXAMPLE } })
  setLogo(@TenantId() tenantId: string, @CurrentPrincipal() principal: Principal, @UploadedImage() file: UploadedImageFile) {
    return this.service.setLogo(tenantId, principal.userId, file);
  }

  @Delete('logo')
  @Roles('OWNER')
  @UserSessionOnly()
  @ApiOperation({ summary: 'Remove the logo' })
  @ApiOkResponse({ schema: { example: { ...EXAMPLE, logoUrl: null, logoAttachmentId: null } } })
  removeLogo(@TenantId() tenantId: string, @CurrentPrincipal() principal: Principal) {
    return this.service.removeLogo(tenantId, principal.userId);
  }
}
