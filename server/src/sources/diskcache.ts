/**
 * On-disk cache of per-document analyses, keyed by a hash of the engine version, the language and the text.
 * A reopened workspace (or a second `onrecord check --cache DIR`) reads results instead of re-analysing.
 * Entries are plain JSON files; a corrupt or unreadable entry is a miss, never an error.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import type { FullAnalysis } from '../core/analyze';

declare const VERSION: string;
/** bump when the shape or meaning of cached analyses changes */
const CACHE_SCHEMA = 2;

export class DiskCache {
  hits = 0;
  misses = 0;
  constructor(
    readonly dir: string,
    private readonly log: (m: string) => void = () => {},
  ) {}

  key(languageId: string, text: string): string {
    const v = typeof VERSION === 'string' ? VERSION : 'dev';
    return createHash('sha256').update(`${v}\u0000${CACHE_SCHEMA}\u0000${languageId}\u0000`).update(text).digest('hex');
  }

  private file(key: string) {
    return path.join(this.dir, key.slice(0, 2), key + '.json');
  }

  get(languageId: string, text: string): FullAnalysis | null {
    try {
      const raw = fs.readFileSync(this.file(this.key(languageId, text)), 'utf8');
      const a = JSON.parse(raw) as FullAnalysis;
      if (!a || a.model?.text !== text) {
        this.misses++;
        return null;
      }
      this.hits++;
      return a;
    } catch {
      this.misses++;
      return null;
    }
  }

  set(languageId: string, text: string, a: FullAnalysis) {
    const f = this.file(this.key(languageId, text));
    try {
      fs.mkdirSync(path.dirname(f), { recursive: true });
      const tmp = f + '.' + process.pid + '.tmp';
      fs.writeFileSync(tmp, JSON.stringify(a));
      fs.renameSync(tmp, f);
    } catch (e) {
      this.log(`could not write the analysis cache in ${this.dir}: ${(e as Error).message}`);
    }
  }
}
