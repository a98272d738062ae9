/**
 * A list's lead-in: "By crop, the U.S. Department of Agriculture's estimate breaks down as:" says what each item
 * counts and where the count comes from; the items ("14,000 acres of processing tomatoes;") say little else.
 */
import type { Figure } from './types';
import type { TextModel } from './textmodel';
import { contextWordsOf } from './figures';

/** the last sentence of a paragraph that ends in a colon, which introduces what follows it; else null */
export function leadInSentence(paragraph: string): string | null {
  const t = paragraph.trimEnd();
  if (!t.endsWith(':')) return null;
  const at = Math.max(...['. ', '! ', '? '].map((end) => t.lastIndexOf(end)));
  return at < 0 ? t : t.slice(at + 2);
}

/**
 * The figures with the words of their list's lead-in (`leadIn`): a list item inherits what the sentence before the list
 * says of every item, though less nearly than its own words. Figures outside such lists are returned as they are; the
 * others are copies (the block caches keep the originals).
 */
export function withLeadIns(figures: Figure[], model: TextModel, text: string): Figure[] {
  const leadIns = new Map<number, string[]>();
  model.blocks.forEach((b, i) => {
    const before = model.blocks[i - 1];
    if (b.kind !== 'listItem' || b.listId === undefined || leadIns.has(b.listId)) return;
    const sentence =
      before && before.kind === 'paragraph' ? leadInSentence(text.slice(before.start, before.end)) : null;
    leadIns.set(b.listId, sentence ? contextWordsOf(sentence) : []);
  });
  if (![...leadIns.values()].some((w) => w.length)) return figures;
  let bi = 0;
  return figures.map((f) => {
    while (bi < model.blocks.length && model.blocks[bi].end < f.start) bi++;
    const b = model.blocks[bi];
    const words = b && b.kind === 'listItem' && b.listId !== undefined ? leadIns.get(b.listId) : undefined;
    // a list of its own: the draft's figure index keeps each context's signature by the list (see signatureOf)
    return words?.length ? { ...f, context: [...f.context], leadIn: words } : f;
  });
}
