import { SPEAKING_WPM } from '../../../../shared/domain/evaluator/measures/length';
import type { RecordingReview } from '../../../../shared/ipc/channels/recording';

export type AdviceTone = 'good' | 'ok' | 'weak';

export interface Advice {
  id: 'pace' | 'pauses' | 'pitch' | 'volume' | 'clipping' | 'noise' | 'length';
  tone: AdviceTone;
  title: string;
  detail: string;
}

/** Below this much speech the rate and pitch figures are too noisy to coach on. */
const MIN_SPEECH_SEC = 8;
const QUIET_DBFS = -35;
const HOT_DBFS = -10;
const CLIPPING_NOTICEABLE = 0.001;
const NOISY_SNR_DB = 15;

const round1 = (n: number): string => (Math.round(n * 10) / 10).toString();

/**
 * Plain-language coaching from the voice metrics, one item per aspect, in the order a listener
 * notices them. Thresholds match the evaluator's delivery sub-score so the two never disagree.
 */
export function voiceAdvice(review: RecordingReview): Advice[] {
  const m = review.metrics;
  const advice: Advice[] = [];
  if (m.speechSec < MIN_SPEECH_SEC) {
    advice.push({
      id: 'length',
      tone: 'ok',
      title: m.speechSec < 1 ? 'No speech was heard' : 'Too short to judge your delivery',
      detail:
        m.speechSec < 1
          ? 'The recording is silent or very quiet. Check that the right microphone is selected and that its level moves when you speak.'
          : `Only ${round1(m.speechSec)} s of speech. Answer for at least a minute to get pace and pitch feedback you can trust.`,
    });
    if (m.speechSec < 1) return advice;
  } else {
    const wpm = Math.round(m.estimatedWpm);
    const band = `${SPEAKING_WPM.low}–${SPEAKING_WPM.high}`;
    if (wpm < SPEAKING_WPM.low) {
      advice.push({
        id: 'pace',
        tone: wpm < SPEAKING_WPM.low - 20 ? 'weak' : 'ok',
        title: `Slow pace: about ${wpm} words per minute`,
        detail: `Most listeners find ${band} words per minute confident and easy to follow. Rehearse the story until it flows, and cut filler words rather than slowing down.`,
      });
    } else if (wpm > SPEAKING_WPM.high) {
      advice.push({
        id: 'pace',
        tone: wpm > SPEAKING_WPM.high + 20 ? 'weak' : 'ok',
        title: `Fast pace: about ${wpm} words per minute`,
        detail: `Aim for ${band}. Slow down on the numbers and the result, and take a breath between the parts of your story.`,
      });
    } else {
      advice.push({
        id: 'pace',
        tone: 'good',
        title: `Good pace: about ${wpm} words per minute`,
        detail: `Right in the ${band} band that sounds confident and is easy to follow.`,
      });
    }
  }

  const long = review.longPauses;
  if (long.length > 0) {
    const longest = Math.max(...long.map((p) => p.endSec - p.startSec));
    advice.push({
      id: 'pauses',
      tone: long.length > 2 || longest >= 5 ? 'weak' : 'ok',
      title: `${long.length} long ${long.length === 1 ? 'pause' : 'pauses'} (longest ${round1(longest)} s)`,
      detail:
        'A second to think is fine; longer silences sound unprepared. Outline your answer (situation, task, action, result) before you start. They are marked on the waveform.',
    });
  } else if (m.pauseCount > 0) {
    advice.push({
      id: 'pauses',
      tone: 'good',
      title: `${m.pauseCount} short ${m.pauseCount === 1 ? 'pause' : 'pauses'}, none too long`,
      detail: 'Short pauses between ideas help the listener; you used them well.',
    });
  }

  if (m.speechSec >= MIN_SPEECH_SEC && m.pitch.meanHz !== null) {
    const range = m.pitch.rangeSemitones ?? 0;
    advice.push(
      m.pitch.monotone
        ? {
            id: 'pitch',
            tone: 'ok',
            title: `Flat delivery (pitch range ${round1(range)} semitones)`,
            detail:
              'Your voice stayed on a narrow band of pitch, which can sound disengaged. Lift your voice on the result and the numbers you are proud of.',
          }
        : {
            id: 'pitch',
            tone: 'good',
            title: `Lively delivery (pitch range ${round1(range)} semitones)`,
            detail: 'Your pitch moved naturally, which keeps a listener engaged.',
          },
    );
  }

  if (m.loudness.meanDbfs < QUIET_DBFS) {
    advice.push({
      id: 'volume',
      tone: 'weak',
      title: `Quiet recording (${round1(m.loudness.meanDbfs)} dBFS)`,
      detail: 'Move closer to the microphone or raise its input level, so an interviewer on a call hears you clearly.',
    });
  } else if (m.loudness.meanDbfs > HOT_DBFS) {
    advice.push({
      id: 'volume',
      tone: 'ok',
      title: `Very loud recording (${round1(m.loudness.meanDbfs)} dBFS)`,
      detail: 'Lower the input level a little or sit further back from the microphone.',
    });
  } else {
    advice.push({
      id: 'volume',
      tone: 'good',
      title: 'Clear volume',
      detail: `Your level (${round1(m.loudness.meanDbfs)} dBFS on average) is comfortable to listen to.`,
    });
  }
  if (m.clippingRatio > CLIPPING_NOTICEABLE) {
    advice.push({
      id: 'clipping',
      tone: m.clippingRatio > 0.01 ? 'weak' : 'ok',
      title: `Distortion: ${round1(m.clippingRatio * 100)}% of the audio is clipped`,
      detail: 'The microphone is overloaded when you speak up. Lower its input level.',
    });
  }
  if (review.snrDb < NOISY_SNR_DB) {
    advice.push({
      id: 'noise',
      tone: 'ok',
      title: 'Noisy background',
      detail: `Your voice is only ${Math.round(review.snrDb)} dB above the background. A quieter room or a headset microphone will help — and makes these measurements more reliable.`,
    });
  }
  return advice;
}
