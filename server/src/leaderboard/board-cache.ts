import type { Clock } from '../clock';
import type { BoardSnapshot } from './board-snapshot';

interface Entry {
  /** When the snapshot being served (or awaited) was requested. */
  at: number;
  current: Promise<BoardSnapshot>;
  /** The last snapshot that loaded, served while a newer one is read. */
  ready: BoardSnapshot | null;
  refreshing: Promise<void> | null;
}

/**
 * Boards are read far more often than they change meaningfully, so each instance keeps every
 * board for a few seconds. A request then costs one primary-key lookup (the caller's own totals,
 * always fresh) and a binary search. When a board is due, the request that notices starts a
 * re-read and is answered from the previous board, so no request waits on a board read except
 * the very first for that board; concurrent first reads share one query. Re-reads run one at a
 * time: boards first read together fall due together, and reading them all at once would take
 * every core the database has from the requests being answered meanwhile.
 */
export class BoardCache {
  private readonly entries = new Map<string, Entry>();
  /** The last re-read queued; never rejects. */
  private rereads: Promise<void> = Promise.resolve();

  constructor(
    private readonly ttlMs: number,
    private readonly clock: Clock,
    private readonly load: (bucket: string, category: string) => Promise<BoardSnapshot>,
  ) {}

  get(bucket: string, category: string): Promise<BoardSnapshot> {
    if (this.ttlMs <= 0) return this.load(bucket, category);
    const key = `${bucket}\u0000${category}`;
    const now = this.clock().getTime();
    const entry = this.entries.get(key);
    if (!entry) return this.start(key, bucket, category, now).current;
    if (now - entry.at >= this.ttlMs && entry.ready && !entry.refreshing) {
      entry.at = now;
      entry.refreshing = this.rereads
        .then(() => this.load(bucket, category))
        .then(
          (snapshot) => {
            entry.ready = snapshot;
            entry.current = Promise.resolve(snapshot);
            entry.refreshing = null;
          },
          () => {
            // Keep serving the previous board; the next request after the TTL tries again.
            entry.refreshing = null;
          },
        );
      this.rereads = entry.refreshing;
    }
    return entry.ready ? Promise.resolve(entry.ready) : entry.current;
  }

  /** Resolves once every re-read in flight has finished (for tests and shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.entries.values()].map((e) => e.refreshing));
  }

  private start(key: string, bucket: string, category: string, now: number): Entry {
    const entry: Entry = { at: now, current: this.load(bucket, category), ready: null, refreshing: null };
    this.entries.set(key, entry);
    entry.current.then(
      (snapshot) => {
        entry.ready = snapshot;
      },
      () => {
        // A failed first read is not kept: the next request tries again.
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    this.prune(now);
    return entry;
  }

  /** Past weeks' boards stop being asked for; drop them rather than keep them forever. */
  private prune(now: number): void {
    if (this.entries.size < 256) return;
    for (const [key, entry] of this.entries) if (now - entry.at >= 10 * this.ttlMs) this.entries.delete(key);
  }
}
