import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tuneAiForTests } from '../../../electron/main/ai/ai-for-services';
import type { MainServices } from '../../../electron/main/services';
import { startFakeOpenAi, type FakeOpenAi } from '../../helpers/fake-openai/fake-openai-server';
import { invoker, valueOf } from '../../helpers/invoke';
import { answerFixture, audioOnlyWebm, chunksOf } from '../../helpers/media-fixtures';
import { recordFile } from '../../helpers/media-services';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

describe('transcripts of spoken answers', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  let fake: FakeOpenAi;
  let invoke: ReturnType<typeof invoker>;
  let recordingId: string;
  let durationSec: number;

  beforeEach(async () => {
    dir = makeTempDir();
    services = await startTestServices(dir.path);
    tuneAiForTests(services, { timeoutMs: 5000, retry: { attempts: 1, baseMs: 1, capMs: 1 } });
    fake = await startFakeOpenAi({ models: ['whisper-large-v3'], transcript: ' I led the migration to Postgres. ' });
    invoke = invoker(services);
    const fixture = await answerFixture();
    recordingId = await recordFile(services, chunksOf(await audioOnlyWebm(fixture)), 'audio');
    durationSec = fixture.pcm.length / fixture.sampleRate;
    valueOf(
      await invoke('settings:update', {
        ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'whisper-large-v3' },
      }),
    );
  }, 120_000);
  afterEach(async () => {
    await fake.close();
    await services.close();
    dir.remove();
  });

  it('sends nothing while transcription is off, even with AI on', async () => {
    const result = await invoke('ai:transcribe-recording', { recordingId });
    expect(!result.ok && result.error.message).toMatch(/Transcription is off.*recordings stay on this computer/);
    expect(fake.requests).toHaveLength(0);
    expect(valueOf(await invoke('ai:status', {})).transcription).toBe(false);
  });

  it('sends the audio as 16 kHz mono WAV and returns the transcript', async () => {
    valueOf(await invoke('settings:update', { ai: { transcription: true, transcriptionModel: 'whisper-large-v3' } }));
    expect(valueOf(await invoke('ai:status', {})).transcription).toBe(true);
    const result = valueOf(await invoke('ai:transcribe-recording', { recordingId }));
    expect(result).toEqual({ text: 'I led the migration to Postgres.', model: 'whisper-large-v3' });
    const upload = fake.requests.at(-1)?.form;
    expect(upload?.fields.model).toBe('whisper-large-v3');
    expect(upload?.fileName).toBe(`${recordingId}.wav`);
    // 44-byte header + 2 bytes a sample at 16 kHz, within a tenth of a second of the answer's length.
    const seconds = ((upload?.fileBytes ?? 0) - 44) / (16_000 * 2);
    expect(Math.abs(seconds - durationSec)).toBeLessThan(0.1);
  });

  it('says what went wrong when the speech server fails', async () => {
    valueOf(await invoke('settings:update', { ai: { transcription: true } }));
    await fake.close();
    const result = await invoke('ai:transcribe-recording', { recordingId });
    expect(!result.ok && result.error.message).toMatch(/Could not reach the AI server/);
  });
});
