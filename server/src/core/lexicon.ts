/**
 * Word lists, read from data/lexicon.json, and the patterns for vague sources and hedges. Hand-written, from style
 * guides and general knowledge of news English.
 */

import LEXICON from './data/lexicon.json';

type PronounKind = 'person-m' | 'person-f' | 'person' | 'thing' | 'plural';

const CUE_LEMMAS: [string, string[]][] = Object.entries(LEXICON.cueVerbs);

export const CUE_FORMS = new Map<string, string>();
for (const [lemma, forms] of CUE_LEMMAS) for (const f of forms) CUE_FORMS.set(f, lemma);

/** cue verbs that, followed by a clause, report speech (not "called the plan X" etc.) */
export const SPEECH_LEMMAS = new Set(CUE_LEMMAS.map(([l]) => l).filter((l) => !LEXICON.notSpeechCues.includes(l)));

/** cue words that can introduce a direct quote in "X said:" or close it */
export const QUOTE_CUE_LEMMAS = new Set(CUE_LEMMAS.map(([l]) => l));

export const PRONOUNS = LEXICON.pronouns as Record<string, PronounKind>;

/** words before a name that are not part of it ("Mayor", "Dr", "Trustee") */
export const TITLES = new Set(LEXICON.titles);

/** descriptor heads that refer back to a person ("the spokeswoman", "the Ukrainian leader") */
export const PERSON_ROLES = new Set(LEXICON.personRoles);

/** descriptor heads that refer back to an organisation ("the agency", "the ministry") */
export const ORG_ROLES = new Set(LEXICON.orgRoles);

/** vague attributions */
export const VAGUE_SOURCES =
  /^(?:(?:some|many|several|unnamed|anonymous|informed|senior|top|government|administration|military|intelligence|western|u\.s\.|diplomatic|knowledgeable|two|three|four|multiple|other)\s+)*(?:sources?|insiders?|people familiar with(?: the matter| the situation| the plans| the talks)?|people close to [\w\s]+|observers|critics|experts|analysts|officials|some|many|others|people|many people|some people|reports|rumou?rs|those familiar with[\w\s]*|a source|one source|a person familiar with[\w\s]*|someone)$/i;

export const HEDGES: [RegExp, string][] = [
  [/^(?:nearly|almost)$/i, 'nearly'],
  [/^(?:about|around|roughly|approximately|some|circa|approx\.?)$/i, 'about'],
  [/^at least$/i, 'at least'],
  [/^at most$/i, 'at most'],
  [/^(?:more than|over|upwards of|in excess of|above)$/i, 'more than'],
  [/^(?:fewer than|less than|under|below)$/i, 'less than'],
  [/^(?:up to|as many as|as much as)$/i, 'up to'],
  [/^(?:close to)$/i, 'nearly'],
  [/^(?:an estimated|estimated)$/i, 'estimated'],
];

export const SCALES: Record<string, number> = LEXICON.scales;

export const MONTHS: string[] = LEXICON.months;
