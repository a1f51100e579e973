// Run by the processing-abort test as its own Node process: processes argv[2] (a named pipe the
// test keeps open), and on an "abort" line on stdin cancels the job, shuts the analysis workers
// down and ends at once, the way the app quits (services.close, then app.exit). It ends with a
// SIGKILL: nothing, not even Node's own teardown, gives its worker thread more time.
import readline from 'node:readline';
import path from 'node:path';
import { shutdownAnalysisWorkers } from '../../electron/main/media/analysis-client';
import { processMedia } from '../../electron/main/media/media-processor';

const [input = '', outDir = ''] = process.argv.slice(2);
const abort = new AbortController();
void processMedia({
  ffmpegPath: 'ffmpeg',
  input,
  remuxTo: path.join(outDir, 'out.webm'),
  thumbnailTo: path.join(outDir, 'thumb.jpg'),
  expectedDurationSec: 60,
  signal: abort.signal,
}).catch(() => undefined);

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  if (line !== 'abort') return;
  abort.abort();
  void shutdownAnalysisWorkers().then(() => process.kill(process.pid, 'SIGKILL'));
});
