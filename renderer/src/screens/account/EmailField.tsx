/** The e-mail address of an account form; `autoComplete` says whether it names an existing account. */
export function EmailField({
  value,
  onChange,
  autoComplete = 'username',
}: {
  value: string;
  onChange(value: string): void;
  autoComplete?: 'username' | 'email';
}) {
  return (
    <label className="field">
      <span>Email</span>
      <input
        type="email"
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required
      />
    </label>
  );
}
