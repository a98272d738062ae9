/**
 * Figures of record: what a reporter states as public record or market data, which newsroom style does not ask to be
 * attributed. A writer who has to add "according to the exchange" to "Shares of Harlan fell 38 percent to $7.12 in
 * afternoon trading", or "according to court records" to "the jury awarded $14 million", switches the rule off; the
 * claims that do want a source ("Crime rose 40 percent last year") keep their finding. The contexts are word lists in
 * data/matter-of-record.json:
 * - market data: a share or index subject and a price move right before the figure ("Shares of Harlan fell 38
 *   percent"), or a move and a trading session ("fell 38 percent in afternoon trading");
 * - the court record: an award, fine, bail or sentence ("the jury awarded $14 million", "served 18 months in state
 *   prison", "a $14 million verdict");
 * - a player's record: a tally of goals, points or appearances after a scoring verb ("scored 19 goals");
 * - what a body voted on: a figure after "voted … to" in its clause ("voted 5-2 to rezone 14 acres"), and an
 *   election's result ("62 percent of the vote");
 * - people a reporter at a meeting counts ("More than 40 people signed up to speak at the hearing");
 * - a match minute ("a penalty after 34 minutes"), a place's size and whereabouts ("a town of about 11,000 people",
 *   "40 miles north of Columbus", "a 30-minute drive from downtown"), a fall in market value ("wiped $9 billion off its market value");
 * - and, apart from sentences, a correction notice ("CORRECTION: … It was about 140, not 410.").
 */
import type { Figure, Span } from './types';
import DATA from './data/matter-of-record.json';

/** a cue phrase as words, "…" standing for up to three other words */
type Phrase = (string | null)[];
const phrase = (s: string): Phrase => s.split(/\s+/).map((w) => (w === '…' ? null : w));

const MARKET_SUBJECTS = DATA.market.subjects.map(phrase);
const MARKET_NOT = DATA.market.notSubjects.map(phrase);
const MARKET_MOVES = DATA.market.moves.map(phrase);
const SESSIONS = DATA.market.sessions.map(phrase);
const COURT_BEFORE = DATA.court.before.map((c) => ({
  cue: phrase(c.cue),
  measure: c.measure,
  after: (c as { after?: string[] }).after?.map(phrase),
}));
const COURT_AFTER = DATA.court.after.map(phrase);
const SPORT_VERBS = DATA.sport.verbs.map(phrase);
const SPORT_STATS = DATA.sport.stats.map(phrase);
const MARKET_VALUES = DATA.market.values.map(phrase);
const SPORT_STATS_OF = DATA.sport.stats.map((x) => phrase('of … ' + x));
const MATCH_UNITS = new Set(DATA.sport.matchTime.units);
const MATCH_CONTEXT = DATA.sport.matchTime.context.map(phrase);
const PLACE_BEFORE = DATA.place.before.map(phrase);
const PLACE_AFTER = DATA.place.units.flatMap((u) => DATA.place.directions.map((d) => phrase(`${u} ${d} of`)));
// Labels compared as plain words (no pattern built from data): lower case, straight apostrophes, single spaces.
const NOTICE_LABELS = DATA.notices.labels.map((label) => label.toLowerCase());
const CROWD_PEOPLE = new Set(DATA.crowd.people);
const CROWD_VERBS = DATA.crowd.verbs.map(phrase);
const TRAVEL = DATA.place.travel.map(phrase);
const VOTE_SHARES = DATA.vote.shares.map(phrase);
const VOTE_CUES = DATA.vote.cues.map(phrase);
const VOTE_FOLLOW = new Set(DATA.vote.follow);

/**
 * lower-case words ("S&P" and "after-hours" kept whole); a comma stands as its own word so cues do not cross it, except
 * before "or", which restates the figure ("down 412 points, or 1.1 percent")
 */
function words(s: string): string[] {
  const ws = s.toLowerCase().match(/[\p{L}\p{N}&$£€]+(?:['’.-][\p{L}\p{N}&]+)*|,/gu) ?? [];
  return ws.filter((w, i) => w !== ',' || ws[i + 1] !== 'or');
}

/** where phrase p ends when it starts at words[i] (exclusive), or -1 */
function matchAt(ws: string[], i: number, p: Phrase): number {
  let k = i;
  for (let j = 0; j < p.length; j++) {
    const w = p[j];
    if (w === null) {
      // "…": skip up to three words (never a comma) to where the rest of the phrase matches
      for (let skip = 0; skip <= 3 && k + skip <= ws.length; skip++) {
        if (skip > 0 && ws[k + skip - 1] === ',') break;
        const end = matchAt(ws, k + skip, p.slice(j + 1));
        if (end >= 0) return end;
      }
      return -1;
    }
    if (ws[k] !== w) return -1;
    k++;
  }
  return k;
}

/** the phrases' matches in ws, as [start, end) word indexes */
function matches(ws: string[], ps: Phrase[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < ws.length; i++)
    for (const p of ps) {
      const e = matchAt(ws, i, p);
      if (e >= 0) out.push([i, e]);
    }
  return out;
}

/** one of the phrases ends at most `gap` words before the end of ws, with no comma after it */
function endsNear(ws: string[], ps: Phrase[], gap: number): [number, number] | undefined {
  return matches(ws, ps)
    .filter(([, e]) => ws.length - e <= gap && !ws.slice(e).includes(','))
    .sort((a, b) => b[1] - a[1])[0];
}

/** one of the phrases starts ws (after at most `gap` words) */
const startsNear = (ws: string[], ps: Phrase[], gap: number) =>
  matches(ws.slice(0, gap + 8), ps).some(([s]) => s <= gap && !ws.slice(0, s).includes(','));

/** the words of a figure's number that are not its noun */
const SCALE = new Set([
  'a',
  'an',
  'about',
  'nearly',
  'almost',
  'more',
  'than',
  'over',
  'some',
  'roughly',
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'percent',
  'per',
  'cent',
  'dollars',
  'pounds',
  'euros',
]);

/** the text of the figure's clause before it: from the last semicolon, colon, dash or ", and|but|which…" */
function clauseBefore(prose: string, sentence: Span, f: Span): string {
  // the cues sit within a few words of the figure: a bounded window keeps a long run-on sentence with many figures
  // linear, where scanning from the sentence start for every figure was quadratic
  const before = prose.slice(Math.max(sentence.start, f.start - WINDOW), f.start);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_CUT)) from = m.index + m[0].length;
  return before.slice(from);
}
const WINDOW = 400;
const CLAUSE_CUT = /[;:—–]|,\s+(?:and|but|while|which|who|whose|although|though|because|after|as|when|where)\b/gu;

function marketData(f: Figure, before: string[], after: string[], sentence: string[]): boolean {
  // "wiped roughly $9 billion off the company's market value"
  if (f.measure === 'money' && startsNear(after, MARKET_VALUES, 0)) return true;
  const move = endsNear(before, MARKET_MOVES, DATA.market.maxGap);
  if (!move) return false;
  const subjects = matches(before.slice(0, move[0]), MARKET_SUBJECTS);
  const not = matches(before.slice(0, move[0]), MARKET_NOT);
  if (subjects.some(([s]) => !not.some(([n, e]) => n <= s && e > s))) return true;
  return matches(sentence, SESSIONS).length > 0;
}

function courtRecord(f: Figure, before: string[], after: string[]): boolean {
  if (startsNear(after, COURT_AFTER, 1)) return true;
  return COURT_BEFORE.some(
    (c) =>
      c.measure === f.measure &&
      !!endsNear(before, [c.cue], DATA.court.maxGap) &&
      (!c.after || startsNear(after, c.after, 2)),
  );
}

/**
 * "scored 19 goals", "won 58 of his 112 matches", "17 goals in 24 appearances": a tally of play after a scoring verb,
 * or the games it came in after another tally
 */
function playerRecord(before: string[], after: string[]): boolean {
  if (startsNear(after, SPORT_STATS_OF, 0)) return !!endsNear(before, SPORT_VERBS, DATA.sport.maxGap);
  if (!startsNear(after, SPORT_STATS, 0)) return false;
  if (endsNear(before, SPORT_VERBS, DATA.sport.maxGap)) return true;
  return before[before.length - 1] === 'in' && matches(before.slice(-4, -1), SPORT_STATS).length > 0;
}

/** "a penalty after 34 minutes": a minute of the match, in a sentence about play */
function matchTime(after: string[], sentence: string[]): boolean {
  return MATCH_UNITS.has(after[0]) && matches(sentence, MATCH_CONTEXT).length > 0;
}

/**
 * "More than 40 people signed up to speak at the hearing": people at a meeting, as many as a reporter there counts
 * (up to maxCount: not a march's "5,000 people" or a hall's "300 people", estimates that want their source)
 */
function crowdCounted(f: Figure, after: string[]): boolean {
  if (f.measure !== 'count' || f.value === null || f.value > DATA.crowd.maxCount) return false;
  return CROWD_PEOPLE.has(after[0]) && startsNear(after.slice(1), CROWD_VERBS, 1);
}

/** "a town of about 11,000 people", "40 miles north of Columbus": a place's size and whereabouts */
function placeRecord(f: Figure, before: string[], after: string[]): boolean {
  if (f.measure === 'duration' && startsNear(after, TRAVEL, 0)) return true; // "a 30-minute drive from downtown"
  return !!endsNear(before, PLACE_BEFORE, 0) || startsNear(after, PLACE_AFTER, 0);
}

/** "elected with 62 percent of the vote": an election's result */
function voteShare(f: Figure, after: string[]): boolean {
  return f.measure === 'percent' && startsNear(after, VOTE_SHARES, 0);
}

/**
 * "_CORRECTION: An earlier version of this story misstated … It was about 140, not 410._": the paper's own notice of
 * its error, not a claim wanting a source
 */
export function inNotice(prose: string, block: Span): boolean {
  return opensWithNoticeLabel(prose.slice(block.start, Math.min(block.end, block.start + 40)));
}

/**
 * "voted 5-2 late Tuesday to rezone 14 acres": after the vote's "to", with no comma between; "voted to authorize a
 * strike, raising the prospect of the first walkout in more than 30 years" goes on past the vote
 */
function votedOn(before: string[]): boolean {
  return matches(before, VOTE_CUES).some(([, e]) => {
    const rest = before.slice(e);
    return !rest.includes(',') && rest.some((w) => VOTE_FOLLOW.has(w));
  });
}

/** the figure is stated as a matter of record or market data in its sentence (see the module comment) */
export function figureOfRecord(prose: string, f: Figure, sentence: Span): boolean {
  if (f.start < sentence.start || f.end > sentence.end) return false;
  const before = words(clauseBefore(prose, sentence, f));
  // what follows the number: the figure's own noun ("19 goals", "$14 million verdict") and the words after it
  const after = [
    ...words(f.text).filter((w) => !/\p{N}/u.test(w) && !SCALE.has(w)),
    ...words(prose.slice(f.end, Math.min(sentence.end, f.end + 80))).slice(0, 8),
  ];
  const whole = words(prose.slice(Math.max(sentence.start, f.start - WINDOW), Math.min(sentence.end, f.end + WINDOW)));
  return (
    marketData(f, before, after, whole) ||
    courtRecord(f, before, after) ||
    playerRecord(before, after) ||
    matchTime(after, whole) ||
    placeRecord(f, before, after) ||
    voteShare(f, after) ||
    crowdCounted(f, after) ||
    votedOn(before)
  );
}

/** "Correction: …" or "Editor's note: …" at the head of a paragraph, after any markup. */
function opensWithNoticeLabel(head: string): boolean {
  const firstLetter = head.search(/\p{L}/u);
  if (firstLetter < 0) return false;
  const words = head.slice(firstLetter).toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  return NOTICE_LABELS.some((label) => words.startsWith(label) && /^ ?:/.test(words.slice(label.length)));
}
