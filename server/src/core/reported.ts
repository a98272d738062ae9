/**
 * Reported speech in one sentence, over part-of-speech tags: a subject then a cue ("The agency on Monday said that
 * …"), trailing and inverted attributions ("…, the panel said." / "…, said Dan Ortiz, an engineer."), "according to",
 * participles ("…, saying …"), relative clauses ("Residents who say …"), "as X noted," and passives with an agent
 * ("criticized by engineers"). The sentence is tagged only when a cue word is in it.
 */
import type { Span } from './types';
import { tagSpan, type TaggedTok } from './tagger';
import {
  isPossessiveMark,
  opensSubject,
  phraseEndingAt,
  phraseStartingAt,
  segmentKind,
  withFollowingAppositives,
  type Phrase,
} from './phrases';
import { CUE_FORMS } from './lexicon';
import { beforeRelativePronoun } from './speaker';
import { givenNameSet } from './gazetteer';
import { REGARD_AS, regardsAs } from './regard-as';
import cueVerbs from './data/cue-verbs.json';
import words from './data/attribution-words.json';

/** word form → cue lemma: the WordNet-derived lexicon, then the hand-written one */
const CUES = new Map<string, string>();
for (const [lemma, v] of Object.entries(cueVerbs.verbs as Record<string, { forms: string[] }>))
  for (const f of v.forms) CUES.set(f, lemma);
for (const [form, lemma] of CUE_FORMS) if (!CUES.has(form)) CUES.set(form, lemma);

const OBJECT_CUES = new Set(words.objectCues.words);
// "sees golf courses as wasted space": what is reported is the object and what it is taken for
for (const lemma of REGARD_AS.values()) OBJECT_CUES.add(lemma);

/** word form → its lemma and the particles that make it a cue with its object: "pointed to", "weighed in on" */
const PHRASAL = new Map<string, { lemma: string; particles: string[][] }>();
for (const [lemma, v] of Object.entries(
  words.phrasalCues.verbs as Record<string, { forms: string[]; particles: string[] }>,
)) {
  // the longest particle first: "spoke out against" before "spoke out"
  const particles = v.particles.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
  for (const f of v.forms) PHRASAL.set(f, { lemma, particles });
  // what follows the particle is what is reported, a plain noun phrase included: "pointed to the cost of steel"
  for (const p of v.particles) OBJECT_CUES.add(`${lemma} ${p}`);
}
/** stances after "is"/"are": "are afraid that …", "is critical of …"; with a preposition they report a plain object */
const ATTITUDES = new Set(words.attitudeAdjectives.words);
const ATTITUDE_INFINITIVES = new Set(words.attitudeAdjectives.infinitive);
const ATTITUDE_PREPS = new Set(words.attitudeAdjectives.prepositions);
for (const a of ATTITUDES) for (const p of ATTITUDE_PREPS) OBJECT_CUES.add(`${a} ${p}`);
const BE_BEFORE =
  /(?:^|\s)(?:is|are|was|were|be|been|being|am|isn’t|aren’t|wasn’t|weren’t|isn't|aren't|wasn't|weren't|’s|'s|’re|'re|’m|'m)\s+(?:[a-z]+\s+){0,2}$/;
const OWNED_NOUNS = new Set(words.ownedCueNouns.words);
const CLAUSE_NOUNS = new Set(words.clauseNouns.words);
const NOUN_LIKE = new Set(words.nounLikeCueForms.words);
const ADDRESSEE_CUES = new Set(words.indirectObjectCues.words);
const PARTICIPLES = new Set(words.participleCues.words);
const STANCE_PARTICIPLES = new Set(words.stanceParticiples.words);
const TAIL_WORDS = new Set(words.tailWords.words);
const PARTICIPLE_PREPS = new Set(words.participlePrepositions.words);
const TAIL_NOUNS = new Set(words.tailNouns.words);
const TIME_WORDS = new Set(words.timeWords.words);
const SUBJECT_SKIPS = new Set(words.subjectSkips.words);
const QUANTIFIERS = new Set(words.quantifierSubjects.words);
const DOCUMENT_SUBJECTS = new Set(words.documentSubjects.words);
const FINDING_SOURCES = new Set(words.findingSources.words);
const SHARE_NOUNS = new Set(words.shareNouns.words);
/** pronouns for the group after a quantifier and "of": "most of them said", "many of us believe" */
const GROUP_PRONOUNS = new Set(['them', 'us', 'you', 'those']);
const PERSONAL_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
const SHARES = new Set(words.shares.words);
/** "at least half", "more than a third", "fewer than 10" */
const APPROXIMATION_LINKS = new Set(['least', 'than', 'most']);
/** quantifiers that float after the subject they count: "The commissioners all said", "They both said" */
const FLOATING = new Set(['all', 'both', 'each']);
const FLOATING_AFTER = new Set(['NOUN', 'PROPN', 'PRON']);
const QUANTIFIER_LINKS = new Set(words.quantifierSubjects.links);
const NOUN_PHRASE_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
/** "seemed", "went on": their words backwards, as read back from the "to" before a cue */
const RAISING = words.raisingVerbs.words.map((w) => w.split(' ').reverse());
/** words joining a second claim to the first: "…, and urged that …", "…, while nine in 10 said …" */
const CONNECTORS = new Set(['and', 'but', 'while', 'whereas', 'yet', 'although', 'though']);
/** after "and" without a comma, a second cue of the same speaker when its words are marked or its form is finite */
const SECOND_CUE_OPENERS = new Set(['that', 'to']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const SUBJECT_PRONOUN_FORMS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);
/** the addressee of a trailing "told": "…, the president told her." */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);
const TAIL_PREPS = new Set(words.tailPrepositions.words);
const NOT_LABELS = new Set(words.notLabels.words);
/** parts of speech before a word that make it a noun: "a report", "the new survey" (not a number: "Six in 10 say") */
const NOUN_OPENERS = new Set(['DET', 'ADJ']);
/** relative pronouns that describe a person just named */
const RELATIVE_WHO = new Set(['who', 'whose']);
/** words that open a relative clause inside an appositive: "a committeewoman who supports Trump" */
const RELATIVE_OPENERS = new Set(['who', 'whose', 'which', 'that', 'whom']);
/** relative pronouns that stand for what a cue in their clause reports: "which he said", "what critics call" */
const OBJECT_RELATIVES = new Set(['which', 'what', 'whom']);
const CLAUSE_WORDS = new Set(['that', 'if', 'whether', 'how', 'what', 'why', 'when', 'where', 'who']);
const INFINITIVE_CUES = new Set([
  'tell',
  'advise',
  'remind',
  'want',
  'plan',
  'hope',
  'vow',
  'pledge',
  'promise',
  'threaten',
  'refuse',
  'decline',
  'agree',
  'expect',
  'ask',
  'urge',
  'call',
  'demand',
  'propose',
  'warn',
  'order',
  'request',
  'recommend',
  'fear',
  'seek',
  'decide',
]);

export interface ReportedClaim {
  start: number;
  end: number;
  content: Span;
  cue: string;
  cueSpan: Span;
  np: { start: number; end: number; text: string; common?: boolean };
  /** token index where the next claim of the sentence may start (after this one's reported words or attribution) */
  resume?: number;
}

interface Cue {
  lemma: string;
  /** token index of the cue's first and last token */
  first: number;
  last: number;
  /** a verb with its particle ("pointed to"): what follows is the reported words, never an inverted speaker */
  phrasal?: boolean;
  /** an adjective after "is" or "are" ("are afraid that"): not a passive */
  attitude?: boolean;
}

/** a cue that may come before its speaker: "…, said Dan Ortiz" (not "according to", not "…, pointing to the cost") */
function invertible(c: Cue): boolean {
  // "…, told his advisers to …" names whom he told: no cue of a speaker after it
  return c.lemma !== 'according to' && c.lemma !== 'tell' && !c.phrasal;
}

/** a cue word anywhere in prose[s]: the only sentences worth tagging */
export function hasCueCandidate(prose: string, s: Span): boolean {
  const text = prose.slice(s.start, s.end).toLowerCase();
  const re = /[a-z]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0] === 'according' || (FINDING_SOURCES.has(m[0]) && text.includes('in '))) return true;
    if (ATTITUDES.has(m[0]) && BE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
    if (PHRASAL.has(m[0]) && phrasalAhead(m[0], text.slice(m.index + m[0].length, m.index + m[0].length + 12)))
      return true;
    if (REGARD_AS.has(m[0]) && text.includes(' as ', m.index)) return true;
    if (m[0] === 'put' && text.startsWith(' it', m.index + 3) && /\bas\s/.test(text)) return true;
    if (!CUES.has(m[0])) continue;
    // a noun-like form reports before "that" or as the sentence's last word ("…, the county estimates.")
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 5);
    if (!NOUN_LIKE.has(m[0]) || after.startsWith(' that') || /^[.!?]/.test(after)) return true;
    // or right after a comma, before its speaker: "…, reports the Valley Courier."
    if (text.slice(Math.max(0, m.index - 2), m.index) === ', ') return true;
  }
  return false;
}

/** a noun owned by a speaker opens reported words in prose[s]: "the mayor's decision to …", "her belief that …" */
function hasOwnedNoun(prose: string, s: Span): boolean {
  const ws =
    prose
      .slice(s.start, s.end)
      .toLowerCase()
      .match(/[a-z’'-]+/g) ?? [];
  for (let k = 1; k < ws.length - 1; k++) {
    if (!OWNED_NOUNS.has(ws[k]) || (ws[k + 1] !== 'to' && ws[k + 1] !== 'that')) continue;
    const owned = (w: string | undefined) => !!w && (POSSESSIVE_PRONOUNS.has(w) || /['’]s$/.test(w));
    if (owned(ws[k - 1]) || owned(ws[k - 2])) return true;
  }
  return false;
}

/** one of the particles of a phrasal cue opens the words after it: "pointed| to the …" */
function phrasalAhead(form: string, after: string): boolean {
  const next = /^\s+([a-z]+)/.exec(after)?.[1];
  return !!next && PHRASAL.get(form)!.particles.some((p) => p[0] === next);
}

/** "PENCE: …", "Pat Caddell: …": a short capitalised label and a colon open the sentence */
function hasLabel(prose: string, s: Span): boolean {
  const colon = prose.indexOf(':', s.start);
  return (
    colon > s.start &&
    colon - s.start <= 40 &&
    colon < s.end &&
    /^["“'‘]?\p{Lu}/u.test(prose.slice(s.start, s.start + 2))
  );
}

/** the most words "According to" may name before its comma: "According to early results of the exit poll …," */
const LONG_SOURCE = 32;

/** longer "sentences" are lists, tables or run-on text: not worth the grammar (and it keeps the work linear) */
const MAX_SENTENCE = 1500;

/** The reported statements of one sentence, in order: the first found by the clause rules, then those after it */
export function reportedSpeech(prose: string, s: Span): ReportedClaim[] {
  if (s.end - s.start > MAX_SENTENCE || !(hasCueCandidate(prose, s) || hasLabel(prose, s) || hasOwnedNoun(prose, s)))
    return [];
  const toks = repairTags(tagSpan(prose, s.start, s.end));
  if (toks.length < 4) return [];
  return new Sentence(prose, s, toks).all();
}

export interface QuoteAttribution {
  speaker: { start: number; end: number; text: string; common?: boolean };
  cue: string;
  cueSpan: Span;
}

/** The attribution in the words before an opening quote: `She said: "` / `Dan Ortiz, engineer: "` / `…, telling them "` */
export function attributionBeforeQuote(prose: string, start: number, end: number): QuoteAttribution | null {
  if (end - start > MAX_SENTENCE || end - start < 3) return null;
  const toks = repairTags(tagSpan(prose, start, end));
  if (!toks.length) return null;
  return new Sentence(prose, { start, end }, toks).leadIn();
}

/** The attribution right after a closing quote: `," the mayor said` / `," said Dan Ortiz, a senior engineer` */
export function attributionAfterQuote(prose: string, start: number, end: number): QuoteAttribution | null {
  if (end - start > MAX_SENTENCE || end - start < 3) return null;
  const toks = repairTags(tagSpan(prose, start, end));
  let i = 0;
  while (i < toks.length && (toks[i].t === ',' || toks[i].t === '—' || toks[i].t === '–')) i++;
  if (i >= toks.length) return null;
  return new Sentence(prose, { start, end }, toks, false).trailer(i);
}

/** the tagger's misreadings that hide a speaker or a clause, mended before the grammar reads the words */
function repairTags(toks: TaggedTok[]): TaggedTok[] {
  return repairCueBeforeColon(
    repairGerunds(
      repairModalBack(repairObjectVerbs(repairNumberVerbs(repairModifiers(repairNames(repairIndefinites(toks)))))),
    ),
  );
}

/** "44 percent would back Ortiz": "back" after a modal or "to" and before its object is a verb, not an adverb */
function repairModalBack(toks: TaggedTok[]): TaggedTok[] {
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i];
    const before = toks[i - 1];
    const modal = before.pos === 'AUX' || before.l === 'to';
    if (t.l === 'back' && t.pos !== 'VERB' && modal && CLAUSE_OPENERS.has(toks[i + 1].pos)) t.pos = 'VERB';
  }
  return toks;
}

/** "everything", "nothing": the tagger reads them as verbs or names ("said everything was fine"); they are pronouns */
function repairIndefinites(toks: TaggedTok[]): TaggedTok[] {
  for (const t of toks) if (INDEFINITES.has(t.l)) t.pos = 'PRON';
  return toks;
}
const INDEFINITES = new Set(['everything', 'nothing', 'something', 'anything']);

/**
 * "Road repairs cost the county $4 million": a bare form the tagger read as a noun right after a plural subject that
 * opens the sentence, and before an object, is the clause's verb when no other verb comes before the comma
 */
function repairObjectVerbs(toks: TaggedTok[]): TaggedTok[] {
  let k = 0;
  while (k < toks.length && (toks[k].pos === 'PUNCT' || toks[k].pos === 'CCONJ')) k++;
  for (let i = k + 1; i < toks.length - 1; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.t === ',') return toks;
    if (t.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(t.t) || /s$/.test(t.l)) continue;
    const plural = (prev.pos === 'NOUN' || prev.pos === 'PROPN') && /\p{Ll}[^s'’]s$/u.test(prev.t);
    const object = OBJECT_STARTS.has(toks[i + 1].pos) || toks[i + 1].pos === 'SYM';
    if (plural && object && SUBJECT_WORDS.has(toks[k].pos)) {
      t.pos = 'VERB';
      return toks;
    }
  }
  return toks;
}

/**
 * "Exit polling showed …", "Recent polling shows …": a form in "-ing" read as a verb right before a finite cue verb,
 * opening the sentence or after a determiner, adjective or name, is the subject's noun
 */
function repairGerunds(toks: TaggedTok[]): TaggedTok[] {
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    if (t.pos !== 'VERB' || !t.l.endsWith('ing') || next.pos !== 'VERB' || next.l.endsWith('ing')) continue;
    if (!CUES.has(next.l)) continue;
    const prev = toks[i - 1];
    if (!prev || prev.pos === 'DET' || prev.pos === 'ADJ' || (prev.pos === 'PROPN' && i === 1)) t.pos = 'NOUN';
  }
  return toks;
}

/** "…, the results show: 15,604 in favor": a cue read as a noun after a plural noun and before a colon is the verb */
function repairCueBeforeColon(toks: TaggedTok[]): TaggedTok[] {
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i];
    if (t.pos === 'NOUN' && toks[i + 1].t === ':' && toks[i - 1].pos === 'NOUN' && CUES.has(t.l)) t.pos = 'VERB';
  }
  return toks;
}

/** "a good under-sink system costs $200": a present-tense form between a noun and an amount is a verb */
function repairNumberVerbs(toks: TaggedTok[]): TaggedTok[] {
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i];
    const amount = toks[i + 1].pos === 'NUM' || toks[i + 1].pos === 'SYM';
    if (t.pos === 'NOUN' && /[^s]s$/.test(t.l) && toks[i - 1].pos === 'NOUN' && amount) t.pos = 'VERB';
  }
  return toks;
}

const MODIFIER_BEFORE = new Set(['DET', 'ADP', 'ADJ']);
/** what opens a verb's object, and so marks the word before it a verb: "paid 8.9 percent", "paid the fine" */
const OBJECT_STARTS = new Set(['NUM', 'DET']);

/**
 * Participles that modify a noun read as verbs break the noun phrase, and the speaker with it: a hyphenated one
 * ("the conservative-leaning Tax Foundation", "a Saudi-led coalition") and one after an adverb in "-ly" ("an analysis
 * of newly filed reports"), both after a determiner, preposition or adjective and before a noun.
 */
function repairModifiers(toks: TaggedTok[]): TaggedTok[] {
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    if (t.pos !== 'VERB' || !['NOUN', 'PROPN', 'ADJ'].includes(toks[i + 1].pos)) continue;
    // "Best-selling author Brad Thor told …": one that opens the sentence too
    const hyphenated = t.t.includes('-') && (i === 0 || MODIFIER_BEFORE.has(toks[i - 1].pos));
    const afterLy =
      i > 0 && toks[i - 1].pos === 'ADV' && toks[i - 1].l.endsWith('ly') && MODIFIER_BEFORE.has(toks[i - 2]?.pos ?? '');
    if (hyphenated) t.pos = 'ADJ';
    // the adverb goes with it: the phrase grammar takes adjectives, not adverbs, inside a noun phrase
    else if (afterLy && /(?:ed|en)$/.test(t.l)) t.pos = toks[i - 1].pos = 'ADJ';
  }
  return toks;
}

const CAPITALISED = /^\p{Lu}[\p{Ll}’'.-]/u;
const NAME_LIKE = new Set(['VERB', 'X', 'ADV', 'NOUN']);

/**
 * Surnames that are also English words ("Lynch", "Trump", "Cruz" read as verbs) or foreign particles ("De Blasio")
 * lose their name tag, and the subject is lost with them. A capitalised word beside a name, or right before a cue
 * verb ("Lynch said"), is a name; a cue word itself stays a verb ("Lindsey Graham Says" in a headline).
 */
function repairNames(toks: TaggedTok[]): TaggedTok[] {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!NAME_LIKE.has(t.pos) || !CAPITALISED.test(t.t) || CUES.has(t.l)) continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    // opening the sentence, a given name before a surname too: "Ted Cruz says …", "Grant Young, a strategist, said …"
    const besideName =
      (prev?.pos === 'PROPN' && CAPITALISED.test(prev.t) && t.pos !== 'NOUN') ||
      (next?.pos === 'PROPN' && CAPITALISED.test(next.t) && (i > 0 || t.pos === 'X' || givenNameSet().has(t.l)));
    // in running prose (the word before is lower case, so this is no title-case headline) a capital marks a name
    const midProse = i > 0 && t.pos !== 'NOUN' && /^\p{Ll}/u.test(prev.t);
    const beforeCue =
      t.pos !== 'NOUN' && next !== undefined && next.pos === 'VERB' && CUES.has(next.l) && !next.l.endsWith('ing');
    if (besideName || midProse || beforeCue) t.pos = 'PROPN';
  }
  return toks;
}

/** a common-noun head; a capitalised plural opening the sentence ("Investigators found") counts as one */
function isCommon(toks: TaggedTok[], np: Phrase & { head?: number }, sentenceStart: boolean): boolean {
  const head = toks[np.head ?? np.last];
  return head.pos === 'NOUN' || (sentenceStart && np.first === 0 && np.last === 0 && /\p{Ll}s$/u.test(head.t));
}

const SUBJECT_END = new Set(['PROPN', 'NUM', 'PRON']);
/** the words of a setting after a cue: "at the time", "in a statement on Monday", "during the debate" */
const SETTING_WORDS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'ADP', 'PRON']);
const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NUM']);
/** the words of a prepositional phrase that opens a sentence, and those that may close it */
const FRONTED_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP']);
const FRONTED_ENDS = new Set(['NOUN', 'PROPN', 'NUM']);
/** words that head a group before "who" with no noun of their own: "Those who spoke", "Most who testified" */
const WHO_HEADS = new Set(['DET', 'ADJ', 'PRON', 'NUM']);

/**
 * A cue form the tagger read as a noun stands where a verb goes: after a subject ("Polls show a close race", "Six in
 * 10 say they …", "Hillary Clinton plans to …") and before the start of a clause or an infinitive. Not after a
 * possessive or a determiner ("the mayor's plans to …", "the plans to …"), and not a singular noun after a noun.
 */
function verbSlot(toks: TaggedTok[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (NOUN_LIKE.has(toks[i].l) || !next) return false;
  // "Most Republicans support deportation", "Two-thirds of voters support temporarily banning …"
  if (!(CLAUSE_OPENERS.has(next.pos) || next.l === 'to')) return objectAfterPlural(toks, i);
  if (next.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(next.l)) return false;
  // "Polls show …"; "The company plans to …" (a singular noun only before an infinitive)
  const plural = (/s$/.test(prev.l) && !/ss$/.test(prev.l)) || SHARE_NOUNS.has(prev.l);
  const present = /[^s]s$/.test(toks[i].l);
  // "The report notes these expenses …": a document as the subject of a present-tense cue
  const document = DOCUMENT_SUBJECTS.has(prev.l) && present;
  const subjectEnd =
    SUBJECT_END.has(prev.pos) ||
    (prev.pos === 'NOUN' && (plural || document || (next.l === 'to' && /s$/.test(toks[i].l))));
  if (!subjectEnd || prev.t === "'s" || prev.t === '’s') return false;
  return prev.pos !== 'PRON' || SUBJECT_PRONOUN_FORMS.has(prev.l);
}

const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** a demonstrative standing for people, with a participle after it: "those surveyed said …" */
const DEMONSTRATIVE_HEADS = new Set(['those']);

/**
 * A cue form the tagger read as a noun that closes the sentence after a comma and a bare subject: the trailing
 * attribution "…, the county estimates." or "…, engineers estimate." Not after a possessive ("…, the county's
 * estimates.") or a preposition ("…, according to county estimates.").
 */
function closingSlot(toks: TaggedTok[], i: number): boolean {
  const next = toks[i + 1];
  if (next && !/^[.!?]$/.test(next.t)) return false;
  let end = i - 1;
  // "…, records compiled by the Center for Responsive Politics show.": the subject goes on past its agent
  for (let k = i - 2; k >= Math.max(1, i - 10); k--) {
    const t = toks[k];
    if (t.l === 'by' && toks[k - 1].pos === 'VERB' && /(?:ed|en|wn)$/.test(toks[k - 1].l)) {
      end = k - 2;
      break;
    }
    if (!(SUBJECT_WORDS.has(t.pos) || t.pos === 'ADP') || isPossessiveMark(t)) break;
  }
  for (let k = end; k >= Math.max(0, end - 5); k--) {
    if (toks[k].t === ',') return k < end;
    if (!SUBJECT_WORDS.has(toks[k].pos) || isPossessiveMark(toks[k])) return false;
  }
  return false;
}

/**
 * "cities that support the regulations": a bare cue form read as a noun after "that" and a plural noun is the verb of
 * the relative clause, when an object follows (not "the plans that support groups drew up")
 */
function relativeThat(toks: TaggedTok[], i: number): boolean {
  const noun = toks[i - 2];
  const next = toks[i + 1];
  return (
    toks[i - 1].l === 'that' &&
    !!noun &&
    (noun.pos === 'NOUN' || noun.pos === 'PROPN') &&
    /[^s]s$/.test(noun.l) &&
    !/s$/.test(toks[i].l) &&
    !!next &&
    (next.pos === 'DET' || next.pos === 'PROPN')
  );
}

/** the words of a speaker named after an inverted cue: "…, reports the Valley Courier." */
const INVERTED_SPEAKER = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);

/**
 * A present-tense cue form the tagger read as a noun right after a comma, with only its speaker after it to the
 * sentence end or the next comma: the inverted attribution "…, reports the Valley Courier." (not "…, reports of
 * looting spread", which has a verb of its own)
 */
function invertedSlot(toks: TaggedTok[], i: number): boolean {
  if (toks[i - 1]?.t !== ',' || !/[^s]s$/.test(toks[i].l)) return false;
  const next = toks[i + 1];
  if (!next || !(next.pos === 'DET' || next.pos === 'PROPN' || POSSESSIVE_PRONOUNS.has(next.l))) return false;
  let k = i + 1;
  while (k < toks.length && (INVERTED_SPEAKER.has(toks[k].pos) || isPossessiveMark(toks[k]) || toks[k].l === 'of')) k++;
  return k === toks.length || toks[k].t === ',' || /^[.!?]$/.test(toks[k].t);
}

const OBJECT_OPENERS = new Set(['NOUN', 'ADJ', 'ADV']);

/** an object cue read as a noun between a plural subject and its object: "Republicans support deportation" */
function objectAfterPlural(toks: TaggedTok[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const plural = (prev.pos === 'NOUN' || prev.pos === 'PROPN') && (/[^s]s$/.test(prev.l) || SHARE_NOUNS.has(prev.l));
  const opensObject = OBJECT_OPENERS.has(next.pos) || (next.pos === 'VERB' && next.l.endsWith('ing'));
  return plural && OBJECT_CUES.has(CUES.get(toks[i].l) ?? '') && !/s$/.test(toks[i].l) && opensObject;
}

/**
 * A verb and its particle at toks[i]: "pointed out", "spoke of", "weighed in on". A verb, or a present-tense form the
 * tagger read as a noun right after its subject ("Ortiz points to …"), not a noun after a determiner ("the talks").
 */
function phrasalCueAt(toks: TaggedTok[], i: number): Cue | null {
  const t = toks[i];
  const phrasal = PHRASAL.get(t.l);
  if (!phrasal) return null;
  const prev = toks[i - 1];
  const verb = t.pos === 'VERB' || (t.pos === 'NOUN' && !!prev && (prev.pos === 'PROPN' || prev.pos === 'PRON'));
  if (!verb) return null;
  const particles = phrasal.particles.find((p) => p.every((w, k) => toks[i + 1 + k]?.l === w));
  if (!particles) return null;
  return { lemma: `${phrasal.lemma} ${particles.join(' ')}`, first: i, last: i + particles.length, phrasal: true };
}

/** what ends a subject right before its verb */
const NAMED_BEFORE = new Set(['NOUN', 'PROPN', 'PRON']);

function cueAt(toks: TaggedTok[], i: number): Cue | null {
  const t = toks[i];
  if (!t) return null;
  if (t.l === 'according' && toks[i + 1]?.l === 'to') return { lemma: 'according to', first: i, last: i + 1 };
  const phrasal = phrasalCueAt(toks, i) ?? attitudeCueAt(toks, i) ?? asPutItCueAt(toks, i);
  if (phrasal) return phrasal;
  const lemma = CUES.get(t.l) ?? (regardsAs(toks, i + 1) ? REGARD_AS.get(t.l) : undefined);
  // after a name's possessive a cue form is a noun or a modifier: "Trump's claim that …", "Stumpf's repeated …"
  const owner = toks[i - 2];
  if (i > 1 && isPossessiveMark(toks[i - 1]) && (owner.pos === 'NOUN' || owner.pos === 'PROPN')) return null;
  // "Tenants report that …": the tagger reads some cue verbs as nouns; a following "that" settles it, unless a
  // determiner or adjective makes it a noun after all ("pointed to a report that showed …")
  // "Sen. Elizabeth Warren grilled Wells Fargo's chief": a past form read as an adjective between a name and an object
  const pastAdjective =
    t.pos === 'ADJ' &&
    /ed$/.test(t.l) &&
    i > 0 &&
    toks[i - 1].pos === 'PROPN' &&
    ['DET', 'PROPN', 'PRON'].includes(toks[i + 1]?.pos ?? '');
  // "The union branded the offer as an insult": a past form read as an adjective before "X as Y"
  const regardAdjective = t.pos === 'ADJ' && REGARD_AS.has(t.l) && i > 0 && NAMED_BEFORE.has(toks[i - 1].pos);
  const verb =
    t.pos === 'VERB' ||
    t.pos === 'AUX' ||
    pastAdjective ||
    regardAdjective ||
    (t.pos === 'NOUN' && i > 1 && relativeThat(toks, i)) ||
    (t.pos === 'NOUN' &&
      i > 0 &&
      !NOUN_OPENERS.has(toks[i - 1].pos) &&
      (toks[i + 1]?.l === 'that' || verbSlot(toks, i) || closingSlot(toks, i) || invertedSlot(toks, i)));
  if (!lemma || !verb) return null;
  // "called" summons or phones ("called the police", "called a news conference"); it reports only when it names
  // something as something: "Democrats called the citation a political ploy", "called the charges unsubstantiated"
  if (lemma === 'call' && !namesAs(toks, i + 1)) return null;
  return { lemma, first: i, last: i };
}

/**
 * "put it" reports only in "As Tavares put it, …" and "…, as one farmer put it.": an "as" a few words before it
 * opens the clause; "put it on the agenda" elsewhere reports nothing
 */
function asPutItCueAt(toks: TaggedTok[], i: number): Cue | null {
  if (toks[i].l !== 'put' || toks[i + 1]?.l !== 'it') return null;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (toks[k].l === 'as') return { lemma: 'put it', first: i, last: i + 1 };
    if (toks[k].pos === 'PUNCT' || toks[k].pos === 'VERB') return null;
  }
  return null;
}

/**
 * A stance after a form of "be", perhaps with adverbs or a negation between ("are afraid that …", "wasn’t too
 * concerned about …", "is eager to …", "was sure the levy would pass"), with its preposition when one follows.
 */
function attitudeCueAt(toks: TaggedTok[], i: number): Cue | null {
  if (!ATTITUDES.has(toks[i].l)) return null;
  let b = i - 1;
  while (b > 0 && i - b <= 3 && (toks[b].pos === 'ADV' || toks[b].pos === 'PART')) b--;
  if (!toks[b] || !(BE.has(toks[b].l) || /^(?:am|’s|'s|’re|'re|’m|'m)$/.test(toks[b].l))) return null;
  const next = toks[i + 1];
  if (!next) return null;
  if (ATTITUDE_PREPS.has(next.l))
    return { lemma: `${toks[i].l} ${next.l}`, first: i, last: i + 1, phrasal: true, attitude: true };
  if (next.l === 'to' && !ATTITUDE_INFINITIVES.has(toks[i].l)) return null;
  return { lemma: toks[i].l, first: i, last: i, attitude: true };
}

/** a reporting participle at toks[k], with its particle: "…, saying …", "…, pointing to the cost of steel" */
function participleCue(toks: TaggedTok[], k: number): Cue | null {
  if (!toks[k].l.endsWith('ing')) return null;
  const phrasal = phrasalCueAt(toks, k);
  if (phrasal) return phrasal;
  const cue = { lemma: CUES.get(toks[k].l) ?? toks[k].l, first: k, last: k };
  if (PARTICIPLES.has(toks[k].l)) return cue;
  // "…, refusing to attack his rivals": a stance, only with an infinitive or a clause
  const opener = toks[k + 1]?.l;
  return STANCE_PARTICIPLES.has(toks[k].l) && (opener === 'to' || opener === 'that') ? cue : null;
}

const OBJECT_WORDS = new Set(['NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM', 'DET']);
const OBJECT_INNER = new Set(['of', 'in', 'for', 'on', 'with', 'against']);

/** an object and then what it is called at toks[k]: "the charges unsubstantiated", "her vote in favor of it a mistake" */
function namesAs(toks: TaggedTok[], k: number): boolean {
  const first = toks[k];
  if (!first || first.l === 'a' || first.l === 'an' || !OBJECT_WORDS.has(first.pos)) return false;
  if (first.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(first.l) && !['it', 'him', 'her', 'them'].includes(first.l))
    return false;
  for (let j = k + 1; j < Math.min(toks.length, k + 12); j++) {
    const t = toks[j];
    const prev = toks[j - 1];
    const objectEnd = prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'NUM';
    if (objectEnd && j > k) {
      if (/^[“"‘']$/.test(t.t) && !isPossessiveMark(t)) return true;
      const article = t.l === 'a' || t.l === 'an';
      const after = toks[j + 1];
      if (article && after && !TIME_WORDS.has(after.l) && after.l !== 'second' && after.l !== 'few') return true;
      const closes = !after || after.pos === 'PUNCT' || after.pos === 'CCONJ' || after.l === 'and';
      if (t.pos === 'ADJ' && closes) return true;
      if (t.pos === 'VERB' && /ed$/.test(t.l) && closes && j > k + 1) return true;
    }
    if (OBJECT_WORDS.has(t.pos) && t.l !== 'a' && t.l !== 'an') continue;
    if (isPossessiveMark(t) || (OBJECT_INNER.has(t.l) && objectEnd)) continue;
    return false;
  }
  return false;
}

class Sentence {
  constructor(
    private readonly prose: string,
    private readonly s: Span,
    private readonly toks: TaggedTok[],
    /** toks[0] opens a sentence (not so in the words after a closing quote) */
    private readonly sentenceStart = true,
  ) {}

  /** every claim of the sentence: the first, then each one that follows the previous one's reported words */
  all(): ReportedClaim[] {
    const first =
      this.accordingTo() ??
      this.asReportedBy() ??
      this.subjectThenCue() ??
      this.trailing() ??
      this.participle() ??
      this.label() ??
      this.ownedNoun() ??
      this.inFinding();
    if (!first) return [];
    const out = [first];
    for (let guard = 0; guard < 4; guard++) {
      const prev = out[out.length - 1];
      const next = this.continuation(prev);
      if (!next || next.content.start < prev.content.end) break;
      // a later claim spans its own words: its speaker when named in its clause, its cue and what it reports
      const own = next.np.start >= prev.content.end ? next.np.start : next.cueSpan.start;
      next.start = Math.min(own, next.cueSpan.start, next.content.start);
      out.push(next);
    }
    return out;
  }

  /**
   * The claim after prev: a participle ("…, adding that …"), a second cue of the same speaker ("…, and urged that …")
   * or a clause with its own speaker ("…, while nine in 10 said …"; "…; 46 percent said …").
   */
  private continuation(prev: ReportedClaim): ReportedClaim | null {
    const { toks } = this;
    let k = prev.resume ?? toks.length;
    if (k > this.lastWord()) return null;
    let joined = false;
    while (k < toks.length && (toks[k].t === ',' || toks[k].t === ';' || toks[k].t === '—')) k++;
    while (k < toks.length && CONNECTORS.has(toks[k].l)) {
      joined = true;
      k++;
    }
    while (k < toks.length && toks[k].pos === 'ADV' && !CUES.has(toks[k].l)) k++;
    const t = toks[k];
    if (!t) return null;
    const speaker = { ...prev.np, first: -1, last: -1 };
    const main = toks[prev.resume ?? -1]?.t === ',' ? this.afterRelative(prev, k) : null;
    if (main) return main;
    const participle = joined ? null : participleCue(toks, k);
    if (participle) {
      const c = participle;
      const from = this.contentStart(c);
      if (from < 0 || !this.validContent(c, from, this.lastWord())) return null;
      return this.claim(speaker, c, from, this.beforeNextClaim(from, this.lastWord()), prev.np.common);
    }
    const c = joined ? cueAt(toks, k) : null;
    if (c && c.lemma !== 'according to' && !t.l.endsWith('ing')) {
      const from = this.contentStart(c);
      if (from < 0 || !this.validContent(c, from, this.lastWord())) return null;
      return this.claim(speaker, c, from, this.beforeNextClaim(from, this.lastWord()), prev.np.common);
    }
    return this.subjectThenCue(k, k);
  }

  /**
   * The main clause's cue at toks[k] after a relative clause set off by commas, whose antecedent is its speaker:
   * "The ministry, which denied any role, said it would pay for the cleanup."
   */
  private afterRelative(prev: ReportedClaim, k: number): ReportedClaim | null {
    const { toks } = this;
    const antecedent = beforeRelativePronoun(prev.np);
    if (antecedent === prev.np || !prev.np.text.slice(antecedent.text.length).includes(',')) return null;
    while (k < toks.length && (toks[k].pos === 'ADV' || toks[k].pos === 'AUX' || SUBJECT_SKIPS.has(toks[k].l))) k++;
    const c = cueAt(toks, k);
    if (!c || !invertible(c)) return null;
    const from = this.contentStart(c);
    if (from < 0 || !this.validContent(c, from, this.lastWord())) return null;
    const speaker = { ...antecedent, first: -1, last: -1 };
    return this.claim(speaker, c, from, this.beforeNextClaim(from, this.lastWord()), prev.np.common);
  }

  /**
   * Where the reported words starting at toks[from] give way to the next claim: before ", adding …", before
   * ", and urged that …", before ", while nine in 10 said …". Returns the last token of the words (to when none).
   */
  private beforeNextClaim(from: number, to: number): number {
    const { toks } = this;
    for (let k = from + 2; k <= to; k++) {
      const prev = toks[k - 1];
      const boundary = prev.t === ',' || prev.t === ';';
      // "…, even suggesting he may have been sabotaged": an adverb may stand before the participle
      const p = boundary && toks[k].pos === 'ADV' ? k + 1 : k;
      const participle = boundary && toks[p + 1] ? participleCue(toks, p) : null;
      if (participle) {
        const f = this.contentStart(participle);
        if (f > k && this.validContent(participle, f, to)) return k - 2;
      }
      if (!(boundary || (CONNECTORS.has(toks[k].l) && toks[k].pos !== 'SCONJ'))) continue;
      let j = k;
      while (j <= to && CONNECTORS.has(toks[j].l)) j++;
      const joined = j > k;
      while (j <= to && toks[j].pos === 'ADV' && !CUES.has(toks[j].l)) j++;
      // ", and urged that …" / "and predicted that …": the same speaker's next cue
      const c = joined ? cueAt(toks, j) : null;
      if (
        c &&
        c.lemma !== 'according to' &&
        !toks[j].l.endsWith('ing') &&
        (boundary || SECOND_CUE_OPENERS.has(toks[c.last + 1]?.l ?? '') || this.finiteCue(c))
      ) {
        const f = this.contentStart(c);
        if (f > c.last && this.validContent(c, f, to)) return boundary ? k - 2 : k - 1;
      }
      // ", while nine in 10 said …", "; 46 percent said …", ", but Trump said …"
      if ((boundary || joined) && this.clauseWithCue(j, to)) return boundary ? k - 2 : k - 1;
    }
    return to;
  }

  /** a cue in a past or present-tense form the tagger reads as a verb: "and said …", "and warned against …" */
  private finiteCue(c: Cue): boolean {
    const t = this.toks[c.first];
    return t.pos === 'VERB' && t.l !== c.lemma.split(' ')[0];
  }

  /** a clause with its own subject and cue opens at toks[a]: "nine in 10 said they …" */
  private clauseWithCue(a: number, to: number): boolean {
    const { toks } = this;
    for (let i = a + 1; i <= Math.min(to, a + 15); i++) {
      const c = cueAt(toks, i);
      if (!c || c.lemma === 'according to' || toks[i].l.endsWith('ing')) continue;
      const subj = this.subjectOf(i) ?? this.shortSubject(a, i);
      if (!subj || subj.relative || subj.np.first !== a) return false;
      const f = this.contentStart(c);
      return f > c.last && this.validContent(c, f, to);
    }
    return false;
  }

  /** a short determiner phrase from toks[a] up to the cue at toks[i] that the tagger did not head with a noun ("a third") */
  private shortSubject(a: number, i: number): { np: Phrase; relative: boolean } | null {
    const { toks } = this;
    if (i - a < 2 || i - a > 4 || !['DET', 'NUM'].includes(toks[a].pos)) return null;
    for (let k = a + 1; k < i; k++) if (!['ADJ', 'ADV', 'NUM', 'NOUN'].includes(toks[k].pos)) return null;
    return { np: this.span(a, i - 1), relative: false };
  }

  /**
   * "According to the report, …" (also after an opening mark or a colon: "(According to …, …)", "…: According to
   * …, …") / "…, according to the report." / "… — according to the most recent data from the FBI." / "… by 271
   * delegates according to a count by The Associated Press, but …"
   */
  accordingTo(): ReportedClaim | null {
    const { toks } = this;
    const a = this.openingAccording();
    if (a >= 0) {
      // the source is everything up to the comma ("According to sources," tags "sources" as a verb), without a verb
      // of its own ("According to officials the bridge is safe, …" has no comma after its source)
      let comma = a + 2;
      while (comma < toks.length && toks[comma].t !== ',' && comma - a < LONG_SOURCE && toks[comma].pos !== 'AUX')
        comma++;
      const np = toks[comma]?.t === ',' && comma > a + 2 ? this.span(a + 2, comma - 1) : null;
      let end = this.lastWord();
      // "(According to the police, it keeps no such figures.)"
      if (toks[a - 1]?.t === '(') while (end > a && (toks[end].t === ')' || toks[end].pos === 'PUNCT')) end--;
      if (np && np.last + 2 < end)
        return this.claim(np, { lemma: 'according to', first: a, last: a + 1 }, np.last + 2, end);
    }
    for (let i = toks.length - 3; i >= 2; i--) {
      if (toks[i].l !== 'according' || toks[i + 1].l !== 'to') continue;
      const before = toks[i - 1];
      const mark = before.t === ',' || before.t === '—' || before.t === '–' || before.t === '(';
      // with no mark before it, a verb makes it a manner ("went according to plan", "sorted according to size")
      if (!mark && (before.pos === 'PUNCT' || before.pos === 'VERB' || before.pos === 'AUX')) continue;
      // the source runs to the sentence end ("people" after "to" is sometimes tagged a verb)
      const end = this.lastWord();
      const np =
        phraseStartingAt(toks, i + 2, this.prose) ?? (end - i <= 14 && end >= i + 2 ? this.span(i + 2, end) : null);
      if (!np) continue;
      const cue = { lemma: 'according to', first: i, last: i + 1 };
      // "Now, according to the poll, some are swinging.": the clause is after the source, not the word before it
      const rest = np.last + 2;
      const clauseAfter = rest <= end && this.hasFiniteVerb(rest, end) && !this.hasFiniteVerb(0, i - 2);
      if (mark && toks[rest - 1]?.t === ',' && clauseAfter) return this.claim(np, cue, rest, end);
      const r = this.claim(np, cue, 0, mark ? i - 2 : i - 1);
      // what follows the source is a clause of its own: "…, but Sanders has vowed to soldier on"
      if (r && !mark) r.resume = np.last + 1;
      return r;
    }
    return null;
  }

  /**
   * A poll or a study named after "in" is the source of the clause beside it: "In the CBS poll, Trump's lead over Cruz
   * narrowed." / "Clinton led by 6 points, in a Harbor College poll released Sunday."
   */
  inFinding(): ReportedClaim | null {
    const { toks, prose } = this;
    const end = this.lastWord();
    let a = 0;
    while (a < 2 && toks[a] && (toks[a].pos === 'CCONJ' || toks[a].pos === 'ADV' || toks[a].t === ',')) a++;
    const finding = (k: number) => {
      const np = toks[k]?.l === 'in' ? phraseStartingAt(toks, k + 1, prose, 1) : null;
      if (!np) return null;
      let head = np.last;
      while (head > np.first && !FINDING_SOURCES.has(toks[head].l) && toks[head].pos !== 'NOUN') head--;
      return FINDING_SOURCES.has(toks[head].l) ? np : null;
    };
    const cue = (k: number) => ({ lemma: 'in', first: k, last: k });
    const front = finding(a);
    // what follows is the source's words up to the comma: a participle tail ("released Monday") stays in the source
    if (front) {
      let comma = front.last + 1;
      while (comma < end && comma - front.last <= 4 && toks[comma].t !== ',') comma++;
      if (toks[comma]?.t === ',' && this.hasFiniteVerb(comma + 1, end))
        return this.claim(this.span(front.first, comma - 1), cue(a), comma + 1, end);
    }
    for (let m = end - 2; m >= 2; m--) {
      if (toks[m].t !== ',') continue;
      const back = finding(m + 1);
      if (back && this.hasFiniteVerb(0, m - 1)) return this.claim(this.span(back.first, end), cue(m + 1), 0, m - 1);
    }
    return null;
  }

  /**
   * A passive "as" with its agent, before or after the clause it sources: "As reported by the Valley Courier, the mayor
   * has resigned." / "The mayor has resigned, as first reported by the Valley Courier."
   */
  asReportedBy(): ReportedClaim | null {
    const { toks } = this;
    const end = this.lastWord();
    let a = 0;
    while (a < toks.length && toks[a].pos === 'PUNCT') a++;
    // "As first reported by The Associated Press on Tuesday, …": when it was reported is no part of the source
    for (const tails of [0, 1]) {
      const front = this.agentAfterAs(a, tails);
      let after = front ? front.np.last + 1 : -1;
      while (front && TIME_WORDS.has(toks[after]?.l ?? '')) after++;
      const comma = front ? this.pastSetting(after) : -1;
      if (front && toks[comma]?.t === ',' && this.hasFiniteVerb(comma + 1, end))
        return this.claim(front.np, front.cue, comma + 1, end);
    }
    for (let m = end - 3; m >= 2; m--) {
      if (toks[m].t !== ',') continue;
      for (const tails of [0, 1]) {
        const back = this.agentAfterAs(m + 1, tails);
        if (back && this.onlyTailAfter(back.np.last + 1) && this.closesClause(m - 1))
          return this.claim(back.np, back.cue, 0, m - 1);
      }
    }
    return null;
  }

  /** "as (first) reported by X" at toks[a]: the agent X (with up to `tails` prepositional tails) and the cue */
  private agentAfterAs(a: number, tails: number): { np: Phrase; cue: Cue } | null {
    const { toks } = this;
    if (toks[a]?.l !== 'as') return null;
    let v = a + 1;
    while (toks[v]?.pos === 'ADV') v++;
    const cue = cueAt(toks, v);
    if (!cue || cue.lemma === 'according to' || !/ed$/.test(toks[cue.last].l) || toks[cue.last + 1]?.l !== 'by')
      return null;
    const np = phraseStartingAt(toks, cue.last + 2, this.prose, tails);
    if (!np) return null;
    // "by the Valley Courier last week": when is no part of the source
    let last = np.last;
    while (last > np.first && TIME_WORDS.has(toks[last].l)) last--;
    return { np: last < np.last ? this.span(np.first, last) : np, cue };
  }

  /** the "according" of "According to" opening the sentence, or a clause after a colon or semicolon; else -1 */
  private openingAccording(): number {
    const { toks } = this;
    let a = 0;
    while (a < toks.length && toks[a].pos === 'PUNCT') a++; // opening marks: "(", quotes
    if (toks[a]?.l === 'according' && toks[a + 1]?.l === 'to') return a;
    // after a conjunction or an adverb: "But according to …", "Now, according to …"
    let b = a;
    while (b < a + 3 && toks[b] && (toks[b].pos === 'CCONJ' || toks[b].pos === 'ADV' || toks[b].t === ',')) b++;
    if (b > a && toks[b]?.l === 'according' && toks[b + 1]?.l === 'to') return b;
    // "And it hasn't gone unnoticed: According to recent polls, …"
    for (let k = a; k < Math.min(toks.length - 2, a + 30); k++)
      if ((toks[k].t === ':' || toks[k].t === ';') && toks[k + 1].l === 'according' && toks[k + 2].l === 'to')
        return k + 1;
    return -1;
  }

  /** "The agency on Monday said (that) …", "Residents who say …", "As Dan Ortiz noted, …", passives with "by" */
  subjectThenCue(start = 1, minSubject = 0): ReportedClaim | null {
    const { toks } = this;
    for (let i = Math.max(start, 1); i < Math.min(toks.length - 1, start + 45); i++) {
      const c = cueAt(toks, i);
      if (!c || c.lemma === 'according to') continue;
      const progressive = toks[i].l.endsWith('ing');
      // a bare participle ("…, adding that …") is the participle rule's, not a finite cue with a subject
      if (progressive && !this.afterAuxiliary(i)) continue;
      if (
        !progressive &&
        !c.attitude &&
        (BE.has(toks[i - 1].l) || (toks[i - 1].pos === 'ADV' && BE.has(toks[i - 2]?.l ?? '')))
      ) {
        const passive = this.passive(c);
        if (passive) return passive;
        continue;
      }
      const subj = this.subjectOf(i) ?? (minSubject === 0 ? this.prefixSubject(i) : this.shortSubject(minSubject, i));
      if (!subj || subj.np.first < minSubject) continue;
      let from = this.contentStart(c);
      let to = this.lastWord();
      const opener = toks[subj.np.first - 1]?.l;
      if ((opener === 'as' || opener === 'while' || opener === 'although') && subj.np.first <= 2) {
        // "As Dan Ortiz noted, the bridge is safe." / "While Ana Ruiz warns that …, the council …"
        if (opener === 'as' && toks[c.last + 1]?.t === ',') from = c.last + 2;
        else to = this.clauseEnd(from, ',');
      }
      if ('afterComma' in subj) to = this.relativeEnd(from, !!subj.afterComma);
      else if (subj.relative) to = this.relativeEnd(from, toks[subj.np.last - 1]?.t === ',');
      // "…, top lawmakers said Friday, as they …": a subject after a comma whose cue is followed by a comma closes
      // the words before it; what follows the comma is no "that" clause of its own
      if (minSubject === 0 && !subj.relative && toks[subj.np.first - 1]?.t === ',' && toks[from - 1]?.t === ',') {
        const outer = this.trailing();
        if (outer) return outer;
      }
      if (from < 0 || !this.validContent(c, from, to)) continue;
      if (this.invertedWithRelative(i, from)) {
        const outer = this.trailing();
        if (outer) return outer;
        continue;
      }
      const cut = this.beforeTrailingAttribution(from, to);
      // "The company plans to sell its trucking arm, these people said.": the trailing attribution is the outer one
      if (cut < to && !subj.relative && minSubject === 0) {
        const outer = this.trailing();
        if (outer) return outer;
      }
      const end = this.beforeNextClaim(from, cut);
      // "Critics pointed to a report that showed …": the report's own claim follows the critics'
      const relative = this.objectRelativeCue(c, from, end);
      const r = this.claim(subj.np, c, from, relative > 0 ? relative - 1 : end);
      if (r && relative > 0) r.resume = from;
      return r;
    }
    return null;
  }

  /**
   * "…, said Denise Hollis, who has known him since he was a toddler.": after a comma, the cue at toks[i] is inverted,
   * and what follows it is its speaker with a relative clause to the sentence end, not words it reports
   */
  private invertedWithRelative(i: number, from: number): boolean {
    const { toks } = this;
    if (toks[i - 1]?.t !== ',') return false;
    const np = phraseStartingAt(toks, from, this.prose);
    if (!np || toks[np.last + 1]?.t !== ',' || !RELATIVE_WHO.has(toks[np.last + 2]?.l ?? '')) return false;
    for (let k = np.last + 3; k <= this.lastWord(); k++) if (toks[k].t === ',') return false;
    return true;
  }

  /** an auxiliary stands before toks[i], perhaps with an adverb or a negation between: "is saying", "isn’t saying" */
  private afterAuxiliary(i: number): boolean {
    const { toks } = this;
    const between = toks[i - 1].pos === 'ADV' || toks[i - 1].pos === 'PART';
    return toks[i - 1].pos === 'AUX' || (between && toks[i - 2]?.pos === 'AUX');
  }

  /**
   * The "that" or "which" opening a relative clause with a cue of its own right after the object a cue reports
   * ("pointed to a report that showed …", "cited a study which found …"), or -1.
   */
  private objectRelativeCue(c: Cue, from: number, to: number): number {
    const { toks } = this;
    if (!(c.phrasal || OBJECT_CUES.has(c.lemma)) || CLAUSE_WORDS.has(toks[from].l)) return -1;
    for (let k = from + 1; k < Math.min(to, from + 8); k++) {
      const t = toks[k];
      if (t.l !== 'that' && t.l !== 'which') continue;
      const prev = toks[k - 1];
      let v = k + 1;
      while (v < to && toks[v].pos === 'ADV') v++;
      const cue = cueAt(toks, v);
      return (prev.pos === 'NOUN' || prev.pos === 'PROPN') && cue && invertible(cue) ? k : -1;
    }
    return -1;
  }

  /** "…, the panel said." / "…, said Dan Ortiz, a senior engineer." / "…, the authority said in its bulletin." */
  trailing(): ReportedClaim | null {
    const { toks } = this;
    for (let m = toks.length - 2; m >= Math.max(2, toks.length - 60); m--) {
      // '…, the panel said' and '…," the panel said' (the comma inside the closing mark)
      const closing = /^[”"]$/.test(toks[m].t) && toks[m - 1].t === ',';
      if (toks[m].t !== ',' && toks[m].t !== '—' && !closing) continue;
      const att = this.attributionAt(m + 1) ?? (closing ? null : this.asAttributionAt(m + 1));
      // what the attribution closes is a clause: not "Speaking to students this week, Biden responded to …"
      if (att && (closing || this.closesClause(m - 1))) {
        const r = this.claim(att.np, att.cue, 0, closing ? m : m - 1);
        if (r) r.resume = this.pastSetting(Math.max(att.np.last, att.cue.last) + 1);
        return r;
      }
    }
    return null;
  }

  /** "…, as the engineer explained last week.": "as", a speaker and a cue that close the sentence */
  private asAttributionAt(i: number): { np: Phrase; cue: Cue } | null {
    if (this.toks[i]?.l !== 'as' || cueAt(this.toks, i + 1)) return null;
    const att = this.attributionAt(i + 1);
    return att && invertible(att.cue) ? att : null;
  }

  /** past where or when an attribution was made, up to its comma: "said [at the time], adding that …" */
  private pastSetting(k: number): number {
    const { toks } = this;
    if (!TAIL_PREPS.has(toks[k]?.l ?? '')) return k;
    for (let e = k + 1; e < Math.min(toks.length, k + 8); e++) {
      if (toks[e].t === ',') return e;
      if (!SETTING_WORDS.has(toks[e].pos)) return k;
    }
    return k;
  }

  /**
   * The words before a trailing attribution, toks[0..b], are what it reports: a clause, not a fronted phrase
   * ("Speaking to students this week, Biden responded to …"), nor a bare phrase ("Two weeks later, Ana Ruiz wrote …",
   * "Ivanka Trump, his daughter, noted the rule"). The tagger reads some verbs as adjectives ("The river crested").
   */
  private closesClause(b: number): boolean {
    const { toks } = this;
    const first = toks[0];
    const fronted = first.pos === 'ADP' || first.pos === 'SCONJ' || (first.pos === 'VERB' && first.l.endsWith('ing'));
    if (this.hasFiniteVerb(0, b)) return true;
    for (let k = 1; k <= b; k++) if (toks[k].pos === 'ADJ' && toks[k].l.endsWith('ed') && !fronted) return true;
    return false;
  }

  /** toks[a..b] hold a finite verb: not a participle opening them, after a preposition or used as an adjective */
  private hasFiniteVerb(a: number, b: number): boolean {
    const { toks } = this;
    for (let k = a; k <= b; k++) {
      const t = toks[k];
      if (t.pos === 'AUX') return true;
      if (t.pos !== 'VERB' || t.l.endsWith('ing') || k === a) continue;
      const prev = toks[k - 1];
      if (prev.pos !== 'ADP' && prev.pos !== 'DET' && prev.pos !== 'ADJ') return true;
      // "The middle fifth paid 8.9 percent": after an adjective, a verb with a number or determiner after it
      if (prev.pos === 'ADJ' && OBJECT_STARTS.has(toks[k + 1]?.pos ?? '')) return true;
    }
    return false;
  }

  /** a speaker label, as in transcripts and headlines: "PENCE: Gennifer Flowers will not be attending." */
  label(): ReportedClaim | null {
    const { toks } = this;
    let k = 0;
    while (k < toks.length && /^["“‘']$/.test(toks[k].t)) k++;
    const first = k;
    while (k < toks.length && k - first < 4 && toks[k].pos === 'PROPN') k++;
    if (k === first || toks[k]?.t !== ':' || this.lastWord() - k < 3) return null;
    // a metadata line ("Date: 2024-09-02", "Publisher: Valley Ledger") names no speaker
    if (k - first === 1 && NOT_LABELS.has(toks[first].t.toLowerCase())) return null;
    const np = this.span(first, k - 1);
    return this.claim(np, { lemma: ':', first: k, last: k }, k + 1, this.lastWord());
  }

  /** "The mayor toured the site, saying the bridge is safe." / "… landed in trouble by saying that …" */
  participle(): ReportedClaim | null {
    const { toks } = this;
    for (let p = 2; p < toks.length - 2; p++) {
      const before = toks[p - 1];
      const opens = before.t === ',' || before.t === '—' || before.t === '–' || PARTICIPLE_PREPS.has(before.l);
      // "…, with 30 percent of voters saying they …": the people after "with" say it
      const withGroup = opens ? null : this.withSubject(p);
      const c = opens || withGroup ? participleCue(toks, p) : null;
      if (!c) continue;
      const np = withGroup ?? this.mainSubject(p);
      if (!np) return null;
      const from = this.contentStart(c);
      // "With 30 percent of voters saying they would stay home, the race tightened": the words end at the comma
      const fronted = withGroup && this.toks.findIndex((t) => t.pos !== 'PUNCT') === withGroup.first - 1;
      const to = fronted ? this.clauseEnd(from, ',') : this.lastWord();
      if (from < 0 || !this.validContent(c, from, to)) return null;
      return this.claim(np, c, from, this.beforeNextClaim(from, to));
    }
    return null;
  }

  /** the group between "with" and a participle at toks[p]: "…, with three in 10 saying …" */
  private withSubject(p: number): Phrase | null {
    const { toks, prose } = this;
    const np = phraseEndingAt(toks, p - 1, prose, false);
    return np && np.first >= 1 && toks[np.first - 1].l === 'with' ? np : this.quantityBefore(p);
  }

  /** a count or share of a group ending before toks[p], as "three in 10" or "30 percent of voters" */
  private quantityBefore(p: number): Phrase | null {
    const { toks } = this;
    for (let a = p - 1; a >= Math.max(1, p - 6); a--) {
      if (toks[a - 1].l !== 'with') continue;
      if (!this.quantityAt(a)) return null;
      for (let k = a + 1; k < p; k++) if (!NOUN_PHRASE_WORDS.has(toks[k].pos) && toks[k].pos !== 'ADP') return null;
      return this.span(a, p - 1);
    }
    return null;
  }

  /**
   * A noun for what its owner decided, holds or said, with its owner before it and "to" or "that" after: "the
   * mayor's decision to close the depot", "her belief that the levy will pass". The owner is the speaker; the words
   * run to the end of the clause, before the main verb ("Ortiz's claim that the pier was safe [proved wrong]").
   */
  ownedNoun(): ReportedClaim | null {
    const { toks, prose } = this;
    for (let i = 1; i < toks.length - 2; i++) {
      const opener = toks[i + 1].l;
      if (!OWNED_NOUNS.has(toks[i].l) || (opener !== 'to' && opener !== 'that')) continue;
      let k = i - 1;
      if (toks[k].pos === 'ADJ' && k > 0) k--;
      const pronoun = POSSESSIVE_PRONOUNS.has(toks[k].l);
      const owner = pronoun ? this.span(k, k) : isPossessiveMark(toks[k]) ? phraseEndingAt(toks, k - 1, prose) : null;
      if (!owner) continue;
      const c = { lemma: toks[i].l, first: i, last: i };
      const to = this.relativeEnd(i + 1, false);
      if (this.validContent(c, i + 1, to)) return this.claim(owner, c, i + 1, to);
    }
    return null;
  }

  /** before a quote: the last cue, followed only by its addressee or where it was said; or a name and a colon */
  leadIn(): QuoteAttribution | null {
    const { toks, prose } = this;
    let j = toks.length - 1;
    const colon = toks[j].t === ':';
    while (j >= 0 && (toks[j].t === ',' || toks[j].t === ':' || toks[j].t === '—')) j--;
    if (j < 0) return null;
    for (let i = j; i >= Math.max(0, j - 8); i--) {
      const c = cueAt(toks, i);
      if (!c || c.lemma === 'according to') continue;
      if (c.last < j && !this.isTailStart(c.last + 1) && !ADDRESSEE_CUES.has(c.lemma)) return null;
      let np: Phrase | null = null;
      if (toks[i - 1]?.t === ',' && PARTICIPLES.has(toks[i].l)) np = this.mainSubject(i);
      else np = this.subjectOf(i)?.np ?? null;
      if (!np) return null;
      // "The company said it believed": the pronoun is the company
      if (toks[np.first].pos === 'PRON' && np.first >= 2) {
        const outer = cueAt(toks, np.first - 1);
        const outerSubject = outer ? this.subjectOf(np.first - 1)?.np : null;
        if (outerSubject && toks[outerSubject.first].pos !== 'PRON') np = outerSubject;
      }
      return this.attribution(np, c);
    }
    if (colon) {
      // "Dan Ortiz, engineer:" — a name (and its role) standing for the cue
      const np = phraseEndingAt(toks, toks[j + 1]?.t === ':' ? j : j, prose);
      const named = np && toks[np.first].pos === 'PROPN' && np.first <= 1;
      if (named)
        return {
          speaker: { start: np.start, end: np.end, text: np.text },
          cue: ':',
          cueSpan: { start: toks[toks.length - 1].start, end: toks[toks.length - 1].end },
        };
      const withRole = toks.findIndex((t) => t.t === ',');
      if (withRole > 0 && withRole < j && j - withRole <= 4) {
        const name = phraseEndingAt(toks, withRole - 1, prose, false);
        if (name && name.first === 0 && toks[name.last].pos === 'PROPN')
          return {
            speaker: { start: name.start, end: name.end, text: name.text },
            cue: ':',
            cueSpan: { start: toks[toks.length - 1].start, end: toks[toks.length - 1].end },
          };
      }
    }
    return null;
  }

  /** after a quote: a cue and its speaker, in either order, at toks[i] */
  trailer(i: number): QuoteAttribution | null {
    const { toks, prose } = this;
    const inverted = cueAt(toks, i);
    if (inverted && invertible(inverted)) {
      const np = phraseStartingAt(toks, inverted.last + 1, prose);
      return np ? this.attribution(this.withAppositive(np), inverted) : null;
    }
    const found = this.speakerThenCue(i);
    return found ? this.attribution(found.np, found.cue) : null;
  }

  private attribution(np: Phrase, c: Cue): QuoteAttribution {
    const { toks, prose } = this;
    const cueSpan = { start: toks[c.first].start, end: toks[c.last].end };
    const common = isCommon(toks, np, this.sentenceStart);
    return {
      speaker: { start: np.start, end: np.end, text: np.text, common },
      cue: prose.slice(cueSpan.start, cueSpan.end),
      cueSpan,
    };
  }

  /** a trailing attribution starting at toks[i] that runs to the sentence end */
  private attributionAt(i: number): { np: Phrase; cue: Cue } | null {
    const { toks, prose } = this;
    const inverted = cueAt(toks, i);
    // "…, noting limited gains in pay.": a participle goes on with the sentence's own speaker, it names none after it
    if (inverted && invertible(inverted) && !toks[i].l.endsWith('ing')) {
      const np = phraseStartingAt(toks, inverted.last + 1, prose);
      if (np && this.onlyTailAfter(np.last + 1)) return { np: this.withAppositive(np), cue: inverted };
      return null;
    }
    const found = this.speakerThenCue(i);
    if (!found) return null;
    let k = found.cue.last + 1;
    // "…, Sen. Lindsey Graham told The Huffington Post on Thursday.": the addressee, then where or when
    if (ADDRESSEE_CUES.has(found.cue.lemma) && !this.onlyTailAfter(k)) {
      const obj = phraseStartingAt(toks, k, prose, 0);
      if (obj) k = obj.last + 1;
      // "…, the president told her."
      else if (toks[k].pos === 'PRON' && OBJECT_PRONOUNS.has(toks[k].l)) k++;
    }
    // "…, he decided to take aim at the mines": the infinitive is what the cue reports, not where it was said
    if (INFINITIVE_CUES.has(found.cue.lemma) && toks[k]?.l === 'to' && toks[k + 1]?.pos === 'VERB') return null;
    return this.onlyTailAfter(k) ? found : null;
  }

  /** a speaker at toks[i] and its cue: "the mayor said", "Dan Ortiz, a senior engineer, said", "the manager, Ann Lee, said" */
  private speakerThenCue(i: number): { np: Phrase; cue: Cue } | null {
    const { toks, prose } = this;
    const np = this.quantifierPhrase(i) ?? phraseStartingAt(toks, i, prose);
    if (!np) return null;
    const cueFrom = (j: number): Cue | null => {
      while (j < toks.length && (SUBJECT_SKIPS.has(toks[j].l) || toks[j].pos === 'ADV')) j++;
      const c = cueAt(toks, j);
      return c && c.lemma !== 'according to' ? c : null;
    };
    const c = cueFrom(np.last + 1);
    if (c) return { np, cue: c };
    // "…, the county estimates.": the phrase took in the cue the tagger read as a noun
    const last = np.last > np.first ? cueAt(toks, np.last) : null;
    if (last) return { np: this.span(np.first, np.last - 1), cue: last };
    const long = withFollowingAppositives(toks, np, prose, (k) => cueFrom(k) !== null);
    return long ? { np: long, cue: cueFrom(long.last + 2)! } : null;
  }

  /** what follows a trailing cue is only where or when it was said, an appositive, or a new clause after a comma */
  private onlyTailAfter(k: number): boolean {
    const { toks } = this;
    const end = this.lastWord();
    if (k > end) return true;
    const t = toks[k];
    // after a comma anything may follow: an appositive, or the rest of the reported words ("…, she said, and …")
    if (t.t === ',' || t.t === '—' || t.t === ';' || t.t === '(') return true;
    return this.isTailStart(k);
  }

  private isTailStart(k: number): boolean {
    const t = this.toks[k];
    if (!t) return true;
    return (
      TAIL_WORDS.has(t.l) ||
      TAIL_PREPS.has(t.l) ||
      TIME_WORDS.has(t.l) ||
      t.pos === 'ADV' ||
      t.l === 'told' ||
      t.l === 'who' ||
      t.l === 'adding' ||
      t.l === 'citing' ||
      t.l === 'referring'
    );
  }

  /**
   * When toks[j] is the "to" of a raising verb before a cue ("went on to explain", "seemed to suggest"), the index
   * before that verb, where its subject ends; otherwise -2.
   */
  private raisingBefore(j: number): number {
    const { toks } = this;
    if (toks[j]?.l !== 'to') return -2;
    const verb = RAISING.find((words) => words.every((w, k) => toks[j - 1 - k]?.l === w));
    return verb ? j - 1 - verb.length : -2;
  }

  /** the subject of the cue at toks[i]: reading back over adverbs, auxiliaries, time phrases and raising verbs */
  private subjectOf(i: number): { np: Phrase; relative: boolean; afterComma?: boolean } | null {
    const { toks, prose } = this;
    let j = i - 1;
    for (let guard = 0; guard < 8 && j >= 0; guard++) {
      const t = toks[j];
      if (SUBJECT_SKIPS.has(t.l) || t.pos === 'AUX' || (t.pos === 'ADV' && t.l !== 'as')) j--;
      else if (this.raisingBefore(j) >= -1) j = this.raisingBefore(j);
      else if (TIME_WORDS.has(t.l) && j >= 1 && (toks[j - 1].pos === 'ADP' || TIME_WORDS.has(toks[j - 1].l))) j -= 2;
      else if (TIME_WORDS.has(t.l) && t.pos !== 'NOUN') j--;
      // "The commissioners all said", "They both said": a quantifier after its plural subject
      else if (FLOATING.has(t.l) && j >= 1 && FLOATING_AFTER.has(toks[j - 1].pos)) j--;
      else break;
    }
    if (j < 0) return null;
    const t = toks[j];
    if (t.l === 'and' || t.l === 'but') {
      const np = this.mainSubject(j);
      return np ? { np, relative: false } : null;
    }
    if ((t.l === 'who' || t.l === 'which' || t.l === 'that') && j >= 1) {
      const k = toks[j - 1].t === ',' ? j - 2 : j - 1;
      const np = phraseEndingAt(toks, k, prose);
      // the relative may hang off an object too: "Critics pointed to a report that showed …"
      const objectOf = (p: number) => toks[p]?.pos === 'ADP' || toks[p]?.pos === 'VERB';
      if (!np || !(opensSubject(toks, np.first) || objectOf(np.first - 1))) return null;
      // "who" and "which" are the clause's subject: the speaker spans them, and is named by what they stand for
      const subject = t.l === 'that' ? np : { ...this.span(np.first, j), head: np.last };
      return { np: subject, relative: true };
    }
    const quantified = this.quantifierEndingAt(j);
    if (quantified) return { np: quantified, relative: false };
    const np = phraseEndingAt(toks, j, prose);
    if (!np) return null;
    // "the wall, which he said the county should pay for": the relative is the object, the speaker its subject
    if (this.objectRelative(np.first - 1, i)) return { np, relative: true, afterComma: toks[np.first - 2].t === ',' };
    // a subject opens a sentence or clause, or follows another cue ("The company said it believed")
    // a personal pronoun right before its verb is its subject, even after a fronted phrase without its comma
    const personal = np.first === np.last && PERSONAL_SUBJECTS.has(toks[np.first].l);
    // (a participle is no such cue: "Residents opposing the plan said" is said by the residents)
    const afterCue = !!cueAt(toks, np.first - 1) && !toks[np.first - 1].l.endsWith('ing');
    if (!(opensSubject(toks, np.first) || afterCue || personal)) {
      const subject = this.afterFrontedPhrase(np);
      return subject ? { np: subject, relative: false } : null;
    }
    return { np, relative: false };
  }

  /**
   * The subject after a prepositional phrase that opens the sentence without its comma: "After the vote the mayor
   * said", "During the hearing Ortiz said" (the phrase grammar reads "the hearing Ortiz" as one). The subject starts
   * after a noun that closes the phrase, or at a name after a common noun; two names side by side cannot be told apart
   * ("In Ohio Trump said"), and nothing is found.
   */
  private afterFrontedPhrase(np: Phrase): Phrase | null {
    const { toks } = this;
    let a = 0;
    while (a < np.first && (toks[a].pos === 'PUNCT' || toks[a].pos === 'CCONJ')) a++;
    if (a >= np.first || toks[a].pos !== 'ADP' || toks[a].l === 'of' || !/^\p{Lu}/u.test(toks[a].t)) return null;
    let start = -1;
    if (np.first - a >= 2 && FRONTED_ENDS.has(toks[np.first - 1].pos)) start = np.first;
    else
      for (let k = np.first + 1; k <= np.last && start < 0; k++)
        if (toks[k].pos === 'PROPN' && toks[k - 1].pos === 'NOUN' && /^\p{Ll}/u.test(toks[k - 1].t)) start = k;
    if (start < 0 || start - a > 10) return null;
    for (let k = a + 1; k < start; k++) if (!FRONTED_WORDS.has(toks[k].pos) && !isPossessiveMark(toks[k])) return null;
    return this.span(start, np.last);
  }

  /** a quantifier standing for a group, alone or with its group: "many", "some of the members", "most in the caucus" */
  private quantifierPhrase(a: number): Phrase | null {
    const { toks, prose } = this;
    if (!QUANTIFIERS.has(toks[a]?.l ?? '')) return null;
    // "another source", "many voters", "all the experts": a determiner of the phrase, which the grammar reads
    if (NOUN_PHRASE_WORDS.has(toks[a + 1]?.pos ?? '')) return null;
    if (!QUANTIFIER_LINKS.has(toks[a + 1]?.l ?? '')) return this.span(a, a);
    // "most of them", "some of us"
    if (GROUP_PRONOUNS.has(toks[a + 2]?.l ?? '')) return this.span(a, a + 2);
    const group = phraseStartingAt(toks, a + 2, prose, 0);
    return group ? this.span(a, group.last) : null;
  }

  /** a quantifier subject ending at toks[j] that opens its clause: "…, many believe", "Most in the caucus say …" */
  private quantifierEndingAt(j: number): Phrase | null {
    for (let q = j; q >= Math.max(0, j - 8); q--) {
      const np = QUANTIFIERS.has(this.toks[q].l) ? this.quantifierPhrase(q) : null;
      if (np) return np.last === j && opensSubject(this.toks, q) ? np : null;
    }
    return null;
  }

  /**
   * toks[r] is a relative pronoun standing for what the cue at toks[i] reports ("which he said", "what she called",
   * "the data that investigators said they found"), and a clause, not "when …" or "because …", follows the cue
   */
  private objectRelative(r: number, i: number): boolean {
    const { toks } = this;
    const t = toks[r];
    // "in which he said …" has a subject of its own, and its clause is what he said
    if (!t || r < 1 || toks[r - 1].pos === 'ADP') return false;
    const relative = OBJECT_RELATIVES.has(t.l) || (t.l === 'that' && toks[r - 1].pos === 'NOUN');
    const next = toks[i + 1];
    return relative && !!next && !CLAUSE_WORDS.has(next.l) && next.pos !== 'SCONJ' && next.pos !== 'ADP';
  }

  /**
   * The words from the clause start to the cue, when they can only be its subject: a long noun phrase that the
   * phrase grammar does not take in one piece ("Some delegates at the convention in Philadelphia said", "People
   * briefed on the talks said", "About 4 in 10 say"). A fronted adverbial ending in a comma is passed over ("Reached
   * by phone on Tuesday, Joyce told …"); without the comma the subject cannot be told from it, and nothing is found.
   */
  private prefixSubject(i: number): { np: Phrase & { head: number }; relative: boolean } | null {
    const { toks } = this;
    let j = i - 1;
    for (;;) {
      if (j >= 0 && (SUBJECT_SKIPS.has(toks[j].l) || toks[j].pos === 'AUX' || toks[j].pos === 'ADV')) j--;
      else if (this.raisingBefore(j) >= -1) j = this.raisingBefore(j);
      else break;
    }
    const a = this.clauseStart(j);
    if (a < 0 || j - a < 1 || j - a > 30) return null;
    const first = toks[a];
    const opensNp =
      ['DET', 'NUM', 'PROPN', 'NOUN', 'ADJ'].includes(first.pos) ||
      POSSESSIVE_PRONOUNS.has(first.l) ||
      this.approximationAt(a);
    if (!opensNp) return null;
    const head = this.subjectHead(a, j);
    if (head < 0) return null;
    let last = j;
    while (last > a && (toks[last].t === ',' || toks[last].t === '—' || toks[last].t === '–')) last--;
    // an aside between dashes is not part of the name: "Joyce — who is listed as an attorney — told"
    if (toks[j].t === '—' || toks[j].t === '–') {
      let open = j - 1;
      while (open > a && toks[open].t !== toks[j].t) open--;
      if (open > a) last = open - 1;
    }
    return { np: { ...this.span(a, last), head }, relative: false };
  }

  /** toks[k] opens an approximate number or share: "nearly 40", "about half", "at least half", "more than a third" */
  private approximationAt(k: number): boolean {
    const { toks } = this;
    const t = toks[k];
    if (!t || !(t.pos === 'ADV' || t.pos === 'ADP' || t.pos === 'ADJ')) return false;
    if (APPROXIMATION_LINKS.has(toks[k + 1]?.l ?? '')) return this.quantityAt(k + 2);
    return t.pos !== 'ADJ' && this.quantityAt(k + 1);
  }

  /** toks[k] opens a number or a share: "10", "half", "a third" */
  private quantityAt(k: number): boolean {
    const { toks } = this;
    const t = toks[k];
    if (!t) return false;
    if (t.pos === 'NUM' || SHARES.has(t.l)) return true;
    return (t.l === 'a' || t.l === 'one') && SHARES.has(toks[k + 1]?.l ?? '');
  }

  /** the first token of the clause whose subject ends at toks[j]: past opening marks, "And", fronted adverbials */
  private clauseStart(j: number): number {
    const { toks } = this;
    let a = 0;
    while (a < j && (toks[a].pos === 'PUNCT' || toks[a].pos === 'CCONJ')) a++;
    for (let hops = 0; hops < 3 && a < j; hops++) {
      const t = toks[a];
      // "Nearly nine out of 10 say", "About half of voters say": the approximation opens the subject
      if (this.approximationAt(a)) return a;
      const adverbial =
        ((t.pos === 'ADP' || t.pos === 'SCONJ') && toks[a + 1]?.pos !== 'NUM') ||
        t.pos === 'ADV' ||
        (TIME_WORDS.has(t.l) && t.pos !== 'NUM') ||
        (t.pos === 'VERB' && /(?:ed|ing|en)$/.test(t.l));
      if (!adverbial) return a;
      let c = a;
      while (c < j && toks[c].t !== ',') c++;
      if (c >= j) return -1;
      a = c + 1;
    }
    return a;
  }

  /**
   * The head noun of a subject spanning toks[a..j], or -1 when the words hold a verb of their own: only participles
   * with their complement ("briefed on the move", "going to the polls"), relative clauses and appositives between
   * commas or dashes may hold one.
   */
  private subjectHead(a: number, j: number): number {
    const { toks } = this;
    let head = -1;
    let aside = 0; // inside ( … ) or — … —
    let relative = false; // inside "who …", "which …" up to the next comma or dash
    let appositive = false; // after a comma: the subject must close it with another comma before the cue
    let commas = 0;
    for (let k = a; k <= j; k++) {
      const t = toks[k];
      if (t.t === '(') aside++;
      else if (t.t === ')') aside = Math.max(0, aside - 1);
      else if (t.t === '—' || t.t === '–') aside = aside > 0 ? aside - 1 : 1;
      if (t.pos === 'PUNCT') {
        if (t.t === ',' && aside === 0) {
          commas++;
          relative = false;
          appositive = true;
        } else if (t.t === '—' || t.t === '–') relative = false;
        continue;
      }
      if (aside > 0 || relative) continue;
      if ((t.l === 'who' || t.l === 'which' || t.l === 'whose') && t.pos === 'PRON') {
        // "Those who spoke said", "Most who testified said": the word before "who" stands for the group
        if (head < 0 && k > a && WHO_HEADS.has(toks[k - 1].pos)) head = k - 1;
        relative = true;
        continue;
      }
      // "Families that lost everything said": "that" after the head noun opens a relative clause
      const afterNoun = toks[k - 1]?.pos === 'NOUN' || toks[k - 1]?.pos === 'PROPN';
      if (t.l === 'that' && t.pos === 'PRON' && head >= 0 && afterNoun && toks[k + 1]?.pos === 'VERB') {
        relative = true;
        continue;
      }
      if (isPossessiveMark(t) && k === j) return -1; // "Ortiz's claim that …": an owner, not a subject
      if (appositive || isPossessiveMark(t)) continue; // "The deputy head of China's delegation said"
      // "Democrats trying to regain control of the Senate say": a participle's infinitive
      if (this.participleInfinitive(k)) continue;
      if (t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'PART' || t.pos === 'PRON') {
        if (t.pos === 'PRON' && (POSSESSIVE_PRONOUNS.has(t.l) || k > a)) continue;
        return -1;
      }
      if (t.pos === 'VERB' && !this.participleInSubject(k) && !this.polledGroup(k, j)) return -1;
      if ((t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') && head < 0) head = k;
      // "A 2014 study": the noun after a number heads the phrase
      else if (t.pos === 'NOUN' && head === k - 1 && toks[head].pos === 'NUM') head = k;
      // "those surveyed", "most of those questioned": the demonstrative is the head
      if (head < 0 && DEMONSTRATIVE_HEADS.has(t.l) && this.polledGroup(k + 1, j)) head = k;
    }
    // an appositive must be closed before the cue: "Jane Doe, the union's lawyer, said"
    if (commas % 2 === 1 && toks[j].t !== ',') return -1;
    return head;
  }

  /**
   * toks[k] is a passive participle closing the subject that ends at toks[j], after the people it describes: "those
   * surveyed", "voters polled", "Cuban-Americans questioned" (said …)
   */
  private polledGroup(k: number, j: number): boolean {
    const { toks } = this;
    const prev = toks[k - 1];
    return (
      k === j &&
      toks[k]?.pos === 'VERB' &&
      /(?:ed|en)$/.test(toks[k].l) &&
      !!prev &&
      (prev.pos === 'NOUN' || prev.pos === 'PROPN' || DEMONSTRATIVE_HEADS.has(prev.l)) &&
      !!cueAt(toks, k + 1)
    );
  }

  /** toks[k] is the "to" or the verb of an infinitive after a participle in a subject: "Democrats trying to regain" */
  private participleInfinitive(k: number): boolean {
    const { toks } = this;
    const to = toks[k].l === 'to' ? k : toks[k - 1]?.l === 'to' && toks[k].pos === 'VERB' ? k - 1 : -1;
    const participle = toks[to - 1];
    return to > 0 && participle.pos === 'VERB' && participle.l.endsWith('ing') && this.participleInSubject(to - 1);
  }

  /** a verb inside a subject: a participle with its complement, or a noun the tagger misread after a determiner */
  private participleInSubject(k: number): boolean {
    const { toks } = this;
    const prev = toks[k - 1];
    const next = toks[k + 1];
    if (prev && (prev.pos === 'DET' || prev.pos === 'ADJ')) return true;
    if (prev?.pos === 'ADV' && toks[k - 2]?.pos === 'DET') return true; // "An earlier report in …
    // "52 percent of registered voters": a participle before its noun after a preposition
    if (prev?.pos === 'ADP' && /(?:ed|ing)$/.test(toks[k].l) && (next?.pos === 'NOUN' || next?.pos === 'ADJ'))
      return true;
    const participle = /(?:ed|ing|en|wn)$/.test(toks[k].l);
    return (
      participle &&
      !!prev &&
      (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
      !!next &&
      // "A union representing flight attendants": a present participle with its object
      ((toks[k].l.endsWith('ing') && ['NOUN', 'DET', 'ADJ', 'PROPN'].includes(next.pos)) ||
        // "briefed on the move", "published last year", "released Thursday"
        next.pos === 'ADP' ||
        next.pos === 'ADV' ||
        next.l === 'to' ||
        TIME_WORDS.has(next.l))
    );
  }

  /** the sentence's main subject, before toks[before]: its first noun phrase followed by a verb */
  private mainSubject(before: number): Phrase | null {
    const { toks, prose } = this;
    const starts = [0];
    for (let k = 1; k < before; k++) if (toks[k - 1].t === ',') starts.push(k);
    for (const k of starts.slice(0, 3)) {
      let i = k;
      while (i < before && (toks[i].pos === 'CCONJ' || toks[i].pos === 'ADV')) i++;
      const np = phraseStartingAt(toks, i, prose, 1);
      if (!np) continue;
      if (this.verbAfter(np.last + 1, before)) return np;
      // "The Times and the Gannett chain filed a motion, arguing …": two subjects joined by "and"
      const other = toks[np.last + 1]?.l === 'and' ? phraseStartingAt(toks, np.last + 2, prose, 1) : null;
      if (other && this.verbAfter(other.last + 1, before)) return this.span(np.first, other.last);
      // "the U.S. Court of Appeals for the 6th Circuit overruled and said …": a second prepositional tail
      const longer = phraseStartingAt(toks, i, prose, 2);
      if (longer && longer.last > np.last && this.verbAfter(longer.last + 1, before)) return longer;
      // "Meridian's chief executive, Karin Søgard, apologised …": the name in the appositive is the subject
      const named = toks[np.last + 1]?.t === ',' ? phraseStartingAt(toks, np.last + 2, prose, 1) : null;
      if (named && toks[named.last + 1]?.t === ',' && this.verbAfter(named.last + 2, before))
        return toks[named.last].pos === 'PROPN' ? named : np;
      // "Republicans, who hold a majority in the Senate, have blocked …": past asides between commas
      const past = this.pastAsides(np.last + 1, before);
      if (past > np.last + 1 && this.verbAfter(past, before)) return np;
    }
    return null;
  }

  /**
   * Past the asides after a subject, each between commas, from toks[k]: a relative clause ("…, who faces a tough race,")
   * or a short label ("…, R-Ill.,", "…, 54,"). Returns the index after the last closing comma, or k.
   */
  private pastAsides(k: number, before: number): number {
    const { toks } = this;
    let at = k; // a comma opening an aside
    for (let asides = 0; asides < 3 && toks[at]?.t === ','; asides++) {
      let e = at + 1;
      while (e < before && toks[e].t !== ',') e++;
      if (e >= before) break;
      const relative = RELATIVE_WHO.has(toks[at + 1].l) || toks[at + 1].l === 'which';
      if (!relative && e - at > 4) break;
      at = e;
    }
    return at > k ? at + 1 : k;
  }

  /** toks[v] opens a verb group (past adverbs, auxiliaries and particles) before `before` */
  private verbAfter(v: number, before: number): boolean {
    const { toks } = this;
    while (v < before && (toks[v].pos === 'ADV' || toks[v].pos === 'AUX' || toks[v].pos === 'PART')) v++;
    return !!toks[v] && (toks[v].pos === 'VERB' || toks[v - 1]?.pos === 'AUX');
  }

  /** "was criticized by engineers" → engineers; "It was reported that …" is vague and not a claim here */
  private passive(c: Cue): ReportedClaim | null {
    const { toks, prose } = this;
    // "was reported earlier by", "was criticized on Monday by": where or when between the cue and its agent
    let by = c.last + 1;
    const when = (k: number) =>
      toks[k].pos === 'ADV' ||
      TIME_WORDS.has(toks[k].l) ||
      ((toks[k].l === 'on' || toks[k].l === 'in') && TIME_WORDS.has(toks[k + 1]?.l ?? ''));
    while (by - c.last <= 3 && toks[by] && when(by)) by++;
    if (toks[by]?.l !== 'by') return null;
    const agent = phraseStartingAt(toks, by + 1, prose, 1);
    if (!agent) return null;
    let b = c.first - 1;
    while (b > 0 && (BE.has(toks[b].l) || toks[b].pos === 'ADV' || toks[b].pos === 'AUX')) b--;
    // what was criticized: the clause's subject, from the sentence start ("The plan to close the bridge")
    if (b < 0 || !['NOUN', 'PROPN', 'PRON'].includes(toks[b].pos) || b > 20) return null;
    // "It was first declared by President Nixon": a lone pronoun says nothing of what was declared
    if (b === 0 && toks[0].pos === 'PRON') return null;
    const r = this.claim(agent, c, 0, b);
    if (r) r.resume = agent.last + 1;
    return r;
  }

  /** where the reported words start after a cue: past the addressee, "in a statement", "on Monday", a colon */
  private contentStart(c: Cue): number {
    const { toks, prose } = this;
    let k = c.last + 1;
    // "…, Mr. Manafort said, adding that …": what follows the comma is the next claim, not this cue's words
    if (toks[k]?.t === ',' && toks[k + 1]?.pos === 'VERB' && toks[k + 1].l.endsWith('ing')) return -1;
    if (ADDRESSEE_CUES.has(c.lemma)) {
      const obj = phraseStartingAt(toks, k, prose, 0);
      if (obj && toks[obj.first].l !== 'that') k = obj.last + 1;
      // "told the audience at his fundraiser for veterans that …": the addressee runs on to "that"
      const that = this.thatAfterAddressee(k);
      if (that > 0) return that;
    }
    for (let guard = 0; guard < 6 && k < toks.length; guard++) {
      const t = toks[k];
      if (
        (TAIL_WORDS.has(t.l) && !CLAUSE_WORDS.has(t.l)) ||
        (TIME_WORDS.has(t.l) && t.pos === 'NOUN' && k > c.last + 1 && TIME_WORDS.has(toks[k - 1].l))
      ) {
        k++;
        continue;
      }
      if (TAIL_PREPS.has(t.l) && t.l !== 'to') {
        let e = k + 1;
        while (e < toks.length && e - k <= 4 && !TAIL_NOUNS.has(toks[e].l) && /^\p{L}/u.test(toks[e].t)) e++;
        if (TAIL_NOUNS.has(toks[e]?.l ?? '')) {
          k = e + 1;
          continue;
        }
      }
      if (t.l === 'to' && (toks[k + 1]?.l === 'reporters' || toks[k + 1]?.l === 'journalists')) {
        k += 2;
        continue;
      }
      break;
    }
    // "says at a campaign stop in Toledo, Ohio, that …": a longer setting before "that"
    if (toks[k]?.pos === 'ADP' && toks[k].l !== 'that') {
      for (let e = k + 1; e < Math.min(toks.length, k + 12); e++) {
        if (toks[e].pos === 'AUX') break;
        // "says in Ohio that …", "said at a rally in Toledo, Ohio, that …"
        const place = toks[e - 1].pos === 'PROPN' && e - k <= 6;
        // "concluded in that case that …", "disclosed for the first time that …": a "that" the tagger reads as the
        // opener of a clause, after words that only say where or when
        const opener = toks[e].pos === 'SCONJ' && e > k + 1 && this.settingOnly(k + 1, e - 1);
        if (toks[e].l === 'that' && (toks[e - 1].t === ',' || TIME_WORDS.has(toks[e - 1].l) || place || opener)) {
          k = e;
          break;
        }
      }
    }
    while (k < toks.length && (toks[k].t === ',' || toks[k].t === ':')) k++;
    return k < toks.length ? k : -1;
  }

  /**
   * toks[a..b] are the words of a setting before a "that" at b + 1: a noun phrase and its prepositions ("that case",
   * "the first time"), not one with "to" ("responded to that tweet by …"), nor a noun with a clause of its own
   * ("accusations that …"), and what follows "that" opens a clause, not the rest of a noun phrase ("that tweet")
   */
  private settingOnly(a: number, b: number): boolean {
    const { toks } = this;
    for (let k = a; k <= b; k++) if (!SETTING_WORDS.has(toks[k].pos) || toks[k].l === 'to') return false;
    const next = toks[b + 2];
    if (!next || next.pos === 'NOUN' || next.pos === 'ADJ') return false;
    return !CLAUSE_NOUNS.has(toks[b].l) && !OWNED_NOUNS.has(toks[b].l);
  }

  /** the "that" opening the reported words within a few words after an addressee with no verb between, or -1 */
  private thatAfterAddressee(k: number): number {
    const { toks } = this;
    for (let e = k; e < Math.min(toks.length, k + 12); e++) {
      const t = toks[e];
      if (t.l === 'that') return e > k && toks[e - 1].t !== ',' ? e : -1;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return -1;
    }
    return -1;
  }

  /** the reported words are a clause, "that …", an infinitive for intentions, or an object for cues that take one */
  private validContent(c: Cue, from: number, to: number): boolean {
    const { toks } = this;
    // "endorsed Clinton", "supported Sanders": a name alone is what an object cue reports
    if (to === from) return OBJECT_CUES.has(c.lemma) && (toks[from].pos === 'PROPN' || toks[from].pos === 'NOUN');
    if (to - from < 1) return false;
    const first = toks[from];
    if (first.l === 'to')
      return (
        (INFINITIVE_CUES.has(c.lemma) || ATTITUDE_INFINITIVES.has(c.lemma) || OWNED_NOUNS.has(c.lemma)) &&
        to - from >= 1
      );
    if (CLAUSE_WORDS.has(first.l) || /^["“‘]/.test(first.t)) return true;
    if (first.l === 'for' && this.forToClause(from, to)) return true;
    // "said about half of the adjustment reflected …": an approximation opens the clause's subject
    const approximates = first.pos === 'ADP' && this.approximationAt(from);
    if ((first.pos === 'ADP' && !approximates) || first.pos === 'PUNCT' || first.pos === 'CCONJ') return false;
    // "Most who testified [said the dam leaked]": words opening with a finite cue are the main clause, not a report
    if (first.pos === 'VERB' && CUES.has(first.l) && !first.l.endsWith('ing') && /^\p{Ll}/u.test(first.t)) return false;
    const hasVerb = toks.slice(from, to + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    if (hasVerb && to - from >= 2) return true;
    return OBJECT_CUES.has(c.lemma) && to - from >= 1;
  }

  /** "for the party's nominee to win, …": "for", a noun phrase and an infinitive open a clause */
  private forToClause(from: number, to: number): boolean {
    const { toks } = this;
    for (let k = from + 2; k < Math.min(to, from + 8); k++) {
      if (toks[k].l === 'to') return toks[k + 1]?.pos === 'VERB' || toks[k + 1]?.pos === 'AUX';
      if (!NOUN_PHRASE_WORDS.has(toks[k].pos) && !isPossessiveMark(toks[k])) return false;
    }
    return false;
  }

  /**
   * A relative clause's reported words end before the main clause's verb: "Residents who say [the bridge is unsafe]
   * have sued"; one set off by commas ends at the comma before it: "The ministry, which denied [any role], said …"
   */
  private relativeEnd(from: number, betweenCommas: boolean): number {
    const { toks } = this;
    if (betweenCommas) {
      const comma = this.clauseEnd(from, ',') + 1;
      let v = comma + 1;
      while (toks[v]?.pos === 'ADV') v++;
      if (toks[comma]?.t === ',' && (toks[v]?.pos === 'VERB' || toks[v]?.pos === 'AUX')) return comma - 1;
    }
    let verbs = 0;
    for (let k = from; k <= this.lastWord(); k++) {
      const t = toks[k];
      if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
      const prev = toks[k - 1];
      // "should also pay": an adverb inside the verb group does not end it
      const inGroup = prev?.pos === 'ADV' && toks[k - 2]?.pos === 'AUX';
      if (
        verbs > 0 &&
        prev &&
        !['CCONJ', 'PART', 'SCONJ', 'AUX', 'PRON', 'PUNCT'].includes(prev.pos) &&
        prev.l !== 'to' &&
        !inGroup
      )
        return k - 1;
      verbs++;
    }
    return this.lastWord();
  }

  /** the last token before the first `mark` after from (for "While X warns that …, the council …") */
  private clauseEnd(from: number, mark: string): number {
    for (let k = Math.max(from, 0) + 1; k <= this.lastWord(); k++) if (this.toks[k].t === mark) return k - 1;
    return this.lastWord();
  }

  /** content stops before a trailing ", the source added" */
  private beforeTrailingAttribution(from: number, to: number): number {
    const { toks } = this;
    for (let m = from + 1; m < to; m++)
      if (
        toks[m].t === ',' &&
        ((toks[m + 1].l === 'according' && toks[m + 2]?.l === 'to') || this.attributionAt(m + 1))
      )
        return m - 1;
    return to;
  }

  /** index of the last word token (the sentence's final punctuation and closing marks are not content) */
  private lastWord(): number {
    let k = this.toks.length - 1;
    while (k > 0 && this.toks[k].pos === 'PUNCT' && !/^[”"’)]/.test(this.toks[k].t)) k--;
    return k;
  }

  /**
   * An inverted attribution's speaker keeps the appositive that closes the sentence, as news annotation does
   * ("said Douglas Holtz-Eakin, an economist at the American Action Forum."); the name inside is still the speaker's name.
   */
  private withAppositive(np: Phrase): Phrase {
    const { toks } = this;
    if (toks[np.last + 1]?.t !== ',') return np;
    const end = this.lastWord();
    // an aside closes the source: "said O'Neill, on his first full day …", "said Rep. Cummings, …, in a statement",
    // "said Ed Rendell, a former governor, referring to …"; so do a quote and a cue of its own ("…, and she argued
    // that …"), but not a cue inside the appositive's own relative clause ("…, a committeewoman who supports Trump")
    let last = np.last;
    for (let k = np.last + 1; k <= end && toks[k].t === ',';) {
      let e = k + 1;
      while (e <= end && toks[e].t !== ',') e++;
      if (segmentKind(toks, k + 1, e - 1) === 'aside' || !this.plainAppositive(k + 1, e - 1)) break;
      last = e - 1;
      k = e;
    }
    return last > np.last && last - np.last <= 40 ? this.span(np.first, last) : np;
  }

  /**
   * toks[a..b] has no quote mark and no cue outside the relative clause of a noun in it ("a committeewoman who supports
   * Trump"); a relative clause of the name's own with a cue ends the source ("said Denise Hollis, who has known him …")
   */
  private plainAppositive(a: number, b: number): boolean {
    const { toks } = this;
    let relative = false;
    for (let k = a; k <= b; k++) {
      if (/^["“”‘’']/.test(toks[k].t) && !isPossessiveMark(toks[k])) return false;
      if (k > a && RELATIVE_OPENERS.has(toks[k].l)) relative = true;
      else if (!relative && cueAt(toks, k)) return false;
    }
    return true;
  }

  private span(first: number, last: number): Phrase {
    const { toks, prose } = this;
    return {
      start: toks[first].start,
      end: toks[last].end,
      text: prose.slice(toks[first].start, toks[last].end),
      first,
      last,
    };
  }

  private claim(np: Phrase, c: Cue, from: number, to: number, common?: boolean): ReportedClaim | null {
    const { toks, s } = this;
    if (from < 0 || to < from || !toks[from] || !toks[to]) return null;
    return {
      resume: to + 1,
      start: s.start,
      end: s.end,
      content: { start: toks[from].start, end: toks[to].end },
      cue: this.prose.slice(toks[c.first].start, toks[c.last].end),
      cueSpan: { start: toks[c.first].start, end: toks[c.last].end },
      np: {
        start: np.start,
        end: np.end,
        text: np.text,
        common: np.first < 0 ? common : isCommon(toks, np, this.sentenceStart),
      },
    };
  }
}
