import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, uploadFile } from '../../../lib/http';
import { uuid } from '../../../lib/ids';
import { rememberPreview } from '../parts/attachment-previews';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface Upload {
  localId: string;
  name: string;
  previewUrl: string;
  progress: number;
  status: 'uploading' | 'done' | 'error';
  attachmentId?: string;
  /** An i18n key. */
  error?: string;
}

interface AttachmentResponse {
  id: string;
  mimeType: string;
  sizeBytes: number;
  width?: number;
  height?: number;
}

/**
 * Images picked for the next message. Uploading starts at once, so that by the time the user has typed their
 * question the photo is usually already on the server.
 */
export function useUploads() {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const aborts = useRef(new Map<string, () => void>());

  const update = (localId: string, patch: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.localId === localId ? { ...u, ...patch } : u)));

  const add = useCallback((files: Iterable<File>) => {
    for (const file of files) {
      const localId = uuid();
      const previewUrl = URL.createObjectURL(file);
      const base: Upload = { localId, name: file.name, previewUrl, progress: 0, status: 'uploading' };
      if (!file.type.startsWith('image/')) {
        setUploads((l) => [...l, { ...base, status: 'error', error: 'upload.notImage' }]);
        continue;
      }
      if (file.size > MAX_UPLOAD_BYTES) {
        setUploads((l) => [...l, { ...base, status: 'error', error: 'upload.tooBig' }]);
        continue;
      }
      setUploads((l) => [...l, base]);
      const { promise, abort } = uploadFile<AttachmentResponse>('/api/attachments', file, (p) => update(localId, { progress: p }));
      aborts.current.set(localId, abort);
      promise
        .then(
          (res) => {
            rememberPreview(res.id, previewUrl);
            update(localId, { status: 'done', progress: 1, attachmentId: res.id });
          },
          (err: unknown) => {
            if (err instanceof ApiError && err.code === 'ABORTED') return;
            const status = err instanceof ApiError ? err.status : 0;
            update(localId, {
              status: 'error',
              error: status === 413 ? 'upload.tooBig' : status === 415 ? 'upload.notImage' : 'upload.failed',
            });
          },
        )
        .finally(() => aborts.current.delete(localId));
    }
  }, []);

  const remove = useCallback((localId: string) => {
    aborts.current.get(localId)?.();
    setUploads((l) => l.filter((u) => u.localId !== localId));
  }, []);

  /** After sending: the previews now belong to the sent message, so they aren't revoked here. */
  const clear = useCallback(() => setUploads([]), []);

  useEffect(() => () => aborts.current.forEach((abort) => abort()), []);

  return {
    uploads,
    add,
    remove,
    clear,
    busy: uploads.some((u) => u.status === 'uploading'),
    attachmentIds: uploads.flatMap((u) => (u.status === 'done' && u.attachmentId ? [u.attachmentId] : [])),
  };
}
