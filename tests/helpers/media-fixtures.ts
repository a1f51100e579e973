import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { GENERATED_DIR, speechFixture, type SpeechFixture } from '../fixtures/speech/generate';
import { TEST_SENTENCES } from '../fixtures/speech/sentences';
import { writeWav } from '../fixtures/speech/wav';

const execFileAsync = promisify(execFile);

/**
 * A short spoken answer with known pauses, muxed like a MediaRecorder recording (VP8 + Opus
 * WebM): 4 sentences, pauses of 0.8 s, 2.6 s (a long pause) and 0.5 s.
 */
export function answerFixture(): Promise<SpeechFixture> {
  return speechFixture({
    name: 'media-answer',
    voice: 'en',
    rate: 150,
    sentences: TEST_SENTENCES.slice(0, 4),
    gapsSec: [0.8, 2.6, 0.5],
    leadSec: 0.6,
    tailSec: 0.6,
  });
}

async function cached(name: string, make: (tmp: string) => Promise<void>): Promise<string> {
  const dir = path.join(GENERATED_DIR, 'media');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  if (!existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp${path.extname(name)}`;
    await make(tmp);
    renameSync(tmp, file);
  }
  return file;
}

async function ffmpeg(args: string[]): Promise<void> {
  await execFileAsync('ffmpeg', ['-y', '-v', 'error', '-nostdin', ...args]);
}

/** The same answer without video, as MediaRecorder makes in audio-only mode. */
export async function audioOnlyWebm(fixture: SpeechFixture): Promise<string> {
  return cached(`${path.basename(fixture.webmPath, '.webm')}-audio.webm`, (tmp) =>
    ffmpeg(['-i', fixture.webmPath, '-vn', '-c:a', 'copy', '-f', 'webm', tmp]),
  );
}

/** The answer as a 16-bit WAV at 48 kHz: the fake microphone Chromium reads (--use-file-for-fake-audio-capture). */
export async function answerWav(fixture: SpeechFixture): Promise<string> {
  return cached(`${path.basename(fixture.webmPath, '.webm')}-mic.wav`, async (tmp) => {
    writeWav(`${tmp}.src.wav`, fixture.pcm, fixture.sampleRate, 's16');
    try {
      await ffmpeg(['-i', `${tmp}.src.wav`, '-ar', '48000', '-ac', '1', '-c:a', 'pcm_s16le', '-f', 'wav', tmp]);
    } finally {
      rmSync(`${tmp}.src.wav`, { force: true });
    }
  });
}

/** The answer as MP4 (H.264 + AAC) — another container the CLI must read. */
export async function answerMp4(fixture: SpeechFixture): Promise<string> {
  return cached(`${path.basename(fixture.webmPath, '.webm')}.mp4`, (tmp) =>
    ffmpeg(['-i', fixture.webmPath, '-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac', '-f', 'mp4', tmp]),
  );
}

/** Splits a file into chunks the way MediaRecorder delivers them: arbitrary byte boundaries. */
export function chunksOf(file: string, chunkBytes = 48 * 1024): Buffer[] {
  const bytes = readFileSync(file);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkBytes)
    chunks.push(bytes.subarray(at, Math.min(bytes.length, at + chunkBytes)));
  return chunks;
}

/** Pauses in a truth list that are long enough to be reported (≥ 0.3 s). */
export function truthPauses(fixture: SpeechFixture): Array<{ startSec: number; endSec: number }> {
  return fixture.truth.pauses.filter((p) => p.endSec - p.startSec >= 0.3);
}
