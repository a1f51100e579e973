import { useState } from 'react';
import type { AccountStatus } from '../../../../shared/ipc/channels/account';
import { call } from '../../api/client';
import { Button } from '../../components/ui';
import { CodeField } from './CodeField';
import { NewPasswordField } from './PasswordField';
import { useSubmit } from '../../api/use-submit';
import { FormError } from '../../components/FormError';
import { EmailField } from './EmailField';
import { AccountForm } from './AccountForm';

/**
 * Forgot password: ask for a code, then the code and a new password. A wrong, expired or locked
 * code comes back as the service's own message, shown as it is, with a way to ask for a new code.
 */
export function ResetPasswordForm({
  email,
  onEmail,
  onSignedIn,
  onBack,
}: {
  email: string;
  onEmail(email: string): void;
  onSignedIn(status: AccountStatus): void;
  onBack(): void;
}) {
  const [sent, setSent] = useState<string>();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const submit = useSubmit();

  const request = (): void =>
    submit.run(async () => {
      const reply = await call('account:request-password-reset', { email });
      setCode('');
      setSent(reply.message);
    });

  if (!sent) {
    return (
      <AccountForm
        label="Reset your password"
        onSubmit={() => {
          request();
        }}
      >
        <p className="setting-hint">We will e-mail a code to this address. Enter it here with a new password.</p>
        <EmailField value={email} onChange={onEmail} />
        <FormError message={submit.error} />
        <div className="account-actions">
          <Button variant="primary" type="submit" disabled={submit.busy || !email.trim()}>
            {submit.busy ? 'Sending…' : 'E-mail me a code'}
          </Button>
          <button type="button" className="link-button" onClick={onBack}>
            Back to sign in
          </button>
        </div>
      </AccountForm>
    );
  }

  return (
    <AccountForm
      label="Choose a new password"
      onSubmit={() => {
        submit.run(async () =>
          onSignedIn(await call('account:confirm-password-reset', { email, code, newPassword: password })),
        );
      }}
    >
      <div className="account-step" role="status">
        <strong>Check your e-mail ({email}).</strong> {sent}
      </div>
      <CodeField value={code} onChange={setCode} />
      <NewPasswordField label="New password" value={password} onChange={setPassword} />
      <FormError message={submit.error} />
      <div className="account-actions">
        <Button variant="primary" type="submit" disabled={submit.busy || code.length < 6 || password.length < 8}>
          {submit.busy ? 'Saving…' : 'Set new password and sign in'}
        </Button>
        <button type="button" className="link-button" disabled={submit.busy} onClick={request}>
          Send a new code
        </button>
        <button type="button" className="link-button" onClick={onBack}>
          Back to sign in
        </button>
      </div>
    </AccountForm>
  );
}
