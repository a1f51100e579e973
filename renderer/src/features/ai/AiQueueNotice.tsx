import { useEffect, useState } from 'react';
import type { AiQueueItem } from '../../../../shared/ipc/channels/ai';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { useOnline } from '../../app/use-online';
import { Button } from '../../components/ui';

/** AI work waiting for the provider (asked for while it was away): what it is, and Run now. */
export function AiQueueNotice({ attemptId, kind }: { attemptId?: string; kind?: AiQueueItem['kind'] }) {
  const queue = useQuery('ai:queue', {});
  const online = useOnline();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const items = (queue.data ?? []).filter(
    (item) => (!attemptId || item.attemptId === attemptId) && (!kind || item.kind === kind),
  );
  const waiting = items.filter((item) => item.status === 'waiting').length;
  const reload = queue.reload;

  const run = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await call('ai:queue-run', {});
      reload();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  // Back online: try what was waiting.
  useEffect(() => {
    if (online && waiting > 0) void run();
    // Only the change to online matters here, not every new list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [online]);

  if (items.length === 0) return null;
  return (
    <div className="ai-queue" role="status" data-testid="ai-queue">
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.status === 'waiting'
              ? `${item.label}: waiting for the AI server, runs when it is reachable${item.tries ? ` (tried ${item.tries}×)` : ''}.`
              : `${item.label}: failed — ${item.lastError ?? 'unknown error'}`}
          </li>
        ))}
      </ul>
      {waiting > 0 ? (
        <Button icon="refresh" disabled={busy} onClick={() => void run()}>
          {busy ? 'Running…' : 'Run now'}
        </Button>
      ) : null}
      {error ? <p className="form-error">{error}</p> : null}
    </div>
  );
}
