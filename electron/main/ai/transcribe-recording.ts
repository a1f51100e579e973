import { execFile } from 'node:child_process';
import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/ipc/result';
import type { Database } from '../db/schema';
import { recordingFiles } from '../media/media-files';
import type { SettingsStore } from '../settings/settings-store';
import type { AiService } from './ai-service';

// 16 kHz mono 16-bit: what speech models expect, and a 10-minute answer stays under 20 MB.
const WAV_ARGS = ['-vn', '-ac', '1', '-ar', '16000', '-c:a', 'pcm_s16le', '-f', 'wav', 'pipe:1'];
const MAX_WAV_BYTES = 25 * 1024 * 1024;

function toWav(ffmpegPath: string, input: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      ffmpegPath,
      ['-hide_banner', '-nostdin', '-v', 'error', '-i', input, ...WAV_ARGS],
      { encoding: 'buffer', maxBuffer: MAX_WAV_BYTES },
      (error, stdout, stderr) => {
        if (error) {
          const tooLong = /maxBuffer/i.test(error.message);
          reject(
            new AppError(
              'MEDIA_ERROR',
              tooLong
                ? 'This recording is too long to transcribe in one piece (over about 13 minutes).'
                : `The recording's audio could not be read: ${stderr.toString('utf8').trim().split('\n').at(-1) ?? error.message}`,
            ),
          );
        } else resolve(stdout);
      },
    );
  });
}

/**
 * A transcript of a recording from the provider's speech model. Only with transcription turned
 * on in Settings: otherwise recordings never leave the computer.
 */
export async function transcribeRecording(
  deps: { ai: AiService; db: Kysely<Database>; settings: SettingsStore; recordingsDir: string; ffmpegPath(): string },
  recordingId: string,
  signal?: AbortSignal,
): Promise<{ text: string; model: string }> {
  const settings = deps.settings.get().ai;
  if (!settings.transcription) {
    throw new AppError('UNAVAILABLE', 'Transcription is off in Settings → AI, so recordings stay on this computer.');
  }
  const row = await deps.db
    .selectFrom('recordings')
    .select(['status'])
    .where('id', '=', recordingId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'That recording no longer exists.');
  if (row.status !== 'ready') throw new AppError('CONFLICT', 'The recording is still being processed.');
  const provider = await deps.ai.provider();
  const audio = await toWav(deps.ffmpegPath(), recordingFiles(deps.recordingsDir, recordingId).media);
  const text = await provider.transcribe({
    audio,
    fileName: `${recordingId}.wav`,
    model: settings.transcriptionModel,
    signal,
  });
  return { text: text.trim(), model: settings.transcriptionModel };
}
