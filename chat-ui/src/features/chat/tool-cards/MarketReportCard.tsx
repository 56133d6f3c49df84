import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../lib/http';
import type { MarketReportResult } from '@tajer/contract';

export interface MarketReport {
  title?: string;
  summary?: string;
  sections: { title: string; body?: string }[];
  pdfUrl?: string;
}

/** The outline and PDF of a `market_report` result (parsed with the contract's schema). */
export function marketReport(r: MarketReportResult): MarketReport {
  return { title: r.title, sections: r.sections.filter((s) => s.trim()).map((title) => ({ title })), pdfUrl: r.pdfUrl };
}

/** The report's outline and its PDF, downloaded with the session token (a plain link couldn't send it). */
export function MarketReportCard({ data }: { data: MarketReport }) {
  const { t } = useTranslation();
  const [error, setError] = useState(false);
  const sameOrigin = data.pdfUrl?.startsWith('/');
  const download = async () => {
    setError(false);
    try {
      await downloadFile(data.pdfUrl!, `${data.title ?? 'report'}.pdf`);
    } catch {
      setError(true);
    }
  };
  return (
    <div className="report" data-testid="report-card">
      {data.title && <h4 dir="auto">{data.title}</h4>}
      {data.summary && <p dir="auto">{data.summary}</p>}
      {data.sections.length > 0 && (
        <ol className="report__sections">
          {data.sections.map((s) => (
            <li key={s.title} dir="auto">
              <strong>{s.title}</strong>
              {s.body && <span className="muted"> — {s.body.length > 160 ? `${s.body.slice(0, 160)}…` : s.body}</span>}
            </li>
          ))}
        </ol>
      )}
      {data.pdfUrl &&
        (sameOrigin ? (
          <button type="button" className="btn btn--small" onClick={download} data-testid="report-pdf">
            {t('market.downloadPdf')}
          </button>
        ) : (
          <a className="btn btn--small" href={data.pdfUrl} target="_blank" rel="noopener noreferrer" data-testid="report-pdf">
            {t('market.downloadPdf')}
          </a>
        ))}
      {error && (
        <p className="alert alert--error" role="alert">
          {t('errors.downloadFailed')}
        </p>
      )}
    </div>
  );
}
