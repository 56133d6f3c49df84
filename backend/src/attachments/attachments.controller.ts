import { Controller, Get, Param, ParseUUIDPipe, Post, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response } from 'fastify';
import { CurrentPrincipal, TenantId } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { AttachmentsService } from './attachments.service';
import { ImageUploadInterceptor, UploadedImage, type UploadedImageFile } from './image-upload';

const EXAMPLE = {
  id: '0b6f0a4e-6d0c-4d1e-9a43-4c8f7f1f2b10',
  kind: 'image',
  mimeType: 'image/jpeg',
  sizeBytes: 184233,
  sha256: '9f2c5e0c3b8a4d7e1f6a2b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e',
  width: 1280,
  height: 960,
  originalName: 'rayon-semoule.jpg',
  url: '/api/attachments/0b6f0a4e-6d0c-4d1e-9a43-4c8f7f1f2b10',
  createdAt: '2026-11-22T09:14:03.000Z',
};

@ApiTags('attachments')
@ApiBearerAuth()
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly service: AttachmentsService) {}

  @Post()
  @UseInterceptors(ImageUploadInterceptor)
  @ApiOperation({ summary: 'Upload an image (413 over UPLOAD_MAX_BYTES, 415 if the content is not a JPEG/PNG/WebP/GIF/TIFF/HEIF image)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ schema: { example: EXAMPLE } })
  upload(@CurrentPrincipal() principal: Principal, @TenantId() tenantId: string, @UploadedImage() file: UploadedImageFile) {
    return this.service.store(tenantId, principal.userId, file);
  }

  @Get(':id/meta')
  @ApiOperation({ summary: "An attachment's metadata" })
  @ApiOkResponse({ schema: { example: EXAMPLE } })
  meta(@TenantId() tenantId: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.service.meta(tenantId, id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Download an attachment (the image itself)' })
  @ApiProduces('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/tiff', 'image/heif')
  @ApiOkResponse({ description: 'The image (uploads in the local folder)' })
  @ApiFoundResponse({
    description:
      'With S3 storage (S3_BUCKET): a redirect to a presigned URL of the object, valid S3_PRESIGN_SECONDS; follow it without the Authorization header',
    headers: { Location: { schema: { type: 'string', example: 'https://tajer-uploads.fra1.digitaloceanspaces.com/…?X-Amz-Signature=…' } } },
  })
  async download(@TenantId() tenantId: string, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    const found = await this.service.download(tenantId, id);
    if ('url' in found) {
      // The URL is a credential that expires: never cached, never sent on as a Referer.
      res.code(302).headers({ Location: found.url, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }).send();
      return;
    }
    const { attachment, buffer } = found;
    res
      .code(200)
      .headers({
        'Content-Type': attachment.mimeType,
        'Content-Length': String(buffer.length),
        // Private business data: browsers may keep it, shared caches may not. The content never changes.
        'Cache-Control': 'private, max-age=31536000, immutable',
        ETag: `"${attachment.sha256}"`,
        'Content-Disposition': `inline; filename="${attachment.id}.${attachment.mimeType.split('/')[1]}"`,
      })
      .send(buffer);
  }
}
