// A child process for the crash-safety test: the real services on a data folder, one recording,
// its chunks appended one by one through the contract's handlers. It never stops the recording:
// the test kills it with SIGKILL part-way through, as a crash or a power cut would.
//   tsx tests/helpers/crash-writer.ts <data-dir> <media-file> <chunk-bytes> <delay-ms>
import { readFileSync } from 'node:fs';
import { createHandlers } from '../../electron/main/ipc/registry';
import { startMediaServices } from './media-services';

const [dataDir, mediaFile, chunkBytes = '8192', delayMs = '50'] = process.argv.slice(2);
if (!dataDir || !mediaFile) {
  console.error('usage: crash-writer <data-dir> <media-file> [chunk-bytes] [delay-ms]');
  process.exit(2);
}
const services = await startMediaServices(dataDir, { recoverRecordings: false });
const handlers = createHandlers(services);
const context = { origin: 'app://intervyou' };
const { id } = await handlers['recording:start'](
  {
    mode: 'video',
    mimeType: 'video/webm;codecs=vp8,opus',
    questionId: null,
    questionText: 'Describe a difficult decision.',
  },
  context,
);
process.stdout.write(`started ${id}\n`);
const bytes = readFileSync(mediaFile);
const size = Number(chunkBytes);
for (let seq = 0, at = 0; at < bytes.length; seq++, at += size) {
  const data = bytes.subarray(at, Math.min(bytes.length, at + size)).toString('base64');
  const result = await handlers['recording:chunk']({ id, seq, data }, context);
  process.stdout.write(`chunk ${seq} ${result.bytesWritten}\n`);
  await new Promise((resolve) => setTimeout(resolve, Number(delayMs)));
}
process.stdout.write('all chunks written\n');
// Stay alive with the recording open until killed.
setInterval(() => undefined, 1000);
