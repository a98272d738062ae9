/**
 * The workspace's figures: every draft's checkable figures with where they are, for figure-inconsistent. Kept per
 * draft (a draft's old figures out, its new ones in) and looked up by quantity (measure, shape and unit or counted
 * noun, see `quantityKey`), so a check costs the figures that could state the same quantity, not every figure of the
 * workspace: a whole archive in one check made the lookup by measure alone quadratic. Each group holds its figures
 * draft by draft, so a lookup skips the asking draft's own without reading them: a draft being edited with hundreds of
 * figures in a workspace of its own read them all for each of them, on every keystroke.
 */
import * as path from 'path';
import type { Figure } from '../core/types';
import {
  contextSignature,
  isCheckable,
  isComparable,
  quantityKey,
  SIGNATURE_BITS,
  type ContextSignature,
} from '../core/figures';
import { LineIndex, type Range } from '../core/text';
import type { DraftFigure } from '../core/rules';
import { docKey } from './uris';

/** where a draft's figures are: its text, or what gives their ranges (its line index, or ranges worked out before) */
export type FigurePlaces = string | { range(start: number, end: number): Range };

/** the coarse group: the measure, and the unit unless a count (counts of any noun) */
const bucketOf = (f: Figure) => `${f.measure}:${f.measure === 'count' ? '' : (f.unit ?? '')}`;

interface Entry {
  figure: DraftFigure;
  /** docKey of the draft */
  draft: string;
  /**
   * the draft's other figures of the same group on the same line: the rule reads figures of one measure side by side
   * as a list ("46 percent to 44 percent") whatever their units, so they travel with every lookup that returns this one
   */
  line: DraftFigure[];
  context: ContextSignature;
}

/**
 * Entries by key, then by draft. A draft's figures come and go together (see `update`), so the drafts in the order
 * they were last updated, each with its figures in order, is the order the entries were added in.
 */
type ByDraft = Map<string, Map<string, Entry[]>>;

/**
 * One group's entries looked up by context bucket, for `othersThan`'s test of shared words: a whole archive in one
 * check tested every figure against every figure of its group (a thousand drafts' percentages, say), and spent more
 * time there than in the rule. Built at the first lookup after the group changed, from the group's entries in lookup
 * order.
 */
interface GroupLookup {
  /** the group's entries in lookup order */
  entries: Entry[];
  /** by context bucket: the places in `entries` of the entries whose context uses it, in order */
  byBucket: number[][];
  /** a count per entry, zero between lookups */
  counts: Uint16Array;
}

export class WorkspaceFigures {
  private byDraft = new Map<string, Entry[]>();
  /** by group; insertion order is the order lookups return figures in */
  private buckets: ByDraft = new Map();
  /** by quantity key, the same entries in the same relative order */
  private byQuantity: ByDraft = new Map();
  /** the groups' lookups by context bucket, by `groupKey` (dropped when the group changes) */
  private lookups = new Map<string, GroupLookup>();

  /**
   * The draft updated last, not yet in the index: a draft being typed in updates on every keystroke, and only its own
   * lookups (which skip its figures) come before the next. Indexed when another draft looks up or updates: it goes
   * last then, where indexing it at once would have put it.
   */
  private pending: {
    uri: string;
    /** docKey(uri), worked out once: every lookup of the draft's figures compares it */
    key: string;
    text: FigurePlaces;
    figures: readonly Figure[];
    label?: string;
  } | null = null;

  /**
   * this version of a draft's figures; `label` is the path shown in messages (default: the file name). The text, or
   * the line index of it that the caller has already built, or the figures' ranges (see FigurePlaces).
   */
  update(uri: string, text: FigurePlaces, figures: readonly Figure[], label?: string): void {
    const key = docKey(uri);
    this.indexPendingUnless(key);
    this.pending = { uri, key, text, figures, label };
  }

  /** index the pending draft, unless it is the one with this key */
  private indexPendingUnless(key: string): void {
    const p = this.pending;
    if (!p || p.key === key) return;
    this.pending = null;
    this.indexNow(p.uri, p.text, p.figures, p.label);
  }

  private indexNow(uri: string, text: FigurePlaces, figures: readonly Figure[], label?: string): void {
    this.remove(uri);
    const index = typeof text === 'string' ? new LineIndex(text) : text;
    const key = docKey(uri);
    const mine: Entry[] = figures
      .filter((f) => isCheckable(f) && isComparable(f))
      .map((figure) => ({
        figure: { uri, path: label ?? path.basename(key), range: index.range(figure.start, figure.end), figure },
        draft: key,
        line: [],
        context: signatureOf(figure),
      }));
    // the others of its group on its line, grouped first: a draft being edited has hundreds of figures
    const byLine = new Map<string, Entry[]>();
    const lineOf = (e: Entry) => `${e.figure.range.start.line}|${bucketOf(e.figure.figure)}`;
    for (const e of mine) {
      const same = byLine.get(lineOf(e));
      if (same) same.push(e);
      else byLine.set(lineOf(e), [e]);
    }
    for (const e of mine)
      e.line = byLine
        .get(lineOf(e))!
        .filter((o) => o !== e)
        .map((o) => o.figure);
    this.byDraft.set(key, mine);
    for (const e of mine) {
      const b = bucketOf(e.figure.figure);
      add(this.buckets, b, key, e);
      this.lookups.delete(groupKey(null, b));
      const q = quantityKey(e.figure.figure);
      if (q === null) continue;
      add(this.byQuantity, q, key, e);
      this.lookups.delete(groupKey(q, b));
    }
  }

  remove(uri: string): void {
    const key = docKey(uri);
    if (this.pending?.key === key) this.pending = null;
    for (const e of this.byDraft.get(key) ?? []) {
      const b = bucketOf(e.figure.figure);
      this.buckets.get(b)?.delete(key);
      this.lookups.delete(groupKey(null, b));
      const q = quantityKey(e.figure.figure);
      if (q === null) continue;
      this.byQuantity.get(q)?.delete(key);
      this.lookups.delete(groupKey(q, b));
    }
    this.byDraft.delete(key);
  }

  /**
   * The lookup the rule uses: other drafts' figures that could state the same quantity as `f`, in the order they were
   * added, then the figures of their group on their lines (for the rule's list test). A count that says what it
   * counts gets only counts that do; a count that does not gets every count. `minShared` leaves out the figures that
   * cannot share that many context words with `f` (see `sharedAtMost`).
   */
  othersThan(uri: string): (f: Figure, minShared?: number) => DraftFigure[] {
    const key = docKey(uri);
    return (f, minShared = 0) => {
      this.indexPendingUnless(key);
      const q = quantityKey(f);
      const drafts = q === null ? this.buckets.get(bucketOf(f)) : this.byQuantity.get(q);
      const out: DraftFigure[] = [];
      if (!drafts) return out;
      const seen = new Set<DraftFigure>();
      const push = (d: DraftFigure) => {
        if (seen.has(d)) return;
        seen.add(d);
        out.push(d);
      };
      const found: Entry[] = [];
      if (minShared) found.push(...this.sharing(groupKey(q, bucketOf(f)), drafts, signatureOf(f), minShared, key));
      else for (const [draft, entries] of drafts) if (draft !== key) found.push(...entries);
      for (const e of found) push(e.figure);
      for (const e of found) e.line.forEach(push);
      return out;
    };
  }

  /**
   * The group's entries outside the draft `skip` whose context uses the buckets of at least `minShared` of the
   * context's words (`sharedAtMost(context, e.context) >= minShared`), in lookup order.
   */
  private sharing(
    group: string,
    drafts: Map<string, Entry[]>,
    context: ContextSignature,
    minShared: number,
    skip: string,
  ): Entry[] {
    let g = this.lookups.get(group);
    if (!g) this.lookups.set(group, (g = groupLookup(drafts)));
    const touched: number[] = [];
    for (const bucket of context.words) for (const i of g.byBucket[bucket]) if (g.counts[i]++ === 0) touched.push(i);
    touched.sort((a, b) => a - b);
    const out: Entry[] = [];
    for (const i of touched) {
      if (g.counts[i] >= minShared && g.entries[i].draft !== skip) out.push(g.entries[i]);
      g.counts[i] = 0;
    }
    return out;
  }
}

/** the key of a lookup's group: its quantity, or the coarse group of a figure without one */
const groupKey = (quantity: string | null, bucket: string) => (quantity === null ? `b ${bucket}` : `q ${quantity}`);

function groupLookup(drafts: Map<string, Entry[]>): GroupLookup {
  const entries: Entry[] = [];
  const byBucket: number[][] = Array.from({ length: SIGNATURE_BITS }, () => []);
  for (const list of drafts.values())
    for (const e of list) {
      const i = entries.push(e) - 1;
      for (const bucket of e.context.words) {
        const places = byBucket[bucket];
        if (places[places.length - 1] !== i) places.push(i);
      }
    }
  return { entries, byBucket, counts: new Uint16Array(entries.length) };
}

/**
 * A figure's context signature, kept with its list of context words: an edit re-analyses one block, and the figures
 * of the others keep their lists, so a keystroke does not sign every figure of the draft again.
 */
const signatures = new WeakMap<readonly string[], ContextSignature>();
function signatureOf(f: Figure): ContextSignature {
  let sig = signatures.get(f.context);
  if (!sig) signatures.set(f.context, (sig = contextSignature(f)));
  return sig;
}

function add(m: ByDraft, k: string, draft: string, e: Entry): void {
  let drafts = m.get(k);
  if (!drafts) m.set(k, (drafts = new Map()));
  let entries = drafts.get(draft);
  if (!entries) drafts.set(draft, (entries = []));
  entries.push(e);
}
