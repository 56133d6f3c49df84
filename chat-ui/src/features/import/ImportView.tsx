import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { ApiError, downloadFile, uploadFile } from '../../lib/http';
import { Link } from '../../lib/router';
import { ViewFrame } from '../views/ViewFrame';
import { ACCEPT, IMPORT_URL, isImportReport, type ImportReport } from './import-report';
import { ImportReportView } from './ImportReportView';
import './import.css';

type Phase = 'idle' | 'checking' | 'preview' | 'importing' | 'done';

/** Why a file was refused, in words the shop owner can act on. */
function refusalKey(err: unknown): string {
  if (!(err instanceof ApiError) || err.status === 0) return 'errors.network';
  if (err.status === 413) return 'import.tooLarge';
  if (err.status === 415) return 'import.unsupported';
  if (err.status === 403) return 'import.ownerOnly';
  if (err.status === 400 && /Missing column/.test(err.message)) return 'import.noNameColumn';
  if (err.status === 400) return 'import.unreadable';
  return 'errors.generic';
}

/** Import a catalogue: drop a file, see how it was understood (columns, first rows, errors), then confirm. */
export default function ImportView() {
  const { t } = useTranslation();
  const lang = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [progress, setProgress] = useState(0);
  const [dragging, setDragging] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);
  // The confirmation is clicked at the bottom of a long report: bring the outcome into view.
  useEffect(() => {
    if (phase === 'done') doneRef.current?.focus();
  }, [phase]);

  const send = async (f: File, dryRun: boolean) => {
    setError(null);
    setPhase(dryRun ? 'checking' : 'importing');
    const query = dryRun ? '?dryRun=true' : skipInvalid ? '?skipInvalid=true' : '';
    try {
      const r = await uploadFile<ImportReport>(`${IMPORT_URL}${query}`, f, setProgress).promise;
      setReport(r);
      setPhase(dryRun ? 'preview' : 'done');
    } catch (err) {
      // 422: some rows are invalid and nothing was written; the report says which.
      if (err instanceof ApiError && err.status === 422 && isImportReport(err.details)) {
        setReport(err.details);
        setPhase('preview');
        setError('import.refused');
        return;
      }
      setError(refusalKey(err));
      setPhase(report && !dryRun ? 'preview' : 'idle');
    }
  };

  const choose = (f: File | undefined) => {
    if (!f) return;
    setFile(f);
    setReport(null);
    setSkipInvalid(false);
    void send(f, true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    choose(e.dataTransfer.files?.[0]);
  };
  const template = (format: 'csv' | 'xlsx') =>
    downloadFile(`${IMPORT_URL}/template?format=${format}&lang=${lang}`, `tajer-catalogue-${lang}.${format}`).catch(() =>
      setError('errors.downloadFailed'),
    );

  const c = report?.counts;
  const writable = c ? c.created + c.updated : 0;
  const canImport = phase === 'preview' && !!report && !report.committed && writable > 0 && (c!.invalid === 0 || skipInvalid);
  const busy = phase === 'checking' || phase === 'importing';

  return (
    <ViewFrame title={t('import.title')} testId="import-view">
      <p className="muted">{t('import.intro')}</p>
      <div className="view__actions">
        <button type="button" className="btn btn--small" onClick={() => template('csv')} data-testid="template-csv">
          {t('import.templateCsv')}
        </button>
        <button type="button" className="btn btn--small" onClick={() => template('xlsx')} data-testid="template-xlsx">
          {t('import.templateXlsx')}
        </button>
      </div>

      <label
        className={`dropzone${dragging ? ' dropzone--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-dropzone"
      >
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          className="sr-only"
          onChange={(e) => choose(e.target.files?.[0])}
          data-testid="import-file"
        />
        <strong>{file ? <bdi dir="auto">{file.name}</bdi> : t('import.drop')}</strong>
        <span className="muted">{t('import.formats')}</span>
      </label>

      {busy && (
        <p role="status" className="muted" data-testid="import-busy">
          {t(phase === 'checking' ? 'import.checking' : 'import.importing')} {progress < 1 ? `${Math.round(progress * 100)} %` : ''}
        </p>
      )}
      {error && (
        <p className="alert alert--error" role="alert" data-testid="import-error">
          {t(error)}
        </p>
      )}

      {phase === 'done' && c && (
        <p className="alert alert--ok" role="status" tabIndex={-1} ref={doneRef} data-testid="import-done">
          {t('import.done', { created: c.created, updated: c.updated, skipped: c.skipped })}{' '}
          <Link to="/inventory">{t('import.seeStock')}</Link>
        </p>
      )}

      {report && <ImportReportView report={report} />}

      {phase === 'preview' && report && (
        <div className="import-confirm">
          {c!.invalid > 0 && (
            <label className="inline-field">
              <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} data-testid="skip-invalid" />
              <span>{t('import.skipInvalid', { count: c!.invalid })}</span>
            </label>
          )}
          <button
            type="button"
            className="btn btn--primary"
            disabled={!canImport}
            onClick={() => file && send(file, false)}
            data-testid="import-confirm"
          >
            {writable > 0 ? t('import.confirm', { count: writable }) : t('import.nothingToImport')}
          </button>
          {c!.invalid > 0 && !skipInvalid && <p className="muted">{t('import.fixOrSkip')}</p>}
        </div>
      )}
    </ViewFrame>
  );
}
