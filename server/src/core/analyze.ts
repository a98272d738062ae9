/** analyzeText: the pure per-document pipeline. No I/O, no editor types. */
import type { Claim, ClaimSource, DocumentAnalysis, Figure, Span } from './types';
import { wrappingBreaks } from './soft-breaks';
import { buildTextModel, ParseCache, type TextModel, type Block, withPlainHeadline } from './textmodel';
import { splitSentences } from './sentences';
import { entityRuns, resolveEntities, EntityMemo, type EntityRun, type RunGroup } from './entities';
import { extractFigures, isAgeFigure, isCheckable } from './figures';
import { withLeadIns } from './lead-ins';
import { withTableRows } from './tables';
import { headingFigures, inOrder } from './headlines';
import { findCitations, type Citation } from './citations';
import {
  directQuotes,
  findQuotes,
  isVague,
  reportedSpeech,
  type NP,
  type RawClaim,
  type QuoteSpan,
  type QuoteAttributions,
} from './attribution';
import { plainSpeaker, resolveSpeaker, sourceTypeOf, type EarlierSpeaker } from './speaker';
import { attributionAfterQuote, attributionBeforeQuote, type QuoteAttribution } from './reported';
import { PRONOUNS } from './lexicon';
import { speakerNamedNext } from './reported/named-next';
import { runLabelledAnswers } from './labelled-answers';
import { runDocumentRules } from './check';
import { findVagueAttributions, type VagueSpan } from './vague';
import { detach, lastAtOrBefore } from './text';
import { RecentCache } from './recent';
import { commonEnds } from './pieces';

export interface AnalyzeOptions {
  languageId?: string;
  /** results from earlier versions of the same document */ cache?: AnalysisCache | ParseCache;
}

/** What one block yields on its own, with offsets relative to the block start. */
interface BlockResult {
  sentences: Span[];
  figures: Figure[];
  quotes: QuoteSpan[];
  direct: RawClaim[];
  /** the reported claims of each sentence, in order */
  reported: RawClaim[][];
  runs: EntityRun[];
  citations: Citation[];
  /** vague attributions outside quotes ("officials said", "reportedly"): the vague-attribution rule's cues */
  vague: VagueSpan[];
}

/**
 * Per-document cache: parsed Markdown chunks, and each block's own results keyed by its text. An edit re-analyses
 * only the blocks whose text changed. The document-level steps run over all blocks, reusing what depends on one block
 * alone (the entity step's typed names), so the result equals a fresh analysis (property tests check it).
 */
export class AnalysisCache {
  readonly parse = new ParseCache();
  readonly entities = new EntityMemo();
  private blocks = new RecentCache<BlockResult>();
  get(key: string) {
    return this.blocks.get(key);
  }
  set(key: string, v: BlockResult) {
    this.blocks.set(key, v);
  }
  /** the last analysis's prose, blocks and block keys (see keysByPosition) */
  private lastDraft: { prose: string; languageId: string; blocks: readonly Block[]; keys: string[] } | null = null;
  /**
   * Each block's key as the last analysis built it, when the edit left the block's words, the character before it and
   * its kind as they were (the block lies wholly before the edited text or wholly after it); else undefined. Comparing
   * the two versions of the prose once costs less than building and hashing every block's key on every keystroke.
   */
  keysByPosition(prose: string, languageId: string, blocks: readonly Block[]): (string | undefined)[] {
    const last = this.lastDraft;
    const out: (string | undefined)[] = new Array(blocks.length);
    if (!last || last.languageId !== languageId) return out;
    const [before, after] = commonEnds(last.prose, prose);
    const shift = prose.length - last.prose.length;
    let k = 0;
    for (let bi = 0; bi < blocks.length; bi++) {
      const b = blocks[bi];
      const at = b.end <= before ? b.start : b.start > 0 && b.start - 1 >= prose.length - after ? b.start - shift : -1;
      if (at < 0) continue;
      while (k < last.blocks.length && last.blocks[k].start < at) k++;
      const was = last.blocks[k];
      if (was && was.start === at && sameBlockKind(was, b) && was.end - was.start === b.end - b.start)
        out[bi] = last.keys[k];
    }
    return out;
  }
  /** the analysis just done, for the next one's keysByPosition */
  remember(prose: string, languageId: string, blocks: readonly Block[], keys: string[]) {
    this.lastDraft = { prose, languageId, blocks, keys };
  }
  /** an analysis done: what the recent ones did not use is forgotten, now and then */
  tick() {
    for (const c of [this.blocks, this.attributions, this.sentences, this.entities.lines, this.entities.blocks])
      c.tick();
  }
  /**
   * the attribution in the words before a quote or a lead-in, or after a quote (tagged, so costly), by the words, with
   * offsets relative to them: an edit leaves the other quotes of its paragraph as they were
   */
  private attributions = new RecentCache<QuoteAttribution | null>();
  private attribution(side: 'before' | 'after', prose: string, start: number, end: number) {
    const key = side[0] + prose.slice(start, end);
    let rel = this.attributions.get(key);
    if (rel === undefined) {
      const found = (side === 'before' ? attributionBeforeQuote : attributionAfterQuote)(prose, start, end);
      rel = found && shifted(found, -start, detach);
      this.attributions.set(key, rel);
    }
    return rel && shifted(rel, start);
  }
  leadIn(prose: string, start: number, end: number): QuoteAttribution | null {
    return this.attribution('before', prose, start, end);
  }
  readonly quoteGrammar: QuoteAttributions = {
    before: (prose, start, end) => this.attribution('before', prose, start, end),
    after: (prose, start, end) => this.attribution('after', prose, start, end),
  };
  /**
   * a sentence's reported statements, by its words, with offsets relative to it: an edit changes one sentence of its
   * paragraph, and the others are not tagged and parsed again (reportedSpeech reads the sentence alone)
   */
  private sentences = new RecentCache<RawClaim[]>();
  reported(prose: string, s: Span, block: number): RawClaim[] {
    const key = prose.slice(s.start, s.end);
    let rel = this.sentences.get(key);
    if (rel === undefined) {
      rel = shifted(reportedSpeech(prose, s, block), -s.start, detach);
      this.sentences.set(key, rel);
    }
    const abs = shifted(rel, s.start);
    for (const r of abs) r.block = block;
    return abs;
  }
}

/** the fields of a block that its cache key holds besides its words: its kind and what contains it */
function sameBlockKind(a: Block, b: Block): boolean {
  if (a.kind !== b.kind || a.containers.length !== b.containers.length) return false;
  for (let i = 0; i < a.containers.length; i++) if (a.containers[i] !== b.containers[i]) return false;
  return true;
}

const OFFSET_KEYS = new Set(['start', 'end', 'open', 'close']);
/**
 * a quote after an attributed one, past the rest of that claim's sentence ('"…," Okafor told reporters after the
 * meeting. "…"'), continues the same speaker: no quote mark and no second sentence between them
 */
/**
 * a quoted paragraph without a speaker, when the next paragraph opens "That was the view of Dan Ortiz, the county
 * engineer.": that phrase is its speaker
 */
function nameFromNextParagraph(r: RawClaim, blocks: readonly Block[], prose: string): void {
  const b = blocks[r.block];
  const next = blocks[r.block + 1];
  if (!b || !next || r.start > b.start + 1 || r.end < b.end - 1) return;
  const named = speakerNamedNext(prose, next.start, next.end);
  if (!named) return;
  r.np = named.np;
  r.cue = named.cue;
}

function restOfItsSentence(claim: string, gap: string): boolean {
  const rest = gap.trimEnd();
  if (/[.!?]["”’]?\s*$/u.test(claim) || rest.length > 120 || /["“”«»„]/u.test(rest)) return false;
  const stop = rest.search(/[.!?]/u);
  return stop < 0 || stop === rest.length - 1;
}

/** a deep copy with every offset field moved by d */
/** the quote's speaker is the reported words' own: the same words, or a personal pronoun standing for them */
function sameSpeaker(quoted: NP | null, reported: NP | null): boolean {
  if (!quoted || !reported) return !quoted;
  const q = quoted.text.trim().toLowerCase();
  return q === reported.text.trim().toLowerCase() || (PRONOUNS[q] !== undefined && PRONOUNS[q] !== 'thing');
}

function shifted<T>(v: T, d: number, str?: (s: string) => string): T {
  if (Array.isArray(v)) return v.map((x) => shifted(x, d, str)) as unknown as T;
  if (v && typeof v === 'object') {
    // a spread copy, then its offsets and objects replaced: it keeps the original's shape, where filling an empty
    // object key by key built a new one (this copies every cached block on every keystroke)
    const out = { ...v } as Record<string, unknown>;
    for (const k in out) {
      const x = out[k];
      if (typeof x === 'number') {
        if (OFFSET_KEYS.has(k)) out[k] = x + d;
      } else if (typeof x === 'object') {
        if (x) out[k] = shifted(x, d, str);
      } else if (str && typeof x === 'string') out[k] = str(x);
    }
    return out as T;
  }
  return str && typeof v === 'string' ? (str(v) as T) : v;
}

const shiftSpan = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d });
const shiftNp = <T extends NP | null | undefined>(np: T, d: number): T =>
  (np ? { ...np, start: np.start + d, end: np.end + d } : np) as T;
/**
 * a raw claim moved by d: `shifted` spelled out for its fields (every cached block's claims are copied on every
 * keystroke, and the generic walk over their keys cost more than the copies)
 */
function shiftRaw(r: RawClaim, d: number): RawClaim {
  const out: RawClaim = {
    ...r,
    start: r.start + d,
    end: r.end + d,
    content: shiftSpan(r.content, d),
    np: shiftNp(r.np, d),
    quotes: r.quotes.map((q) => ({ ...q, open: q.open + d, close: q.close + d, start: q.start + d, end: q.end + d })),
  };
  if (r.cueSpan) out.cueSpan = shiftSpan(r.cueSpan, d);
  if (r.innerNp) out.innerNp = shiftNp(r.innerNp, d);
  return out;
}

/** a cached block result moved to its block's current offset (copies only what later steps mutate deeply) */
function shiftBlock(r: BlockResult, d: number): BlockResult {
  return {
    sentences: r.sentences.map((x) => ({ start: x.start + d, end: x.end + d })),
    figures: r.figures.map((f) => ({ ...f, start: f.start + d, end: f.end + d })),
    quotes: r.quotes.map((q) => ({ ...q, open: q.open + d, close: q.close + d, start: q.start + d, end: q.end + d })),
    direct: r.direct.map((x) => shiftRaw(x, d)),
    reported: r.reported.map((rs) => rs.map((x) => shiftRaw(x, d))),
    runs: r.runs.map((x) => ({ ...x, start: x.start + d, end: x.end + d })),
    citations: r.citations.map((c) => ({
      ...c,
      start: c.start + d,
      end: c.end + d,
      keys: c.keys.map((k) => ({ ...k, start: k.start + d, end: k.end + d })),
    })),
    vague: r.vague.map((v) => ({ ...v, start: v.start + d, end: v.end + d })),
  };
}

function analyzeBlock(
  rawProse: string,
  b: Block,
  bi: number,
  cache: AnalysisCache | null,
): BlockResult & { masked: string } {
  // citations first: they are not prose for the other extractors; a line break that only wraps a line is a space
  const citations = findCitations(rawProse, [b]);
  const wraps = wrappingBreaks(rawProse, b);
  let prose = rawProse;
  if (citations.length || wraps.length) {
    const seg = rawProse.slice(b.start, b.end).split('');
    for (const c of citations)
      for (let i = c.start; i < c.end; i++) if (seg[i - b.start] !== '\n') seg[i - b.start] = ' ';
    for (const i of wraps) seg[i - b.start] = ' ';
    prose = rawProse.slice(0, b.start) + seg.join('') + rawProse.slice(b.end);
  }
  const sentences = splitSentences(prose, b.start, b.end);
  const starts = new Set<number>();
  for (const s of sentences) {
    let i = s.start;
    starts.add(i);
    while (i < s.end && /["“‘'([«—–\s*_]/.test(prose[i])) {
      i++;
      starts.add(i);
    }
  }
  const quotes = findQuotes(prose, b, bi);
  const direct = directQuotes(prose, quotes, sentences, b, bi, cache?.quoteGrammar);
  const reported = sentences.map((s) => (cache ? cache.reported(prose, s, bi) : reportedSpeech(prose, s, bi)));
  return {
    sentences,
    figures: extractFigures(prose, [b]),
    quotes,
    direct,
    reported,
    runs: entityRuns(prose, b, starts),
    citations,
    vague: findVagueAttributions(prose, b, quotes),
    masked: prose.slice(b.start, b.end),
  };
}

/** every block's list of one kind, end to end (flatMap over a draft's blocks on every keystroke cost more) */
function joined<B, T>(blocks: readonly B[], list: (b: B) => readonly T[]): T[] {
  const out: T[] = [];
  for (const b of blocks) for (const x of list(b)) out.push(x);
  return out;
}

/** text[start, end) ends with a colon, spaces after it aside (without slicing each paragraph to test it) */
function endsWithColon(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && /\s/.test(text[i])) i--;
  return i >= start && text[i] === ':';
}

export interface FullAnalysis extends DocumentAnalysis {
  model: TextModel;
  citations: Citation[];
  sentences: Span[];
}

export function analyzeText(text: string, opts: AnalyzeOptions = {}): FullAnalysis {
  const languageId = opts.languageId ?? 'markdown';
  const cache = opts.cache instanceof AnalysisCache ? opts.cache : null;
  const parseCache = opts.cache instanceof AnalysisCache ? opts.cache.parse : opts.cache;
  // a plain-text draft's first line may be its headline (the sources' plain text is read without this)
  const parsed = buildTextModel(text, languageId, parseCache);
  const model = languageId === 'markdown' ? parsed : withPlainHeadline(parsed);
  // each block's own results, from the cache when its text is unchanged
  const blockResults: BlockResult[] = [];
  const runGroups: RunGroup[] = [];
  const proseBuf: string[] = [];
  let last = 0;
  const known = cache?.keysByPosition(model.prose, languageId, model.blocks);
  const keys: string[] = [];
  for (let bi = 0; bi < model.blocks.length; bi++) {
    const b = model.blocks[bi];
    const key =
      known?.[bi] ??
      `${languageId}|${b.kind}|${b.containers.join('/')}|${model.prose[b.start - 1] ?? ''}|${model.prose.slice(b.start, b.end)}`;
    keys.push(key);
    let rel = cache?.get(key);
    let masked: string;
    if (rel) {
      const abs = shiftBlock(rel, b.start);
      for (const d of abs.direct) {
        d.block = bi;
        for (const q of d.quotes) q.block = bi;
      }
      for (const q of abs.quotes) q.block = bi;
      for (const rs of abs.reported) for (const r of rs) r.block = bi;
      masked = (rel as BlockResult & { masked: string }).masked;
      blockResults.push(abs);
    } else {
      const res = analyzeBlock(model.prose, b, bi, cache);
      masked = res.masked;
      blockResults.push(res);
      if (cache) {
        rel = shifted(res, -b.start, detach); // in storage of its own: see detach
        cache.set(key, rel);
      }
    }
    runGroups.push({ key, runs: blockResults[bi].runs.length });
    proseBuf.push(model.prose.slice(last, b.start), masked);
    last = b.end;
  }
  proseBuf.push(model.prose.slice(last));
  cache?.remember(model.prose, languageId, model.blocks, keys);
  const prose = proseBuf.join('');
  const citations = joined(blockResults, (r) => r.citations);
  const sentencesByBlock = blockResults.map((r) => r.sentences);
  const sentences = joined(sentencesByBlock, (x) => x);
  const ents = resolveEntities(
    prose,
    joined(blockResults, (r) => r.runs),
    cache ? runGroups : undefined,
    cache?.entities,
  );
  const figures = withTableRows(
    withLeadIns(
      inOrder(
        joined(blockResults, (r) => r.figures),
        headingFigures(model),
      ),
      model,
      text,
    ),
    model,
    text,
  );

  // ---- claims
  const raw: RawClaim[] = [];
  const quotesByBlock: QuoteSpan[][] = blockResults.map((r) => r.quotes);
  for (let bi = 0; bi < model.blocks.length; bi++) {
    const b = model.blocks[bi];
    const sents = sentencesByBlock[bi];
    const direct = blockResults[bi].direct;
    // a quote left open at the end of a paragraph continues when the next paragraph opens with a mark
    const prevRaw = raw[raw.length - 1];
    if (
      prevRaw &&
      prevRaw.kind === 'direct' &&
      prevRaw.block === bi - 1 &&
      prevRaw.quotes.length > 0 && // a block quote after a lead-in is a direct claim without quote marks
      !prevRaw.quotes[prevRaw.quotes.length - 1].closed &&
      direct.length &&
      direct[0].quotes[0].open === b.start
    ) {
      const cont = direct.shift()!;
      prevRaw.end = cont.end;
      prevRaw.content = { start: prevRaw.content.start, end: cont.content.end };
      prevRaw.quotes.push(...cont.quotes);
      if (!prevRaw.np && cont.np) {
        prevRaw.np = cont.np;
        prevRaw.cue = cont.cue;
        prevRaw.cueSpan = cont.cueSpan;
      }
    }
    // lead-in: "The statement quoted the mayor:" / "The summary lists three changes:"
    const lead = leadIn(bi);
    for (const d of direct) {
      if (!d.np && lead && d.start <= b.start + 1) {
        d.np = lead.np;
        d.cue = lead.cue;
        d.cueSpan = undefined;
        d.inheritFrom = lead.index;
      }
    }
    raw.push(...direct);
    const continued = prevRaw && prevRaw.kind === 'direct' && prevRaw.end > b.start ? [prevRaw] : [];
    const covered = (s: Span) =>
      continued.some((d) => d.start < s.end && d.end > s.start) ||
      direct.some(
        (d) =>
          d.start < s.end && d.end > s.start && (d.np || d.content.end - d.content.start > (s.end - s.start) * 0.5),
      );
    // reported words that open inside a quote are that quote's; words that hold a quote of their own are the outer
    // claim ('Rubio said that he has begun "to unmask" Trump, whom he called a "con artist."')
    const inQuote = (r: RawClaim) =>
      direct.some((d) => d.quotes.some((q) => q.open - 1 <= r.content.start && q.close >= r.content.start));
    for (let si = 0; si < sents.length; si++) {
      const s = sents[si];
      const rs = blockResults[bi].reported[si];
      if (covered(s) && !weavesInQuotes(rs, direct, s)) {
        // a direct quote holds the sentence: only reported words outside it count ('…," he said, adding that …')
        if (!continued.some((d) => d.start < s.end && d.end > s.start)) {
          const outer = rs.filter((r) => !inQuote(r) && !endsInOwnQuote(r, direct));
          for (const r of outer) if (holdsQuote(r, quotesByBlock[bi])) r.kind = 'mixed';
          raw.push(...outer);
          dropNestedQuotesOf(outer, direct);
        }
        continue;
      }
      if (rs.length) {
        for (const r of rs) {
          if (holdsQuote(r, quotesByBlock[bi])) r.kind = 'mixed';
          raw.push(r);
        }
        dropPartialQuotesOf(rs, direct);
      } else if (
        lead &&
        (b.kind === 'listItem' || b.kind === 'blockquote') &&
        s.start <= b.start + 1 &&
        !direct.some((d) => d.start < s.end && d.end > s.start)
      ) {
        raw.push({
          kind: b.kind === 'blockquote' ? 'direct' : 'indirect',
          start: b.start,
          end: b.end,
          content: { start: b.start, end: b.end },
          cue: lead.cue,
          np: lead.np,
          block: bi,
          quotes: [],
          inheritFrom: lead.index,
        });
      }
    }
  }
  /**
   * 'The company said it believed "the talks will succeed."': a quote of the same speaker that closes the reported
   * words, right after its own cue, is the claim; the words before it only lead in to it
   */
  function endsInOwnQuote(r: RawClaim, direct: RawClaim[]): boolean {
    return direct.some(
      (d) =>
        d.np &&
        d.cueSpan &&
        (d.cueSpan.start === r.cueSpan?.start || leadsIn(r.content.start, d.cueSpan.start)) &&
        d.content.start > d.cueSpan.end &&
        d.content.end >= r.content.end - 2 &&
        sameSpeaker(d.np, r.np),
    );
  }
  /** the words from the start of the reported words to a quote's cue are at most its subject: "it believed" */
  function leadsIn(from: number, cue: number): boolean {
    return cue >= from && cue - from <= 40 && prose.slice(from, cue).trim().split(/\s+/).filter(Boolean).length <= 2;
  }
  /** reported words that hold a whole quote are a mixed claim */
  function holdsQuote(r: RawClaim, quotes: QuoteSpan[]): boolean {
    return quotes.some((q) => q.open >= r.content.start - 1 && q.close <= r.content.end + 1);
  }
  /**
   * a quote of the same speaker inside that speaker's reported words ('The president said the vote was "a personal
   * insult," he told the crowd') is part of the mixed claim; a quote of someone else inside them ('…, whom he called a
   * "con artist"') stays a claim of its own
   */
  function dropNestedQuotesOf(reported: RawClaim[], direct: RawClaim[]) {
    for (const d of direct) {
      const nested = reported.some(
        (r) => r.content.start < d.content.start && d.content.end <= r.content.end + 1 && sameSpeaker(d.np, r.np),
      );
      const at = nested ? raw.indexOf(d) : -1;
      if (at >= 0) raw.splice(at, 1);
    }
  }
  /**
   * 'Trump says voter fraud "would be one hell of a way to lose."': a long quote without its own attribution that
   * ends the speaker's reported words is the quoted half of one mixed claim, so the sentence is not the quote's alone
   */
  function weavesInQuotes(reported: RawClaim[], direct: RawClaim[], s: Span): boolean {
    const inSentence = direct.filter((d) => d.start < s.end && d.end > s.start);
    return (
      inSentence.length > 0 &&
      inSentence.every((d) => !d.np) &&
      reported.some((r) => r.np && inSentence.every((d) => wovenInto(d, r)))
    );
  }
  /**
   * the quote lies inside the reported words with words of the writer's before or after it: 'Trump says voter fraud
   * "would be …"', '"You squeezed employees to the breaking point" to drive up the stock price, she said.'
   */
  function wovenInto(d: RawClaim, r: RawClaim): boolean {
    const inside = r.content.start <= d.content.start && d.end <= r.content.end + 1;
    return inside && (r.content.start < d.content.start - 1 || r.content.end > d.end + 2);
  }
  /**
   * a partial quote woven into reported speech ('Okafor said the delay would give staff time to "get the numbers
   * right."') is part of that speaker's mixed claim, not a second claim without a speaker (its words are still checked
   * against the sources: see quotedPartOf in verify.ts)
   */
  function dropPartialQuotesOf(reported: RawClaim[], direct: RawClaim[]) {
    for (const d of direct) {
      if (d.np) continue;
      const owner = reported.some(
        (r) => r.kind === 'mixed' && r.np && r.content.start <= d.start + 1 && d.end <= r.content.end + 1,
      );
      const at = owner ? raw.indexOf(d) : -1;
      if (at >= 0) raw.splice(at, 1);
    }
  }
  function leadIn(bi: number): { np: NP; cue: string; index: number } | null {
    const b = model.blocks[bi];
    // a paragraph counts too: "Its lawyer said in a statement:" then a paragraph that opens with a quote mark
    if (bi === 0 || (b.kind !== 'listItem' && b.kind !== 'blockquote' && b.kind !== 'paragraph')) return null;
    // find the block before this list / quote
    let k = bi - 1;
    while (
      k >= 0 &&
      ((b.listId !== undefined && model.blocks[k].listId === b.listId) ||
        (b.quoteId !== undefined && model.blocks[k].quoteId === b.quoteId))
    )
      k--;
    if (k < 0) return null;
    const prev = model.blocks[k];
    if (!endsWithColon(prose, prev.start, prev.end)) return null;
    // a claim in the sentence that ends with the colon ("Venn told reporters:"), not one earlier in the paragraph
    const lastSentence = sentencesByBlock[k][sentencesByBlock[k].length - 1];
    let idx = raw.length - 1;
    while (idx >= 0 && !(raw[idx].block === k && raw[idx].np && (!lastSentence || raw[idx].end > lastSentence.start)))
      idx--;
    if (idx >= 0) return { np: raw[idx].np!, cue: raw[idx].cue ?? 'said', index: idx };
    // "The statement quoted the mayor:" / "The summary lists three changes:", in the sentence with the colon
    const leadStart = lastSentence ? Math.max(prev.start, lastSentence.start) : prev.start;
    const leadText = prose.slice(leadStart, prev.end);
    const m =
      /\b(?:quoted|cited|lists|listed|says|said|includes|included|sets out|set out|outlines|outlined|wrote|writes|added)\b\s*((?:the\s+)?[\p{L}’' .-]{0,60}?)\s*:\s*$/u.exec(
        leadText,
      );
    const subj =
      /^\s*((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3}?|[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,3})\s+(?:quoted|cited|lists|listed|says|said|includes|included|sets out|set out|outlines|outlined|wrote|writes|added)\b/u.exec(
        leadText,
      );
    if (m) {
      const verb = /quoted|cited/.test(m[0]) ? m[1] : subj?.[1];
      if (verb && verb.trim()) {
        const text = verb.trim().replace(/\s+(?:as saying|three|two|four|five|the following|several)\b.*$/, '');
        const start = leadStart + leadText.indexOf(text);
        return {
          np: { start, end: start + text.length, text },
          cue: /quoted/.test(m[0]) ? 'quoted' : m[0].trim().split(/[\s:]+/)[0],
          index: -1,
        };
      }
    }
    // "Their lawyer, Jo Park, said in a statement:": the grammar of a quote's lead-in, speaker with its appositive
    const att = cache ? cache.leadIn(prose, leadStart, prev.end) : attributionBeforeQuote(prose, leadStart, prev.end);
    return att ? { np: att.speaker, cue: att.cue, index: -1 } : null;
  }
  raw.sort((a, b) => a.start - b.start);

  // quote runs: an unattributed quote right after an attributed one joins its claim; one after the rest of that
  // claim's sentence, or opening the paragraph after a paragraph ending in an attributed quote, takes its speaker.
  // Any other quote keeps no speaker.
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    if (r.np || r.kind !== 'direct') continue;
    const prev = raw[i - 1];
    if (!prev || !prev.np || prev.kind !== 'direct' || isVague(prev.np)) continue;
    const gap = prose.slice(prev.end, r.start);
    if (prev.block === r.block && (!gap.trim() || restOfItsSentence(prose.slice(prev.start, prev.end), gap))) {
      prev.end = r.end;
      prev.quotes.push(...r.quotes);
      raw.splice(i--, 1);
    } else if (
      prev.block === r.block - 1 &&
      prev.end >= model.blocks[prev.block].end - 1 &&
      r.start <= model.blocks[r.block].start + 1
    ) {
      r.np = prev.np;
      r.cue = prev.cue;
      r.inheritFrom = i - 1;
    }
  }
  for (const r of raw) if (!r.np && r.kind === 'direct') nameFromNextParagraph(r, model.blocks, prose);
  runLabelledAnswers(raw, model.blocks, sentences, prose);

  // ---- speakers
  const claims: Claim[] = [];
  const earlier: EarlierSpeaker[] = []; // for pronouns: "Dan Ortiz said …. He added …"
  // and the quotations and sentences around them: '"I love Larry," he said' is not Larry's (a quotation left open
  // at a paragraph's end may be a story quoted at length, its names the pronoun's as much as any)
  const around = { quotes: joined(quotesByBlock, (x) => x).filter((q) => q.closed), sentences };
  for (const r of raw) {
    const resolved = r.np ? resolveSpeaker(r.np, ents, prose, earlier, around) : null;
    if (resolved) earlier.push({ speaker: resolved, claimStart: r.start, claimEnd: r.end });
    const speaker = resolved ? plainSpeaker(resolved) : null;
    const inner = r.innerNp ? plainSpeaker(resolveSpeaker(r.innerNp, ents, prose)) : null;
    const claim: Claim = {
      kind: r.np || r.agentless ? r.kind : 'unattributed',
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      content: r.content,
      cue: r.cue,
      cueSpan: r.cueSpan,
      speaker,
      innerSpeaker: inner,
      figures: [],
      sources: [],
      vague: isVague(r.np),
      // a pronoun is the kind of source it stands for
      sourceType: sourceTypeOf(resolved?.pronounOf ?? resolved),
    };
    if (r.inheritFrom !== undefined && r.inheritFrom >= 0 && claims[r.inheritFrom]?.speaker) {
      claim.speaker = { ...claims[r.inheritFrom].speaker! };
      claim.sourceType = claims[r.inheritFrom].sourceType;
    }
    claims.push(claim);
  }

  // ---- explicit sources: citations, links, footnotes
  const footDefs = new Map(model.footnoteDefs.map((d) => [d.label.toLowerCase(), d]));
  const sentenceOf = (pos: number) => {
    const i = lastAtOrBefore(sentences, pos);
    return i >= 0 && pos <= sentences[i].end ? sentences[i] : undefined;
  };
  const explicitFor = (span: Span): ClaimSource[] => {
    const out: ClaimSource[] = [];
    for (
      let i = Math.max(0, lastAtOrBefore(citations, span.start - 1));
      i < citations.length && citations[i].start <= span.end + 2;
      i++
    ) {
      const c = citations[i];
      if (c.start >= span.start)
        for (const k of c.keys)
          out.push({ kind: 'citation', label: '@' + k.key, span: { start: k.start, end: k.end } });
    }
    for (
      let i = Math.max(0, lastAtOrBefore(model.links, span.start) - 1);
      i < model.links.length && model.links[i].start < span.end;
      i++
    ) {
      const l = model.links[i];
      if (l.end > span.start)
        out.push({
          kind: 'link',
          label: text.slice(l.textStart, l.textEnd),
          uri: l.url,
          span: { start: l.start, end: l.end },
        });
    }
    for (
      let i = Math.max(0, lastAtOrBefore(model.footnoteRefs, span.start - 1));
      i < model.footnoteRefs.length && model.footnoteRefs[i].start <= span.end + 2;
      i++
    ) {
      const f = model.footnoteRefs[i];
      if (f.start < span.start) continue;
      const d = footDefs.get(f.label.toLowerCase());
      out.push({
        kind: 'footnote',
        label: '[^' + f.label + ']',
        excerpt: d?.text.trim(),
        span: { start: f.start, end: f.end },
      });
    }
    return out;
  };
  claims.forEach((c, i) => {
    if (c.speaker)
      c.sources.push({
        kind: 'attribution',
        label: `${c.speaker.name}${c.cue ? ' (' + c.cue + ')' : ''}`,
        span: { start: c.speaker.start, end: c.speaker.end },
      });
    const s = sentenceOf(c.end - 1);
    const end = Math.max(c.end, s?.end ?? c.end);
    let cut = nextClaimAfterContent(claims, i, end);
    // a link that is the next claim's speaker opens before it: "and [state fire records](…) show …"
    if (cut < end && text[cut - 1] === '[') cut--;
    c.sources.push(...explicitFor({ start: c.start, end: cut }));
  });

  // ---- figures: attach to claims; unattributed figures become claims of their own
  // claims are in document order; the owner of a figure is the innermost claim that contains it
  const byStart = [...claims].sort((a, b) => a.start - b.start);
  const owned = new Set<number>();
  figures.forEach((f, fi) => {
    let owner: Claim | null = null;
    const last = lastAtOrBefore(byStart, f.start);
    for (let i = last; i >= 0 && i >= last - 8; i--) {
      const c = byStart[i];
      // "The convention is expected to inject $200 million": a claim no one is named for is no source of its figures
      if (!c.speaker && c.kind === 'indirect') continue;
      if (f.start >= c.start && f.end <= c.end) {
        owner = c;
        break;
      }
    }
    if (owner) {
      owner.figures.push(fi);
      owned.add(fi);
    }
  });
  // where each paragraph's first attribution starts
  const attributedFrom = new Map<number, number>();
  for (const c of claims)
    if (c.speaker && !c.vague) {
      const bi = lastAtOrBefore(model.blocks, c.start);
      if (bi < 0 || c.end > model.blocks[bi].end) continue;
      const first = attributedFrom.get(bi);
      if (first === undefined || c.start < first) attributedFrom.set(bi, c.start);
    }
  const unsourcedFigures: { figure: number; claim: number }[] = [];
  const unattributedSentences = new Map<number, number[]>();
  figures.forEach((f, fi) => {
    if (!isCheckable(f) || isAgeFigure(f)) return;
    if (owned.has(fi)) return;
    const si = lastAtOrBefore(sentences, f.start);
    if (si < 0 || f.end > sentences[si].end) return;
    const s = sentences[si];
    if (explicitFor(s).length) return;
    // a figure after an attribution in its paragraph goes on with what that source said; one before it does not:
    // "The union has 1,900 members. Its organizer said …" leaves the count unsourced
    const bi = lastAtOrBefore(model.blocks, f.start);
    const attributedAt = attributedFrom.get(bi);
    if (attributedAt !== undefined && attributedAt < f.start) return;
    const list = unattributedSentences.get(si) ?? [];
    list.push(fi);
    unattributedSentences.set(si, list);
  });
  for (const [si, figs] of unattributedSentences) {
    const s = sentences[si];
    claims.push({
      kind: 'unattributed',
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      content: { start: s.start, end: s.end },
      cue: null,
      speaker: null,
      figures: figs,
      sources: [],
    });
    // the claim index as it was before claims were sorted: kept as is, it is in the JSON report's data
    for (const fi of figs) unsourcedFigures.push({ figure: fi, claim: claims.length - 1 });
  }
  claims.sort((a, b) => a.start - b.start);

  cache?.tick();
  const findings = runDocumentRules({
    text,
    prose,
    model,
    claims,
    figures,
    quotes: joined(quotesByBlock, (x) => x),
    vague: joined(blockResults, (r) => r.vague),
    unsourcedFigures,
  });
  return {
    claims,
    figures,
    entities: ents.entities,
    findings,
    model,
    citations,
    sentences,
  };
}

/**
 * Where the next claim of the sentence opens after claims[i]'s own words, or `end`: a citation after it is that
 * claim's ("Critics say …, and fire records show … [@calfire2025]" cites the records, not the critics). Claims are in
 * document order.
 */
function nextClaimAfterContent(claims: Claim[], i: number, end: number): number {
  const after = claims[i].content.end;
  for (let k = i + 1; k < claims.length && claims[k].start < end; k++)
    if (claims[k].start >= after && claims[k].speaker) return claims[k].start;
  return end;
}
