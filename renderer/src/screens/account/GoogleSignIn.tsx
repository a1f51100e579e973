import { useRef, useState } from 'react';
import type { AccountStatus } from '../../../../shared/ipc/channels/account';
import { call, errorMessage } from '../../api/client';
import { Button } from '../../components/ui';
import { FormError } from '../../components/FormError';

/**
 * "Sign in with Google": main opens the system browser and waits for its loopback redirect; until
 * then the user can cancel here (e.g. they closed the browser tab).
 */
export function GoogleSignIn({ onSignedIn }: { onSignedIn(status: AccountStatus): void }) {
  const [waiting, setWaiting] = useState(false);
  const [error, setError] = useState<string>();
  const cancelled = useRef(false);

  const start = (): void => {
    cancelled.current = false;
    setError(undefined);
    setWaiting(true);
    call('account:sign-in-google', {})
      .then((status) => {
        if (status.signedIn) onSignedIn(status);
      })
      .catch((err: unknown) => {
        if (!cancelled.current) setError(errorMessage(err));
      })
      .finally(() => setWaiting(false));
  };

  const cancel = (): void => {
    cancelled.current = true;
    call('account:cancel-google', {})
      .then(() => setWaiting(false))
      .catch((err: unknown) => setError(errorMessage(err)));
  };

  return (
    <div className="account-google">
      {waiting ? (
        <div className="account-step" role="status" data-testid="google-waiting">
          <span>
            <strong>Continue in your browser…</strong> Sign in with Google there; IntervYou comes back when you are
            done.
          </span>
          <Button variant="ghost" onClick={cancel}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button onClick={start}>
          <span className="google-mark" aria-hidden="true">
            G
          </span>
          Sign in with Google
        </Button>
      )}
      <FormError message={error} />
    </div>
  );
}
