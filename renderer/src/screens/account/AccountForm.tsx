import type { ReactNode } from 'react';

/** One step of signing up, in or back: a named form whose submit runs `onSubmit` in place of a page load. */
export function AccountForm({ label, onSubmit, children }: { label: string; onSubmit(): void; children: ReactNode }) {
  return (
    <form
      className="account-form"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
