import { useState } from 'react';
import type { AccountStatus } from '../../../../shared/ipc/channels/account';
import { call, errorMessage } from '../../api/client';
import { FormError } from '../../components/FormError';

/** What others see when the user opts in: one sentence, the same wherever the switch appears. */
export const WHAT_OTHERS_SEE =
  'Others see your display name, your points, how many answers you gave and your average score — never your answers.';

/** "Show me on the leaderboard" (PATCH /v1/me). Needs a signed-in account. */
export function LeaderboardOptIn({
  account,
  onChange,
}: {
  account: AccountStatus | undefined;
  onChange(status: AccountStatus): void;
}) {
  // The box follows the click at once; the service's answer catches up a moment later.
  const [pending, setPending] = useState<boolean>();
  const [error, setError] = useState<string>();
  const user = account?.user ?? null;
  const toggle = (optIn: boolean): void => {
    setPending(optIn);
    setError(undefined);
    call('account:update', { leaderboardOptIn: optIn })
      .then(onChange)
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => setPending(undefined));
  };
  return (
    <div className="opt-in">
      <label className="check-row">
        <input
          type="checkbox"
          checked={pending ?? user?.leaderboardOptIn ?? false}
          disabled={!user || pending !== undefined}
          onChange={(event) => toggle(event.target.checked)}
        />
        <span>
          <span className="setting-label">Show me on the leaderboard</span>
          <span className="setting-hint">{user ? WHAT_OTHERS_SEE : `Sign in first. ${WHAT_OTHERS_SEE}`}</span>
        </span>
      </label>
      <FormError message={error} />
    </div>
  );
}
