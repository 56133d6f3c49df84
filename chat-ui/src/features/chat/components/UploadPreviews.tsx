import { useTranslation } from 'react-i18next';
import type { Upload } from '../hooks/useUploads';

/** Thumbnails of the images about to be sent, with their upload progress. */
export function UploadPreviews({ uploads, onRemove }: { uploads: Upload[]; onRemove: (localId: string) => void }) {
  const { t } = useTranslation();
  if (!uploads.length) return null;
  return (
    <ul className="uploads" aria-label={t('composer.attachments')} data-testid="upload-previews">
      {uploads.map((u) => (
        <li key={u.localId} className={`upload upload--${u.status}`} data-testid="upload-preview" data-status={u.status}>
          <img src={u.previewUrl} alt={u.name} />
          {u.status === 'uploading' && <progress max={1} value={u.progress} aria-label={t('composer.uploading', { name: u.name })} />}
          {u.status === 'error' && u.error && (
            <span className="upload__error" role="alert">
              {t(u.error)}
            </span>
          )}
          <button
            type="button"
            className="upload__remove"
            onClick={() => onRemove(u.localId)}
            aria-label={t('composer.removeAttachment', { name: u.name })}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
