/**
 * The name index: how each name is spelled across the sources and the drafts, for name-inconsistent. It is updated
 * incrementally: a draft's old counts out, its new counts in, so a keystroke costs O(names in the draft).
 */
import * as path from 'path';
import type { FullAnalysis } from '../core/analyze';
import { normName, NameIndex, type NameUse } from '../core/names';
import { docKey } from './uris';

export class WorkspaceNames {
  /** sources' and drafts' spellings together; rebuilt from the sources' counts after `invalidate` */
  private index: NameIndex | null = null;
  /** each draft's own counts, by document key */
  private draftCounts = new Map<string, Map<string, NameUse>>();

  /** `sources()` gives the sources' spellings, which the index starts from */
  constructor(private readonly sources: () => NameIndex) {}

  /** the sources changed: rebuild on next use */
  invalidate(): void {
    this.index = null;
  }

  /** Count this version of a draft in, and return every spelling of the workspace. */
  update(uri: string, own: FullAnalysis): NameIndex {
    const index = this.current();
    const key = docKey(uri);
    const file = path.basename(key);
    const old = this.draftCounts.get(key);
    const mine = new Map<string, NameUse>();
    countNames(mine, own, file);
    if (old && sameCounts(old, mine)) return index; // unchanged: the index (and its memo) stays as it is
    if (old) index.apply(old, file, -1);
    index.apply(mine, file, 1);
    this.draftCounts.set(key, mine);
    return index;
  }

  /** the draft no longer counts (closed and not on disk, deleted, unreadable) */
  remove(uri: string): void {
    const key = docKey(uri);
    const old = this.draftCounts.get(key);
    if (old && this.index) this.index.apply(old, path.basename(key), -1);
    this.draftCounts.delete(key);
  }

  /** a separate index: the sources' spellings and the given drafts' counts (a batch check's cross-draft pass) */
  withDrafts(drafts: Iterable<{ file: string; counts: Map<string, NameUse> }>): NameIndex {
    const index = this.fromSources();
    for (const d of drafts) index.apply(d.counts, d.file, 1);
    return index;
  }

  private current(): NameIndex {
    if (this.index) return this.index;
    this.draftCounts.clear();
    this.index = this.fromSources();
    return this.index;
  }

  /** a new index of the sources' spellings, each with the source files that use it */
  private fromSources(): NameIndex {
    const index = new NameIndex();
    for (const [k, v] of this.sources())
      // the reference spelling: counts never outvote a source
      index.set(k, { spelling: v.spelling, count: v.count, files: new Set(v.files), sources: new Set(v.files) });
    return index;
  }
}

/** add the names an analysis mentions (full names and their capitalised words) to `m`, as used in `file` */
export function countNames(m: Map<string, NameUse>, a: FullAnalysis, file: string) {
  const add = (t: string) => {
    const got = m.get(t);
    if (got) {
      got.count++;
      got.files.add(file);
    } else m.set(t, { spelling: t, count: 1, files: new Set([file]) });
  };
  for (const e of a.entities) {
    if (e.type === 'other') continue;
    for (const mention of e.mentions) for (const t of spellingsOf(mention.text)) add(t);
  }
}

/** spellings by mention text: a draft being edited counts the same mentions again on every keystroke */
const SPELLINGS = new Map<string, string[]>();
const SPELLINGS_LIMIT = 50000;
function spellingsOf(mention: string): string[] {
  let got = SPELLINGS.get(mention);
  if (!got) {
    if (SPELLINGS.size >= SPELLINGS_LIMIT) SPELLINGS.clear();
    SPELLINGS.set(mention, (got = mentionSpellings(mention)));
  }
  return got;
}

/** the spellings a mention counts for: the full name (with a space or hyphen), then its capitalised words */
function mentionSpellings(mention: string): string[] {
  const out: string[] = [];
  // a name in capitals ("MANAGER ANNIKA BRANDT:" in a transcript) counts as its letters, in title case
  const text = /\p{Ll}/u.test(mention) ? mention : titleCase(mention);
  const full = normName(text.replace(/[’']s$/, ''));
  if (/[\s-]/.test(full)) out.push(full);
  for (const tok of text.split(/\s+/)) {
    const t = normName(tok.replace(/[’']s$/, ''));
    if (t.length < 4 || !/^\p{Lu}/u.test(t)) continue;
    out.push(t);
    // transcripts label speakers in capitals ("MANAGER ANNIKA BRANDT:"): the label spells the name too
    if (t === t.toUpperCase() && /\p{Ll}/u.test(t.toLowerCase())) out.push(t[0] + t.slice(1).toLowerCase());
  }
  return out;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function sameCounts(a: Map<string, NameUse>, b: Map<string, NameUse>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k)?.count !== v.count) return false;
  return true;
}
