import path from 'node:path';

/** Every file a recording owns, all named after its id inside the recordings folder. */
export function recordingFiles(recordingsDir: string, id: string) {
  const at = (suffix: string): string => path.join(recordingsDir, `${id}${suffix}`);
  return {
    /** Chunks are appended here while recording; kept until a remux has succeeded. */
    part: at('.webm.part'),
    /** The remuxed recording (duration and cues fixed), what playback serves. */
    media: at('.webm'),
    /** The remux is written here first, then renamed, so `media` is never half-written. */
    remuxTmp: at('.remux.webm'),
    peaks: at('.peaks.json'),
    thumbnail: at('.jpg'),
    thumbnailTmp: at('.thumb.jpg'),
  };
}

export type RecordingFiles = ReturnType<typeof recordingFiles>;

export const PART_SUFFIX = '.webm.part';

/** The recording id of a `.part` file name, or null for anything else. */
export function idFromPartFile(name: string): string | null {
  if (!name.endsWith(PART_SUFFIX)) return null;
  const id = name.slice(0, -PART_SUFFIX.length);
  return /^[a-z0-9-]{8,64}$/.test(id) ? id : null;
}
