import { useState } from 'react';
import type { AccountStatus } from '../../../../shared/ipc/channels/account';
import type { ScreenProps } from '../../app/screens';
import { hrefFor } from '../../app/router';
import { Icon } from '../../components/Icon';
import { Card, EmptyState, ErrorBanner, PageHeader } from '../../components/ui';
import { useAccountStatus, useSyncStatus } from '../../features/account/use-account';
import { GoogleSignIn } from './GoogleSignIn';
import { RegisterForm } from './RegisterForm';
import { RejectionsCard } from './RejectionsCard';
import { ResetPasswordForm } from './ResetPasswordForm';
import { SignedInCard } from './SignedInCard';
import { SignInForm } from './SignInForm';
import './account.css';

type Mode = 'sign-in' | 'register' | 'reset';

function modeFrom(params: URLSearchParams): Mode {
  const asked = params.get('mode');
  return asked === 'register' || asked === 'reset' ? asked : 'sign-in';
}

function Notice({ icon, children, testId }: { icon: 'info' | 'warning'; children: string; testId: string }) {
  return (
    <div className={`notice-banner notice-${icon}`} role="status" data-testid={testId}>
      <Icon name={icon} size={18} />
      <span>{children}</span>
    </div>
  );
}

function SignedOut({ params, onSignedIn }: { params: URLSearchParams; onSignedIn(status: AccountStatus): void }) {
  const [mode, setMode] = useState<Mode>(() => modeFrom(params));
  const [email, setEmail] = useState('');
  return (
    <Card className="account-card">
      {mode === 'reset' ? (
        <>
          <h2 className="card-title">Forgot password</h2>
          <ResetPasswordForm
            email={email}
            onEmail={setEmail}
            onSignedIn={onSignedIn}
            onBack={() => setMode('sign-in')}
          />
        </>
      ) : (
        <>
          <div className="segmented account-tabs" role="tablist" aria-label="Account">
            {(
              [
                ['sign-in', 'Sign in'],
                ['register', 'Create an account'],
              ] as const
            ).map(([value, label]) => (
              <button
                key={value}
                type="button"
                role="tab"
                aria-selected={mode === value}
                className={mode === value ? 'is-selected' : ''}
                onClick={() => setMode(value)}
              >
                {label}
              </button>
            ))}
          </div>
          {mode === 'sign-in' ? (
            <SignInForm email={email} onEmail={setEmail} onSignedIn={onSignedIn} onForgot={() => setMode('reset')} />
          ) : (
            <RegisterForm email={email} onEmail={setEmail} onSignedIn={onSignedIn} />
          )}
          <div className="account-or">
            <span>or</span>
          </div>
          <GoogleSignIn onSignedIn={onSignedIn} />
        </>
      )}
    </Card>
  );
}

export function AccountScreen({ params }: ScreenProps) {
  const account = useAccountStatus();
  const sync = useSyncStatus();
  const status = account.data;
  return (
    <div className="screen account-screen">
      <PageHeader
        title="Account"
        subtitle="Sign in to sync your scores and join the leaderboard. Everything else works without an account."
      />
      {status?.notice ? (
        <Notice icon="info" testId="account-notice">
          {status.notice}
        </Notice>
      ) : null}
      {status?.sessionStorage === 'memory' ? (
        <Notice icon="warning" testId="session-warning">
          {status.storageWarning ??
            'No keychain answered on this computer, so you stay signed in only until IntervYou closes.'}
        </Notice>
      ) : null}
      {account.error ? <ErrorBanner message={account.error} onRetry={account.reload} /> : null}
      {!status ? (
        account.error ? null : (
          <div className="loading">Loading your account…</div>
        )
      ) : status.server === null ? (
        <EmptyState
          icon="online"
          title="No account service is set"
          action={
            <a className="btn btn-primary" href={hrefFor('settings', { section: 'account' })}>
              Set the account service
            </a>
          }
        >
          This copy of IntervYou has no account service address. Add one in Settings → Account and sync to sign in.
        </EmptyState>
      ) : status.signedIn ? (
        <SignedInCard account={status} sync={sync.data} onAccount={account.set} onSync={sync.set} />
      ) : (
        <SignedOut params={params} onSignedIn={account.set} />
      )}
      <RejectionsCard rejectedCount={sync.data?.rejected} />
      {status?.server ? (
        <p className="muted account-server" data-testid="account-server">
          <Icon name="lock" size={14} /> Account service: {status.server}. Only scores, category, question id, mode,
          duration and time are sent — never your answers, notes or recordings.
        </p>
      ) : null}
    </div>
  );
}
