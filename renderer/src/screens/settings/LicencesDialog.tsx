import { useEffect, useId, useRef } from 'react';
import { useQuery } from '../../api/use-query';
import { ErrorBanner } from '../../components/ui';

/** The app's licence and the third-party notices shipped with this build, in a scrollable modal. */
export function LicencesDialog({ onClose }: { onClose(): void }) {
  const licences = useQuery('app:licences', {});
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal modal-wide" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>Licences</h2>
        {licences.error ? <ErrorBanner message={licences.error} onRetry={licences.reload} /> : null}
        {licences.data ? (
          <div className="licences">
            <h3>IntervYou</h3>
            <pre className="licence-text" data-testid="app-licence">
              {licences.data.appLicence}
            </pre>
            <h3>Third-party software</h3>
            {licences.data.notices ? (
              <pre className="licence-text licence-notices" data-testid="third-party-notices">
                {licences.data.notices}
              </pre>
            ) : (
              <p className="muted">This development build has no notices file yet: run npm run build to write it.</p>
            )}
          </div>
        ) : null}
        <div className="modal-actions">
          <button ref={closeRef} type="button" className="btn btn-secondary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
