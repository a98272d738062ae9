/** The word lists the clause rules read (from core/data), and the small closed sets of words and tags they share. */
import { CUE_FORMS } from '../lexicon';
import { REGARD_AS } from '../regard-as';
import cueVerbs from '../data/cue-verbs.json';
import words from '../data/attribution-words.json';

/** word form → cue lemma: the WordNet-derived lexicon, then the hand-written one */
export const CUES = new Map<string, string>();
for (const [lemma, v] of Object.entries(cueVerbs.verbs as Record<string, { forms: string[] }>))
  for (const f of v.forms) CUES.set(f, lemma);
for (const [form, lemma] of CUE_FORMS) if (!CUES.has(form)) CUES.set(form, lemma);

export const OBJECT_CUES = new Set(words.objectCues.words);
/** cues whose clause may lose its subject to a relative before it: "a move that the kingdom hopes will …" */
export const BRIDGE_CUES = new Set(words.bridgeCues.words);
// "sees golf courses as wasted space": what is reported is the object and what it is taken for
for (const lemma of REGARD_AS.values()) OBJECT_CUES.add(lemma);
// "offered no proof that …", "unveiled a proposal for …": the object is what is reported
for (const lemma of Object.keys(words.messageObjectCues.verbs)) OBJECT_CUES.add(lemma);
for (const lemma of Object.keys(words.messageObjectCues.ownForms)) OBJECT_CUES.add(lemma);

/** word form → its lemma and the particles that make it a cue with its object: "pointed to", "weighed in on" */
export const PHRASAL = new Map<string, { lemma: string; particles: string[][] }>();
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
export const ATTITUDES = new Set(words.attitudeAdjectives.words);
export const ATTITUDE_INFINITIVES = new Set(words.attitudeAdjectives.infinitive);
export const ATTITUDE_PREPS = new Set(words.attitudeAdjectives.prepositions);
for (const a of ATTITUDES) for (const p of ATTITUDE_PREPS) OBJECT_CUES.add(`${a} ${p}`);
export const BE_BEFORE =
  /(?:^|\s)(?:is|are|was|were|be|been|being|am|isn’t|aren’t|wasn’t|weren’t|isn't|aren't|wasn't|weren't|’s|'s|’re|'re|’m|'m)\s+(?:[a-z]+\s+){0,2}$/;
export const OWNED_NOUNS = new Set(words.ownedCueNouns.words);
export const CLAUSE_NOUNS = new Set(words.clauseNouns.words);
export const NOUN_LIKE = new Set(words.nounLikeCueForms.words);
/** "must find $2 million": cues that mean getting, not reporting, after the words listed with them */
export const OBTAINING_CUES = new Set(words.obtainingCues.words);
export const OBTAINING_BEFORE = new Set(words.obtainingCues.before);
export const ADDRESSEE_CUES = new Set(words.indirectObjectCues.words);
/** addressee cues whose object may be what is asked for: "urges retaliation on Russia" */
export const THING_ASKED = new Set(words.indirectObjectCues.thingAsked);
/** addressee cues whose topic may follow the addressee after "about": "asked Clinton about her email scandal" */
export const TOPIC_AFTER_ADDRESSEE = new Set(words.indirectObjectCues.topicAfterAddressee);
export const PARTICIPLES = new Set(words.participleCues.words);
export const STANCE_PARTICIPLES = new Set(words.stanceParticiples.words);
/** participles that report a plain noun phrase after an attribution of speech: "…, she said, recalling a visit" */
export const SPEECH_OBJECT_PARTICIPLES = new Set(words.speechObjectParticiples.words);
export const TAIL_WORDS = new Set(words.tailWords.words);
export const PARTICIPLE_PREPS = new Set(words.participlePrepositions.words);
export const TAIL_NOUNS = new Set(words.tailNouns.words);
export const TIME_WORDS = new Set(words.timeWords.words);
/** what opens where or when an attribution between commas was made, not more of what it reports */
export const SETTING_OPENERS = new Set(words.asideSettingOpeners.words);
export const SUBJECT_SKIPS = new Set(words.subjectSkips.words);
export const QUANTIFIERS = new Set(words.quantifierSubjects.words);
export const DOCUMENT_SUBJECTS = new Set(words.documentSubjects.words);
export const FINDING_SOURCES = new Set(words.findingSources.words);
export const SHARE_NOUNS = new Set(words.shareNouns.words);
/** pronouns for the group after a quantifier and "of": "most of them said", "many of us believe", "…, many of whom say" */
export const GROUP_PRONOUNS = new Set(['them', 'us', 'you', 'those', 'whom']);
export const PERSONAL_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
export const SHARES = new Set(words.shares.words);
/** "at least half", "more than a third", "fewer than 10" */
export const APPROXIMATION_LINKS = new Set(['least', 'than', 'most']);
/** quantifiers that float after the subject they count: "The commissioners all said", "They both said" */
export const FLOATING = new Set(['all', 'both', 'each']);
export const FLOATING_AFTER = new Set(['NOUN', 'PROPN', 'PRON']);
export const QUANTIFIER_LINKS = new Set(words.quantifierSubjects.links);
export const NOUN_PHRASE_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
/** "seemed", "went on": their words backwards, as read back from the "to" before a cue */
export const RAISING = words.raisingVerbs.words.map((w) => w.split(' ').reverse());
/** words joining a second claim to the first: "…, and urged that …", "…, while nine in 10 said …" */
export const CONNECTORS = new Set(['and', 'but', 'while', 'whereas', 'yet', 'although', 'though']);
/** after "and" without a comma, a second cue of the same speaker when its words are marked or its form is finite */
export const SECOND_CUE_OPENERS = new Set(['that', 'to']);
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
export const SUBJECT_PRONOUN_FORMS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);
/** the addressee of a trailing "told": "…, the president told her." */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
export const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);
export const TAIL_PREPS = new Set(words.tailPrepositions.words);
export const SETTING_PREPS = new Set(words.settingPrepositions.words);
export const TAIL_CLAUSE_OPENERS = new Set(words.tailClauseOpeners.words);
export const NOT_LABELS = new Set(words.notLabels.words);
/** parts of speech before a word that make it a noun: "a report", "the new survey" (not a number: "Six in 10 say") */
export const NOUN_OPENERS = new Set(['DET', 'ADJ']);
/** relative pronouns that describe a person just named */
export const RELATIVE_WHO = new Set(['who', 'whose']);
/** words that open a relative clause inside an appositive: "a committeewoman who supports Trump" */
export const RELATIVE_OPENERS = new Set(['who', 'whose', 'which', 'that', 'whom']);
/** relative pronouns that stand for what a cue in their clause reports: "which he said", "what critics call" */
export const OBJECT_RELATIVES = new Set(['which', 'what', 'whom']);
export const CLAUSE_WORDS = new Set(['that', 'if', 'whether', 'how', 'what', 'why', 'when', 'where', 'who']);
export const INFINITIVE_CUES = new Set([
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
  'implore',
  // "offered to cover the cost"
  ...words.messageObjectCues.infinitive,
]);

/** what opens a verb's object, and so marks the word before it a verb: "paid 8.9 percent", "paid the fine" */
export const OBJECT_STARTS = new Set(['NUM', 'DET']);

export const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NUM']);

export const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
