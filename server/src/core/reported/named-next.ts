/**
 * A quoted paragraph whose speaker the next paragraph names:
 *
 *     "It is the safest span we have ever built."
 *     That was the view of Dan Ortiz, the county engineer.
 *
 * Features and columns hold a quote back this way; "So says Ana Ruiz." and "Those were the words of …" too. Only the
 * paragraph right after, and only when it opens with these words, names the speaker: any other paragraph leaves the
 * quote without one.
 */
import words from '../data/attribution-words.json';

const NOUNS = new Set(words.namedNext.nouns);
const BE = String.raw`(?:was|is|were|are|[’']s)`;
/**
 * "That was the view of", "That's the verdict from", "Such is the warning of": the noun (group 2, after an optional
 * word in group 1) must be one the quoted words may be called
 */
const VIEW_OF = new RegExp(
  String.raw`^(?:That|This|Such|Those|These)\s*${BE}\s+(?:the|a|an)\s+(?:([\p{Ll}-]+)\s+)?([\p{Ll}-]+)\s+(?:of|from)\s+`,
  'u',
);
/** "So says", "So said" */
const SO_SAYS = /^So\s+(says|said)\s+/u;
/**
 * "That was how Erin Castellano, a lab technician …, described the morning.": the speaker stands between "how" and
 * the last verb of describing in the sentence
 */
const HOW = new RegExp(String.raw`^(?:That|This)\s*${BE}\s+how\s+`, 'u');
const DESCRIBED =
  /\s(?:described|describes|put|puts|summed|sums|saw|sees|explained|explains|recalled|recalls|remembered|remembers)\s+(?:it|up|them|the|this|that|his|her|their|things|what)\b/gu;

export interface NamedNext {
  np: { start: number; end: number; text: string };
  cue: string;
}

/** the speaker the paragraph prose[start, end) names for the quote before it, if it opens as one that does */
export function speakerNamedNext(prose: string, start: number, end: number): NamedNext | null {
  const para = prose.slice(start, end);
  const how = HOW.exec(para);
  if (how) return describedBy(para, start, how[0].length);
  const view = VIEW_OF.exec(para);
  // ("That was the county's view of …" has no noun group here; "That was the week …" no noun of the list)
  const m = view && NOUNS.has(view[2]) ? view : SO_SAYS.exec(para);
  if (!m) return null;
  // the phrase runs to the end of the sentence: "Dan Ortiz, the county engineer."
  const rest = para.slice(m[0].length);
  const stop = /[.!?](?:\s|$)|$/u.exec(rest)!.index;
  const text = rest.slice(0, stop).trim();
  // a name or a described person: it starts with a capital or "the"/"a"
  if (!text || !/^(?:\p{Lu}|the\s|a\s|an\s)/u.test(text) || text.length > 160) return null;
  const from = start + m[0].length;
  return { np: { start: from, end: from + text.length, text }, cue: m === view ? view[2] : m[1] };
}

/** "That was how NAME described the morning.": the phrase between "how" and the verb, in the first sentence */
function describedBy(para: string, start: number, from: number): NamedNext | null {
  const sentenceEnd = /[.!?](?:\s|$)|$/u.exec(para.slice(from))!.index + from;
  let verb: RegExpExecArray | null = null;
  for (const m of para.slice(0, sentenceEnd).matchAll(DESCRIBED)) if (m.index >= from) verb = m;
  if (!verb) return null;
  const text = para.slice(from, verb.index).replace(/,\s*$/, '').trim();
  if (!text || !/^(?:\p{Lu}|the\s)/u.test(text) || text.length > 200) return null;
  return { np: { start: start + from, end: start + from + text.length, text }, cue: verb[0].trim().split(/\s/)[0] };
}
