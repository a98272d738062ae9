/** A cache for a document being edited that keeps what its recent analyses used, and forgets the rest. */
import { detach } from './text';

/**
 * Entries live in two generations: a hit in the older one moves the entry to the newer, and every `every` analyses
 * (`tick`) the older generation is dropped. What the draft still holds is used on every keystroke and stays; the
 * versions of a paragraph typed a while ago go (kept by count alone, they piled up to some 18 KB per keystroke on a
 * 10,000-word draft until the count limit, and every full collection walked them). Keys are stored detached: see
 * `detach`.
 */
export class RecentCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private analyses = 0;
  constructor(
    private readonly every = 50,
    private readonly limit = 20000,
  ) {}
  get(key: string): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined || !this.old.size) return v;
    const was = this.old.get(key);
    if (was !== undefined) this.young.set(detach(key), was);
    return was;
  }
  set(key: string, v: V): void {
    this.young.set(detach(key), v);
    if (this.young.size > this.limit) this.turn();
  }
  /** one analysis done */
  tick(): void {
    if (++this.analyses % this.every === 0) this.turn();
  }
  get size(): number {
    return this.young.size + this.old.size;
  }
  private turn() {
    this.old = this.young;
    this.young = new Map();
  }
}
