import type { VoiceMetrics } from '../../voice/voice-metrics';
import { brevityFactor, SPEAKING_WPM } from './length';

/** One spoken-delivery problem, with its cost in points and a message the candidate can act on. */
export interface DeliveryIssue {
  what: 'pace' | 'pauses' | 'monotone' | 'volume' | 'clipping' | 'fillers';
  penalty: number;
  message: string;
}

export interface DeliveryResult {
  score: number;
  wpm: number;
  /** True when wpm was counted from a word-for-word transcript rather than estimated from syllables. */
  wpmFromTranscript: boolean;
  longPauses: number;
  issues: DeliveryIssue[];
}

const LONG_PAUSE_SEC = 2.5;

/**
 * Scores a recorded answer's delivery from voice metrics plus the transcript's filler rate; with
 * a word-for-word transcript, its exact words per minute replace the syllable-based estimate.
 */
export function scoreDelivery(
  voice: VoiceMetrics,
  fillerPer100: number,
  transcriptWpm: number | null = null,
): DeliveryResult {
  const issues: DeliveryIssue[] = [];
  const wpm = Math.round(transcriptWpm ?? voice.estimatedWpm);
  const spoke = transcriptWpm === null ? `You spoke at about ${wpm}` : `You spoke at ${wpm}`;
  if (wpm < SPEAKING_WPM.low || wpm > SPEAKING_WPM.high) {
    const off = wpm < SPEAKING_WPM.low ? SPEAKING_WPM.low - wpm : wpm - SPEAKING_WPM.high;
    issues.push({
      what: 'pace',
      penalty: Math.min(40, Math.round(off * 1.2)),
      message:
        wpm < SPEAKING_WPM.low
          ? `${spoke} words per minute, slower than the ${SPEAKING_WPM.low}–${SPEAKING_WPM.high} that sounds confident. Rehearse the story so it flows without searching for words.`
          : `${spoke} words per minute, faster than the ${SPEAKING_WPM.low}–${SPEAKING_WPM.high} listeners follow easily. Slow down and pause briefly after key numbers.`,
    });
  }
  const long = voice.pauses.filter((p) => p.endSec - p.startSec >= LONG_PAUSE_SEC);
  if (long.length > 0 || voice.longestPauseSec >= 5) {
    const count = Math.max(long.length, voice.longestPauseSec >= LONG_PAUSE_SEC ? 1 : 0);
    issues.push({
      what: 'pauses',
      penalty: Math.min(30, count * 8 + (voice.longestPauseSec >= 5 ? 10 : 0)),
      message: `${count} pause${count === 1 ? '' : 's'} of ${LONG_PAUSE_SEC} s or more (longest ${round1(voice.longestPauseSec)} s). A short pause is fine; long ones sound unprepared — outline the answer's steps before you start.`,
    });
  }
  if (voice.pitch.monotone) {
    issues.push({
      what: 'monotone',
      penalty: 15,
      message: `Your pitch stayed flat${voice.pitch.rangeSemitones === null ? '' : ` (a range of ${round1(voice.pitch.rangeSemitones)} semitones)`}. Stress the result and the numbers to sound engaged.`,
    });
  }
  if (voice.loudness.meanDbfs < -35) {
    issues.push({
      what: 'volume',
      penalty: 12,
      message: `The recording is quiet (average ${round1(voice.loudness.meanDbfs)} dBFS). Move closer to the microphone or speak up.`,
    });
  }
  if (voice.clippingRatio > 0.01) {
    issues.push({
      what: 'clipping',
      penalty: 10,
      message: `${round1(voice.clippingRatio * 100)}% of the audio is clipped (too loud). Lower the input gain or move back from the microphone.`,
    });
  }
  if (fillerPer100 > 2) {
    issues.push({
      what: 'fillers',
      penalty: Math.min(25, Math.round((fillerPer100 - 2) * 5)),
      message: `Filler words at ${fillerPer100} per 100 words make the answer sound less sure; replace them with a silent pause.`,
    });
  }
  const score = Math.max(0, Math.min(100, 100 - issues.reduce((sum, i) => sum + i.penalty, 0)));
  return { score, wpm, wpmFromTranscript: transcriptWpm !== null, longPauses: long.length, issues };
}

/** A very short answer's delivery cannot earn top marks, however well paced (see brevityFactor). */
export function briefDelivery(result: DeliveryResult, words: number): DeliveryResult {
  return { ...result, score: Math.round(result.score * brevityFactor(words)) };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
