/**
 * The workspace's figures: every draft's checkable figures with where they are, for figure-inconsistent. Kept per
 * draft (a draft's old figures out, its new ones in) and looked up by measure and unit, so a check costs the figures of
 * the same kind, not every figure of the workspace.
 */
import * as path from 'path';
import type { Figure } from '../core/types';
import { isCheckable, isComparable } from '../core/figures';
import { LineIndex } from '../core/text';
import type { DraftFigure } from '../core/rules';
import { docKey } from './uris';

const bucketOf = (f: Figure) => `${f.measure}:${f.measure === 'count' ? '' : (f.unit ?? '')}`;

export class WorkspaceFigures {
  private byDraft = new Map<string, DraftFigure[]>();
  private buckets = new Map<string, Set<DraftFigure>>();

  /** this version of a draft's figures; `label` is the path shown in messages (default: the file name) */
  update(uri: string, text: string, figures: readonly Figure[], label?: string): void {
    this.remove(uri);
    const index = new LineIndex(text);
    const key = docKey(uri);
    const mine: DraftFigure[] = figures
      .filter((f) => isCheckable(f) && isComparable(f))
      .map((figure) => ({
        uri,
        path: label ?? path.basename(key),
        range: index.range(figure.start, figure.end),
        figure,
      }));
    this.byDraft.set(key, mine);
    for (const d of mine) {
      const b = bucketOf(d.figure);
      if (!this.buckets.has(b)) this.buckets.set(b, new Set());
      this.buckets.get(b)!.add(d);
    }
  }

  remove(uri: string): void {
    const key = docKey(uri);
    for (const d of this.byDraft.get(key) ?? []) this.buckets.get(bucketOf(d.figure))?.delete(d);
    this.byDraft.delete(key);
  }

  /** the lookup the rule uses: other drafts' figures of the same measure (and unit) as `f` */
  othersThan(uri: string): (f: Figure) => DraftFigure[] {
    const key = docKey(uri);
    return (f) => [...(this.buckets.get(bucketOf(f)) ?? [])].filter((d) => docKey(d.uri) !== key);
  }
}
