/**
 * Part-of-speech tags for the attribution grammar, from wink-nlp with its English lite model (MIT; Universal
 * Dependencies tags: NOUN, PROPN, VERB, AUX, ADJ, ADV, DET, PRON, ADP, SCONJ, CCONJ, PART, NUM, PUNCT …).
 * Chosen over wink-pos-tagger and en-pos for speed at equal accuracy (README, "Part-of-speech tagging").
 * The model (3.5 MB) is loaded on first use, and only sentences that hold a cue candidate are tagged. pos-reader.ts
 * runs wink's tokeniser and tagging automata without redoing, for each sentence, the words it has read before.
 */
import { readTags, type WinkTags } from './pos-reader';
import { detach } from './text';

export interface TaggedTok {
  /** the token as written */
  t: string;
  /** lower case */
  l: string;
  start: number;
  end: number;
  /** Universal Dependencies part of speech */
  pos: string;
}

/**
 * The tags of the spans read last, by their text: a quote's attribution is often a whole sentence that the clause
 * rules tag too (about one span in ten). A span's tags depend on its text alone (see pos-reader.ts).
 */
const recentTags = new Map<string, WinkTags>();
const RECENT_TAGS_LIMIT = 2000;

function winkTags(text: string): WinkTags {
  let found = recentTags.get(text);
  if (found) return found;
  const seg = detach(text); // kept, with the words read from it: not the whole draft it was sliced from
  found = readTags(seg);
  if (recentTags.size >= RECENT_TAGS_LIMIT) recentTags.clear();
  recentTags.set(seg, found);
  return found;
}

/** Tag prose[start, end): tokens with offsets into prose. Tokens the tagger altered, and white space, are dropped. */
export function tagSpan(prose: string, start: number, end: number): TaggedTok[] {
  const seg = prose.slice(start, end);
  const { values, tags } = winkTags(seg);
  const out: TaggedTok[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // a line break inside a sentence (hard-wrapped copy, a two-line headline) is no word: "the\nmayor said"
    if (tags[i] === 'SPACE' || !v.trim()) continue;
    const k = seg.indexOf(v, at);
    if (k < 0 || k - at > 40) continue;
    at = k + v.length;
    out.push({ t: v, l: v.toLowerCase(), start: start + k, end: start + at, pos: tags[i] });
  }
  return mergeAbbreviations(out);
}

/**
 * "D-Ohio", "2,500-page", "e-mail": the tagger splits hyphenated words; keep them whole, tagged as their last part.
 * The tokens are tagSpan's own, made for this call: a merged one is changed in place rather than copied first.
 */
function mergeAbbreviations(toks: TaggedTok[]): TaggedTok[] {
  const out: TaggedTok[] = [];
  for (const t of toks) {
    const prev = out[out.length - 1];
    if (prev && prev.end === t.start && (t.t === '-' || prev.t.endsWith('-')) && prev.t !== '-') {
      prev.t += t.t;
      prev.l = prev.t.toLowerCase();
      prev.end = t.end;
      if (t.t !== '-') prev.pos = t.pos;
      continue;
    }
    out.push(t);
  }
  return out;
}
