import type { RecordingReview } from '../../../../shared/ipc/channels/recording';
import { Icon } from '../../components/Icon';
import { Button } from '../../components/ui';
import type { CaptureNote } from './capture-notes';
import { SILENT_DBFS } from './use-input-level';

function meterWords(note: CaptureNote | null): string {
  if (!note || note.meterPeakDbfs === null) return 'The level meter reading for this recording is not known.';
  const peak = Math.round(note.meterPeakDbfs);
  if (note.meterPeakDbfs <= SILENT_DBFS)
    return `While recording, the level meter stayed silent (loudest ${peak} dBFS).`;
  return `While recording, the level meter peaked at ${peak} dBFS: it picked up sound, but nothing that sounded like speech (a tone, a beep or background noise).`;
}

/** The one message a recording with no speech gets, instead of delivery figures and advice. */
export function NoSpeechNotice({
  review,
  note,
  onRetry,
}: {
  review: RecordingReview;
  note: CaptureNote | null;
  onRetry?: () => void;
}) {
  const microphone = note?.microphone ? `“${note.microphone}”` : 'the selected microphone';
  return (
    <div className="no-speech" role="alert" data-testid="no-speech">
      <Icon name="warning" size={22} />
      <div>
        <strong>No speech was heard — check the microphone</strong>
        <p>
          This {Math.round(review.metrics.durationSec)} s recording from {microphone} has no speech in it, so it gets no
          delivery score. {meterWords(note)} Make sure the right microphone is selected and not muted, and that the
          level meter moves when you speak, then record again.
        </p>
        {onRetry ? (
          <Button variant="primary" icon="record" onClick={onRetry}>
            Record again
          </Button>
        ) : null}
      </div>
    </div>
  );
}
