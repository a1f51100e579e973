import { spawn } from 'node:child_process';

export interface MediaProbe {
  hasAudio: boolean;
  hasVideo: boolean;
  /** From the container header; null when it has none (MediaRecorder's WebM) or it is N/A. */
  durationSec: number | null;
}

/**
 * What streams a file has, from `ffmpeg -i` (ffprobe is not shipped by ffmpeg-static, so the
 * app relies on ffmpeg alone). Throws with ffmpeg's own reason when the file cannot be opened.
 */
export function probeMedia(ffmpegPath: string, file: string): Promise<MediaProbe> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath, ['-hide_banner', '-nostdin', '-i', file], { windowsHide: true });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 256 * 1024) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => reject(new Error(`Could not run ffmpeg (${error.message})`)));
    child.on('close', () => {
      const streams = stderr.split('\n').filter((line) => /^\s*Stream #\d+:\d+/.test(line));
      if (!/Input #0/.test(stderr)) {
        reject(new Error(lastMeaningfulLine(stderr) ?? 'ffmpeg could not open the file'));
        return;
      }
      const duration = /Duration:\s*(\d+):(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
      resolve({
        hasAudio: streams.some((line) => /:\s*Audio:/.test(line)),
        hasVideo: streams.some((line) => /:\s*Video:/.test(line) && !/attached pic/.test(line)),
        durationSec: duration ? Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3]) : null,
      });
    });
  });
}

/** ffmpeg's last line that says what went wrong, without the file path prefix. */
export function lastMeaningfulLine(stderr: string): string | null {
  const lines = stderr
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line && !/^(At least one output|Press \[q\]|Conversion failed|frame=|size=)/.test(line));
  const last = lines[lines.length - 1];
  if (!last) return null;
  // "/path/to/file.webm: Invalid data found when processing input" → the reason only.
  const colon = last.lastIndexOf(': ');
  return colon > 0 && /[\\/]/.test(last.slice(0, colon)) ? last.slice(colon + 2) : last;
}
