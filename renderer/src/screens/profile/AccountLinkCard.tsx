import { hrefFor } from '../../app/router';
import { Card } from '../../components/ui';
import { useAccountStatus } from '../../features/account/use-account';

/** Profile's way to the Account screen: who is signed in, or why one would sign in. */
export function AccountLinkCard() {
  const account = useAccountStatus();
  const user = account.data?.signedIn ? account.data.user : null;
  return (
    <Card title="Account">
      <div className="setting-row" data-testid="profile-account">
        <div>
          <div className="setting-label">{user ? `Signed in as ${user.displayName}` : 'Not signed in'}</div>
          <div className="setting-hint">
            {user
              ? `${user.email}. Your scores sync to the account service; the leaderboard shows you only if you choose.`
              : 'Sign in to sync your scores and join the leaderboard. Practice works the same without an account.'}
          </div>
        </div>
        <a className="btn btn-secondary" href={hrefFor('account')}>
          {user ? 'Open Account' : 'Sign in'}
        </a>
      </div>
    </Card>
  );
}
