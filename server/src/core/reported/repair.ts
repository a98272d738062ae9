/** The tagger's misreadings that hide a speaker or a clause, mended before the clause rules read the words. */
import LISTS from '../data/tag-corrections.json';
import { givenNameSet } from '../gazetteer';
import type { TaggedTok } from '../tagger';
import { repairAdjectiveHeads } from './adjective-head';
import { mendCueNeighbours } from './cue-neighbours';
import { CLAUSE_OPENERS, CUES, OBJECT_STARTS, PERSONAL_SUBJECTS, SUBJECT_WORDS } from './words';

/** the tagger's misreadings that hide a speaker or a clause, mended before the grammar reads the words */
export function repairTags(toks: TaggedTok[]): TaggedTok[] {
  return repairCueBeforeThat(
    repairCueBeforeColon(
      repairGerunds(
        repairDocumentVerbs(
          repairModalBack(
            repairObjectVerbs(
              repairNumberVerbs(
                repairAdjectiveHeads(repairModifiers(repairNames(mendCueNeighbours(repairIndefinites(toks))))),
              ),
            ),
          ),
        ),
      ),
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

/** plural nouns that name a document with the noun after them: "the jobs report", "the earnings report" */
const PLURAL_MODIFIERS = new Set(LISTS.pluralModifiers.words);

/**
 * "Road repairs cost the county $4 million": a bare form the tagger read as a noun right after a plural subject that
 * opens the sentence, and before an object, is the clause's verb when no other verb comes before the comma. After a
 * plural that modifies it, it stays a noun: "The jobs report the Labor Department released Friday showed …"
 */
function repairObjectVerbs(toks: TaggedTok[]): TaggedTok[] {
  let k = 0;
  while (k < toks.length && (toks[k].pos === 'PUNCT' || toks[k].pos === 'CCONJ')) k++;
  for (let i = k + 1; i < toks.length - 1; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.t === ',') return toks;
    if (t.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(t.t) || /s$/.test(t.l)) continue;
    const plural =
      (prev.pos === 'NOUN' || prev.pos === 'PROPN') && /\p{Ll}[^s'’]s$/u.test(prev.t) && !PLURAL_MODIFIERS.has(prev.l);
    const object = OBJECT_STARTS.has(toks[i + 1].pos) || toks[i + 1].pos === 'SYM' || adverbThenPlace(toks, i + 1);
    if (plural && object && SUBJECT_WORDS.has(toks[k].pos)) {
      t.pos = 'VERB';
      return toks;
    }
  }
  return toks;
}

/**
 * "The cuts fall mostly on the research staff": an adverb in "-ly" then a preposition after the bare form, as a verb
 * has them; "The workers union strongly opposed …" has a verb after its adverb, so "union" stays the noun
 */
function adverbThenPlace(toks: TaggedTok[], i: number): boolean {
  return toks[i].pos === 'ADV' && /\p{Ll}ly$/u.test(toks[i].t) && toks[i + 1]?.pos === 'ADP';
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

const DOCUMENT_VERBS = new Set(LISTS.documentVerbs.verbs);
const DOCUMENT_SUBJECTS = new Set(LISTS.documentVerbs.subjects);
/** words that may stand between a document subject and its verb: "Polls there show …" */
const PLACE_ADVERBS = new Set(['there', 'here']);

/**
 * "F.A.A. records show, the Cessna has flown …", "…, campaign and corporate records show.", "Polls there show …":
 * what records and polls do, read as a noun right after a plural document noun, is the verb
 */
function repairDocumentVerbs(toks: TaggedTok[]): TaggedTok[] {
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.pos !== 'NOUN' || !DOCUMENT_VERBS.has(t.l)) continue;
    const k = PLACE_ADVERBS.has(toks[i - 1].l) && i > 1 ? i - 2 : i - 1;
    if (DOCUMENT_SUBJECTS.has(toks[k].l) && (toks[k].pos === 'NOUN' || toks[k].pos === 'PROPN')) t.pos = 'VERB';
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

/**
 * "Mr. Trump alleged that …", "The union alleged that …": a past tense of a cue read as an adjective between its
 * subject (a name, a noun or a pronoun) and "that" is the clause's verb; a determiner before it keeps it a modifier
 * ("the alleged bribery charges that …")
 */
function repairCueBeforeThat(toks: TaggedTok[]): TaggedTok[] {
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i];
    if (t.pos !== 'ADJ' || !t.l.endsWith('ed') || toks[i + 1].l !== 'that' || !CUES.has(t.l)) continue;
    const prev = toks[i - 1];
    if (prev.pos === 'PROPN' || prev.pos === 'NOUN' || (prev.pos === 'PRON' && PERSONAL_SUBJECTS.has(prev.l)))
      t.pos = 'VERB';
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
