import { beforeEach, describe, expect, it } from 'vitest';
import { valueOf } from '../../helpers/invoke';
import { answerFixture, audioOnlyWebm, chunksOf } from '../../helpers/media-fixtures';
import { recordFile } from '../../helpers/media-services';
import { useAiServices } from '../../helpers/ai-services';

describe('transcripts of spoken answers', () => {
  let recordingId: string;
  let durationSec: number;

  const ai = useAiServices({
    fake: { models: ['whisper-large-v3'], transcript: ' I led the migration to Postgres. ' },
    timeoutMs: 5000,
  });
  beforeEach(async () => {
    const fixture = await answerFixture();
    recordingId = await recordFile(ai.services, chunksOf(await audioOnlyWebm(fixture)), 'audio');
    durationSec = fixture.pcm.length / fixture.sampleRate;
    await ai.turnOn('whisper-large-v3');
  }, 120_000);

  it('sends nothing while transcription is off, even with AI on', async () => {
    const result = await ai.invoke('ai:transcribe-recording', { recordingId });
    expect(!result.ok && result.error.message).toMatch(/Transcription is off.*recordings stay on this computer/);
    expect(ai.fake.requests).toHaveLength(0);
    expect(valueOf(await ai.invoke('ai:status', {})).transcription).toBe(false);
  });

  it('sends the audio as 16 kHz mono WAV and returns the transcript', async () => {
    valueOf(
      await ai.invoke('settings:update', { ai: { transcription: true, transcriptionModel: 'whisper-large-v3' } }),
    );
    expect(valueOf(await ai.invoke('ai:status', {})).transcription).toBe(true);
    const result = valueOf(await ai.invoke('ai:transcribe-recording', { recordingId }));
    expect(result).toEqual({ text: 'I led the migration to Postgres.', model: 'whisper-large-v3' });
    const upload = ai.fake.requests.at(-1)?.form;
    expect(upload?.fields.model).toBe('whisper-large-v3');
    expect(upload?.fileName).toBe(`${recordingId}.wav`);
    // 44-byte header + 2 bytes a sample at 16 kHz, within a tenth of a second of the answer's length.
    const seconds = ((upload?.fileBytes ?? 0) - 44) / (16_000 * 2);
    expect(Math.abs(seconds - durationSec)).toBeLessThan(0.1);
  });

  it('says what went wrong when the speech server fails', async () => {
    valueOf(await ai.invoke('settings:update', { ai: { transcription: true } }));
    await ai.fake.close();
    const result = await ai.invoke('ai:transcribe-recording', { recordingId });
    expect(!result.ok && result.error.message).toMatch(/Could not reach the AI server/);
  });
});
