import { useState } from 'react';
import type { AccountStatus } from '../../../../shared/ipc/channels/account';
import { call } from '../../api/client';
import { Button } from '../../components/ui';
import { useSubmit } from '../../api/use-submit';
import { FormError } from '../../components/FormError';
import { EmailField } from './EmailField';
import { AccountForm } from './AccountForm';

export function SignInForm({
  email,
  onEmail,
  onSignedIn,
  onForgot,
}: {
  email: string;
  onEmail(email: string): void;
  onSignedIn(status: AccountStatus): void;
  onForgot(): void;
}) {
  const [password, setPassword] = useState('');
  const submit = useSubmit();
  return (
    <AccountForm
      label="Sign in"
      onSubmit={() => {
        submit.run(async () => onSignedIn(await call('account:sign-in', { email, password })));
      }}
    >
      <EmailField value={email} onChange={onEmail} />
      <label className="field">
        <span>Password</span>
        <input
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
      </label>
      <FormError message={submit.error} />
      <div className="account-actions">
        <Button variant="primary" type="submit" disabled={submit.busy || !email.trim() || !password}>
          {submit.busy ? 'Signing in…' : 'Sign in'}
        </Button>
        <button type="button" className="link-button" onClick={onForgot}>
          Forgot password?
        </button>
      </div>
    </AccountForm>
  );
}
