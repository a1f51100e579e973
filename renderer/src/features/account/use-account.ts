import { useLiveQuery } from '../../api/use-live-query';

/** Who is signed in (never a token), live. */
export function useAccountStatus() {
  return useLiveQuery('account:status');
}

/** The sync engine's state, pending count and last error, live. */
export function useSyncStatus() {
  return useLiveQuery('sync:status');
}
