import type { Clock } from '../clock';
import type { BoardSnapshot } from './board-snapshot';

/**
 * Boards are read far more often than they change meaningfully, so each instance keeps every
 * board for a few seconds; concurrent misses share one database read. A request then costs one
 * primary-key lookup (the caller's own totals, always fresh) and a binary search.
 */
export class BoardCache {
  private readonly entries = new Map<string, { at: number; value: Promise<BoardSnapshot> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly clock: Clock,
    private readonly load: (bucket: string, category: string) => Promise<BoardSnapshot>,
  ) {}

  get(bucket: string, category: string): Promise<BoardSnapshot> {
    if (this.ttlMs <= 0) return this.load(bucket, category);
    const key = `${bucket}\u0000${category}`;
    const now = this.clock().getTime();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = this.load(bucket, category);
    this.entries.set(key, { at: now, value });
    // A failed read is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    this.prune(now);
    return value;
  }

  /** Past weeks' boards stop being asked for; drop them rather than keep them forever. */
  private prune(now: number): void {
    if (this.entries.size < 256) return;
    for (const [key, entry] of this.entries) if (now - entry.at >= this.ttlMs) this.entries.delete(key);
  }
}
