import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { Button, ErrorBanner } from '../../components/ui';

/** Fills the answer box with a transcript of the recording, when the user turned transcription on. */
export function TranscribeButton({
  recordingId,
  onTranscript,
}: {
  recordingId: string;
  onTranscript(text: string): void;
}) {
  const status = useQuery('ai:status', {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (!status.data?.transcription) return null;

  const transcribe = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      onTranscript((await call('ai:transcribe-recording', { recordingId })).text);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ai-transcribe">
      <Button icon="text" disabled={busy} onClick={() => void transcribe()}>
        {busy ? 'Transcribing…' : 'Transcribe with AI'}
      </Button>
      <span className="muted small">
        {' '}
        Sends this recording&apos;s audio to {status.data.baseUrl ?? 'the AI server'}.
      </span>
      {error ? <ErrorBanner message={error} /> : null}
    </div>
  );
}
