import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, TenantId, UserSessionOnly } from '../auth.decorators';
import type { Principal } from '../principal';
import { openApi } from '../../common/validation/openapi';
import { zod } from '../../common/validation/zod-validation.pipe';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyDto, CreateApiKeySchema } from './api-keys.schemas';

@ApiTags('api-keys')
@ApiBearerAuth()
@Access('apiKeys.manage')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly service: ApiKeysService) {}

  @Post()
  // Keys are made by a signed-in owner: a leaked key can't mint a successor that would survive its own revocation.
  @UserSessionOnly()
  @ApiOperation({ summary: 'Create an API key (the full key is shown only in this response)' })
  @ApiBody({ schema: openApi(CreateApiKeySchema, { name: 'ERP sync', scopes: ['read'] }) })
  create(@CurrentPrincipal() principal: Principal, @TenantId() tenantId: string, @Body(zod(CreateApiKeySchema)) dto: CreateApiKeyDto) {
    return this.service.create({ ...principal, tenantId }, dto);
  }

  @Get()
  @ApiOperation({ summary: "List the business's API keys (prefix only)" })
  list(@TenantId() tenantId: string) {
    return this.service.list(tenantId);
  }

  @Delete(':id')
  @UserSessionOnly()
  @ApiOperation({ summary: 'Revoke an API key' })
  revoke(@TenantId() tenantId: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.service.revoke(tenantId, id);
  }
}
