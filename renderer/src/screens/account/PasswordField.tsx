import { useId } from 'react';
import { passwordStrength } from './password-strength';

/** A new password with its strength hint under it (sign-up and reset). */
export function NewPasswordField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
}) {
  const hintId = useId();
  const hint = passwordStrength(value);
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="password"
        autoComplete="new-password"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hintId}
        required
      />
      <span id={hintId} className={`password-hint strength-${hint.strength}`} data-testid="password-strength">
        <span className="strength-bar" aria-hidden="true">
          <span />
        </span>
        {hint.message}
      </span>
    </label>
  );
}
