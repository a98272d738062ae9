/**
 * Attribution scope for the unattributed-* rules: what, besides a claim's own speaker, says where a quote or figure
 * comes from. A writer attributes once and lets it carry:
 * - a trailing or inverted cue after a quote (`"…," Harbour City manager Annika Brandt said`);
 * - a lead-in paragraph ending with a colon (`Their lawyer, Jo Park, said in a statement:`), over the paragraphs,
 *   list or block quote it introduces, and over a quote that runs on across paragraphs;
 * - an earlier attributed quote in the same paragraph (a quote run);
 * - a heading that names a source (`## What the bulletin says`).
 * These complement the attribution engine's claims: the rules ask here only when the engine found no speaker.
 */
import type { Claim, Span } from './types';
import type { TextModel } from './textmodel';
import type { QuoteSpan } from './attribution';
import WORDS from './data/vague-attribution.json';
import TALLY from './data/own-tally.json';

const CUES = [
  ...WORDS.cues,
  'wrote',
  'writes',
  'added',
  'asked',
  'replied',
  'explained',
  'continued',
  'posted',
  'tweeted',
  'announced',
  'stated',
  'recalled',
  'admitted',
  'heard',
  'showed',
  'shows',
  'lists',
  'listed',
  'gave',
  'set out',
  'sets out',
];
const CUE_RE = new RegExp(`\\b(?:${CUES.map((c) => c.replace(/ /g, '\\s+')).join('|')}|according to)\\b`, 'iu');
/** what a lead-in or heading may name instead of a cue: "the authority's figures:", "From the bulletin:" */
const SOURCE_NOUNS =
  'statement|bulletin|update|report|release|filing|ruling|order|opinion|judgment|transcript|interview|memo|letter|figures|data|records|documents|survey|poll|study|audit|analysis|review|census|complaint|minutes|testimony|briefing|press conference';
const SOURCE_NOUN = new RegExp(String.raw`\b(?:${SOURCE_NOUNS})s?\b`, 'iu');
/** a sentence about a document named before it: `The survey of 612 voters had a margin of error of 4 points.` */
const DOCUMENT_SUBJECT = new RegExp(
  String.raw`^\s*(?:the|that|this|its|their)\s+(?:[\p{L}-]+\s+)?(?:${SOURCE_NOUNS})s?\b`,
  'iu',
);
/** a citation, a link or a footnote in Markdown */
const REFERENCE_MARK = /\[@|\]\(|\[\^/u;

/** the text right after a quote, up to the end of its sentence or the next quote, names a cue */
function tailCue(prose: string, q: QuoteSpan, block: Span, quotes: QuoteSpan[]): boolean {
  if (!q.closed) return false;
  const next = quotes.find((o) => o.open > q.close);
  const stop = Math.min(block.end, next ? next.open : block.end);
  const after = prose.slice(q.close + 1, stop);
  const clause = /^[^.!?;]*/u.exec(after)![0];
  // `," she said` / `," said Millbrook resident Ana Ruiz` / `," Harbour City manager Annika Brandt said`
  const words = clause.trim().split(/\s+/).slice(0, 9).join(' ');
  return CUE_RE.test(words);
}

/** the quote's own sentence names a cue before it: `Diaz said the union would "fight for every job"` */
function leadCue(prose: string, q: QuoteSpan, block: Span): boolean {
  let k = q.open;
  while (k > block.start && !'.!?\n'.includes(prose[k - 1])) k--;
  const lead = prose.slice(k, q.open);
  // "On the unapproved shifts, he was blunt: "…"": a person's lead-in ending with a colon, whatever its verb
  return CUE_RE.test(lead) || (lead.trimEnd().endsWith(':') && PERSON_SUBJECT.test(lead));
}
const PERSON_SUBJECT = /\b(?:he|she)\b/i;

/** the block that introduces block `bi`: the paragraph before it (before its list or block quote) */
function introOf(model: TextModel, bi: number): number {
  const b = model.blocks[bi];
  let k = bi - 1;
  while (
    k >= 0 &&
    ((b.listId !== undefined && model.blocks[k].listId === b.listId) ||
      (b.quoteId !== undefined && model.blocks[k].quoteId === b.quoteId))
  )
    k--;
  return k;
}

/** a paragraph ending with a colon that names a speaker or source: `Their lawyer, Jo Park, said in a statement:` */
export function isAttributedLeadIn(prose: string, block: Span): boolean {
  const t = prose.slice(block.start, block.end).trim();
  return t.endsWith(':') && (CUE_RE.test(t) || SOURCE_NOUN.test(t));
}

/** the section heading above a position names a source: `## What the authority's bulletin says` */
function underAttributedHeading(model: TextModel, pos: number): boolean {
  let h: TextModel['headings'][number] | undefined;
  for (const x of model.headings) if (x.end <= pos && (!h || x.start > h.start)) h = x;
  return !!h && h.depth > 1 && (CUE_RE.test(h.text) || /\baccording to\b/i.test(h.text));
}

/** the block at a position */
function blockAt(model: TextModel, pos: number): number {
  return model.blocks.findIndex((b) => pos >= b.start && pos < b.end);
}

/**
 * A block is attributed by its surroundings: an attributed lead-in before it (or before its list or block quote),
 * a quote running on from an attributed paragraph before it, or a heading that names a source.
 */
export function blockInScope(model: TextModel, prose: string, quotes: QuoteSpan[], bi: number, depth = 0): boolean {
  if (bi < 0 || depth > 20) return false;
  const b = model.blocks[bi];
  const intro = introOf(model, bi);
  if (intro >= 0 && isAttributedLeadIn(prose, model.blocks[intro])) return true;
  if (underAttributedHeading(model, b.start)) return true;
  // a quote that runs on: the paragraph before opened a quote it did not close, and this one opens with a mark
  const prev = model.blocks[bi - 1];
  const opensWithMark = /^\s*["“«„]/u.test(prose.slice(b.start, b.start + 3));
  if (prev && opensWithMark) {
    const prevQuotes = quotes.filter((q) => q.open >= prev.start && q.open < prev.end);
    const last = prevQuotes[prevQuotes.length - 1];
    if (last && !last.closed) return blockInScope(model, prose, quotes, bi - 1, depth + 1);
  }
  return false;
}

/** a quoted claim with no speaker of its own whose attribution the text still gives (see the module comment) */
export function quoteInScope(
  claim: Claim,
  ctx: { prose: string; model: TextModel; quotes: QuoteSpan[]; claims: Claim[] },
): boolean {
  const { prose, model, quotes, claims } = ctx;
  const bi = blockAt(model, claim.start);
  if (bi < 0) return false;
  const block = model.blocks[bi];
  const q = quotes.find((x) => x.open >= claim.start && x.open < claim.end);
  if (q && (tailCue(prose, q, block, quotes) || leadCue(prose, q, block))) return true;
  if (blockInScope(model, prose, quotes, bi)) return true;
  // the paragraph's sentence right before it is attributed: 'He said the vote was easy. "The vote wasn't hard."'
  if (followsAttributedSentence(claim, claims, prose, block)) return true;
  // a quote run: an earlier quote in the same paragraph is attributed
  const earlier = quotes.filter((x) => x.block === q?.block && x.close < claim.start);
  return earlier.some(
    (x) =>
      tailCue(prose, x, block, quotes) ||
      claims.some((c) => c.speaker && !c.vague && x.open >= c.start && x.open < c.end),
  );
}

/** a named or described speaker's claim ends just before the quote, in its paragraph, with nothing between */
function followsAttributedSentence(claim: Claim, claims: Claim[], prose: string, block: Span): boolean {
  const i = claims.indexOf(claim);
  const prev = i > 0 ? claims[i - 1] : undefined;
  if (!prev?.speaker || prev.vague || prev.start < block.start || prev.end > claim.start) return false;
  return prose.slice(prev.end, claim.start).trim() === '';
}

/**
 * The sentence ends with its attribution: `…, the Pine County Water Authority said in its evening bulletin.`,
 * `…, said the authority.`, `…, according to the same update.` (the subject before the cue at most nine words).
 */
export function trailingAttribution(sentence: string): boolean {
  const i = sentence.lastIndexOf(',');
  if (i < 0) return false;
  const words = sentence
    .slice(i + 1)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  for (let k = 0; k < Math.min(words.length, 10); k++) {
    let w = words[k].toLowerCase();
    while (w && '.!?;:"”'.includes(w[w.length - 1])) w = w.slice(0, -1);
    const two = k + 1 < words.length ? w + ' ' + words[k + 1].toLowerCase() : '';
    if (CUE_SET.has(w) || two === 'according to') return true;
    if (!/^[\p{L}\p{N}’'.&-]+$/u.test(words[k])) return false;
  }
  return ownTally(words);
}
const CUE_SET = new Set(CUES);
const TALLY_NOUNS = new Set(TALLY.nouns);
const TALLY_VERBS = new Set(TALLY.verbs);

/**
 * The words after the sentence's last comma are the writer's own working: `…, a count the Courier compiled from a
 * citation database.`, `…, a tally by the Gazette found` (an article, a tally noun, its verb within six words).
 */
function ownTally(words: string[]): boolean {
  if (words.length < 3 || !/^(?:a|an|the)$/i.test(words[0]) || !TALLY_NOUNS.has(words[1].toLowerCase())) return false;
  return words.slice(2, 8).some((w) => TALLY_VERBS.has(trimEnd(w.toLowerCase())));
}
/** a word without the sentence's closing marks ("compiled." → "compiled") */
function trimEnd(w: string): string {
  while (w && '.!?;:"”'.includes(w[w.length - 1])) w = w.slice(0, -1);
  return w;
}

/** a figure whose sentence or paragraph the text attributes (a trailing cue, a lead-in, list lead-in or heading) */
export function figureInScope(
  figure: Span,
  ctx: { text: string; prose: string; model: TextModel; quotes: QuoteSpan[] },
  sentence?: Span,
): boolean {
  if (sentence && trailingAttribution(ctx.prose.slice(sentence.start, sentence.end))) return true;
  const bi = blockAt(ctx.model, figure.start);
  if (bi < 0) return false;
  if (sentence && aboutSourcedDocument(ctx, sentence, ctx.model.blocks[bi])) return true;
  return blockInScope(ctx.model, ctx.prose, ctx.quotes, bi);
}

/**
 * The sentence goes on about a document its paragraph has already sourced: `A poll by the institute had her ahead
 * [@poll]. The survey of 612 voters had a margin of error of 4 points.`
 */
function aboutSourcedDocument(ctx: { text: string; prose: string }, sentence: Span, block: Span): boolean {
  if (!DOCUMENT_SUBJECT.test(ctx.prose.slice(sentence.start, sentence.end))) return false;
  // the text, not the prose: the prose blanks citations out
  const before = ctx.text.slice(block.start, sentence.start);
  return REFERENCE_MARK.test(before) || CUE_RE.test(before);
}
