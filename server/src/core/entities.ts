/**
 * Named entities. Each block yields capitalised name runs with their context (entityRuns, cached per block); the
 * document-level step (resolveEntities) splits runs at dates, prepositions and titles, types every name from cues,
 * gazetteers and context, makes one name typed once the same everywhere in the draft, and links aliases.
 */
import type { Entity, EntityType, Span } from './types';
import {
  commonWordSet,
  demonyms,
  givenNameSet,
  isCountry,
  isPlaceName,
  namePartSet,
  organizationNames,
} from './gazetteer';
import { ORG_ROLES, PERSON_ROLES, TITLES, CUE_FORMS } from './lexicon';
import cues from './data/entity-cues.json';
import WORDS from './data/name-words.json';
import { levenshtein, swapsNeighbours } from './normalize';
import { detach } from './text';
import { RecentCache } from './recent';
import { PieceReader } from './pieces';
import { EditMap } from './edit-map';

export interface MentionRef extends Span {
  text: string;
  entity: number;
}
export interface RoleRef {
  role: string;
  entity: number;
  at: number;
}
export interface EntityResult {
  entities: Entity[];
  mentions: MentionRef[];
  roles: RoleRef[];
}

/** A run of capitalised words in one block, with the context the document-level step types it by. */
export interface EntityRun {
  start: number;
  end: number;
  /** the words, and their offsets relative to `start` */
  words: string[];
  offs: number[];
  sentenceInitial: boolean;
  /** lower-cased text on the same line just before and just after the run */
  before: string;
  after: string;
  /** in an all-capitals line (a headline, a dateline): capitals tell nothing there */
  caps: boolean;
  /** first on its line and followed by a dateline's date, place or agency ("LONDON 1996-08-30", "KYIV, Ukraine (AP)") */
  dateline: boolean;
}

const ORG_SUFFIXES = new Set(cues.orgSuffixes);
const ORG_PREFIXES = new Set(cues.orgPrefixes);
const PLACE_SUFFIXES = new Set(cues.placeSuffixes);
const PLACE_PREFIXES = new Set(cues.placePrefixes);
const LOCATIVES = new Set(cues.locatives);
const TIME_WORDS = new Set(cues.timeWords);
/** months that are also surnames */
const SURNAME_MONTHS = new Set(cues.surnameMonths);
const SPORTS_WORDS = new Set(cues.sportsWords);
const NON_NAMES = new Set(cues.nonNames);
/** capitalised words that start sentences but are not names */
const COMMON_CAPS = new Set(cues.sentenceCaps);
/** pronouns and possessives: never a name on their own, even where a dictionary lists one ("My", a Vietnamese given name) */
const PRONOUNS = new Set(cues.pronouns);
/** question words: a question's first word in title case is never a name ("**Who is affected?**" is not the WHO) */
const INTERROGATIVES = new Set(cues.interrogatives);
const TITLE_WORDS = new Set(cues.extraTitles);
/** titles that are also given names: "Earl Fontenot" is a man named Earl */
const GIVEN_NAME_TITLES = new Set(cues.givenNameTitles);
const EVENT_WORDS = new Set(cues.eventWords);
const PLACE_OF_HEADS = new Set(cues.placeOfHeads);
/** "shares of Brightline Outdoor", "a stake of …": what only a company has */
const COMPANY_OF_HEADS = new Set(cues.companyOfHeads);
/** suffixes that name a club in sports copy but a place elsewhere ("Ross County", "Orange County", "Kansas City") */
/** kinds of body an appositive names: "…, a nonprofit research organization," (not "the county": a place too) */
const APPOSITIVE_ORG_HEADS = new Set(cues.appositiveOrgHeads);
/** words that make a "… District" a public body, not an area: "Maple Unified School District", "Delta Water District" */
const DISTRICT_BODIES = new Set(cues.districtBodies);
const SPORTS_ONLY_ORG_SUFFIXES = new Set(['county', 'city', 'park']);
/** lower-case words that may sit inside a name: "Bank of England", "Ludwig van Beethoven" */
const CONNECTORS = new Set(WORDS.CONNECTORS);
/** abbreviations whose period belongs to the word */
const KEEP_PERIOD = new Set(WORDS.KEEP_PERIOD);
/** a word that ends an adjective compound: "New York-based" */
const COMPOUND_TAIL = /-(?:based|born|led|backed|owned|run|made|controlled|bound|style|era|area|registered|listed)$/iu;
/** the compounds that make the name a place: "a Mercer-based retailer", "Lagos-born" (not "Saudi-led", "Musk-owned") */
const PLACE_TAIL = /-(?:based|born)$/iu;

// A word: letters, marks and digits, with inner apostrophes, hyphens, ampersands and periods before a letter
// ("U.S.", "O'Brien", "AT&T"), and a final period that is trimmed later unless it belongs to an abbreviation.
// Linear: the repeated alternatives start with disjoint characters.
const TOKEN_RE = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}’'&-]|\.(?=\p{L}))*\.?/gu;

function key(s: string) {
  return s.toLowerCase().replace(/’/g, "'");
}
/** lower-cased, without the period of an abbreviation at the end ("corp." → "corp"; "u.s." keeps its periods) */
function bare(s: string) {
  return memo(BARE, s, bareOf);
}
function bareOf(s: string) {
  return key(s).replace(/^([^.]*)\.$/, '$1');
}

/**
 * Word look-ups against the static lists, kept by word: the document-level step asks them of every name of the draft
 * on every keystroke. Bounded: a map is emptied when it grows past WORD_MEMO_LIMIT words.
 */
const WORD_MEMO_LIMIT = 50000;
const BARE = new Map<string, string>();
const DEMONYM = new Map<string, boolean>();
const COMMON = new Map<string, boolean>();
const KNOWN = new Map<string, boolean>();
const ACRONYM = new Map<string, boolean>();
/** `compute` is a function of the word alone, passed as is: a closure per call cost an allocation per look-up */
function memo<V>(m: Map<string, V>, k: string, compute: (k: string) => V): V {
  let v = m.get(k);
  if (v === undefined) {
    if (m.size >= WORD_MEMO_LIMIT) m.clear();
    m.set(k, (v = compute(k)));
  }
  return v;
}
function isCapitalised(w: string) {
  // asked of every word of the draft: plain letters are told apart without the Unicode pattern
  const c = w.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(w);
}
function isAcronym(w: string) {
  return memo(ACRONYM, w, acronym);
}
function acronym(w: string) {
  return /^\p{Lu}{2,6}$/u.test(w) || /^(?:\p{Lu}\.){2,}$/u.test(w);
}
function stripPossessive(s: string) {
  return s.replace(/[’']s$/u, '').replace(/(?<=s)[’']$/u, '');
}

/** a line counts as all capitals when most of its words of two letters or more are */
function capsLine(line: string): boolean {
  // counted, not collected: most lines have no word in capitals, and the words of every line made garbage
  const upper = count(CAPS_WORD, line);
  return upper > 0 && upper >= 2 * (count(WORD_2, line) - upper);
}
/** a word of two letters or more (letters on neither side), and one of them with no lower-case letter */
const WORD_2 = /\p{L}{2,}/gu;
const CAPS_WORD = /(?<!\p{L})[^\P{L}\p{Ll}]{2,}(?!\p{L})/gu;
function count(re: RegExp, s: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.test(s)) n++;
  return n;
}

// after a dateline's place: an optional ", Country", then a date, an agency in parentheses or a dash
const DATELINE_COUNTRY = /^\s*,\s*\p{Lu}[^\d(—–-]{0,30}/u;
const DATELINE_MARK = /^\s*(?:\d{4}-\d\d-\d\d|\(\s*\p{Lu}[\p{L}-]{1,15}\s*\)|[—–]|--|- )/u;
function datelineAfter(after: string): boolean {
  const country = DATELINE_COUNTRY.exec(after);
  return DATELINE_MARK.test(country ? after.slice(country[0].length) : after);
}

/** Capitalised name runs in one block: the per-block (cacheable) part of entity extraction. */
export function entityRuns(prose: string, span: Span, sentenceStarts: Set<number>): EntityRun[] {
  const out: EntityRun[] = [];
  const seg = prose.slice(span.start, span.end);
  const capsByLine = new Map<number, boolean>();
  // the line of the last run, kept: runs come in order, and searching a long paragraph for its line ends at every
  // run cost time in the square of its length
  let lastLine = { s: 0, e: -1 };
  const lineOf = (i: number) => {
    if (i >= lastLine.s && i <= lastLine.e) return lastLine;
    const s = seg.lastIndexOf('\n', i - 1) + 1;
    let e = seg.indexOf('\n', i);
    if (e < 0) e = seg.length;
    return (lastLine = { s, e });
  };
  let run: { start: number; end: number; words: string[]; offs: number[] } | null = null;
  const flush = () => {
    if (!run) return;
    while (run.words.length && CONNECTORS.has(run.words[run.words.length - 1])) {
      run.words.pop();
      run.offs.pop();
    }
    if (run.words.length) {
      const last = run.words.length - 1;
      run.end = run.start + run.offs[last] + run.words[last].length;
      const line = lineOf(run.start);
      let caps = capsByLine.get(line.s);
      if (caps === undefined) capsByLine.set(line.s, (caps = capsLine(seg.slice(line.s, line.e))));
      const before = seg.slice(Math.max(line.s, run.start - 40), run.start);
      const after = seg.slice(run.end, Math.min(line.e, run.end + 40));
      const start = span.start + run.start;
      out.push({
        start,
        end: span.start + run.end,
        words: run.words,
        offs: run.offs,
        sentenceInitial: sentenceStarts.has(start) || !before.trim(),
        before: key(before),
        after: key(after),
        caps,
        dateline:
          !before.trim() && run.words.every((w) => !/\p{Ll}/u.test(w) || CONNECTORS.has(w)) && datelineAfter(after),
      });
    }
    run = null;
  };
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(seg))) {
    let word = m[0];
    const at = m.index;
    if (word.endsWith('.') && !keepsPeriod(word)) word = word.slice(0, -1);
    const capital = isCapitalised(word);
    const connector = !capital && CONNECTORS.has(word);
    const gap = run ? seg.slice(run.end, at) : '';
    if (run && !(gap === ' ' || gap === ' & ' || gap === '&')) flush();
    if (!capital && !connector) {
      flush();
      continue;
    }
    if (connector && !run) continue;
    if (!run) run = { start: at, end: at, words: [], offs: [] };
    const possessive = capital && /[’'](?:s)?$/u.test(word) && word.length > 2;
    const name = possessive ? stripPossessive(word) : word;
    if (gap === ' & ' || gap === '&') {
      run.words.push('&');
      run.offs.push(run.end + gap.indexOf('&'));
    }
    run.words.push(name);
    run.offs.push(at - run.start);
    run.end = at + name.length;
    if (possessive || COMPOUND_TAIL.test(name)) flush();
  }
  flush();
  return joinBodyNames(seg, span.start, out);
}

/** the word between two runs that joins the halves of one body's name */
const NAME_AND = ' and ';

/**
 * A body's name with "and" inside is one name: "Department of Housing and Urban Development", "Centers for Disease
 * Control and Prevention" (an office of something, and more of it), "Food and Drug Administration", "Securities and
 * Exchange Commission" (a word, and a name ending with a body's word). Not two names joined ("the Department of
 * Justice and Mayor Ortiz", "Ministry of Finance and Ana Ruiz", "Texas and Pacific").
 */
function joinBodyNames(seg: string, base: number, runs: EntityRun[]): EntityRun[] {
  if (runs.length < 2) return runs;
  const out: EntityRun[] = [runs[0]];
  for (let i = 1; i < runs.length; i++) {
    const a = out[out.length - 1],
      b = runs[i];
    if (a.caps || b.caps || seg.slice(a.end - base, b.start - base) !== NAME_AND || !bodyHalves(a.words, b.words)) {
      out.push(b);
      continue;
    }
    out[out.length - 1] = {
      ...a,
      end: b.end,
      words: [...a.words, 'and', ...b.words],
      offs: [...a.offs, a.end - a.start + 1, ...b.offs.map((o) => o + b.start - a.start)],
      after: b.after,
    };
  }
  return out;
}

function bodyHalves(whole: string[], b: string[]): boolean {
  // "Trinidad and Tobago", "Bosnia and Herzegovina": a name the lists know
  if (isKnownName(bare([...whole, 'and', ...b].join(' ')))) return true;
  const a = bare(whole[0]) === 'the' ? whole.slice(1) : whole;
  if (b.length > 3 || a.length > 5 || !a.length) return false;
  const first = bare(b[0]);
  if (isTitle(first) || isDemonym(b[0]) || isKnownName(bare(b.join(' ')))) return false;
  // "Ana Ruiz": a given name and a surname is a person
  const last = bare(b[b.length - 1]);
  if (b.length >= 2 && givenNameSet().has(first) && namePartSet().has(last) && !isCommonWord(last)) return false;
  // "Department of Housing" + "Urban Development"
  const office = ORG_PREFIXES.has(bare(a[0])) && a.length >= 3 && (a[1] === 'of' || a[1] === 'for');
  if (office) return a.slice(2).every((w) => !isTitle(bare(w)));
  // "Food" + "Drug Administration": everyday words, and a body's word (not "Ashby FC" + "Leeds United")
  return (
    a.length <= 2 &&
    b.length >= 2 &&
    ORG_SUFFIXES.has(last) &&
    !isKnownName(bare(a.join(' '))) &&
    [...a, ...b.slice(0, -1)].every(
      (w) => (isCommonWord(w) || isCommonWord(singularOf(w))) && !isTitle(bare(w)) && !isPlaceName(bare(w)),
    )
  );
}

function keepsPeriod(word: string): boolean {
  if (/^\p{Lu}\.$/u.test(word) || /^(?:\p{L}\.){2,}$/u.test(word)) return true;
  const b = bare(word);
  return KEEP_PERIOD.has(b) || TITLES.has(b);
}

/** One name cut out of a run, before typing. */
interface Candidate {
  run: number;
  start: number;
  end: number;
  words: string[];
  titles: string[];
  /** evidence-backed type, or null when only document context can tell */
  type: EntityType | null;
  /** how sure the cue is: 2 a name-internal cue or gazetteer, 1 context, 0 a default */
  strength: number;
  /** the name was written before "-based" or "-born" ("the Mercer-based company"): where something is */
  placeTail?: boolean;
}

/** document-wide facts the typing rules use */
interface DocFacts {
  sports: boolean;
}

/** what one line adds to the document-wide facts; lines add up, since no count spans a line break */
interface LineFacts {
  words: number;
  sports: number;
  scores: number;
  row: boolean;
}

function lineFacts(line: string): LineFacts {
  let words = 0,
    sports = 0;
  for (const m of line.matchAll(/\p{L}+/gu)) {
    words++;
    if (SPORTS_WORDS.has(m[0].toLowerCase())) sports++;
  }
  const scores = line.match(/(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])/g)?.length ?? 0;
  return { words, sports, scores, row: isResultsRow(line) };
}

function docFacts(prose: string, memo?: EntityMemo): DocFacts {
  let words = 0,
    sports = 0,
    scores = 0,
    rows = 0;
  const add = (f: LineFacts) => {
    words += f.words;
    sports += f.sports;
    scores += f.scores;
    if (f.row) rows++;
  };
  if (memo) for (const line of memo.lineFacts.pieces(prose)) add(line.value);
  else for (const line of prose.split('\n')) add(lineFacts(line));
  return { sports: rows >= 3 || (sports + scores >= 6 && (sports + scores) / Math.max(1, words) > 0.02) };
}

/** a results or standings row: "Bradford 3 Portsmouth 1", "Barnsley 4 3 1 0 8 2 10" */
function isResultsRow(line: string): boolean {
  const toks = line.trim().split(/\s+/);
  if (toks.length < 3 || !/^\p{Lu}/u.test(toks[0])) return false;
  const numbers = toks.filter((t) => /^\d{1,3}$/.test(t)).length;
  return numbers >= 2 && numbers >= toks.length / 3;
}

const DEMONYM_SUFFIX = /^(.{3,}?)(?:ians?|eans?|ans?|ese|ish|is?)$/;
const COMPASS = new Set(WORDS.COMPASS);
/**
 * a demonym or adjective of a place: listed ("Korean", "Afrikaners"), made from a known place ("Zairean",
 * "Surinamese", "Transylvanian"), hyphenated ("Arab-Israeli") or after a compass word ("North Africans")
 */
function isDemonym(w: string): boolean {
  return memo(DEMONYM, w, demonymOrAdjective);
}
function demonymOrAdjective(w: string): boolean {
  const k = bare(w);
  if (demonyms().has(k) || demonyms().has(k.replace(/s$/, ''))) return true;
  if (k.includes(' ')) {
    const ws = k.split(' ');
    return ws.length === 2 && COMPASS.has(ws[0]) && isDemonym(ws[1]);
  }
  if (k.includes('-')) return k.split('-').every((p) => p && isDemonym(p));
  const stem = DEMONYM_SUFFIX.exec(k)?.[1];
  if (!stem || givenNameSet().has(k)) return false;
  return [stem, stem + 'a', stem + 'e', stem + 'ia', stem + 'o'].some((p) => isPlaceName(p));
}
/** a word no list knows (not an everyday word, place, demonym or organisation word): after a given name, a surname ("June Halversen") */
function unlistedWord(w: string): boolean {
  return !isCommonWord(w) && !isPlaceName(w) && !isDemonym(w) && !ORG_SUFFIXES.has(w) && !TIME_WORDS.has(w);
}
function isCommonWord(w: string) {
  return memo(COMMON, w, commonWord);
}
function commonWord(w: string) {
  const k = bare(w);
  return COMMON_CAPS.has(k) || NON_NAMES.has(k) || TIME_WORDS.has(k) || commonWordSet().has(k);
}
/** "crews", "companies": the plural of an everyday noun */
function isCommonPlural(k: string): boolean {
  if (!k.endsWith('s') || k.endsWith('ss')) return false;
  const singular = singularOf(k);
  return isCommonWord(singular) && !givenNameSet().has(singular);
}
/** an English plural's singular, as far as a word list needs it: "companies" → "company", "crews" → "crew" */
function singularOf(w: string): string {
  return w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.replace(/s$/, '');
}
function isKnownName(k: string) {
  return memo(KNOWN, k, knownName);
}
function knownName(k: string) {
  return isPlaceName(k) || organizationNames().has(k) || givenNameSet().has(k);
}

/**
 * a person's title or role word, capitalised before a name ("Foreign Minister", "CEO") or not ("striker"), also
 * before taking office ("Mayor-elect", "Ambassador-designate")
 */
function isTitle(w: string): boolean {
  if (TITLES.has(w) || TITLE_WORDS.has(w)) return true;
  const office = /^(.+)-(?:elect|designate)$/i.exec(w)?.[1];
  return !!office && isTitle(office);
}

/** a given name and a surname (with an initial between): "Steve Smith", "Ana M. Ruiz"; not "Bank", "Duke", "Mary Queen" */
function personName(ws: string[]): boolean {
  if (ws.length < 2 || ws.length > 3 || !givenNameSet().has(bare(ws[0]))) return false;
  const last = bare(ws[ws.length - 1]);
  return (
    (namePartSet().has(last) || unlistedWord(last)) &&
    !isPlaceName(last) &&
    !isTitle(last) &&
    !ORG_SUFFIXES.has(last) &&
    ws.slice(1, -1).every((w) => /^\p{Lu}\.$/u.test(w))
  );
}

/** Cut a (mixed-case) run into names: titles, demonyms and common words off; split at dates and at "of Place". */
function splitRun(r: EntityRun, ri: number): Candidate[] {
  const out: Candidate[] = [];
  const { words, offs } = r;
  const emit = (from: number, to: number, titles: string[]) => {
    while (from < to && CONNECTORS.has(words[from])) from++;
    while (to > from && CONNECTORS.has(words[to - 1])) to--;
    if (from >= to) return;
    let ws = words.slice(from, to);
    const last = ws[ws.length - 1];
    let end = r.start + offs[to - 1] + last.length;
    let placeTail = false;
    if (COMPOUND_TAIL.test(last)) {
      const trimmed = last.replace(COMPOUND_TAIL, '');
      if (!trimmed) return;
      placeTail = PLACE_TAIL.test(last);
      ws = [...ws.slice(0, -1), trimmed];
      end -= last.length - trimmed.length;
    }
    if (ws.length === 1 && ws[0].length === 1) return;
    if (ws.every((w) => isDemonym(w))) return;
    out.push({ run: ri, start: r.start + offs[from], end, words: ws, titles, type: null, strength: 0, placeTail });
  };
  const known = (from: number, to: number) => to > from && isKnownName(bare(words.slice(from, to).join(' ')));
  /** "May Smith", "Jan Kroslak", "Mark Brooks": a given name that is also a month or an everyday word, before a surname */
  const givenNameBefore = (i: number) =>
    i + 1 < words.length &&
    givenNameSet().has(bare(words[i])) &&
    /\p{Ll}/u.test(words[i + 1]) &&
    !TIME_WORDS.has(bare(words[i + 1])) &&
    (namePartSet().has(bare(words[i + 1])) || unlistedWord(bare(words[i + 1])));
  /** "Theresa May", "Brian May": a month that ends a run right after a given name is the surname */
  const monthAsSurname = (i: number) =>
    i > 0 && i === words.length - 1 && SURNAME_MONTHS.has(bare(words[i])) && givenNameSet().has(bare(words[i - 1]));
  /** words that end with a body's suffix, with no given name or connector: not "Joel Naroff of First Union" */
  const namesBody = (from: number, to: number) =>
    ORG_SUFFIXES.has(bare(words[to - 1])) &&
    !givenNameSet().has(bare(words[from])) &&
    !words.slice(from, to).some((w) => CONNECTORS.has(w));
  /** "Organizer Beatrice Okafor", "Nurse Ana Ruiz": a role written as a title before a given name */
  const roleBeforeGivenName = (t: number) =>
    PERSON_ROLES.has(bare(words[t]).toLowerCase()) && givenNameSet().has(bare(words[t + 1]));
  /**
   * "Earl Fontenot", "Dean Baquet": a title word that is also a given name, before a surname alone (no given name
   * after it, as in "Duke William"), names the person
   */
  const givenNameAsTitle = (t: number, a: number, b: number) =>
    t === a &&
    b - a === 2 &&
    GIVEN_NAME_TITLES.has(bare(words[t])) &&
    !givenNameSet().has(bare(words[t + 1])) &&
    !isTitle(bare(words[t + 1])) &&
    (namePartSet().has(bare(words[t + 1])) || unlistedWord(bare(words[t + 1])));
  /** "Trustees Deshawn Pruitt, Carolyn Ybarra-Lind …", "Sens. Ana Ruiz and …": one title before a list of names */
  const pluralTitleBeforeName = (t: number) =>
    /s$/.test(bare(words[t])) && isTitle(bare(words[t]).slice(0, -1)) && !ORG_SUFFIXES.has(bare(words[t + 1]));
  // split at weekdays, months and time zones: "Dunmore on Sunday" never forms, "Berlin Monday" is two
  const pieces: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= words.length; i++) {
    if (i === words.length || (TIME_WORDS.has(bare(words[i])) && !givenNameBefore(i) && !monthAsSurname(i))) {
      if (i > from) pieces.push([from, i]);
      from = i + 1;
    }
  }
  for (const [start, b] of pieces) {
    let a = start;
    // sentence-initial or stray common words: "The", "Results of", "But" (not "New Zealand", "Turkey")
    while (a < b) {
      const w = bare(words[a]);
      const initial = a === start && r.sentenceInitial;
      // asked only of a word that could be dropped: most runs stop at their first word without it
      const startsName = () => known(a, b) || known(a, Math.min(b, a + 2)) || known(a, Math.min(b, a + 3));
      if (/^\p{Lu}\.$/u.test(words[a]) && a + 1 < b) break; // an initial: "A. Hollioake"
      if (givenNameBefore(a) && a + 2 === b) break;
      const everyday = NON_NAMES.has(w) || (isCommonWord(w) && (b - a === 1 || !namePartSet().has(w)));
      const pronoun = PRONOUNS.has(w) && b - a === 1;
      if (
        w === 'the' ||
        pronoun ||
        (COMMON_CAPS.has(w) && !startsName()) ||
        (initial && everyday && !startsName() && !isTitle(w))
      ) {
        a++;
        continue;
      }
      break;
    }
    // a title inside the run: "Federal Reserve Governor Lawrence Lindsey", "Foreign Minister David Levy"
    const titles: string[] = [];
    for (let t = b - 2; t >= a; t--) {
      const w = bare(words[t]);
      // "Secretary of Labor Dana Whitcombe", "Minister of Finance Ana Ruiz": the office ends before a given name
      // ("Vice President for Finance Philip Granholm" likewise)
      const office = words[t + 1] === 'of' || words[t + 1] === 'for';
      if (isTitle(w) && office && givenNameSet().has(bare(words[b - 2])) && b - 2 > t + 2) {
        emitKnownPrefix(a, t);
        titles.push(w);
        a = b - 2;
        break;
      }
      if (!(isTitle(w) || roleBeforeGivenName(t) || pluralTitleBeforeName(t)) || CONNECTORS.has(words[t + 1])) continue;
      if (givenNameAsTitle(t, a, b)) continue;
      // "Justice Department", "Republican National Committee": the word names the body, not a person's title
      if (namesBody(t + 1, b)) continue;
      emitKnownPrefix(a, t);
      titles.push(w);
      a = t + 1;
      break;
    }
    // leading demonyms: "Ukrainian President", "West Indian all-rounder" (not "Czech Republic", nor an organisation
    // named with one: "American Beverage Association", "British Airways")
    while (a < b - 1 && !known(a, b) && !ORG_SUFFIXES.has(bare(words[b - 1]).toLowerCase())) {
      const two = bare(words[a] + ' ' + words[a + 1]);
      if (a + 2 < b && demonyms().has(two)) a += 2;
      else if (isDemonym(words[a]) && !isCommonWord(words[a + 1]) && !(givenNameBefore(a) && a + 2 === b)) a++;
      else break;
    }
    // "Jesper Parnevik of Sweden", "Karlsruhe of Germany" (not "Bank of England", "Republic of Ireland")
    const of = words.indexOf('of', a);
    if (of > a && of < b - 1 && !known(a, b) && !ORG_PREFIXES.has(bare(words[a])) && !isTitle(bare(words[of - 1]))) {
      // "Steve Smith of Civic Nebraska": a person's given name and surname, then where the person works
      if (known(of + 1, b) || personName(words.slice(a, of))) {
        if (!(of - a === 1 && isCommonWord(words[a]))) emit(a, of, titles);
        emit(of + 1, b, []);
        continue;
      }
    }
    emit(a, b, titles);
  }
  return out;

  /** the name before a title, when it is one: "Federal Reserve" in "Federal Reserve Governor X"; not "Foreign" */
  function emitKnownPrefix(a: number, t: number) {
    for (let e = t; e > a; e--) {
      if (known(a, e)) return emit(a, e, []);
    }
    let e = a;
    while (e < t && !isCommonWord(words[e]) && !isTitle(bare(words[e]))) e++;
    if (e > a) emit(a, e, []);
  }
}

/** Cut an all-capitals run into the names it contains, by the document's other names and the gazetteers. */
function splitCapsRun(r: EntityRun, ri: number, known: Map<string, EntityType>): Candidate[] {
  const out: Candidate[] = [];
  const ws = r.words;
  for (let i = 0; i < ws.length;) {
    let matched = 0;
    let type: EntityType | null = null;
    for (let n = Math.min(4, ws.length - i); n >= 1 && !matched; n--) {
      const k = bare(ws.slice(i, i + n).join(' '));
      if (CONNECTORS.has(ws[i]) || CONNECTORS.has(ws[i + n - 1])) continue;
      const t = known.get(k) ?? gazetteerType(k);
      if (t) {
        matched = n;
        type = t;
      } else if (
        n === 2 &&
        givenNameSet().has(bare(ws[i])) &&
        namePartSet().has(bare(ws[i + 1])) &&
        !isCommonWord(ws[i + 1])
      ) {
        matched = n;
        type = 'person';
      }
    }
    if (!matched) {
      i++;
      continue;
    }
    const last = ws[i + matched - 1];
    out.push({
      run: ri,
      start: r.start + r.offs[i],
      end: r.start + r.offs[i + matched - 1] + last.length,
      words: ws.slice(i, i + matched),
      titles: [],
      type,
      strength: 1,
    });
    i += matched;
  }
  return out;
}

function gazetteerType(k: string): EntityType | null {
  if (isCountry(k)) return 'place';
  if (organizationNames().has(k)) return 'organization';
  if (isPlaceName(k)) return 'place';
  return null;
}

const SPEECH_AFTER = /^\s*(?:,\s*)?(?:who\s+)?(?:[a-z]+ly\s+)?([a-z]+)/;
function speaksAfter(after: string): boolean {
  const m = SPEECH_AFTER.exec(after);
  return !!m && CUE_FORMS.has(m[1]);
}
function lastWord(before: string): string {
  const words = before.split(/[^\p{L}']+/u).filter(Boolean);
  return words[words.length - 1] ?? '';
}
const CLUB_BEFORE = new Set(cues.clubCuesBefore);
const CLUB_AFTER = new Set(cues.clubCuesAfter);
/** in sports copy, a town is its club when a score, a result verb or a squad word sits next to it */
function clubCue(before: string, after: string, atRunEnd: boolean): boolean {
  if (CLUB_BEFORE.has(lastWord(before))) return true;
  if (!atRunEnd) return false;
  if (scoreAfter(after)) return true;
  const next = /^\s*(?:'s\s+)?([a-z]+)/.exec(after);
  return !!next && CLUB_AFTER.has(next[1]);
}
/** a sports score or a standings row right after the name: "Barnsley 3", "Ruch 2 1 0 1" */
function scoreAfter(after: string): boolean {
  return /^\s+\d{1,3}(?:\s|$|,)/.test(after);
}

const APPOSITIVE_ENDERS = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on', 'who', 'and', 'to', 'that', 'which']);
/** a person's role in an appositive right after the name: "Annya Artigas, the director of …", ", a retired nurse," */
function personAppositive(after: string): boolean {
  const m = /^,\s+(?:the|an?)\s+([^,;.]*)/u.exec(after);
  if (!m) return false;
  const ws = m[1].toLowerCase().split(/\s+/);
  const end = ws.findIndex((w) => APPOSITIVE_ENDERS.has(w) || CUE_FORMS.has(w));
  const np = end >= 0 ? ws.slice(0, end) : ws;
  const head = np[np.length - 1]?.replace(/[’']s$/, '');
  return np.length <= 4 && !!head && PERSON_ROLES.has(head);
}

/** a name in capitals alone before a colon at the start of its line: a transcript's speaker label ("RAMOS:") */
function transcriptLabel(c: Candidate, r: EntityRun): boolean {
  return (
    c.start === r.start &&
    c.end === r.end &&
    c.words.length <= 2 &&
    c.words.every((w) => /^\p{Lu}{3,}$/u.test(w)) &&
    ['', '"', '“'].includes(r.before.trim()) &&
    /^:\s/.test(r.after)
  );
}

/**
 * a person's role and a comma right before the name: "A Harlan spokesman, Trevor Banks," "the club's manager, Claire
 * Mills,": the name is the person's though its last word is a body's ("Banks", "Mills")
 */
function roleBefore(before: string): boolean {
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith(',')) return false;
  // (the last word, without a possessive: "the club's manager," → manager)
  const word = (trimmed.slice(0, -1).split(/\s+/).pop() ?? '').replace(/[’']s?$/u, '').toLowerCase();
  return PERSON_ROLES.has(word) || isTitle(word);
}

/** an organisation's kind in an appositive right after the name: "the Harbor Roundtable, a nonprofit research group," */
function orgAppositive(after: string): boolean {
  const m = /^,\s+(?:the|an?)\s+([^,;.]*)/u.exec(after);
  if (!m) return false;
  const ws = m[1].toLowerCase().split(/\s+/);
  const end = ws.findIndex((w) => APPOSITIVE_ENDERS.has(w) || CUE_FORMS.has(w));
  // "…, the utility said": a trailing attribution, not an appositive
  if (end >= 0 && CUE_FORMS.has(ws[end])) return false;
  const np = end >= 0 ? ws.slice(0, end) : ws;
  const head = np[np.length - 1]?.replace(/[’']s$/, '');
  return np.length <= 4 && !!head && APPOSITIVE_ORG_HEADS.has(head);
}

const COMPANY_RESULT_VERBS = new Set(cues.companyResultVerbs);
const COMPANY_RESULTS = new Set(cues.companyResults);
/**
 * "Brightline Outdoor reported revenue of …", "Caltrex posted a third-quarter loss": only a company reports its
 * results (a verb, up to two words, then the result)
 */
function companyResultsAfter(after: string): boolean {
  const ws = after
    .trimStart()
    .split(/[\s,.;:]+/, 5)
    .map((w) => w.toLowerCase());
  return COMPANY_RESULT_VERBS.has(ws[0]) && ws.slice(1, 4).some((w) => COMPANY_RESULTS.has(w));
}

/** "Shares of Brightline Outdoor": the name follows "of" after a word only a company has, in its run or before it */
function companyOfHead(c: Candidate, r: EntityRun): boolean {
  const k = r.offs.findIndex((o) => r.start + o === c.start);
  const lead = (r.before + ' ' + (k > 0 ? r.words.slice(0, k).join(' ') : '')).trim().split(/\s+/);
  return (
    lead.length >= 2 && lead[lead.length - 1] === 'of' && COMPANY_OF_HEADS.has(lead[lead.length - 2].toLowerCase())
  );
}

/**
 * The type of a name from its own words, the gazetteers and its context; with how strong the evidence is.
 * National sides are places (as wire copy writes "Japan beat Syria"); a club named after its town is an
 * organisation in sports copy ("Leicestershire beat Somerset"), unless the town is where something happens.
 */
function typeName(c: Candidate, r: EntityRun, facts: DocFacts): [EntityType, number] {
  const ws = c.words;
  const full = bare(ws.join(' '));
  const first = bare(ws[0]);
  const last = bare(ws[ws.length - 1]);
  const before = c.start === r.start ? r.before : '';
  const prev = lastWord(before);
  const locative =
    LOCATIVES.has(prev) || (prev === 'the' && LOCATIVES.has(lastWord(before.slice(0, before.lastIndexOf('the')))));
  const placeOf = prev === 'of' && PLACE_OF_HEADS.has(lastWord(before.slice(0, before.lastIndexOf('of'))));
  const companyOf = companyOfHead(c, r);
  const clubContext = facts.sports && !locative && !placeOf && !r.dateline && clubCue(before, r.after, c.end === r.end);
  if (r.dateline && c.start === r.start && !c.titles.length) return ['place', 2];
  if (c.placeTail) return ['place', 2];
  if (c.titles.length && !ORG_SUFFIXES.has(last)) return ['person', 2];
  if (isCountry(full)) return ['place', 2];
  if (isPlaceName(full)) return clubContext ? ['organization', 2] : ['place', facts.sports && !locative ? 1 : 2];
  if (organizationNames().has(full)) return ['organization', 2];
  if (companyOf && !c.titles.length) return ['organization', 2];
  if (c.end === r.end && !c.titles.length && !givenNameSet().has(first) && companyResultsAfter(r.after))
    return ['organization', 2];
  if (ws.length > 1 && c.end === r.end && personAppositive(r.after)) return ['person', 2];
  if (ws.length === 2 && c.start === r.start && givenNameSet().has(first) && roleBefore(r.before)) return ['person', 2];
  if (c.end === r.end && orgAppositive(r.after) && !(ws.length === 1 && givenNameSet().has(first)))
    return ['organization', 2];
  if (ws.length > 2 && last === 'district' && ws.slice(0, -1).some((w) => DISTRICT_BODIES.has(bare(w))))
    return ['organization', 2];
  if (ws.length > 1 && EVENT_WORDS.has(last)) return ['other', 2];
  if (ws.length > 1) {
    if (SPORTS_ONLY_ORG_SUFFIXES.has(last)) return facts.sports ? ['organization', 2] : ['place', 1];
    if (ORG_SUFFIXES.has(last)) return ['organization', 2];
    if (ORG_PREFIXES.has(first)) return ['organization', 2];
    if (PLACE_SUFFIXES.has(last) || (PLACE_PREFIXES.has(first) && isPlaceName(bare(ws.slice(1).join(' ')))))
      return ['place', 2];
    if (['mount', 'lake', 'cape', 'fort', 'port', 'isle'].includes(first)) return ['place', 2];
    if (ws.includes('&')) return ['organization', 2];
  }
  if (ws.length === 1 && ws[0].includes('&')) return ['organization', 2];
  // "the Legislature", "the Senate", "the Tribune": a body named by its kind alone
  if (ws.length === 1 && prev === 'the' && ORG_SUFFIXES.has(first) && !SPORTS_ONLY_ORG_SUFFIXES.has(first))
    return ['organization', 1];
  // initials: "P. Simmons", "A.de Silva", "J.J. Kenny"
  if (ws.length >= 2 && /^(?:\p{Lu}\.)+$/u.test(ws[0]) && !isKnownName(first) && /\p{Ll}/u.test(ws[ws.length - 1]))
    return ['person', 2];
  if (/^(?:\p{Lu}\.)+\p{L}{2,}/u.test(ws[0]) && ws.length === 1) return ['person', 2];
  if (isTitle(prev)) return ['person', ws.length > 1 ? 2 : 1];
  // a transcript's speaker label opening its line: "RAMOS: We trained every day." is a person, not an acronym
  if (transcriptLabel(c, r) && !organizationNames().has(full)) return ['person', 1];
  // an acronym, not a word set in capitals for emphasis ("FILING", "ORDERS")
  if (ws.length === 1 && isAcronym(ws[0]))
    return [NON_NAMES.has(first) || isCommonWord(first) ? 'other' : 'organization', 1];
  const personWords =
    ws.length >= 2 &&
    ws.length <= 4 &&
    !ws.some((w) => CONNECTORS.has(w)) &&
    (!isPlaceName(last) || (ws.length === 2 && givenNameSet().has(first) && !isPlaceName(first)));
  const given = givenNameSet().has(first) || (namePartSet().has(first) && !isCommonWord(first));
  // a side in a results table or standings: "Crystal Palace 2", "Red Star 5 3 1 1"
  if (facts.sports && ws.length > 1 && !given && !namePartSet().has(last) && clubCue(before, r.after, c.end === r.end))
    return ['organization', 1];
  if (personWords && given)
    return ['person', ws.every((w) => namePartSet().has(bare(w)) || /^\p{Lu}\.$/u.test(w)) ? 2 : 1];
  // a place followed by a name that is not a place: "Leeds United", "Chicago Bulls", "Dynamo Moscow"
  if (ws.length >= 2 && (isPlaceName(first) || isPlaceName(last)) && !isPlaceName(full)) return ['organization', 1];
  if (ws.some((w) => CONNECTORS.has(w))) return ['organization', 1];
  if (personWords && namePartSet().has(last) && !isCommonWord(last)) return ['person', 1];
  if (placeOf) return ['place', 2];
  // the subject of "said": a person when the name dictionaries know the name, else a company or body
  if (speaksAfter(r.after) && c.end === r.end)
    return ws.some((w) => namePartSet().has(bare(w))) || ws.length > 1 ? ['person', 1] : ['organization', 0];
  if (/shire$/.test(full)) return [facts.sports ? 'organization' : 'place', 1];
  if (locative && prev !== 'to' && prev !== 'from') return ['place', 1];
  if (facts.sports && ws.length === 1 && (scoreAfter(r.after) || !namePartSet().has(first)) && !isCommonWord(first))
    return ['organization', scoreAfter(r.after) ? 1 : 0];
  if (
    ws.length >= 2 &&
    ws.length <= 3 &&
    ws.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w)) &&
    !ws.some(isCommonWord)
  )
    return ['person', 0];
  return ['other', 0];
}

/**
 * What the document-level step can reuse while a draft is edited: each line's share of the document facts, and each
 * block's typed names (they depend only on the block's runs and on whether the draft is sports copy).
 */
export class EntityMemo {
  readonly lines = new RecentCache<LineFacts>(50, 40000);
  /** the draft's lines read for docFacts, the unedited ones kept by position (see PieceReader) */
  readonly lineFacts = new PieceReader<LineFacts>('\n', false, (line) => {
    let f = this.lines.get(line);
    if (!f) {
      f = lineFacts(line);
      this.lines.set(line, f);
    }
    return f;
  });
  readonly blocks = new RecentCache<{ sports: boolean; firstRun: number; firstStart: number; cands: Candidate[] }>();
  /** the last resolution and what it read: the next one moves it when the edit changed none of that (see reusable) */
  last: LastResolution | null = null;
}

/** what resolveEntities read from the draft, and what it made of it */
interface LastResolution {
  prose: string;
  sports: boolean;
  runs: EntityRun[];
  /** the names cut from mixed-case runs, then from runs in capitals */
  cands: Candidate[];
  caps: Candidate[];
  known: Map<string, EntityType>;
  result: EntityResult;
}

/** The runs of one block: how many, and the key its runs are cached by (same key, same runs relative to the block). */
export interface RunGroup {
  key: string;
  runs: number;
}

/** names cut from mixed-case runs and typed: every run's own, or each block's from the memo when its key is known */
function typedCandidates(runs: EntityRun[], facts: DocFacts, groups?: RunGroup[], memo?: EntityMemo): Candidate[] {
  const fresh = (from: number, to: number) => {
    const out: Candidate[] = [];
    for (let ri = from; ri < to; ri++) {
      const r = runs[ri];
      if (r.caps) continue;
      for (const c of splitRun(r, ri)) {
        [c.type, c.strength] = typeName(c, r, facts);
        out.push(c);
      }
    }
    return out;
  };
  if (!groups || !memo) return fresh(0, runs.length);
  const cands: Candidate[] = [];
  let ri = 0;
  for (const g of groups) {
    if (!g.runs) continue;
    // by the block's own key (hashed once already), not a new string per block and keystroke
    const got = memo.blocks.get(g.key);
    if (got && got.sports === facts.sports) {
      const dr = ri - got.firstRun;
      const d = runs[ri].start - got.firstStart;
      for (const c of got.cands) cands.push({ ...c, run: c.run + dr, start: c.start + d, end: c.end + d });
    } else {
      const own = fresh(ri, ri + g.runs);
      memo.blocks.set(g.key, {
        sports: facts.sports,
        firstRun: ri,
        firstStart: runs[ri].start,
        cands: own.map((c) => ({ ...c, words: c.words.map(detach), titles: c.titles.map(detach) })),
      });
      cands.push(...own);
    }
    ri += g.runs;
  }
  return cands;
}

/**
 * Document-level part: entities, aliases, mentions and roles from every block's runs. With the runs' grouping by
 * block and a memo kept across edits, unchanged blocks' names are not cut and typed again (the result is the same).
 */
export function resolveEntities(
  prose: string,
  runs: EntityRun[],
  groups?: RunGroup[],
  memo?: EntityMemo,
): EntityResult {
  const facts = docFacts(prose, memo);
  // names cut from mixed-case runs, typed; single words wait for the document's aliases
  const cands = typedCandidates(runs, facts, groups, memo);
  const last = memo?.last;
  const edit = last && last.sports === facts.sports ? new EditMap(last.prose, prose) : null;
  const sameNames = !!edit && sameCandidates(last!.cands, last!.runs, cands, runs, edit);
  const known = sameNames ? last!.known : knownTypes(cands);
  const caps = capsCandidates(runs, known, facts);
  if (edit && sameNames && reusable(last!, prose, caps, runs, edit)) {
    memo!.last = { ...last!, prose, runs, cands, caps, result: movedResult(last!.result, edit) };
    return memo!.last.result;
  }
  const all = cands.concat(caps).sort((a, b) => a.start - b.start);
  const result = buildEntities(prose, runs, all, known, facts);
  if (memo)
    memo.last = {
      prose,
      sports: facts.sports,
      runs,
      cands,
      caps,
      known,
      result: movedResult(result, null),
    };
  return result;
}

/** one type per name in the draft: the strongest evidence wins, then the most mentions */
function knownTypes(cands: Candidate[]): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (k: string, t: EntityType, w: number) => {
    let v = votes.get(k);
    if (!v) votes.set(k, (v = new Map()));
    v.set(t, (v.get(t) ?? 0) + w);
  };
  for (const c of cands) if (c.type && c.type !== 'other') vote(bare(c.words.join(' ')), c.type, 100 * c.strength + 1);
  const known = new Map<string, EntityType>();
  // the type with the strongest cue anywhere in the draft, then the most mentions
  const rank = (v: number) => Math.floor(v / 100) * 1000 + (v % 100);
  for (const [k, v] of votes) known.set(k, [...v].sort((a, b) => rank(b[1]) - rank(a[1]))[0][0]);
  // a person's surname alone is that person, in headlines too
  for (const c of cands) {
    const k = bare(c.words.join(' '));
    if (c.words.length > 1 && known.get(k) === 'person') {
      const last = bare(c.words[c.words.length - 1]);
      if (!known.has(last)) known.set(last, 'person');
    }
  }
  return known;
}

/** headlines and datelines in capitals: only the names the rest of the draft or a gazetteer knows */
function capsCandidates(runs: EntityRun[], known: Map<string, EntityType>, facts: DocFacts): Candidate[] {
  const out: Candidate[] = [];
  runs.forEach((r, ri) => {
    if (!r.caps) return;
    for (const c of splitCapsRun(r, ri, known)) {
      if (r.dateline && c.start === r.start) c.type = 'place';
      else if (
        c.type === 'place' &&
        facts.sports &&
        !isCountry(bare(c.words.join(' '))) &&
        !known.has(bare(c.words.join(' ')))
      )
        c.type = 'organization';
      out.push(c);
    }
  });
  return out;
}

/**
 * The names are the last resolution's, moved by the edit: each in the shared start or end of the two drafts, with the
 * same words, type and strength, and the same facts of its run (capitals, sentence start) that pass 2 reads.
 */
function sameCandidates(
  was: Candidate[],
  wasRuns: EntityRun[],
  now: Candidate[],
  runs: EntityRun[],
  edit: EditMap,
): boolean {
  if (was.length !== now.length) return false;
  for (let i = 0; i < now.length; i++) {
    const a = was[i];
    const b = now[i];
    const d = edit.shift(a.start, a.end);
    if (d === null || b.start !== a.start + d || b.end !== a.end + d) return false;
    if (a.type !== b.type || a.strength !== b.strength || !a.placeTail !== !b.placeTail) return false;
    if (!sameWords(a.words, b.words) || !sameWords(a.titles, b.titles)) return false;
    const ra = wasRuns[a.run];
    const rb = runs[b.run];
    if (ra.sentenceInitial !== rb.sentenceInitial || ra.caps !== rb.caps) return false;
    if ((ra.start === a.start) !== (rb.start === b.start)) return false;
  }
  return true;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The edit changed nothing buildEntities reads, so its result is the last one moved: the names (those from mixed-case
 * runs are compared already, `known` follows from them), the prose around each name (compared where the edit falls
 * within its reach, as what the reading makes of it: the edit may add words the roles do not see), and the
 * descriptors of the roles the draft gives.
 */
function reusable(last: LastResolution, prose: string, caps: Candidate[], runs: EntityRun[], edit: EditMap): boolean {
  if (!sameCandidates(last.caps, last.runs, caps, runs, edit)) return false;
  for (const list of [last.cands, last.caps])
    for (const c of list) {
      if (edit.untouched(c.start - READ_BEFORE, c.end + READ_AFTER)) continue;
      const d = edit.shift(c.start, c.end)!;
      if (readAround(last.prose, c.start, c.end) !== readAround(prose, c.start + d, c.end + d)) return false;
    }
  return sameDescriptors(last, prose, edit);
}

/**
 * The descriptors ("the agency") of the roles the draft gives are where they were, moved by the edit. Only the
 * pieces of prose the edit falls in, from the period before it to the period after it, are read again: a descriptor
 * holds no period, so those elsewhere are the same words at the same place (see `descriptors`).
 */
function sameDescriptors(last: LastResolution, prose: string, edit: EditMap): boolean {
  const roles = new Set(last.result.roles.map((r) => r.role));
  if (!roles.size) return true;
  // (the text's start is no period: an edit at its very start reads from there)
  const from = edit.before > 0 ? prose.lastIndexOf('.', edit.before - 1) + 1 : 0;
  const upTo = (text: string, at: number) => {
    const i = text.indexOf('.', at);
    return i < 0 ? text.length : i + 1;
  };
  const found = (text: string, end: number) =>
    [...text.slice(from, end).matchAll(DESCRIPTOR_RE)]
      .filter((m) => roles.has(m[1]))
      .map((m) => ({ at: from + m.index!, word: m[1] }));
  const was = found(last.prose, upTo(last.prose, edit.oldAfter));
  const now = found(prose, upTo(prose, edit.newAfter));
  if (was.length !== now.length) return false;
  for (let i = 0; i < was.length; i++) {
    const d = edit.shift(was[i].at, was[i].at + 1);
    if (d === null || now[i].at !== was[i].at + d || now[i].word !== was[i].word) return false;
  }
  return true;
}

/** how far before and after a name buildEntities reads the prose: role words before it, an appositive after it */
const READ_BEFORE = 40;
const READ_AFTER = 80;

/**
 * what buildEntities makes of the prose around a name at [start, end), as one string: an opening parenthesis right
 * before it (an acronym), "the" right before it (a body named by its last word), its text, and the role words before
 * and after it that can give it a role
 */
function readAround(prose: string, start: number, end: number): string {
  const { pre, orgRole } = rolesBefore(prose.slice(Math.max(0, start - READ_BEFORE), start));
  const ap = appositiveHead(prose.slice(end, end + READ_AFTER));
  const role = (w: string | null, roles: ReadonlySet<string>[]) => (w && roles.some((r) => r.has(w)) ? w : '');
  return [
    prose.slice(Math.max(0, start - 3), start).endsWith('(') ? '(' : '',
    theBefore(prose, start) ? 'the' : '',
    prose.slice(start, end),
    role(pre, [PERSON_ROLES]),
    role(orgRole, [ORG_ROLES]),
    role(ap, [PERSON_ROLES, ORG_ROLES]),
  ].join('|');
}

/**
 * the last result with every offset moved by the edit (all lie in the shared start or end: see reusable): a new result
 * object (the gender step keeps what it worked out by it), new mentions and entities where the edit moved them, the
 * others shared (no step changes a result once made)
 */
function movedResult(r: EntityResult, edit: EditMap | null): EntityResult {
  if (!edit || edit.delta === 0) return { entities: r.entities, mentions: r.mentions, roles: r.roles };
  const d = edit.delta;
  const from = edit.oldAfter;
  const entities = r.entities.map((e) => {
    const ms = e.mentions;
    if (!ms.length || ms[ms.length - 1].start < from) return e;
    const moved = ms.map((m) => (m.start < from ? m : { start: m.start + d, end: m.end + d, text: m.text }));
    return { name: e.name, type: e.type, mentions: moved, aliases: e.aliases };
  });
  const mentions = r.mentions.map((m) =>
    m.start < from ? m : { start: m.start + d, end: m.end + d, text: m.text, entity: m.entity },
  );
  const roles = r.roles.map((x) => (x.at < from ? x : { role: x.role, entity: x.entity, at: x.at + d }));
  return { entities, mentions, roles };
}

function buildEntities(
  prose: string,
  runs: EntityRun[],
  cands: Candidate[],
  known: Map<string, EntityType>,
  facts: DocFacts,
): EntityResult {
  const entities: Entity[] = [];
  const byKey = new Map<string, number>();
  const mentions: MentionRef[] = [];
  const roles: RoleRef[] = [];
  // "Lakeshore State" for "Lakeshore State University": each organisation by its name without the closing kind word
  const shortNames = new Map<string, number>();
  const add = (name: string, type: EntityType): number => {
    const k = bare(name);
    const got = byKey.get(k);
    if (got !== undefined) return got;
    entities.push({ name, type, mentions: [], aliases: [] });
    byKey.set(k, entities.length - 1);
    if (type === 'organization') addShortName(shortNames, name, entities.length - 1);
    return entities.length - 1;
  };
  const resolved: (number | null)[] = cands.map(() => null);
  // pass 1: names of two words or more, titled names, and names a strong cue types define entities
  cands.forEach((c, i) => {
    if (c.words.length === 1 && !c.titles.length) return;
    if (c.words.length === 1 && isDemonym(c.words[0])) return;
    if (c.strength < 2 && c.words.every((w) => isCommonWord(w) && !isKnownName(bare(w)))) return;
    const k = bare(c.words.join(' '));
    const short = c.titles.length || isPlaceName(k) ? undefined : shortNames.get(k);
    if (short !== undefined) {
      aliasTo(entities[short], c.words.join(' '));
      byKey.set(k, short);
      resolved[i] = short;
      return;
    }
    const type = c.titles.length ? 'person' : (known.get(k) ?? c.type ?? 'other');
    const id = add(c.words.join(' '), type);
    resolved[i] = id;
    for (const t of c.titles) roles.push({ role: t.split(' ').pop()!, entity: id, at: c.start });
  });
  // acronyms in parentheses right after an entity: "National Intelligence Service (NIS)"
  cands.forEach((c, i) => {
    if (resolved[i] !== null || c.words.length !== 1 || !isAcronym(c.words[0])) return;
    const before = prose.slice(Math.max(0, c.start - 3), c.start);
    if (before.endsWith('(') && i > 0 && resolved[i - 1] !== null) {
      const id = resolved[i - 1]!;
      aliasTo(entities[id], c.words[0]);
      byKey.set(bare(c.words[0]), id);
      resolved[i] = id;
      if (entities[id].type === 'other') entities[id].type = 'organization';
    }
  });
  const aliasOf = aliasIndex(entities);
  const heads = organisationsByLastWord(entities);
  // pass 2: single words: an alias of a named entity, or a name of their own when a cue or gazetteer types them
  cands.forEach((c, i) => {
    if (resolved[i] !== null || c.words.length !== 1) return;
    const w = c.words[0];
    const k = bare(w);
    if (isDemonym(w) || CUE_FORMS.has(k)) return;
    if (byKey.has(k)) {
      resolved[i] = byKey.get(k)!;
      return;
    }
    // "the Mercer-based company" is in the city of Mercer, not the Mercer Business Journal's short name
    if (c.placeTail) {
      resolved[i] = add(w, 'place');
      return;
    }
    const alias = aliasOf(k);
    if (alias !== undefined) {
      resolved[i] = alias;
      aliasTo(entities[alias], w);
      return;
    }
    // "told the Ledger", "the Commission said": a body named earlier, now by the last word of its name
    const body = initialHeadOf(prose, c.start, k, heads);
    if (body !== undefined) {
      resolved[i] = body;
      aliasTo(entities[body], w);
      return;
    }
    const r = runs[c.run];
    const knownType = known.get(k);
    const initial = r.sentenceInitial && c.start === r.start && !r.caps;
    if (isCommonWord(w) && !isKnownName(k) && !knownType && c.strength < 2) return;
    if (initial && !knownType && c.strength < 1 && !isKnownName(k) && !namePartSet().has(k)) return;
    // "Crews closed the road", "Parents packed the hall": a plural noun opening a sentence, though "Crews" and
    // "Parents" are surnames too; the draft's other mentions ("Terry Crews") still make it a name
    if (initial && !knownType && c.strength < 2 && !isKnownName(k) && isCommonPlural(k)) return;
    // "Even after the increase, …", "Will the board …": a sentence's first word that is also a given name
    if (initial && COMMON_CAPS.has(k) && !knownType && c.strength < 2) return;
    if (initial && INTERROGATIVES.has(k) && w !== w.toUpperCase()) return;

    let type = knownType ?? c.type ?? 'other';
    // an unknown single word that the name dictionaries know, and nothing else types, is a person
    if (type === 'other' && namePartSet().has(k) && !isAcronym(w)) type = 'person';
    resolved[i] = add(w, type);
  });
  cands.forEach((c, i) => {
    const id = resolved[i];
    if (id === null) return;
    const text = prose.slice(c.start, c.end);
    entities[id].mentions.push({ start: c.start, end: c.end, text });
    mentions.push({ start: c.start, end: c.end, text, entity: id });
  });
  collectRoles(prose, entities, mentions, roles);
  addDescriptorAliases(prose, entities, roles);
  void facts;
  return finish(entities, mentions, roles);
}

/** "Lakeshore State" after "Lakeshore State University": an organisation's name without its closing kind word */
function addShortName(shortNames: Map<string, number>, name: string, id: number) {
  const ws = name.split(/\s+/);
  if (ws.length < 2 || !ORG_SUFFIXES.has(bare(ws[ws.length - 1]))) return;
  const k = bare(ws.slice(0, -1).join(' '));
  if (!shortNames.has(k)) shortNames.set(k, id);
}

/** each last word of an organisation's name of two words or more, and its organisation (-1 when two share it) */
function organisationsByLastWord(entities: Entity[]): Map<string, number> {
  const heads = new Map<string, number>();
  entities.forEach((e, id) => {
    const ws = e.name.split(/\s+/);
    if (e.type !== 'organization' || ws.length < 2) return;
    const k = bare(ws[ws.length - 1]);
    heads.set(k, heads.has(k) ? -1 : id);
  });
  return heads;
}

/** "the" right before `at` */
function theBefore(prose: string, at: number): boolean {
  return /\bthe\s$/iu.test(prose.slice(Math.max(0, at - 4), at));
}

/** the one organisation, named earlier, whose name ends with this capitalised word, when "the" comes before it */
function initialHeadOf(prose: string, at: number, k: string, heads: Map<string, number>): number | undefined {
  if (!theBefore(prose, at)) return undefined;
  const id = heads.get(k);
  return id === undefined || id < 0 ? undefined : id;
}

// "the president", "the agency", "the city's mayor": a role word after "the" or a possessive
export const DESCRIPTOR_RE = /\b[Tt]he\s+(\p{Ll}+)\b/gu;
/**
 * Role descriptors as aliases: "the president" after "President Oleksandr Hrytsenko", "the agency" after "the Water
 * Agency". Each refers to the entity given that role most recently before it. Kept as aliases (shown in hovers and the
 * Entities tree), not as mentions: a descriptor is not a name.
 */
function addDescriptorAliases(prose: string, entities: Entity[], roles: RoleRef[]) {
  if (!roles.length) return;
  const byRole = new Map<string, RoleRef[]>();
  for (const r of roles) {
    const list = byRole.get(r.role) ?? [];
    list.push(r);
    byRole.set(r.role, list);
  }
  for (const m of descriptors(prose)) {
    const list = byRole.get(m.word);
    if (!list) continue;
    let latest: RoleRef | null = null;
    for (const r of list) if (r.at < m.index && (!latest || r.at > latest.at)) latest = r;
    if (latest) aliasTo(entities[latest.entity], `the ${m.word}`);
  }
}

/** DESCRIPTOR_RE's matches in a piece of prose, by its text, offsets relative to it */
const DESCRIPTORS = new Map<string, { index: number; word: string }[]>();

/**
 * DESCRIPTOR_RE's matches in the prose, in order: the same as `prose.matchAll`, read a piece at a time and kept by the
 * piece's text, so that a keystroke reads again only the piece it changed (the scan of the whole draft was redone on
 * every keystroke). The pieces end at periods: a match holds only letters and spaces, and a period before "The" or
 * after the word is no word character, as the start or end of the text is not, so each piece matches as it does in
 * the whole.
 */
export function descriptors(prose: string): { index: number; word: string }[] {
  const out: { index: number; word: string }[] = [];
  for (const p of DESCRIPTOR_PIECES.pieces(prose))
    for (const m of p.value) out.push({ index: p.from + m.index, word: m.word });
  return out;
}
/** the last draft's pieces and their matches, the unedited ones kept by position (see PieceReader) */
const DESCRIPTOR_PIECES = new PieceReader('.', true, descriptorsIn);
function descriptorsIn(piece: string): { index: number; word: string }[] {
  let found = DESCRIPTORS.get(piece);
  if (!found) {
    found = [...piece.matchAll(DESCRIPTOR_RE)].map((m) => ({ index: m.index!, word: detach(m[1]) }));
    if (DESCRIPTORS.size >= WORD_MEMO_LIMIT) DESCRIPTORS.clear();
    DESCRIPTORS.set(detach(piece), found);
  }
  return found;
}

function aliasTo(e: Entity, w: string) {
  if (!e.aliases.includes(w) && w !== e.name) e.aliases.push(w);
}

/**
 * single-word aliases: a person's surname (also spelled a letter or two differently, "Hritsenko" for "Hrytsenko", or
 * with two letters swapped, "Lindhal" for "Lindahl": the same person, whose spelling name-inconsistent then flags), an organisation's acronym or distinctive first word
 */
function aliasIndex(entities: Entity[]): (k: string) => number | undefined {
  const index = new Map<string, number>();
  const surnames: [string, number][] = [];
  entities.forEach((e, id) => {
    const all = e.name.split(/\s+/);
    const ws = all.filter((w) => !CONNECTORS.has(w) && w !== 'and');
    if (ws.length < 2) return;
    if (e.type === 'person') {
      const last = bare(ws[ws.length - 1]);
      if (!index.has(last)) index.set(last, id);
      if (last.length >= 5) surnames.push([last, id]);
      // an unusual given name alone is that person too ("Jansher" for Jansher Khan), not "John" or "Mark"
      const first = bare(ws[0]);
      if (ws.length === 2 && !givenNameSet().has(first) && !isCommonWord(first) && !index.has(first))
        index.set(first, id);
      return;
    }
    const initials = initialsOf(ws);
    if (!index.has(initials)) index.set(initials, id);
    // an office's own initials: "HUD" for the Department of Housing and Urban Development
    const office = all.length > 3 && ORG_PREFIXES.has(bare(all[0])) && (all[1] === 'of' || all[1] === 'for');
    const own = office ? initialsOf(all.slice(2)) : '';
    if (own.length >= 3 && !index.has(own)) index.set(own, id);
    if (e.type === 'organization') {
      const first = bare(ws[0]);
      if (!ORG_PREFIXES.has(first) && !isCommonWord(first) && !isPlaceName(first) && !index.has(first))
        index.set(first, id);
    }
  });
  const variantOf = (k: string) => {
    if (k.length < 5 || isPlaceName(k) || organizationNames().has(k)) return undefined;
    for (const [s, id] of surnames) {
      if (s[0] !== k[0] || Math.abs(s.length - k.length) > 1) continue;
      if (swapsNeighbours(s, k) || levenshtein(s, k, 2) <= (k.length >= 8 ? 2 : 1)) return id;
    }
    return undefined;
  };
  return (k) => index.get(k) ?? index.get(k.replace(/\./g, '')) ?? variantOf(k);
}

/** the lower-cased initials of a name's words, without its connectors: "Urban Development" → "ud" */
function initialsOf(ws: string[]): string {
  return ws
    .filter((w) => !CONNECTORS.has(w) && w !== 'and')
    .map((w) => w[0])
    .join('')
    .toLowerCase();
}

/**
 * a role word fits an entity of its kind: a person's role a person, an organisation's an organisation ('across the
 * Kessel Valley, the utility said' gives the valley no role)
 */
function roleFits(role: string, e: Entity): boolean {
  return (PERSON_ROLES.has(role) && e.type === 'person') || (ORG_ROLES.has(role) && e.type === 'organization');
}

/**
 * "her daughter, Lorraine Watts", "the agency's director, Ana Ruiz", "The mayor, Dan Ortiz,", "said the spokeswoman,
 * Ana Ruiz", "a company spokeswoman, Ana Ruiz": a role, then the name after a comma. A role after "the" inside a
 * sentence may be someone else's ("After meeting the mayor, Dan Ortiz said …"): only at its start or after a cue.
 */
function ownedRoleBefore(before: string): string | null {
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length || !trimmed.endsWith(',')) return null;
  const words = trimmed.slice(0, -1).split(/\s+/);
  const role = words.pop() ?? '';
  const owner = words.pop() ?? '';
  if (!/^\p{Ll}+$/u.test(role)) return null;
  // (a plural owner's apostrophe alone: "The Whitakers' lawyer, X")
  if (/^(?:his|her|their|its)$/i.test(owner) || /\p{L}(?:['’]s|s['’])$/u.test(owner)) return role;
  const lead = (words.pop() ?? '').toLowerCase();
  if (owner === 'The' || (owner === 'the' && (CUE_FORMS.has(lead) || lead === 'to'))) return role;
  // "a company spokeswoman, X", "the agency's press secretary, X"
  // ("Ukraine's foreign minister, X": a possessive name before the role's modifier)
  return /^\p{Ll}+$/u.test(owner) && (/^(?:an?|the|his|her|their|its)$/i.test(lead) || /\p{L}['’]s$/u.test(lead))
    ? role
    : null;
}

/**
 * the head of an appositive right after a name, before its tail: "…, a structural engineer who inspected the span" →
 * engineer, "…, the director of the food bank" → director. A phrase its cue follows at once opens the next clause
 * instead ("In a filing with the Securities and Exchange Commission, the company said …": the company is not the
 * commission).
 */
function appositiveHead(after: string): string | null {
  const m = /^,\s+(?:an?|the)\s+([^,;.:()]*)/u.exec(after);
  if (!m) return null;
  const ws = m[1].split(/\s+/).slice(0, 6);
  const end = ws.findIndex((w) => APPOSITIVE_ENDERS.has(w) || CUE_FORMS.has(w));
  if (end >= 0 && CUE_FORMS.has(ws[end])) return null;
  const np = end >= 0 ? ws.slice(0, end) : ws;
  // (a party's member is written capitalised: "…, a Democrat from Ohio" → democrat)
  const head = np[np.length - 1]?.replace(/[’']s$/, '').toLowerCase();
  return head && /^\p{Ll}+$/u.test(head) ? head : null;
}

/** role words that refer back to an entity: titles, appositives, organisations named by their role word */
function collectRoles(prose: string, entities: Entity[], mentions: MentionRef[], roles: RoleRef[]) {
  for (const mref of mentions) {
    const after = prose.slice(mref.end, mref.end + READ_AFTER);
    const ap = appositiveHead(after);
    if (ap && roleFits(ap, entities[mref.entity])) roles.push({ role: ap, entity: mref.entity, at: mref.start });
    // role words before the name: "spokeswoman Maria Ortiz", "the agency's director, X", "her daughter, X"
    const { pre, orgRole } = rolesBefore(prose.slice(Math.max(0, mref.start - READ_BEFORE), mref.start));
    if (pre && PERSON_ROLES.has(pre)) roles.push({ role: pre, entity: mref.entity, at: mref.start });
    // "the nurses' union, the Riverside Nurses Association": the body's role word before its name
    if (orgRole && ORG_ROLES.has(orgRole) && entities[mref.entity].type === 'organization')
      roles.push({ role: orgRole, entity: mref.entity, at: mref.start });
  }
  // organisations named with their role word: "the Water Agency" → agency
  entities.forEach((e, id) => {
    if (e.type !== 'organization') return;
    const head = nameHead(e.name);
    if (ORG_ROLES.has(head)) roles.push({ role: head, entity: id, at: e.mentions[0]?.start ?? 0 });
  });
  // leaders: presidents, prime ministers, chancellors and kings are "the leader"
  for (const r of [...roles])
    if (['president', 'minister', 'chancellor', 'king', 'queen', 'premier'].includes(r.role))
      roles.push({ role: 'leader', entity: r.entity, at: r.at });
}

/** the role words the 40 characters before a mention end with, by those characters (see rolesBefore) */
const ROLES_BEFORE = new Map<string, { pre: string | null; orgRole: string | null }>();

/**
 * The role word right before a name ("spokeswoman Maria Ortiz", "her daughter, X") and a body's role word before its
 * name ("the nurses' union, the Riverside …"), read from the words before it alone. Kept by those words, as the word look-ups are:
 * the two end-anchored patterns, tried at each of 40 positions for each mention of the draft, were most of the
 * entity step on every keystroke.
 */
function rolesBefore(before: string): { pre: string | null; orgRole: string | null } {
  const got = ROLES_BEFORE.get(before);
  if (got) return got;
  // stored detached (see detach): the words are a slice of the whole draft
  return memo(ROLES_BEFORE, detach(before), readRolesBefore);
}
function readRolesBefore(before: string): { pre: string | null; orgRole: string | null } {
  const pre = /\b([\p{Ll}]+)\s+$/u.exec(before)?.[1] ?? ownedRoleBefore(before);
  const orgRole = /\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}’'-]+\s+){0,2}?(\p{Ll}+),\s+(?:the\s+)?$/u.exec(before)?.[1];
  return { pre: pre ? detach(pre) : null, orgRole: orgRole ? detach(orgRole) : null };
}

/**
 * the word a body's name is about: "Lakeshore State University" → university (so "the state" is not the university),
 * "Department of Justice" → department, "State Department" → department, "City of Fenwick" → city ("the city" fits it,
 * "the council" does not)
 */
export function nameHead(name: string): string {
  const ws = name.toLowerCase().split(/\s+/);
  const of = ws.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  return (of > 0 ? ws[of - 1] : ws[ws.length - 1]).replace(/[’']s$/, '');
}

/** sort, and drop entities left without mentions */
function finish(entities: Entity[], mentions: MentionRef[], roles: RoleRef[]): EntityResult {
  mentions.sort((a, b) => a.start - b.start);
  roles.sort((a, b) => a.at - b.at);
  const used = entities.map((e) => e.mentions.length > 0);
  if (used.every(Boolean)) return { entities, mentions, roles };
  const remap = new Map<number, number>();
  const kept: Entity[] = [];
  entities.forEach((e, i) => {
    if (used[i]) {
      remap.set(i, kept.length);
      kept.push(e);
    }
  });
  return {
    entities: kept,
    mentions: mentions.map((m) => ({ ...m, entity: remap.get(m.entity)! })),
    roles: roles.filter((r) => remap.has(r.entity)).map((r) => ({ ...r, entity: remap.get(r.entity)! })),
  };
}

export function extractEntities(prose: string, spans: Span[], sentenceStarts: Set<number>): EntityResult {
  return resolveEntities(
    prose,
    spans.flatMap((sp) => entityRuns(prose, sp, sentenceStarts)),
  );
}
