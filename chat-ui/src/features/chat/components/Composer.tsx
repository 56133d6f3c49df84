import { useRef, useState, type ClipboardEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFileDrop } from '../hooks/useFileDrop';
import { useUploads } from '../hooks/useUploads';
import { Icon } from '../../../ui/Icon';
import { UploadPreviews } from './UploadPreviews';

interface Props {
  onSend: (text: string, attachmentIds: string[]) => void;
  generating: boolean;
  stopping: boolean;
  onStop?: () => void;
}

export function Composer({ onSend, generating, stopping, onStop }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const uploads = useUploads();
  const fileInput = useRef<HTMLInputElement>(null);
  const cameraInput = useRef<HTMLInputElement>(null);
  const dragging = useFileDrop(uploads.add);

  const canSend = (text.trim() !== '' || uploads.attachmentIds.length > 0) && !uploads.busy;

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (!canSend) return;
    onSend(text.trim(), uploads.attachmentIds);
    setText('');
    uploads.clear();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter sends, Shift+Enter is a new line; never while an IME composition (Arabic keyboards) is open.
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) submit(e);
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = [...e.clipboardData.files].filter((f) => f.type.startsWith('image/'));
    if (files.length) {
      e.preventDefault();
      uploads.add(files);
    }
  };

  const picked = (input: HTMLInputElement | null) => {
    if (input?.files?.length) uploads.add([...input.files]);
    if (input) input.value = '';
  };

  return (
    <form className="composer" onSubmit={submit} data-testid="composer">
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('composer.dropHere')}
        </div>
      )}
      <UploadPreviews uploads={uploads.uploads} onRemove={uploads.remove} />
      <div className="composer__row">
        <button
          type="button"
          className="icon-btn"
          onClick={() => fileInput.current?.click()}
          title={t('composer.attach')}
          data-testid="attach-button"
        >
          <Icon name="attach" />
          <span className="sr-only">{t('composer.attach')}</span>
        </button>
        <button
          type="button"
          className="icon-btn composer__camera"
          onClick={() => cameraInput.current?.click()}
          title={t('composer.camera')}
        >
          <Icon name="camera" />
          <span className="sr-only">{t('composer.camera')}</span>
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="image/*"
          multiple
          hidden
          onChange={(e) => picked(e.currentTarget)}
          data-testid="file-input"
        />
        <input
          ref={cameraInput}
          type="file"
          accept="image/*"
          capture="environment"
          hidden
          onChange={(e) => picked(e.currentTarget)}
          data-testid="camera-input"
        />
        <label className="sr-only" htmlFor="composer-input">
          {t('composer.label')}
        </label>
        <textarea
          id="composer-input"
          className="composer__input"
          rows={1}
          dir="auto"
          value={text}
          placeholder={t('composer.placeholder')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          maxLength={4000}
          data-testid="composer-input"
        />
        {generating && onStop ? (
          <button type="button" className="btn btn--danger" onClick={onStop} disabled={stopping} data-testid="stop-button">
            {stopping ? t('composer.stopping') : t('composer.stop')}
          </button>
        ) : null}
        <button type="submit" className="btn btn--primary" disabled={!canSend} data-testid="send-button">
          {t('composer.send')}
        </button>
      </div>
    </form>
  );
}
