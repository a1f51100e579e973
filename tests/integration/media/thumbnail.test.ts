import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shutdownAnalysisWorkers } from '../../../electron/main/media/analysis-client';
import { processMedia } from '../../../electron/main/media/media-processor';
import type { SpeechFixture } from '../../fixtures/speech/generate';
import { answerFixture, audioOnlyWebm } from '../../helpers/media-fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

const execFileAsync = promisify(execFile);
const isJpeg = (file: string): boolean =>
  readFileSync(file)
    .subarray(0, 3)
    .equals(Buffer.from([0xff, 0xd8, 0xff]));

let fixture: SpeechFixture;
beforeAll(async () => {
  fixture = await answerFixture();
}, 120_000);
afterAll(() => shutdownAnalysisWorkers());

describe('the recording thumbnail, cut beside the main ffmpeg pass', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  const processTo = (input: string, expectedDurationSec: number | null) =>
    processMedia({
      ffmpegPath: 'ffmpeg',
      input,
      remuxTo: path.join(dir.path, 'out.webm'),
      thumbnailTo: path.join(dir.path, 'thumb.jpg'),
      expectedDurationSec,
    });

  it('is a JPEG still of the recording, with its length known or not', async () => {
    for (const expected of [Math.round(fixture.truth.durationSec), null]) {
      const result = await processTo(fixture.webmPath, expected);
      expect(result.durationSec).toBeCloseTo(fixture.truth.durationSec, 0);
      expect(isJpeg(path.join(dir.path, 'thumb.jpg'))).toBe(true);
    }
  });

  it('is still made when the clip is shorter than its chunk count suggested (a second try from the remux)', async () => {
    const clip = path.join(dir.path, 'short.webm');
    await execFileAsync('ffmpeg', [
      ...['-y', '-v', 'error', '-nostdin'],
      ...['-f', 'lavfi', '-i', 'testsrc=size=160x120:rate=15:duration=0.6'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=220:duration=0.6'],
      ...['-c:v', 'libvpx', '-c:a', 'libopus', '-f', 'webm', clip],
    ]);
    // Thirty 1-second chunks would make a 30 s recording: the first cut seeks past this clip's end.
    const result = await processTo(clip, 30);
    expect(result.durationSec).toBeLessThan(1);
    expect(isJpeg(path.join(dir.path, 'thumb.jpg'))).toBe(true);
  });

  it('is simply absent for a recording without video, which is processed as usual', async () => {
    const result = await processTo(await audioOnlyWebm(fixture), Math.round(fixture.truth.durationSec));
    expect(result.analysis.metrics.pauseCount).toBeGreaterThanOrEqual(3);
    expect(existsSync(path.join(dir.path, 'thumb.jpg'))).toBe(false);
  });
});
