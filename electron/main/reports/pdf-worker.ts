import { serveWorker } from '../workers/serve-worker';
import { renderPdf, type RenderedPdf } from './pdf-engine';
import type { ReportData } from './report-data';
import { reportDocument } from './report-document';

export interface PdfJob {
  data: ReportData;
  fontsDir: string;
}

// pdfmake lays out and compresses synchronously for a second or more: it runs here so the main
// process stays responsive while a report is made.
serveWorker<PdfJob, RenderedPdf>(async ({ data, fontsDir }) => renderPdf(reportDocument(data), fontsDir));
