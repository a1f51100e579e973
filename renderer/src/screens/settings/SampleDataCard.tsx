import { useState } from 'react';
import { shortDate } from '../../../../shared/domain/reports/day-math';
import { plural } from '../../../../shared/domain/reports/labels';
import { DEFAULT_SAMPLE_ATTEMPTS } from '../../../../shared/ipc/channels/sample';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { hasScreen } from '../../app/screen-registry';
import { Button, Card, ErrorBanner } from '../../components/ui';
import { reportsHref } from '../reports/report-route';
import '../reports/reports.css';

/** Load a sample history to see what Reports and the advisor do, and remove it again in one step. */
export function SampleDataCard() {
  const status = useQuery('sample:status', {});
  const [busy, setBusy] = useState<'load' | 'remove' | null>(null);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const present = (status.data?.attempts ?? 0) > 0;

  const run = async (what: 'load' | 'remove'): Promise<void> => {
    setBusy(what);
    setError(undefined);
    setDone(undefined);
    try {
      if (what === 'load') {
        const result = await call('sample:load', { attempts: DEFAULT_SAMPLE_ATTEMPTS });
        setDone(`Loaded ${plural(result.attempts, 'sample answer')} and ${plural(result.sessions, 'mock interview')}.`);
      } else {
        const result = await call('sample:remove', {});
        setDone(`Removed ${plural(result.removedAttempts, 'sample answer')}. Your own answers were not touched.`);
      }
      status.reload();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title="Sample data">
      <div className="setting-row">
        <div>
          <div className="setting-label">{present ? 'Sample data is loaded' : 'Try IntervYou with sample data'}</div>
          <div className="setting-hint">
            {present && status.data
              ? `${plural(status.data.attempts, 'sample answer')} and ${plural(status.data.sessions, 'mock interview')} from ${shortDate(status.data.from ?? '', true)} to ${shortDate(status.data.to ?? '', true)}, each marked "Sample". Removing them leaves your own answers as they are.`
              : `Adds about ${DEFAULT_SAMPLE_ATTEMPTS} practice answers over the last few months — every category, typed and spoken, a few mock interviews, improving unevenly — so you can see what Reports and the advisor will show. They are clearly marked and never synced.`}
          </div>
        </div>
        {present ? (
          <Button
            variant="secondary"
            onClick={() => void run('remove')}
            disabled={busy !== null}
            data-testid="remove-sample"
          >
            {busy === 'remove' ? 'Removing…' : 'Remove sample data'}
          </Button>
        ) : (
          <Button
            variant="primary"
            onClick={() => void run('load')}
            disabled={busy !== null || status.loading}
            data-testid="load-sample"
          >
            {busy === 'load' ? 'Making sample answers…' : 'Load sample data'}
          </Button>
        )}
      </div>
      {busy === 'load' ? (
        <p className="muted small">
          Grading a few hundred sample answers with the local evaluator; this takes a few seconds.
        </p>
      ) : null}
      {done ? (
        <p className="form-success sample-card-status" role="status">
          {done}
          {present && hasScreen('reports') ? <a href={reportsHref({ period: 'all' })}>Open Reports</a> : null}
        </p>
      ) : null}
      {error ? <ErrorBanner message={error} /> : null}
    </Card>
  );
}
