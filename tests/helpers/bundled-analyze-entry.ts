// Entry for the bundled-worker test: bundled by esbuild like the Electron main, then run by
// plain Node, so the analysis worker must load from the sibling analysis-worker.cjs.
import { processMedia } from '../../electron/main/media/media-processor';
import { shutdownAnalysisWorkers } from '../../electron/main/media/analysis-client';

// CommonJS bundles have no top-level await.
async function main(): Promise<void> {
  const [input] = process.argv.slice(2);
  const result = await processMedia({ ffmpegPath: process.env.FFMPEG_PATH ?? 'ffmpeg', input: input ?? '' });
  process.stdout.write(`${JSON.stringify(result.analysis.metrics)}\n`);
  await shutdownAnalysisWorkers();
}

void main();
