import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchObjectUrl } from '../../../lib/http';
import { Icon } from '../../../ui/Icon';
import { previewFor } from './attachment-previews';

/** An attached image; fetched with the bearer token (an <img src> can't send it) unless this tab uploaded it. */
export function AttachmentImage({ attachmentId }: { attachmentId: string }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState(() => previewFor(attachmentId) ?? null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (previewFor(attachmentId)) return;
    const ctrl = new AbortController();
    let created: string | null = null;
    fetchObjectUrl(`/api/attachments/${encodeURIComponent(attachmentId)}`, ctrl.signal).then(
      (u) => {
        created = u;
        setUrl(u);
      },
      () => !ctrl.signal.aborted && setFailed(true),
    );
    return () => {
      ctrl.abort();
      if (created) URL.revokeObjectURL(created);
    };
  }, [attachmentId]);

  if (url) return <img className="attachment" src={url} alt={t('chat.attachedImage')} loading="lazy" data-testid="attachment" />;
  return (
    <span className="attachment attachment--placeholder" role="img" aria-label={t('chat.attachedImage')} data-testid="attachment">
      <Icon name="camera" size={28} />
      {failed ? '' : '…'}
    </span>
  );
}
