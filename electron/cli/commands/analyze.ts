import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { tokenize } from '../../../shared/domain/evaluator/text/tokenize';
import { VoiceMetrics } from '../../../shared/domain/voice/voice-metrics';
import { shutdownAnalysisWorkers } from '../../main/media/analysis-client';
import { FFMPEG_MISSING_MESSAGE, locateFfmpeg } from '../../main/media/ffmpeg-locate';
import { MediaError, processMedia } from '../../main/media/media-processor';
import type { CliCommand } from '../cli-types';
import { UsageError } from '../cli-types';
import { parseCommandArgs } from '../parse-args';

/** The exact pace from a transcript, next to the estimate (only with --transcript). */
interface TranscriptPace {
  transcriptWords: number;
  transcriptWpm: number | null;
  transcriptWpmIncludingPauses: number | null;
}

function human(metrics: VoiceMetrics, file: string, transcript: TranscriptPace | null): string {
  const pitch =
    metrics.pitch.meanHz === null
      ? 'no voiced speech found'
      : `${metrics.pitch.meanHz} Hz mean, ${metrics.pitch.rangeSemitones ?? 0} semitones range${metrics.pitch.monotone ? ' (monotone)' : ''}`;
  return [
    `${path.basename(file)}: ${metrics.durationSec.toFixed(1)} s, ${metrics.speechSec.toFixed(1)} s of speech`,
    `Pace:     about ${Math.round(metrics.estimatedWpm)} words per minute (${metrics.syllablesPerSec} syllables/s)`,
    ...(transcript
      ? [
          `          ${transcript.transcriptWpm === null ? 'no speech to time' : `${Math.round(transcript.transcriptWpm)} words per minute`} from the transcript's ${transcript.transcriptWords} words`,
        ]
      : []),
    `Pauses:   ${metrics.pauseCount}, longest ${metrics.longestPauseSec.toFixed(1)} s`,
    `Pitch:    ${pitch}`,
    `Loudness: ${metrics.loudness.meanDbfs} dBFS mean, ${metrics.loudness.sdDb} dB spread; clipping ${(metrics.clippingRatio * 100).toFixed(2)}%`,
    '',
  ].join('\n');
}

/**
 * `coach analyze <media-file> [--json]`: the same voice analysis a recording gets in the app,
 * on any file ffmpeg can read (WAV, WebM, MP4, with or without video).
 */
export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'Voice metrics (pace, pauses, pitch, loudness) of an audio or video file',
  usage: 'analyze <media-file> [--json] [--min-pause <seconds>] [--transcript <text-file>]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: 'boolean', default: false }, 'min-pause': { type: 'string' }, transcript: { type: 'string' } },
      true,
    );
    if (positionals.length !== 1)
      throw new UsageError(positionals.length === 0 ? 'Give the media file to analyse' : 'Give exactly one media file');
    const minPause = values['min-pause'] === undefined ? undefined : Number(values['min-pause']);
    if (minPause !== undefined && !(minPause > 0 && minPause <= 10))
      throw new UsageError('--min-pause must be a number of seconds between 0 and 10');
    const file = path.resolve(io.cwd, positionals[0] ?? '');
    let transcriptWordCount: number | undefined;
    if (values.transcript !== undefined) {
      const text = await readFile(path.resolve(io.cwd, values.transcript), 'utf8').catch(() => null);
      if (text === null) {
        io.stderr(`coach analyze: cannot read the transcript ${values.transcript}\n`);
        return 1;
      }
      transcriptWordCount = tokenize(text).length;
      if (transcriptWordCount === 0) throw new UsageError('The transcript file has no words');
    }

    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      io.stderr(`coach analyze: cannot read ${file}: no such file\n`);
      return 1;
    }
    if (info.size === 0) {
      io.stderr(`coach analyze: ${file} is empty (0 bytes)\n`);
      return 1;
    }
    const ffmpeg = locateFfmpeg({ env: io.env });
    if (!ffmpeg) {
      io.stderr(`coach analyze: ${FFMPEG_MISSING_MESSAGE}\n`);
      return 1;
    }
    try {
      const result = await processMedia({
        ffmpegPath: ffmpeg.path,
        input: file,
        ...(minPause !== undefined ? { minPauseSec: minPause } : {}),
        ...(transcriptWordCount !== undefined ? { transcriptWordCount } : {}),
      });
      // Exactly the public VoiceMetrics shape, in its field order.
      const metrics = VoiceMetrics.parse(result.analysis.metrics);
      const transcript: TranscriptPace | null =
        transcriptWordCount === undefined
          ? null
          : {
              transcriptWords: transcriptWordCount,
              transcriptWpm: round1(result.analysis.transcriptWpm ?? null),
              transcriptWpmIncludingPauses: round1(result.analysis.transcriptWpmIncludingPauses ?? null),
            };
      io.stdout(values.json ? `${JSON.stringify({ ...metrics, ...transcript })}\n` : human(metrics, file, transcript));
      return 0;
    } catch (error) {
      const reason =
        error instanceof MediaError ? error.message : error instanceof Error ? error.message : String(error);
      io.stderr(`coach analyze: cannot analyse ${path.basename(file)}: ${reason.split('\n')[0]}\n`);
      return 1;
    } finally {
      await shutdownAnalysisWorkers();
    }
  },
};

function round1(n: number | null): number | null {
  return n === null ? null : Math.round(n * 10) / 10;
}
