/**
 * An epithet for a person the story is about: "the Vermont senator" after "Bernie Sanders said …", "the Indiana
 * governor" after "Mike Pence says …". Wire copy varies a name this way without ever giving the role beside the name,
 * so no earlier role says who it is: the person the words were written beside earlier, else the person who spoke
 * last (a place's epithet) or whom the story names most (a party's) stands for it.
 */
import type { EntityResult } from './entities';
import { entityGender, type Gender } from './gender';
import { isPlaceName } from './gazetteer';
import { lastAtOrBefore } from './text';
import lists from './data/attribution-words.json';

const PARTIES = new Set(lists.epithetParties.words);

/** an earlier speaker, as far as an epithet needs one */
interface SpokeEarlier {
  speaker: { start: number; entity?: number; entityType?: string };
  claimEnd: number;
}

/** how far back (characters) an epithet looks for the person who spoke last: a few paragraphs of wire copy */
const EPITHET_LOOKBACK = 1500;

/** at most this many words between "the" and the role word: "the Republican vice presidential nominee" */
const MAX_EPITHET_WORDS = 4;

/**
 * the words between "the" and the role word of "the Vermont senator", "the GOP presidential nominee", when they read
 * as an epithet: a capitalised word (a place, a party) and no preposition or possessive
 */
export function epithetMarks(ws: string[]): string[] | null {
  const middle = ws.slice(1, -1);
  if (!/^the$/i.test(ws[0]) || middle.length === 0 || middle.length > MAX_EPITHET_WORDS) return null;
  if (middle.some((w) => /[’']s$|[,;:]/.test(w) || /^(of|for|at|in|on|with|from|and|or)$/i.test(w))) return null;
  const marks = middle.filter((w) => /^\p{Lu}/u.test(w));
  return marks.length > 0 ? marks : null;
}

/** how far before a name its modifiers reach: "Republican presidential nominee Donald Trump" */
const BEFORE_NAME = 36;
/** how far an appositive after a name reaches: "Mike Pence, the Indiana governor," */
const AFTER_NAME = 40;

/**
 * the words stand in the name's own phrase: before it ("Vermont Sen. Bernie Sanders") with no comma, quote or
 * function word between, or in an appositive right after it ("Mike Pence, the Indiana governor"); not merely nearby
 * in the sentence
 */
function besideName(
  prose: string,
  m: { start: number; end: number },
  pos: number,
  marks: string[],
  own: Set<string>,
): boolean {
  let before = prose.slice(Math.max(0, m.start - BEFORE_NAME), m.start);
  // (from the last comma, quote or bracket on)
  let cut = before.length;
  while (cut > 0 && !',;:()“”"\n'.includes(before[cut - 1])) cut--;
  before = before.slice(cut);
  // the name's own phrase ends at a function word: not "the FBI investigation of Clinton"
  before = before.split(/\b(?:of|for|to|by|with|in|on|at|from|and|or|the|an?|that|who|which|said|says)\s/).pop() ?? '';
  const rest = prose.slice(m.end, Math.min(m.end + AFTER_NAME, pos));
  const after = /^,\s/.test(rest) ? (rest.split(/[,;.]\s/)[1] ?? '') : '';
  const near = new Set(after.split(/[^\p{L}\d-]+/u));
  // before the name, a lower-case word after the marks is one of the epithet's own: "Vermont Sen. Bernie Sanders",
  // "Republican nominee Donald Trump", not "Florida primary winner Donald Trump" for "the Florida senator"
  const ws = before.split(/[^\p{L}\d.-]+/u).filter(Boolean);
  const from = ws.findIndex((w) => marks.includes(w));
  if (from >= 0 && ws.slice(from).every((w) => /^\p{Lu}/u.test(w) || own.has(w))) for (const w of ws) near.add(w);
  return marks.every((w) => near.has(w));
}

/** the gender a role word gives: "congressman", "businesswoman" */
function roleGender(head: string): Gender {
  if (/woman$/.test(head)) return 'f';
  return /man$/.test(head) ? 'm' : null;
}

/**
 * the person an epithet stands for: the latest person whose earlier mention stands beside all its capitalised words
 * ("Vermont Sen. Bernie Sanders"); else, for a place's epithet, the person who spoke last within a few paragraphs, and
 * for a party's, the person the story names most. Other words ("the FBI director") name someone else.
 */
export function epithetReferent(
  words: string[],
  marks: string[],
  pos: number,
  ents: EntityResult,
  prose: string,
  earlier: readonly SpokeEarlier[],
): number | undefined {
  const want = roleGender(words[words.length - 1].toLowerCase());
  const fits = (entity: number) => {
    if (ents.entities[entity]?.type !== 'person') return false;
    const g = want && entityGender(ents, entity, prose);
    return !g || g === want;
  };
  const own = new Set(words);
  let described: { at: number; entity: number } | undefined;
  for (const m of ents.mentions)
    if (
      m.start < pos &&
      fits(m.entity) &&
      besideName(prose, m, pos, marks, own) &&
      (!described || m.start > described.at)
    )
      described = { at: m.start, entity: m.entity };
  if (described) return described.entity;
  // "the Vermont senator", "the GOP nominee": a place's or a party's epithet for the person the story is on, who
  // spoke last and was named last
  // ("the former Florida governor" is seldom the one on stage)
  if (words.some((w) => /^(former|previous|ex|late)$/i.test(w))) return undefined;
  const party = marks.every((w) => PARTIES.has(w));
  if (!party && !isPlaceName(marks.join(' ').toLowerCase())) return undefined;
  const e = onStage(pos, ents, earlier, fits);
  // not someone the text gave another party: "the Democratic candidate" is not "Republican Donald Trump"
  const other = [...PARTIES].filter((p) => !marks.includes(p) && !(p === 'GOP' && marks.includes('Republican')));
  const otherParty = (entity: number) =>
    ents.mentions.some((m) => m.entity === entity && other.some((p) => besideName(prose, m, m.end + 60, [p], own)));
  return e !== undefined && !(party && otherParty(e)) ? e : undefined;
}

/** the person who spoke last within the lookback, when also the person named last before `pos` */
function onStage(
  pos: number,
  ents: EntityResult,
  earlier: readonly SpokeEarlier[],
  fits: (e: number) => boolean,
): number | undefined {
  const speaker = lastSpeaker(pos, earlier, fits);
  let k = lastAtOrBefore(ents.mentions, pos - 1);
  while (k >= 0 && ents.entities[ents.mentions[k].entity]?.type !== 'person') k--;
  return speaker !== undefined && k >= 0 && ents.mentions[k].entity === speaker ? speaker : undefined;
}

function lastSpeaker(pos: number, earlier: readonly SpokeEarlier[], fits: (e: number) => boolean): number | undefined {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const { speaker, claimEnd } = earlier[k];
    if (speaker.start >= pos) continue;
    if (claimEnd < pos - EPITHET_LOOKBACK) return undefined;
    if (speaker.entity !== undefined && speaker.entityType === 'person' && fits(speaker.entity)) return speaker.entity;
  }
  return undefined;
}
