import { useState } from 'react';
import type { AccountStatus } from '../../../../shared/ipc/channels/account';
import { call } from '../../api/client';
import { Button } from '../../components/ui';
import { NewPasswordField } from './PasswordField';
import { CodeField } from './CodeField';
import { useSubmit } from '../../api/use-submit';
import { FormError } from '../../components/FormError';
import { EmailField } from './EmailField';
import { AccountForm } from './AccountForm';

/** Sign-up in two steps: name, email and password; then the code the service e-mailed. */
export function RegisterForm({
  email,
  onEmail,
  onSignedIn,
}: {
  email: string;
  onEmail(email: string): void;
  onSignedIn(status: AccountStatus): void;
}) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<{ email: string; message: string }>();
  const [code, setCode] = useState('');
  const submit = useSubmit();

  if (sentTo) {
    return (
      <AccountForm
        label="Confirm your email"
        onSubmit={() => {
          submit.run(async () => onSignedIn(await call('account:confirm-registration', { email: sentTo.email, code })));
        }}
      >
        <div className="account-step" role="status">
          <strong>We e-mailed you a code.</strong> It went to <strong>{sentTo.email}</strong>. {sentTo.message}
        </div>
        <CodeField value={code} onChange={setCode} />
        <FormError message={submit.error} />
        <div className="account-actions">
          <Button variant="primary" type="submit" disabled={submit.busy || code.trim().length < 6}>
            {submit.busy ? 'Checking…' : 'Create account'}
          </Button>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              submit.clear();
              setCode('');
              setSentTo(undefined);
            }}
          >
            Use a different address
          </button>
        </div>
      </AccountForm>
    );
  }

  return (
    <AccountForm
      label="Create an account"
      onSubmit={() => {
        submit.run(async () => {
          setSentTo(await call('account:register', { email, displayName: name, password }));
        });
      }}
    >
      <label className="field">
        <span>Name</span>
        <input
          autoComplete="nickname"
          value={name}
          maxLength={40}
          onChange={(event) => setName(event.target.value)}
          required
        />
        <span className="setting-hint">Shown on the leaderboard only if you choose to appear there.</span>
      </label>
      <EmailField value={email} onChange={onEmail} autoComplete="email" />
      <NewPasswordField label="Password" value={password} onChange={setPassword} />
      <FormError message={submit.error} />
      <div className="account-actions">
        <Button
          variant="primary"
          type="submit"
          disabled={submit.busy || !name.trim() || !email.trim() || password.length < 8}
        >
          {submit.busy ? 'Sending…' : 'Send me a code'}
        </Button>
      </div>
    </AccountForm>
  );
}
