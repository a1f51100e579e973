import { useState } from 'react';
import type { ExportPdfResult } from '../../../../shared/ipc/channels/reports';
import { call, errorMessage } from '../../api/client';
import { Button, ErrorBanner } from '../../components/ui';
import { Icon } from '../../components/Icon';

type Saved = Extract<ExportPdfResult, { status: 'saved' }>;
export interface ReportScope {
  category: string | null;
  from: string | null;
  to: string | null;
}

export interface PdfExport {
  busy: boolean;
  saved: Saved | null;
  error: string | undefined;
  revealFailed: boolean;
  start(scope: ReportScope): Promise<void>;
  reveal(): Promise<void>;
  dismiss(): void;
}

/** Saving the PDF report: where the user chooses (the desktop's save dialog), or the data folder in a browser. */
export function usePdfExport(): PdfExport {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [error, setError] = useState<string>();
  const [revealFailed, setRevealFailed] = useState(false);
  return {
    busy,
    saved,
    error,
    revealFailed,
    async start(scope) {
      setBusy(true);
      setError(undefined);
      setSaved(null);
      setRevealFailed(false);
      try {
        const result = await call('reports:export-pdf', { filters: { ...scope, bucket: 'auto' } });
        if (result.status === 'saved') setSaved(result);
      } catch (err) {
        setError(errorMessage(err));
      } finally {
        setBusy(false);
      }
    },
    async reveal() {
      if (!saved) return;
      const { shown } = await call('reports:show-file', { path: saved.path }).catch(() => ({ shown: false }));
      setRevealFailed(!shown);
    },
    dismiss() {
      setSaved(null);
      setError(undefined);
    },
  };
}

export function ExportPdfButton({ pdf, scope }: { pdf: PdfExport; scope: ReportScope }) {
  return (
    <Button variant="primary" onClick={() => void pdf.start(scope)} disabled={pdf.busy} data-testid="export-pdf">
      <Icon size={16} name="download" />
      {pdf.busy ? 'Making the PDF…' : 'Export PDF'}
    </Button>
  );
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function ExportPdfStatus({ pdf }: { pdf: PdfExport }) {
  if (pdf.error) return <ErrorBanner message={pdf.error} />;
  if (!pdf.saved) return null;
  const { saved } = pdf;
  return (
    <div className="export-result" role="status" data-testid="export-result">
      <Icon name="download" size={18} className="export-result-icon" />
      <div className="export-result-text">
        <div>
          Saved <strong>{fileName(saved.path)}</strong> · {saved.pages} {saved.pages === 1 ? 'page' : 'pages'},{' '}
          {Math.max(1, Math.round(saved.bytes / 1024))} KB
        </div>
        <code className="export-path">{saved.path}</code>
        {pdf.revealFailed ? (
          <div className="muted small">This window cannot open your file manager; the file is at the path above.</div>
        ) : null}
      </div>
      {pdf.revealFailed ? null : (
        <Button variant="ghost" onClick={() => void pdf.reveal()}>
          <Icon size={16} name="folderOpen" />
          Show in folder
        </Button>
      )}
      <Button variant="ghost" aria-label="Dismiss" onClick={pdf.dismiss}>
        <Icon size={16} name="close" />
      </Button>
    </div>
  );
}
