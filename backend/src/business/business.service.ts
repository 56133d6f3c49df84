import { Injectable } from '@nestjs/common';
import { loadSharp } from '../attachments/sharp-loader';
import { AttachmentsService } from '../attachments/attachments.service';
import type { UploadedImageFile } from '../attachments/image-upload';
import { notFound, validationFailed } from '../common/errors/app-error';
import { wilayaLabel } from '../common/localisation/wilayas';
import { BusinessRepository, type ProfileChange } from './business.repository';
import type { UpdateBusinessDto } from './business.schemas';

type Row = NonNullable<Awaited<ReturnType<BusinessRepository['find']>>>;

/** What reports and marketing texts print about the business. */
export interface Letterhead {
  name: string;
  wilaya: string | null;
  address: string | null;
  phone: string | null;
  nif: string | null;
  rc: string | null;
  articleNumber: string | null;
  /** The logo as PNG (what PDFKit embeds), when there is one. */
  logoPng: Buffer | null;
}

const LOGO_MAX_PX = 512;
// A logo is small: refuse pictures whose decoded size would be huge (decompression bombs) before resizing.
const LOGO_MAX_INPUT_PIXELS = 40_000_000;

const view = (row: Row) => {
  const { logoAttachmentId, locale, ...rest } = row;
  return {
    ...rest,
    locale,
    language: locale.slice(0, 2),
    wilayaLabel: row.wilaya ? wilayaLabel(row.wilaya) : null,
    logoUrl: logoAttachmentId ? `/api/attachments/${logoAttachmentId}` : null,
    logoAttachmentId,
  };
};

@Injectable()
export class BusinessService {
  constructor(
    private readonly repo: BusinessRepository,
    private readonly attachments: AttachmentsService,
  ) {}

  async profile(tenantId: string) {
    const row = await this.repo.find(tenantId);
    if (!row) throw notFound('Business');
    return view(row);
  }

  async update(tenantId: string, userId: string | null, dto: UpdateBusinessDto) {
    const { language, wilaya, vatRates, ...rest } = dto;
    const change: ProfileChange = { ...rest };
    if (wilaya !== undefined) change.wilaya = wilayaLabel(wilaya).fr;
    if (vatRates !== undefined) change.vatRates = [...new Set(vatRates)].sort((a, b) => b - a);
    if (language) change.locale = `${language}-DZ`;
    return view(await this.repo.update(tenantId, userId, change));
  }

  /**
   * The logo goes through the attachments' upload rules (size, image by content), then is normalised to a PNG of at
   * most 512 px: small to serve, and a format every PDF renderer embeds.
   */
  async setLogo(tenantId: string, userId: string | null, file: UploadedImageFile) {
    const sharp = await loadSharp();
    let png: Buffer;
    try {
      png = await sharp(file.buffer, { limitInputPixels: LOGO_MAX_INPUT_PIXELS })
        .rotate()
        .resize({ width: LOGO_MAX_PX, height: LOGO_MAX_PX, fit: 'inside', withoutEnlargement: true })
        .png()
        .toBuffer();
    } catch {
      throw validationFailed([
        { field: 'file', message: `the logo could not be read (at most ${LOGO_MAX_INPUT_PIXELS / 1e6} megapixels)` },
      ]);
    }
    const stored = await this.attachments.store(tenantId, userId, { buffer: png, originalName: file.originalName ?? 'logo.png' });
    return view(await this.repo.update(tenantId, userId, { logoAttachmentId: stored.id }));
  }

  async removeLogo(tenantId: string, userId: string | null) {
    return view(await this.repo.update(tenantId, userId, { logoAttachmentId: null }));
  }

  async letterhead(tenantId: string): Promise<Letterhead | null> {
    const row = await this.repo.find(tenantId);
    if (!row) return null;
    const logoPng = row.logoAttachmentId
      ? await this.attachments
          .read(tenantId, row.logoAttachmentId)
          .then((a) => a.buffer)
          .catch(() => null)
      : null;
    return {
      name: row.name,
      wilaya: row.wilaya,
      address: row.address,
      phone: row.phone,
      nif: row.nif,
      rc: row.rc,
      articleNumber: row.articleNumber,
      logoPng,
    };
  }
}
