/**
 * Attributed statements: direct quotes, reported speech and mixed quotes, each with a cue and a speaker.
 * Works per block over masked prose, with token scans (no backtracking regular expressions).
 */
import type { Claim, Span, Speaker } from './types';
import type { Block } from './textmodel';
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
    if (open < 0) {
      if (OPEN.has(c)) {
        if (c === '"') {
          const prev = prose[i - 1];
          // after a letter and before a space a straight quote closes something, it does not open a quote
          if (prev && /[\p{L}\p{N}]/u.test(prev) && /\s/.test(prose[i + 1] ?? ' ')) continue;
        }
        open = i;
        want = CLOSE_FOR[c];
      }
    } else if (c === want || (want === '”' && c === '"') || (want === '"' && c === '”')) {
      out.push({ open, close: i, start: open + 1, end: i, closed: true, block: blockIndex });
      open = -1;
    }
  }
  if (open >= 0) out.push({ open, close: b.end, start: open + 1, end: b.end, closed: false, block: blockIndex });
  return out;
}

export interface NP {
  start: number;
  end: number;
  text: string;
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
  innerNp?: NP | null;
  inheritFrom?: number;
  block: number;
  quotes: QuoteSpan[];
}

/** Reported speech in one sentence (no direct quote covers it). */
export function reportedSpeech(prose: string, s: Span, block: number): RawClaim | null {
  const toks = tokenize(prose, s.start, s.end);
  if (toks.length < 4) return null;
  // "According to X, …"
  if (toks[0].l === 'according' && toks[1]?.l === 'to') {
    const np = npForward(toks, 2, prose);
    if (np) {
      let k = 2;
      while (k < toks.length && toks[k].t !== ',') k++;
      if (k < toks.length - 1) {
        const content = { start: toks[k + 1].start, end: s.end };
        return {
          kind: 'indirect',
          start: s.start,
          end: s.end,
          content,
          cue: 'according to',
          cueSpan: { start: toks[0].start, end: toks[1].end },
          np,
          block,
          quotes: [],
          innerNp: innerSpeaker(prose, content),
        };
      }
    }
  }
  // "…, according to X." at the end
  for (let i = toks.length - 2; i >= 1; i--) {
    if (toks[i].l === 'according' && toks[i + 1]?.l === 'to' && toks[i - 1].t === ',') {
      const np = npForward(toks, i + 2, prose);
      if (np)
        return {
          kind: 'indirect',
          start: s.start,
          end: s.end,
          content: { start: s.start, end: toks[i - 1].start },
          cue: 'according to',
          cueSpan: { start: toks[i].start, end: toks[i + 1].end },
          np,
          block,
          quotes: [],
        };
    }
  }
  // "X said (that) …": the first cue verb within the first 12 tokens with a subject NP before it
  for (let i = 1; i < Math.min(toks.length - 2, 24); i++) {
    const c = cueAt(toks, i);
    if (!c || !SPEECH_LEMMAS.has(c.lemma)) continue;
    // past participle after "has"/"was" is fine; "was said" (passive) is not an attribution
    if (['was', 'were', 'been', 'is', 'are', 'be', 'being'].includes(toks[i - 1].l)) continue;
    const np = npBackward(toks, i - 1, prose);
    if (!np) continue;
    // the subject must start the sentence or follow an introductory phrase and a comma
    const npTok = toks.findIndex((t) => t.start === np.start);
    if (
      npTok > 0 &&
      toks[npTok - 1].t !== ',' &&
      toks[npTok - 1].l !== 'and' &&
      toks[npTok - 1].l !== 'but' &&
      !(npTok === 1 && /^(?:but|and|still|now|also|meanwhile|separately|however)$/.test(toks[0].l))
    )
      continue;
    let k = i + c.len;
    if (c.lemma === 'tell' || c.lemma === 'tell reporters') {
      const obj =
        npForward(toks, k, prose) ??
        (toks[k] && isCap(toks[k].t) ? { start: toks[k].start, end: toks[k].end, text: toks[k].t } : null);
      if (obj) {
        while (k < toks.length && toks[k].end <= obj.end) k++;
      }
    }
    k = skipCueTail(toks, k);
    // PolNeAR/PARC convention: the complementiser "that" belongs to the content
    if (k >= toks.length - 1 || (toks[k].l === 'that' && k + 1 >= toks.length - 1)) continue;
    const content = { start: toks[k].start, end: contentEnd(toks, k, s.end, prose) };
    return {
      kind: 'indirect',
      start: s.start,
      end: s.end,
      content,
      cue: prose.slice(toks[i].start, c.end),
      cueSpan: { start: toks[i].start, end: c.end },
      np,
      block,
      quotes: [],
      innerNp: innerSpeaker(prose, content),
    };
  }
  // "…, X said." / "…, said X." at the end
  const last = toks.length - 1;
  for (let i = Math.max(1, last - 8); i <= last; i++) {
    if (toks[i - 1].t !== ',') continue;
    const a = attributionAfter(toks.slice(i), prose);
    if (a) {
      const npEnd = Math.max(a.speaker.end, a.cueSpan.end);
      const rest = toks.filter((t) => t.start >= npEnd);
      if (
        rest.length > 0 &&
        !(
          rest[0].t === ',' ||
          /^(?:who|in|on|at|during|after|before|last|this|earlier|later|adding|citing)$/.test(rest[0].l) ||
          (rest.length <= 2 && CUE_TAIL.has(rest[0].l))
        )
      )
        continue;
      return {
        kind: 'indirect',
        start: s.start,
        end: s.end,
        content: { start: s.start, end: toks[i - 1].start },
        cue: a.cue,
        cueSpan: a.cueSpan,
        np: a.speaker,
        block,
        quotes: [],
      };
    }
  }
  return null;
}

const TAIL_NOUNS = new Set([
  'statement',
  'interview',
  'email',
  'e-mail',
  'conference',
  'briefing',
  'hearing',
  'call',
  'phone',
  'telephone',
  'speech',
  'post',
  'letter',
  'video',
  'message',
  'release',
  'filing',
  'report',
  'podcast',
  'broadcast',
  'address',
  'session',
  'meeting',
  'rally',
  'tweet',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
]);
const TAIL_WORDS = new Set([
  'yesterday',
  'today',
  'tonight',
  'recently',
  'earlier',
  'later',
  'then',
  'repeatedly',
  'publicly',
  'privately',
  'also',
  'again',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'reporters',
  'journalists',
  ',',
  ':',
]);
/** skip "in a statement", "on Monday", "at a news conference", "last week" after a cue */
function skipCueTail(toks: Tok[], k: number): number {
  for (let guard = 0; guard < 6 && k < toks.length; guard++) {
    const t = toks[k];
    if (TAIL_WORDS.has(t.l)) {
      k++;
      continue;
    }
    if (['in', 'on', 'at', 'during', 'by', 'over', 'via', 'last', 'this', 'late', 'early'].includes(t.l)) {
      let e = k + 1,
        found = -1;
      while (e < toks.length && e - k <= 4 && isWord(toks[e].t)) {
        if (TAIL_NOUNS.has(toks[e].l)) {
          found = e;
          break;
        }
        e++;
      }
      if (found >= 0) {
        k = found + 1;
        continue;
      }
    }
    break;
  }
  return k;
}

/** content ends before a trailing ", the source added" and before the final full stop */
function contentEnd(toks: Tok[], from: number, end: number, prose: string): number {
  for (let i = from + 2; i < toks.length - 1; i++) {
    if (toks[i].t !== ',') continue;
    const a = attributionAfter(toks.slice(i + 1), prose);
    if (a) {
      const rest = toks.filter((t) => t.start >= Math.max(a.speaker.end, a.cueSpan.end));
      if (rest.length <= 1) return toks[i].start;
    }
  }
  let e = end;
  while (e > 0 && /[.\s]/.test(prose[e - 1])) e--;
  return e;
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

/** Direct quotes in a block, with attribution found around each. */
export function directQuotes(
  prose: string,
  quotes: QuoteSpan[],
  sentences: Span[],
  block: Block,
  blockIndex: number,
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
    const right = q.closed ? tokenize(prose, q.close + 1, rightEnd) : [];
    let att = right.length ? attributionAfter(right, prose) : null;
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
      att = attributionBefore(left, prose);
    }
    // short quoted fragments inside a sentence without their own cue are scare quotes, titles or mixed quotes
    const isWholeSentence = q.open <= sOpen.start + 1 && (q.closed ? q.close + 2 >= sClose.end : true);
    if (!att && words <= 5 && !isWholeSentence) continue;
    // a lead-in line ending with ":" in the previous block introduces a block quote
    const content = { start: parts[0].start, end: parts[parts.length - 1].end };
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
  return VAGUE_SOURCES.test(np.text.trim().replace(/^(?:the|according to)\s+/i, ''));
}

export type { Speaker };
