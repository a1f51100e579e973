import type { RecordingView } from '../../../shared/ipc/channels/recording';
import type { MediaService } from '../media/media-service';

const POLL_MS = 200;

/**
 * The recording once processing has finished (ready, recovered or failed). The mock interview
 * stores a spoken answer while processing may still run in the background (the user was typing
 * notes), so this waits, up to `timeoutMs`, rather than failing the answer.
 */
export async function processedRecording(media: MediaService, id: string, timeoutMs = 120_000): Promise<RecordingView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await media.get(id);
    if (view.status !== 'recording' && view.status !== 'processing') return view;
    if (Date.now() >= deadline) return view;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
