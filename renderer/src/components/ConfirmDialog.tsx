import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from './ui';
import { FormError } from './FormError';

/**
 * A modal that asks the user to type a word before a destructive action, so a stray click or
 * Enter key cannot trigger it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmWord,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmWord: string;
  confirmLabel: string;
  busy?: boolean;
  error?: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const [typed, setTyped] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const matches = typed.trim() === confirmWord;

  useEffect(() => {
    inputRef.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        <div className="modal-body">{children}</div>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (matches && !busy) onConfirm();
          }}
        >
          <label className="field">
            <span>
              Type <strong>{confirmWord}</strong> to confirm
            </span>
            <input
              ref={inputRef}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              aria-label={`Type ${confirmWord} to confirm`}
            />
          </label>
          <FormError message={error} />
          <div className="modal-actions">
            <Button variant="ghost" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="danger" type="submit" disabled={!matches || busy}>
              {busy ? 'Working…' : confirmLabel}
            </Button>
          </div>
        </form>
      </div>
    </div>
  );
}
