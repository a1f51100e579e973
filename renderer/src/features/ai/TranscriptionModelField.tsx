import { useEffect, useState } from 'react';
import { useSettings } from '../../app/settings-context';
import { errorMessage } from '../../api/client';
import { Button } from '../../components/ui';

/** The speech model transcripts are asked of (shown while transcription is on); checked by main like the chat model. */
export function TranscriptionModelField() {
  const { settings, update } = useSettings();
  const current = settings.ai.transcriptionModel;
  const [model, setModel] = useState(current);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);

  useEffect(() => setModel(current), [current]);

  const save = async (): Promise<void> => {
    setError(undefined);
    setSaved(false);
    try {
      await update({ ai: { transcriptionModel: model.trim() } });
      setSaved(true);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <div className="ai-transcription-model">
      <label className="field">
        Transcription model
        <input value={model} placeholder="whisper-1" onChange={(event) => setModel(event.target.value)} />
      </label>
      <div className="ai-actions">
        <Button disabled={model.trim() === current} onClick={() => void save()}>
          Save transcription model
        </Button>
      </div>
      {saved ? (
        <p className="form-success" role="status">
          Transcription model saved.
        </p>
      ) : null}
      {error ? <p className="form-error">{error}</p> : null}
    </div>
  );
}
