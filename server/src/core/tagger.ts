/**
 * Part-of-speech tags for the attribution grammar, from wink-nlp with its English lite model (MIT; Universal
 * Dependencies tags: NOUN, PROPN, VERB, AUX, ADJ, ADV, DET, PRON, ADP, SCONJ, CCONJ, PART, NUM, PUNCT …).
 * Chosen over wink-pos-tagger and en-pos for speed at equal accuracy (README, "Part-of-speech tagging").
 * The model (3.5 MB) is loaded on first use, and only sentences that hold a cue candidate are tagged.
 */
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

interface WinkDoc {
  tokens(): { out(f?: unknown): string[] };
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; pos: unknown };
}

// The bundler resolves these two calls and runs the modules on first use; core has no Node types, so the loader is
// declared here rather than imported (an import would load the model at start-up).
declare const require: (id: 'wink-nlp' | 'wink-eng-lite-web-model') => unknown;

/** the model's word forms: wink-nlp adds every form it has not seen to both, and reads the hash while tokenising */
interface WordForms {
  hash: Record<string, number>;
  list: string[];
}
interface WinkModel {
  core(): { features: { lexeme: WordForms } };
}

/** forms added since loading, past which the model is loaded afresh (they are never reused, only kept) */
const MAX_ADDED_FORMS = 500_000;

let engine: WinkNlp | null = null;
let forms: WordForms = { hash: {}, list: [] };
let modelForms = 0;
function nlp(): WinkNlp {
  if (!engine) {
    // loaded lazily: a draft without any cue never pays for the model
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => WinkNlp;
    const model = require('wink-eng-lite-web-model') as WinkModel;
    engine = winkNLP({ ...model, core: () => captureForms(model.core()) }, ['pos']);
  }
  return engine;
}
function captureForms<C extends ReturnType<WinkModel['core']>>(core: C): C {
  forms = core.features.lexeme;
  modelForms = forms.list.length;
  return core;
}

/**
 * wink-nlp remembers each new word form it reads, and a remembered form is no longer split: once "Trump's" had been
 * read whole, it stayed one token, and the tags of a sentence depended on the texts read before it (other drafts,
 * other threads, earlier edits). The forms one read added are forgotten after it, so a span's tags depend on the span
 * alone.
 */
function forgetFormsFrom(first: number): void {
  const { hash, list } = forms;
  for (let i = first; i < list.length; i++) delete hash[list[i]];
  if (list.length - modelForms > MAX_ADDED_FORMS) engine = null;
}

/** the tagger's tokens and tags of one span of text */
interface WinkTags {
  values: string[];
  tags: string[];
}

/**
 * The tags of the spans read last, by their text: a quote's attribution is often a whole sentence that the clause
 * rules tag too (about one span in ten). A span's tags depend on its text alone (see forgetFormsFrom).
 */
const recentTags = new Map<string, WinkTags>();
const RECENT_TAGS_LIMIT = 2000;

function winkTags(text: string): WinkTags {
  let found = recentTags.get(text);
  if (found) return found;
  const seg = detach(text); // kept, with the words read from it: not the whole draft it was sliced from
  const wink = nlp();
  const known = forms.list.length;
  const doc = wink.readDoc(seg);
  found = { values: doc.tokens().out(wink.its.value), tags: doc.tokens().out(wink.its.pos) };
  forgetFormsFrom(known);
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
