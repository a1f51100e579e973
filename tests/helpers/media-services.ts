import { startServices, type MainServices, type StartServicesOptions } from '../../electron/main/services';
import { openConfSettings } from '../../electron/main/settings/conf-settings';

/** The real services, as the test helper starts them, with the recording hooks exposed. */
export function startMediaServices(
  dataDir: string,
  extra: Pick<StartServicesOptions, 'media' | 'recoverRecordings'> = {},
): Promise<MainServices> {
  return startServices({
    runtime: 'test',
    app: { name: 'IntervYou', version: '0.0.0-test' },
    dataDir,
    settings: (paths) => openConfSettings(paths.settingsDir),
    ...extra,
  });
}

/** Sends a file to main as MediaRecorder chunks, the way the renderer does. */
export async function recordFile(
  services: MainServices,
  chunks: Buffer[],
  mode: 'audio' | 'video' = 'video',
): Promise<string> {
  const { id } = await services.media.start({
    mode,
    mimeType: `${mode}/webm;codecs=opus`,
    questionId: null,
    questionText: 'Tell me about a project you led.',
  });
  for (const [seq, chunk] of chunks.entries()) await services.media.appendChunk(id, seq, chunk.toString('base64'));
  await services.media.stop(id);
  await services.media.whenIdle();
  return id;
}
