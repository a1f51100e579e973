import { useEffect } from 'react';
import { call } from '../../api/client';

/**
 * When the computer's connection comes back, answers that waited are sent now rather than at the
 * engine's next retry. Errors are the engine's to report (its status reaches the pill).
 */
export function useSyncWhenBackOnline(): void {
  useEffect(() => {
    const onOnline = (): void => {
      call('sync:now', {}).catch(() => undefined);
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, []);
}
