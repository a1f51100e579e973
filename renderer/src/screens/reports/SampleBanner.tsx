import { useState } from 'react';
import { plural } from '../../../../shared/domain/reports/labels';
import { call, errorMessage } from '../../api/client';
import { Button } from '../../components/ui';
import { Icon } from '../../components/Icon';

/** Shown wherever sample answers are counted, so nobody mistakes them for their own. */
export function SampleBanner({ count }: { count: number }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (count <= 0) return null;
  const remove = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await call('sample:remove', {});
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="sample-banner" role="status" data-testid="sample-banner">
      <span className="sample-banner-icon">
        <Icon name="flask" size={18} />
      </span>
      <div className="sample-banner-text">
        <strong>You are looking at sample data.</strong> {plural(count, 'sample answer')} made up to show what IntervYou
        tracks; each is marked
        <span className="sample-badge">Sample</span>. Your own answers are kept separately.
        {error ? <span className="form-error"> {error}</span> : null}
      </div>
      <Button variant="secondary" onClick={() => void remove()} disabled={busy}>
        {busy ? 'Removing…' : 'Remove sample data'}
      </Button>
    </div>
  );
}
