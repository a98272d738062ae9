/**
 * Vague attribution in the text itself, whatever the attribution engine made of the sentence: a reporting cue whose
 * subject is an unnamed source ("officials said", "local media reported", "reports from last year suggested"),
 * "according to reports", and passive phrases ("it is understood", "reportedly"). A named outlet or organisation
 * ("BBC News reported", "officials at the Pine County Water Authority said") is not vague.
 */
import type { Span } from './types';
import WORDS from './data/vague-attribution.json';

const HEADS = new Set(WORDS.heads);
const CUES = new Set(WORDS.cues);
const QUANTIFIERS = new Set(WORDS.quantifiers);
/** "studies have linked …", "research shows": cues that only unnamed evidence, not people, makes vague */
const EVIDENCE_HEADS = new Set(WORDS.evidenceHeads);
const EVIDENCE_CUES = new Set(WORDS.evidenceCues);
const NAMED_MODIFIERS = new Set(WORDS.namedModifiers);
/** a document ("report", "study") is not vague when a modifier names its issuer ("a parish recovery report") */
const DOCUMENT_HEADS = new Set(WORDS.documentHeads);
const ISSUERS = new Set(WORDS.issuerModifiers);
const isDemonym = (w: string) => WORDS.demonymEndings.some((e) => w.endsWith(e));
const opensComplement = (t: string) =>
  WORDS.complementOpeners.some((o) => t.toLowerCase().startsWith(o + ' ') || t.toLowerCase() === o);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const PASSIVE = new RegExp(`(^|[^\\p{L}])(${WORDS.passive.map(esc).join('|')})(?![\\p{L}])`, 'giu');
const AUXILIARIES = new Set([
  'have',
  'has',
  'had',
  'were',
  'was',
  'are',
  'is',
  'would',
  'will',
  'also',
  'later',
  'previously',
  'privately',
  'publicly',
]);
/** a form of "be" right before a cue ("were told", "was also warned"): a passive */
const PASSIVE_BE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|not|then|later|first|\p{Ll}+ly)\s+)?$/iu;
const CLAUSE_BREAK = new Set([...',;:.!?"“”()\n']);
const CLAUSE_OPENERS = new Set(WORDS.clauseOpeners);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);

export interface VagueSpan extends Span {
  written: string;
  /** "it is understood", "reportedly": no source at all, rather than an unnamed one */
  passive: boolean;
}

/**
 * Is this phrase (the subject of a reporting cue, or what follows "according to") an unnamed source? Its head must be
 * a source word ("officials", "media", "reports"); words before it may only describe it ("senior", "local",
 * "Ukrainian"); words after it may only be a complement that names no one ("familiar with the talks", "from last year").
 */
export function isVagueSourcePhrase(phrase: string, sentenceStart = false, heads = HEADS): boolean {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 12) return false;
  let lower = words.map((w, i) => (i === 0 && sentenceStart ? w.toLowerCase() : w));
  // "…, which the researchers said", "as experts say": the clause's subject follows its opening word
  if (lower.length > 1 && CLAUSE_OPENERS.has(lower[0].toLowerCase())) lower = lower.slice(1);
  if (isQuantifiedGroup(lower)) return true;
  const isHead = (w: string | undefined) => !!w && w === w.toLowerCase() && heads.has(w.replace(/[’']s$/, ''));
  let headAt = lower.findIndex((w) => isHead(w));
  if (headAt < 0) return false;
  while (isHead(lower[headAt + 1])) headAt++; // "press reports", "media reports"
  const before = lower.slice(0, headAt);
  if (before.length > 4) return false;
  if (before.length && DEFINITE.has(before[0].toLowerCase())) return false; // "the report": one named earlier
  // a document whose issuer is named: earlier ("a summary of its report") or by a common noun ("a parish report");
  // people stay unnamed ("one of his aides")
  const issued = (w: string) => DEFINITE.has(w.toLowerCase()) || ISSUERS.has(w);
  if (DOCUMENT_HEADS.has(lower[headAt]) && before.some(issued)) return false;
  for (const w of before) {
    if (/\d/.test(w)) return false; // "23 households", "3,000 people": a count, not a source
    if (/^\p{Lu}/u.test(w) && !NAMED_MODIFIERS.has(w) && !isDemonym(w)) return false; // "Pine County officials"
  }
  const after = lower.slice(headAt + 1).join(' ');
  if (!after) return true;
  // "people familiar with the matter", "reports from last year": a complement that names no one
  return opensComplement(after) && !/(?:^|\s)\p{Lu}/u.test(after.replace(/^\S+\s*/, ''));
}

/**
 * "Some say", "some landlords", "many parents": a quantifier alone or before a plural noun leaves the group unnamed,
 * whatever the noun. Only lower-case describing words may come between ("some local landlords").
 */
function isQuantifiedGroup(phrase: string[]): boolean {
  if (!QUANTIFIERS.has(phrase[0])) return false;
  let words = phrase;
  // "Other contractors in the county": a place in lower case after the group names no one
  const place = words.findIndex((w, i) => i >= 2 && PLACE_PREPOSITIONS.has(w));
  if (place > 0 && words.length - place <= 3 && words.slice(place).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)))
    words = words.slice(0, place);
  if (words.length > 4) return false;
  const rest = words.slice(1);
  if (!rest.length) return true;
  return rest.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) && /[^s’']s$/.test(rest[rest.length - 1]);
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'across', 'around', 'near']);

type QuoteMarks = { open: number; close: number }[];

/**
 * every vague attribution in one block of the prose, outside the given quotes, with the prose's offsets. None spans
 * two blocks, so each block is scanned on its own (and its result kept with the block's other results while typing).
 */
export function findVagueAttributions(prose: string, block: Span, quotes: QuoteMarks): VagueSpan[] {
  const seg = prose.slice(block.start, block.end);
  const own = quotes.map((q) => ({ open: q.open - block.start, close: q.close - block.start }));
  return scanVagueAttributions(seg, own).map((v) => ({ ...v, start: v.start + block.start, end: v.end + block.start }));
}

function scanVagueAttributions(prose: string, quotes: QuoteMarks): VagueSpan[] {
  const out: VagueSpan[] = [];
  const inQuote = (at: number) => quotes.some((q) => at >= q.open && at < q.close);
  const add = (start: number, end: number, passive = false) => {
    if (inQuote(start) || out.some((o) => o.start < end && o.end > start)) return;
    out.push({ start, end, written: prose.slice(start, end), passive });
  };
  for (const m of prose.matchAll(PASSIVE)) add(m.index + m[1].length, m.index + m[0].length, true);
  // "according to reports", "citing people familiar with the plans"
  for (const m of prose.matchAll(/\b(?:according to|citing)\s+/giu)) {
    const rest = prose.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const phrase = /^[^,.;:!?()"“”\n]*/u.exec(rest)![0];
    for (let n = phrase.split(/\s+/).length; n >= 1; n--) {
      const cand = phrase.split(/\s+/).slice(0, n).join(' ');
      if (isVagueSourcePhrase(cand)) {
        add(m.index, m.index + m[0].length + cand.length);
        break;
      }
    }
  }
  // "<subject> said": the subject runs back from the cue to the start of its clause
  for (const { at, heads } of cueWords(prose)) {
    // "Residents within a mile were told to keep windows closed": the subject of a passive was told, it told nobody
    if (PASSIVE_BE.test(prose.slice(Math.max(0, at - 24), at))) continue;
    const clause = clauseBefore(prose, at);
    if (!clause) continue;
    if (isVagueSourcePhrase(clause.text, clause.sentenceStart, heads)) add(clause.start, clause.end);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The words of prose that are reporting cues (a word: letters, with periods, apostrophes and hyphens between them), in order, with the heads their subject needs. The
 * cues are plain lower-case letters, so only runs of Latin letters (and the Kelvin sign, which lower-cases to "k")
 * can be one: each such run that is a cue is checked to be a whole word, where matching every word of the text with
 * the Unicode word pattern cost more than the rest of the scan.
 */
function* cueWords(prose: string): Generator<{ at: number; heads: Set<string> }> {
  for (const m of prose.matchAll(LATIN_RUN)) {
    const cue = m[0].toLowerCase();
    const heads = CUES.has(cue) ? HEADS : EVIDENCE_CUES.has(cue) ? EVIDENCE_HEADS : null;
    if (heads && wholeWord(prose, m.index, m.index + m[0].length)) yield { at: m.index, heads };
  }
}
const LATIN_RUN = /[A-Za-z\u212A]+/g;
/** a word's inner characters that are not letters: a word runs on through them only to another letter */
const INNER = new Set([...".’'-"]);
const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;
/** prose[start, end) is one whole word: no letter joins it through inner characters on either side */
function wholeWord(prose: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && INNER.has(prose[i - 1])) i--;
  if (i > 0 && LETTER_BEFORE.test(prose.slice(Math.max(0, i - 2), i))) return false;
  let j = end;
  while (j < prose.length && INNER.has(prose[j])) j++;
  return !(j < prose.length && LETTER_AFTER.test(prose.slice(j, j + 2)));
}

/** the words between the start of the cue's clause (sentence start, comma, quote mark, "that") and the cue */
function clauseBefore(
  prose: string,
  at: number,
): { start: number; end: number; text: string; sentenceStart: boolean } | null {
  const from = Math.max(0, at - 120);
  let cut = at;
  while (cut > from && !CLAUSE_BREAK.has(prose[cut - 1])) cut--;
  // no clause start within reach: a subject this long names no unnamed source (and the window may cut a character)
  if (cut === from && from > 0) return null;
  // auxiliaries between subject and cue: "officials have said", "sources had told"
  const words = [...prose.slice(cut, at).matchAll(/\S+/g)];
  while (words.length && AUXILIARIES.has(words[words.length - 1][0].toLowerCase())) words.pop();
  // "Pike said the report confirmed …": the subject of the second cue starts after the first
  let lastCue = words.length - 1;
  while (lastCue >= 0 && !CUES.has(words[lastCue][0].toLowerCase())) lastCue--;
  if (lastCue >= 0) words.splice(0, lastCue + 1);
  if (!words.length) return null;
  const text = words.map((w) => w[0]).join(' ');
  // the words' own offsets: searching for a word's text could land inside another (a lone surrogate in a pair)
  const last = words[words.length - 1];
  const start = cut + words[0].index;
  const end = cut + last.index + last[0].length;
  let k = start;
  while (k > 0 && /\s/.test(prose[k - 1])) k--;
  const sentenceStart = k === 0 || '.!?:"“\n'.includes(prose[k - 1]);
  return { start, end, text, sentenceStart };
}
