/** The 6–8 digit code from an e-mail: digits only, one-time-code autofill. */
export function CodeField({ value, onChange }: { value: string; onChange(value: string): void }) {
  return (
    <label className="field account-code">
      <span>Code from the e-mail</span>
      <input
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6,8}"
        maxLength={8}
        value={value}
        onChange={(event) => onChange(event.target.value.replace(/\D/g, ''))}
        required
      />
    </label>
  );
}
