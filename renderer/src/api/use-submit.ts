import { useState } from 'react';
import { errorMessage } from './client';

export interface Submit {
  busy: boolean;
  error: string | undefined;
  /** Runs `work` once at a time; its failure becomes `error` (the service's own words). */
  run(work: () => Promise<void>): void;
  clear(): void;
}

/** The busy flag and error message of a form that sends something and may fail. */
export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  return {
    busy,
    error,
    run: (work) => {
      if (busy) return;
      setBusy(true);
      setError(undefined);
      work()
        .catch((err: unknown) => setError(errorMessage(err)))
        .finally(() => setBusy(false));
    },
    clear: () => setError(undefined),
  };
}
