import { createWorkerClient } from '../workers/worker-client';
import type { RenderedPdf } from './pdf-engine';
import type { PdfJob } from './pdf-worker';
import type { ReportData } from './report-data';

// Kept a minute after an export so a second one does not load pdfmake and the fonts again.
const pdfWorker = createWorkerClient<PdfJob, RenderedPdf>('pdf-worker', new URL('./pdf-worker.ts', import.meta.url), {
  label: 'PDF report maker',
  idleMs: 60_000,
});

/** Lays out and renders the report in a worker thread. */
export async function renderReportPdf(data: ReportData, fontsDir: string): Promise<RenderedPdf> {
  const rendered = await pdfWorker.request({ data, fontsDir });
  // A Buffer arrives from another thread as a plain Uint8Array.
  const bytes: Uint8Array = rendered.bytes;
  return { pages: rendered.pages, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}
