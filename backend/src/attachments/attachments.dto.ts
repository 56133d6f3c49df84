import type { Attachment } from '../generated/prisma/client';

/** What clients and the assistant's tools get back for an uploaded file. */
export interface AttachmentDto {
  id: string;
  kind: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  width: number | null;
  height: number | null;
  originalName: string | null;
  /** Where to download the file (same credentials). */
  url: string;
  createdAt: string;
}

export function toAttachmentDto(row: Attachment): AttachmentDto {
  return {
    id: row.id,
    kind: row.kind,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    width: row.width,
    height: row.height,
    originalName: row.originalName,
    url: `/api/attachments/${row.id}`,
    createdAt: row.createdAt.toISOString(),
  };
}
