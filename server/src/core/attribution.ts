/**
 * Attributed statements: direct quotes, reported speech and mixed quotes, each with a cue and a speaker.
 * Works per block over masked prose, with token scans (no backtracking regular expressions).
 */
import type { Claim, Span, Speaker } from './types';
import type { Block } from './textmodel';
import {
  attributionAfterQuote,
  attributionBeforeQuote,
  labelInQuote,
  reportedSpeech as findReported,
} from './reported';
import { beforeRelativePronoun } from './speaker';
import { detach } from './text';
import { CUE_FORMS, PRONOUNS, SPEECH_LEMMAS, VAGUE_SOURCES, ORG_ROLES, PERSON_ROLES, TITLES } from './lexicon';

interface Tok {
  t: string;
  l: string;
  start: number;
  end: number;
}
const TOK_RE = /\p{N}+(?:[.,]\p{N}+)*%?|[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.-]*|[,:;"“”‘’()—–]/gu;

function tokenize(prose: string, start: number, end: number): Tok[] {
  const seg = prose.slice(start, end);
  const out: Tok[] = [];
  TOK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOK_RE.exec(seg))) {
    let t = m[0];
    // a trailing period ends a sentence unless the token is an abbreviation/initial
    if (t.length > 1 && t.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(t) && !TITLES.has(t.slice(0, -1).toLowerCase()))
      t = t.slice(0, -1);
    out.push({ t, l: t.toLowerCase(), start: start + m.index, end: start + m.index + t.length });
  }
  return out;
}

export interface QuoteSpan {
  open: number;
  close: number;
  /** inner content */ start: number;
  end: number;
  closed: boolean;
  block: number;
}

const OPEN = new Set(['“', '"', '«', '„']);
const CLOSE_FOR: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };

/** Find double-quoted spans in a block. Straight quotes open after space/start/punctuation and close otherwise. */
export function findQuotes(prose: string, b: Block, blockIndex: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let want = '';
  for (let i = b.start; i < b.end; i++) {
    const c = prose[i];
    // two apostrophes stand for a double quote in some wire and archive copy: ''It is over,'' she said.
    const twin = c === "'" && prose[i + 1] === "'";
    if (open < 0) {
      if (twin && !/[\p{L}\p{N}]/u.test(prose[i - 1] ?? ' ')) {
        open = i;
        want = "''";
        i++;
      } else if (OPEN.has(c)) {
        if (c === '"') {
          const prev = prose[i - 1];
          // after a letter and before a space a straight quote closes something, it does not open a quote
          if (prev && /[\p{L}\p{N}]/u.test(prev) && /\s/.test(prose[i + 1] ?? ' ')) continue;
        }
        open = i;
        want = CLOSE_FOR[c];
      }
    } else if (want === "''") {
      if (twin) {
        out.push({ open, close: i + 1, start: open + 2, end: i, closed: true, block: blockIndex });
        open = -1;
        i++;
      }
    } else if (c === want || (want === '”' && c === '"') || (want === '"' && c === '”')) {
      out.push({ open, close: i, start: open + 1, end: i, closed: true, block: blockIndex });
      open = -1;
    }
  }
  if (open >= 0)
    out.push({
      open,
      close: b.end,
      start: open + (want === "''" ? 2 : 1),
      end: b.end,
      closed: false,
      block: blockIndex,
    });
  return out;
}

export interface NP {
  start: number;
  end: number;
  text: string;
  /** the tagger read the head as a common noun ("Investigators" at the start of a sentence is not a name) */
  common?: boolean;
}

const DETS = new Set([
  'the',
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'several',
  'some',
  'many',
  'other',
  'his',
  'her',
  'their',
  'its',
  'our',
  'another',
  'both',
  'most',
]);
const STOP_BACK = new Set([
  'and',
  'but',
  'or',
  'that',
  'which',
  'who',
  'when',
  'while',
  'because',
  'as',
  'if',
  'after',
  'before',
  'since',
  'so',
  'then',
  'also',
  'has',
  'had',
  'have',
  'was',
  'were',
  'is',
  'are',
  'not',
  'will',
  'would',
  'to',
]);
const BARE_PLURALS =
  /^(?:officials|sources|experts|analysts|critics|residents|authorities|police|prosecutors|investigators|witnesses|lawmakers|researchers|scientists|doctors|protesters|organizers|organisers|activists|supporters|opponents|observers|insiders|democrats|republicans|people|others|many|some|voters|workers|parents|students|teachers|neighbors|neighbours|officers|firefighters|diplomats|economists|aides|advocates|leaders|members)$/;

const FUNCTION_WORDS = new Set([
  'who',
  'which',
  'that',
  'in',
  'on',
  'at',
  'to',
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'can',
  'did',
  'does',
  'do',
  'not',
  'and',
  'or',
  'but',
  'as',
  'with',
  'by',
  'from',
  'for',
  'of',
  'after',
  'before',
  'when',
  'while',
]);
function isCap(t: string) {
  return /^\p{Lu}/u.test(t);
}
function isWord(t: string) {
  return /^[\p{L}\p{N}]/u.test(t);
}

/** Parse a noun phrase that ends at toks[j] (inclusive), reading backwards. */
function npBackward(toks: Tok[], j: number, prose: string): NP | null {
  if (j < 0) return null;
  // skip adverbs "Ortiz later said", "she also said"
  while (
    j >= 0 &&
    ((/ly$/.test(toks[j].l) && toks[j].l.length > 4 && !isCap(toks[j].t)) ||
      [
        'also',
        'then',
        'later',
        'again',
        'once',
        'previously',
        'earlier',
        'has',
        'had',
        'have',
        'was',
        'is',
        'would',
        'will',
        'did',
      ].includes(toks[j].l))
  )
    j--;
  if (j < 0) return null;
  // appositive: "Ortiz, a spokeswoman for the agency, said"
  if (toks[j].t === ',') {
    let k = j - 1;
    while (k >= 0 && toks[k].t !== ',' && j - k < 16 && !/["“”]/.test(toks[k].t)) k--;
    if (k > 0 && toks[k].t === ',') {
      const inner = npBackward(toks, k - 1, prose);
      if (inner) return inner;
    }
    return null;
  }
  const t = toks[j];
  if (PRONOUNS[t.l] !== undefined) return { start: t.start, end: t.end, text: t.t };
  if (!isWord(t.t)) return null;
  let k = j;
  if (isCap(t.t)) {
    while (
      k - 1 >= 0 &&
      ((isCap(toks[k - 1].t) && isWord(toks[k - 1].t)) ||
        (['of', 'for', 'de', 'van', 'von', 'al'].includes(toks[k - 1].l) && k - 2 >= 0 && isCap(toks[k - 2].t)))
    )
      k--;
    // "the Ukrainian leader" style where head is lowercase handled below; "the National Intelligence Service"
    if (k - 1 >= 0 && DETS.has(toks[k - 1].l)) k--;
    // "Ortiz's office" never reaches here (head lowercase)
  } else {
    if (BARE_PLURALS.test(t.l) || ORG_ROLES.has(t.l) || PERSON_ROLES.has(t.l) || /s$/.test(t.l)) {
      // extend back to a determiner within a few words
      let d = k - 1;
      let found = -1;
      while (d >= 0 && k - d <= 5 && isWord(toks[d].t) && !STOP_BACK.has(toks[d].l) && !CUE_FORMS.has(toks[d].l)) {
        if (DETS.has(toks[d].l)) {
          found = d;
          break;
        }
        d--;
      }
      if (found >= 0) k = found;
      else {
        // "people familiar with the matter" style
        if (!BARE_PLURALS.test(t.l) && !PERSON_ROLES.has(t.l) && !ORG_ROLES.has(t.l)) return null;
        // allow capitalised modifiers "Ukrainian officials", "city officials"
        while (
          k - 1 >= 0 &&
          isWord(toks[k - 1].t) &&
          !STOP_BACK.has(toks[k - 1].l) &&
          !CUE_FORMS.has(toks[k - 1].l) &&
          j - k < 3 &&
          (isCap(toks[k - 1].t) ||
            /^(city|state|county|federal|government|police|school|hospital|company|union|court|senior|top|local|military|health|election|party)$/.test(
              toks[k - 1].l,
            ))
        )
          k--;
      }
    } else if (/^(?:familiar|matter|situation|talks|plans|case|deal)$/.test(t.l)) {
      // "people familiar with the matter"
      let d = k - 1;
      while (
        d >= 0 &&
        k - d <= 6 &&
        toks[d].l !== 'people' &&
        toks[d].l !== 'sources' &&
        toks[d].l !== 'those' &&
        toks[d].l !== 'person'
      )
        d--;
      if (d < 0 || k - d > 6) return null;
      k = d;
      if (k - 1 >= 0 && DETS.has(toks[k - 1].l)) k--;
    } else return null;
  }
  return { start: toks[k].start, end: t.end, text: prose.slice(toks[k].start, t.end) };
}

/** Parse a noun phrase that starts at toks[i], reading forwards. */
function npForward(toks: Tok[], i: number, prose: string): NP | null {
  if (i >= toks.length) return null;
  const t = toks[i];
  if (PRONOUNS[t.l] !== undefined) return { start: t.start, end: t.end, text: t.t };
  if (!isWord(t.t)) return null;
  let k = i;
  if (isCap(t.t) && !DETS.has(t.l)) {
    while (
      k + 1 < toks.length &&
      ((isCap(toks[k + 1].t) && isWord(toks[k + 1].t)) ||
        (['of', 'for', 'de', 'van', 'von', 'al'].includes(toks[k + 1].l) &&
          k + 2 < toks.length &&
          isCap(toks[k + 2].t)))
    )
      k++;
  } else if (DETS.has(t.l)) {
    // determiner, then modifiers, up to the head: a role noun, a plural, or the end of a capitalised run
    k++;
    let head = -1;
    while (
      k < toks.length &&
      isWord(toks[k].t) &&
      k - i <= 5 &&
      !CUE_FORMS.has(toks[k].l) &&
      !FUNCTION_WORDS.has(toks[k].l)
    ) {
      if (PERSON_ROLES.has(toks[k].l) || ORG_ROLES.has(toks[k].l) || BARE_PLURALS.test(toks[k].l)) head = k;
      else if (isCap(toks[k].t)) head = k;
      else if (head >= 0) break;
      k++;
    }
    if (head < 0) return null;
    k = head;
    // "the head of the agency", "the director of the National Water Agency"
    if (toks[k + 1]?.l === 'of' && toks[k + 2] && (DETS.has(toks[k + 2].l) || isCap(toks[k + 2].t))) {
      let e = k + 2;
      if (DETS.has(toks[e].l)) e++;
      while (
        e + 1 < toks.length &&
        isWord(toks[e + 1].t) &&
        (isCap(toks[e + 1].t) || ORG_ROLES.has(toks[e + 1].l)) &&
        e - k < 6
      )
        e++;
      if (toks[e] && isWord(toks[e].t)) k = e;
    }
  } else if (BARE_PLURALS.test(t.l)) {
    // "officials", "people familiar with the matter"
  } else return null;
  return { start: t.start, end: toks[k].end, text: prose.slice(t.start, toks[k].end) };
}

function cueAt(toks: Tok[], i: number): { lemma: string; end: number; len: number } | null {
  const t = toks[i];
  if (!t) return null;
  if (t.l === 'according' && toks[i + 1]?.l === 'to') return { lemma: 'according to', end: toks[i + 1].end, len: 2 };
  const lemma = CUE_FORMS.get(t.l);
  if (!lemma) return null;
  if (lemma === 'point out') return null;
  if ((t.l === 'pointed' || t.l === 'points') && toks[i + 1]?.l === 'out')
    return { lemma: 'point out', end: toks[i + 1].end, len: 2 };
  return { lemma, end: t.end, len: 1 };
}

export interface Attribution {
  speaker: NP;
  cue: string;
  cueSpan: Span;
}

/** After a closing quote: `," Ortiz said` / `," said Ortiz, who` / `, she wrote, "` */
function attributionAfter(toks: Tok[], prose: string): Attribution | null {
  let i = 0;
  while (i < toks.length && (toks[i].t === ',' || toks[i].t === '—' || toks[i].t === '–')) i++;
  const c = cueAt(toks, i);
  if (c && c.lemma !== 'according to') {
    const np = npForward(toks, i + c.len, prose);
    if (np)
      return { speaker: np, cue: prose.slice(toks[i].start, c.end), cueSpan: { start: toks[i].start, end: c.end } };
    return null;
  }
  if (c && c.lemma === 'according to') {
    const np = npForward(toks, i + 2, prose);
    if (np) return { speaker: np, cue: 'according to', cueSpan: { start: toks[i].start, end: c.end } };
  }
  const np = npForward(toks, i, prose);
  if (!np) return null;
  let j = i;
  while (j < toks.length && toks[j].end <= np.end) j++;
  // appositive between commas
  if (toks[j]?.t === ',') {
    let k = j + 1;
    while (k < toks.length && toks[k].t !== ',' && k - j < 16 && !/["“”]/.test(toks[k].t)) k++;
    if (toks[k]?.t === ',') j = k + 1;
  }
  while (j < toks.length && /ly$/.test(toks[j].l) && toks[j].l.length > 4) j++;
  const c2 = cueAt(toks, j);
  if (c2 && c2.lemma !== 'according to')
    return { speaker: np, cue: prose.slice(toks[j].start, c2.end), cueSpan: { start: toks[j].start, end: c2.end } };
  return null;
}

const CUE_TAIL = new Set([
  'in',
  'a',
  'an',
  'the',
  'statement',
  'interview',
  'email',
  'e-mail',
  'on',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'reporters',
  'journalists',
  'at',
  'news',
  'conference',
  'briefing',
  'later',
  'that',
  'then',
  'this',
  'week',
  'last',
  'told',
  'to',
  'me',
  'us',
  'him',
  'her',
  'them',
  'us',
  'recently',
  'repeatedly',
  'simply',
  'bluntly',
  'flatly',
  'publicly',
  'privately',
  'during',
  'speech',
  'post',
  'letter',
  'written',
  'x',
  'yesterday',
  'today',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'of',
  'his',
  'her',
  'their',
  'its',
  'was',
  'were',
  'quoted',
  'as',
  'saying',
  'recalled',
  'thursday',
  'by',
  'phone',
  'telephone',
]);

/** Before an opening quote: `Ortiz said: "` / `she told AFP, "` / `According to Ortiz, "` */
function attributionBefore(toks: Tok[], prose: string): Attribution | null {
  // scan back over the tail after the cue: "in a statement", "reporters", "AFP"
  let j = toks.length - 1;
  while (j >= 0 && (toks[j].t === ',' || toks[j].t === ':' || toks[j].t === '—')) j--;
  const limit = Math.max(0, j - 7);
  for (let i = j; i >= limit; i--) {
    const c = cueAt(toks, i) ?? (toks[i].l === 'to' && toks[i - 1]?.l === 'according' ? cueAt(toks, i - 1) : null);
    if (!c) {
      const ok = CUE_TAIL.has(toks[i].l) || (isCap(toks[i].t) && i > 0);
      if (!ok) return null;
      continue;
    }
    const ci = toks[i].l === 'to' ? i - 1 : i;
    if (c.lemma === 'according to') {
      const np = npForward(toks, ci + 2, prose);
      if (np) return { speaker: np, cue: 'according to', cueSpan: { start: toks[ci].start, end: c.end } };
      return null;
    }
    const np = npBackward(toks, ci - 1, prose);
    if (np)
      return { speaker: np, cue: prose.slice(toks[ci].start, c.end), cueSpan: { start: toks[ci].start, end: c.end } };
    // passive: "was quoted as saying"
    return null;
  }
  return null;
}

export interface RawClaim {
  kind: Claim['kind'];
  start: number;
  end: number;
  content: Span;
  cue: string | null;
  cueSpan?: Span;
  np: NP | null;
  /** no one is named, and no one is meant to be: "was accused of …", "It was reported that …" */
  agentless?: boolean;
  innerNp?: NP | null;
  inheritFrom?: number;
  block: number;
  quotes: QuoteSpan[];
}

/** Reported speech in one sentence: the clause rules of reported/, every claim of the sentence in order. */
export function reportedSpeech(prose: string, s: Span, block: number): RawClaim[] {
  return findReported(prose, s).map((r) => ({
    kind: 'indirect',
    start: r.start,
    end: r.end,
    content: r.content,
    cue: r.cue,
    cueSpan: r.cueSpan,
    np: r.agentless ? null : r.np,
    agentless: r.agentless,
    block,
    quotes: [],
    innerNp: innerSpeaker(prose, r.content),
  }));
}

/** "the ministry said the contractor had admitted …" → the inner speaker */
function innerSpeaker(prose: string, content: Span): NP | null {
  const toks = tokenize(prose, content.start, content.end);
  for (let i = 1; i < Math.min(toks.length - 2, 10); i++) {
    const c = cueAt(toks, i);
    if (!c || !SPEECH_LEMMAS.has(c.lemma)) continue;
    const np = npBackward(toks, i - 1, prose);
    if (np && np.start === toks[0].start) return np;
  }
  return null;
}

/** the grammar of the words before and after a quote; each reads prose[start, end) alone (see AnalysisCache) */
export interface QuoteAttributions {
  before: typeof attributionBeforeQuote;
  after: typeof attributionAfterQuote;
}
const PARSED: QuoteAttributions = { before: attributionBeforeQuote, after: attributionAfterQuote };

/** `"Why is the bridge still closed?" Dan Ortiz said.`: the question mark ends the sentence, the attribution follows */
function attributionInNextSentence(
  prose: string,
  q: QuoteSpan,
  sentences: Span[],
  nextOpen: number,
  after: QuoteAttributions['after'],
): Attribution | null {
  if (!/[?!.…]\s*$/.test(prose.slice(q.start, q.end))) return null;
  const next = sentences.find((s) => s.start > q.close && s.start <= q.close + 3);
  if (!next || next.end > nextOpen || next.end - next.start > 120) return null;
  const att = after(prose, next.start, next.end);
  if (!att || !/^[\s.]*$/.test(prose.slice(Math.max(att.speaker.end, att.cueSpan.end), next.end))) return null;
  return att;
}

/**
 * a few quoted words a cue runs on from with no comma or stop at either side of the closing mark: 'The company
 * "categorically" denied any intent …' is the company's denial, and "any intent" after the cue is no speaker of it
 */
function runsOn(prose: string, q: QuoteSpan, words: number): boolean {
  const next = /^ +(\p{L}+)/u.exec(prose.slice(q.close + 1, q.close + 40))?.[1];
  return (
    words <= 3 &&
    /[\p{L}\d]$/u.test(prose.slice(q.start, q.end)) &&
    !!next &&
    (CUE_FORMS.has(next.toLowerCase()) || /\p{Ll}ed$/u.test(next))
  );
}

/** Direct quotes in a block, with attribution found around each. */
export function directQuotes(
  prose: string,
  quotes: QuoteSpan[],
  sentences: Span[],
  block: Block,
  blockIndex: number,
  grammar: QuoteAttributions = PARSED,
): RawClaim[] {
  const out: RawClaim[] = [];
  const sentOf = (pos: number) =>
    sentences.find((s) => pos >= s.start && pos < s.end) ?? { start: block.start, end: block.end };
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    const words = prose.slice(q.start, q.end).trim().split(/\s+/).filter(Boolean).length;
    const sOpen = sentOf(q.open);
    const sClose = sentOf(Math.max(q.open, q.close - 1));
    const leftStart = qi > 0 && quotes[qi - 1].close >= sOpen.start ? quotes[qi - 1].close + 1 : sOpen.start;
    const left = tokenize(prose, leftStart, q.open);
    const nextOpen = qi + 1 < quotes.length ? quotes[qi + 1].open : block.end;
    const rightEnd = Math.min(nextOpen, Math.max(sClose.end, q.close + 1), block.end);
    const right = q.closed && !runsOn(prose, q, words) ? tokenize(prose, q.close + 1, rightEnd) : [];
    let att = right.length
      ? (grammar.after(prose, q.close + 1, rightEnd) ?? attributionAfter(right, prose))
      : q.closed
        ? attributionInNextSentence(prose, q, sentences, nextOpen, grammar.after)
        : null;
    let end = q.closed ? q.close + 1 : q.end;
    const parts = [q];
    if (att) {
      end = Math.max(end, att.speaker.end, att.cueSpan.end);
      // interrupted quote: `"The company," she wrote, "has …"`
      const next = quotes[qi + 1];
      if (next && prose.slice(end, next.open).trim() === ',') {
        parts.push(next);
        qi++;
        end = next.closed ? next.close + 1 : next.end;
      }
    } else if (left.length) {
      att = grammar.before(prose, leftStart, q.open) ?? attributionBefore(left, prose);
    }
    // a transcript's label opening the quote names its speaker: `"WALLACE: Let's start …`
    const labelled = att ? null : labelInQuote(prose, q.start, q.end);
    if (labelled) att = labelled;
    // short quoted fragments inside a sentence without their own cue are scare quotes, titles or mixed quotes
    const isWholeSentence = q.open <= sOpen.start + 1 && (q.closed ? q.close + 2 >= sClose.end : true);
    if (!att && words <= 5 && !isWholeSentence) continue;
    // a lead-in line ending with ":" in the previous block introduces a block quote
    const content = {
      start: labelled ? labelled.cueSpan.end + 1 : parts[0].start,
      end: parts[parts.length - 1].end,
    };
    const start = att ? Math.min(q.open, att.speaker.start, att.cueSpan.start) : q.open;
    if (att && att.speaker.start < q.open) end = Math.max(end, q.closed ? q.close + 1 : q.end);
    // extend to the sentence end when the attribution follows
    if (att && att.speaker.start > q.open) {
      const sEnd = sentOf(att.cueSpan.start).end;
      if (sEnd > end && prose.slice(end, sEnd).trim().length <= 2) end = sEnd;
    }
    out.push({
      kind: 'direct',
      start,
      end,
      content,
      cue: att?.cue ?? null,
      cueSpan: att?.cueSpan,
      np: att?.speaker ?? null,
      block: blockIndex,
      quotes: parts,
    });
  }
  return out;
}

export function isVague(np: NP | null): boolean {
  if (!np) return false;
  let vague = VAGUE.get(np.text);
  if (vague === undefined) {
    const text = beforeRelativePronoun(np).text;
    vague = VAGUE_SOURCES.test(text.trim().replace(/^(?:the|according to)\s+/i, ''));
    if (VAGUE.size >= VAGUE_LIMIT) VAGUE.clear();
    VAGUE.set(detach(np.text), vague);
  }
  return vague;
}
/** isVague by the phrase's words (all it reads), kept across analyses: a keystroke reads every claim's speaker again */
const VAGUE = new Map<string, boolean>();
const VAGUE_LIMIT = 20000;

export type { Speaker };
