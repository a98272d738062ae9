/**
 * On-disk cache of per-document analyses, keyed by a hash of the engine version, the language and the text.
 * A reopened workspace (or a second `onrecord check --cache DIR`) reads results instead of re-analysing.
 * `onrecord check` also keeps what follows from an analysis (the check against the sources, the report, the cross-draft
 * findings) under keys that hold everything those depend on (see `record`).
 * Entries are plain JSON files; a corrupt or unreadable entry is a miss, never an error.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { threadId } from 'worker_threads';
import type { FullAnalysis } from '../core/analyze';

declare const VERSION: string;
/** a hash of the engine's sources and word lists, set by the build (see esbuild.mjs) */
declare const ENGINE: string;
/** the engine that made an entry: a result cached by another version or build of the same version is never read */
const engine = () => `${typeof VERSION === 'string' ? VERSION : 'dev'}+${typeof ENGINE === 'string' ? ENGINE : 'dev'}`;
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
    return createHash('sha256')
      .update(`${engine()}\u0000${CACHE_SCHEMA}\u0000${languageId}\u0000`)
      .update(text)
      .digest('hex');
  }

  private file(key: string) {
    return path.join(this.dir, key.slice(0, 2), key + '.json');
  }

  get(languageId: string, text: string): FullAnalysis | null {
    return this.read<FullAnalysis>(this.key(languageId, text), (a) => a?.model?.text === text);
  }

  set(languageId: string, text: string, a: FullAnalysis) {
    this.write(this.key(languageId, text), a);
  }

  /** the key of a record: the engine version and every part it depends on, each part whole (no two lists collide) */
  recordKey(kind: string, parts: readonly string[]): string {
    const h = createHash('sha256').update(`${engine()}\u0000${CACHE_SCHEMA}\u0000${kind}`);
    for (const p of parts) h.update(`\u0000${p.length}\u0000`).update(p);
    return h.digest('hex');
  }

  /** a record written under `key`, or null; the record holds its key, so a file in the wrong place is a miss */
  record<T>(key: string): T | null {
    const got = this.read<{ key?: string; value?: T }>(key, (r) => r?.key === key && r.value !== undefined);
    return got ? got.value! : null;
  }

  /** the entry under `key` when it is readable and `valid` holds, counted as a hit; anything else is a miss */
  private read<T>(key: string, valid: (entry: T) => boolean): T | null {
    try {
      const entry = JSON.parse(fs.readFileSync(this.file(key), 'utf8')) as T;
      if (valid(entry)) {
        this.hits++;
        return entry;
      }
    } catch {
      /* unreadable or corrupt: a miss */
    }
    this.misses++;
    return null;
  }

  setRecord(key: string, value: unknown) {
    this.write(key, { key, value });
  }

  /** the same as `setRecord(key, JSON.parse(json))`, from the value's JSON (made piece by piece by the caller) */
  setRecordJson(key: string, json: string) {
    this.writeText(key, `{"key":${JSON.stringify(key)},"value":${json}}`);
  }

  private write(key: string, value: unknown) {
    this.writeText(key, JSON.stringify(value));
  }

  private writeText(key: string, json: string) {
    const f = this.file(key);
    try {
      fs.mkdirSync(path.dirname(f), { recursive: true });
      const tmp = f + '.' + process.pid + '.' + threadId + '.tmp';
      fs.writeFileSync(tmp, json);
      fs.renameSync(tmp, f);
    } catch (e) {
      this.log(`could not write the analysis cache in ${this.dir}: ${(e as Error).message}`);
    }
  }
}
