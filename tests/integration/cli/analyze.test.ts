import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpeechFixture } from '../../fixtures/speech/generate';
import { coach } from '../../helpers/cli';
import { answerFixture, answerMp4, answerWav, audioOnlyWebm, truthPauses } from '../../helpers/media-fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

const KEYS = [
  'durationSec',
  'speechSec',
  'pauses',
  'pauseCount',
  'longestPauseSec',
  'syllablesPerSec',
  'estimatedWpm',
  'pitch',
  'loudness',
  'clippingRatio',
];

describe('coach analyze', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let fixture: SpeechFixture;
  beforeAll(async () => {
    dir = makeTempDir();
    fixture = await answerFixture();
  }, 120_000);
  afterAll(() => dir.remove());

  const files = async (): Promise<Record<string, string>> => ({
    'WebM with video': fixture.webmPath,
    'WebM, audio only': await audioOnlyWebm(fixture),
    WAV: await answerWav(fixture),
    'MP4 with video': await answerMp4(fixture),
  });

  it('prints exactly the VoiceMetrics JSON for WAV, WebM and MP4, with or without video', async () => {
    for (const [kind, file] of Object.entries(await files())) {
      const result = await coach(['analyze', file, '--json'], dir.path);
      expect(result.code, `${kind}: ${result.stderr}`).toBe(0);
      expect(result.stdout.trim().split('\n'), kind).toHaveLength(1);
      const metrics = JSON.parse(result.stdout) as Record<string, unknown> & {
        pauses: Array<{ startSec: number; endSec: number }>;
        durationSec: number;
      };
      expect(Object.keys(metrics), kind).toEqual(KEYS);
      expect(Object.keys(metrics.pitch as object)).toEqual(['meanHz', 'sdHz', 'rangeSemitones', 'monotone']);
      expect(Object.keys(metrics.loudness as object)).toEqual(['meanDbfs', 'sdDb']);
      expect(metrics.durationSec, kind).toBeCloseTo(fixture.truth.durationSec, 0);
      for (const truth of truthPauses(fixture)) {
        const match = metrics.pauses.find(
          (p) => Math.abs(p.startSec - truth.startSec) < 0.1 && Math.abs(p.endSec - truth.endSec) < 0.1,
        );
        expect(match, `${kind}: pause at ${truth.startSec.toFixed(2)} s`).toBeDefined();
      }
    }
  }, 120_000);

  it('prints a readable summary without --json', async () => {
    const result = await coach(['analyze', fixture.webmPath], dir.path);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/words per minute/);
    expect(result.stdout).toMatch(/Pauses: +3, longest 2\.6 s/);
  });

  it('adds the exact words per minute when given a transcript', async () => {
    const transcript = path.join(dir.path, 'transcript.txt');
    // Only the count matters; the truth counts whitespace-separated words.
    writeFileSync(transcript, Array.from({ length: fixture.truth.words }, (_, i) => `word${i}`).join(' '));
    const result = await coach(['analyze', fixture.webmPath, '--json', '--transcript', transcript], dir.path);
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as Record<string, number> & { speechSec: number };
    expect(Object.keys(out)).toEqual([...KEYS, 'transcriptWords', 'transcriptWpm', 'transcriptWpmIncludingPauses']);
    expect(out.transcriptWords).toBe(fixture.truth.words);
    expect(out.transcriptWpm).toBeCloseTo((fixture.truth.words / out.speechSec) * 60, 0);
    expect(Math.abs((out.transcriptWpm ?? 0) - fixture.truth.wpm) / fixture.truth.wpm).toBeLessThan(0.05);
    expect(out.transcriptWpmIncludingPauses).toBeLessThan(out.transcriptWpm ?? 0);

    const readable = await coach(['analyze', fixture.webmPath, '--transcript', transcript], dir.path);
    expect(readable.stdout).toMatch(
      new RegExp(`\\d+ words per minute from the transcript's ${fixture.truth.words} words`),
    );
    const missing = await coach(['analyze', fixture.webmPath, '--transcript', 'nope.txt'], dir.path);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read the transcript nope.txt');
  }, 120_000);

  it('exits 2 with one line for bad arguments', async () => {
    for (const args of [
      ['analyze'],
      ['analyze', 'a.wav', 'b.wav'],
      ['analyze', 'a.wav', '--bogus'],
      ['analyze', 'a.wav', '--min-pause', 'soon'],
    ]) {
      const result = await coach(args, dir.path);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('exits 1 with one clear line for a missing, empty, non-media or huge non-media file', async () => {
    const empty = path.join(dir.path, 'empty.webm');
    writeFileSync(empty, '');
    const text = path.join(dir.path, 'notes.mp4');
    writeFileSync(text, 'these are my interview notes, not a video\n'.repeat(100));
    // 3 GB of nothing (sparse): refused quickly, not read into memory.
    const huge = path.join(dir.path, 'huge.webm');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 3 * 1024 ** 3);
    closeSync(fd);
    const cases: Array<[string, RegExp]> = [
      [path.join(dir.path, 'nope.wav'), /no such file/],
      [empty, /is empty/],
      [text, /not a readable audio or video recording/],
      [huge, /not a readable audio or video recording/],
    ];
    for (const [file, message] of cases) {
      const started = Date.now();
      const result = await coach(['analyze', file, '--json'], dir.path);
      expect(result.code, file).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n'), file).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(Date.now() - started).toBeLessThan(20_000);
    }
  }, 120_000);
});
