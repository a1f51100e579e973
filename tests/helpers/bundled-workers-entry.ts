// Entry for the bundled-workers test: bundled by esbuild like the Electron main, then run by plain
// Node, so the evaluator and PDF workers must load from their sibling .cjs files, not via tsx.
import path from 'node:path';
import type { Kysely } from 'kysely';
import { createWorkerEvaluator } from '../../electron/main/attempts/worker-evaluator';
import { openDatabase } from '../../electron/main/db/connection';
import { migrateToLatest } from '../../electron/main/db/migrate';
import { gatherReportData } from '../../electron/main/reports/report-data';
import { renderReportPdf } from '../../electron/main/reports/render-report-pdf';

const [dataDir = '', resourcesDir = '', sqliteBinding = ''] = process.argv.slice(2);

// CommonJS bundles have no top-level await.
async function main(): Promise<void> {
  const evaluator = createWorkerEvaluator();
  const evaluation = await evaluator.evaluate({
    question: { text: 'Tell me about a time you improved a process.' },
    answer:
      'In my last role our releases took two days. I automated the checks with GitHub Actions, and releases now take one hour.',
  });
  await evaluator.dispose();

  const handle = openDatabase({ file: path.join(dataDir, 'bundle.sqlite'), nativeBinding: sqliteBinding });
  await migrateToLatest(handle.db as Kysely<unknown>);
  const data = await gatherReportData(handle.db, {
    recentAttempts: 5,
    now: new Date(),
    today: '2026-11-26',
    app: { name: 'IntervYou', version: 'test' },
  });
  await handle.close();
  const pdf = await renderReportPdf(data, path.join(resourcesDir, 'fonts'));
  process.stdout.write(
    `${JSON.stringify({ overall: evaluation.overall, pages: pdf.pages, pdfHeader: pdf.bytes.subarray(0, 5).toString('latin1') })}\n`,
  );
}

void main();
