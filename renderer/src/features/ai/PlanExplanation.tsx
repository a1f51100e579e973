import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { Button, ErrorBanner } from '../../components/ui';

/** With AI on: a short personal note on why this plan fits, on request. With AI off: nothing. */
export function PlanExplanation({ planId }: { planId: string }) {
  const status = useQuery('ai:status', {});
  const [text, setText] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (!status.data?.enabled) return null;

  const explain = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      setText((await call('ai:explain-plan', { planId })).text);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ai-plan-note" data-testid="ai-plan-note">
      {text ? (
        <p>
          <strong>From the AI coach: </strong>
          <span data-testid="ai-plan-text">{text}</span>
        </p>
      ) : (
        <Button icon="spark" variant="ghost" disabled={busy} onClick={() => void explain()}>
          {busy ? 'Writing…' : 'Why this plan? (AI)'}
        </Button>
      )}
      {error ? <ErrorBanner message={error} /> : null}
    </div>
  );
}
