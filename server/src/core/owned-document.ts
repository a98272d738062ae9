/**
 * A document that its owner's possessive opens: "The company's filing with the SEC said …", "Meridian's annual report
 * shows …", "her letter to the board said …". The document speaks for its owner, so the owner names the speaker (the
 * company, not the SEC the filing went to); the speaker stays a document.
 */
import words from './data/attribution-words.json';
import { ORG_ROLES, PERSON_ROLES } from './lexicon';
import { detach } from './text';

/** a phrase and where it stands, as speaker.ts reads it */
interface Phrase {
  start: number;
  end: number;
  text: string;
  common?: boolean;
}

const DOCUMENT_NOUNS = new Set(words.documentNouns.words);
const TIME_WORDS = new Set(words.timeWords.words);
const GROUP_NOUNS = new Set(words.groupNouns.words);
/** where the head's tail starts: "filing with the SEC", "report by the panel", "letter to the board" */
const TAIL_WORDS = new Set([...words.npInnerPrepositions.words, 'by', 'to', 'that', 'which', 'released', 'published']);
/**
 * a possessive pronoun owner stands for the pronoun a speaker would be; only a person's, whose gender narrows it down
 * ("its website" and "their analysis" are left to the document)
 */
const OWNER_PRONOUNS = new Map([
  ['his', 'he'],
  ['her', 'she'],
]);
/** at most this many modifiers between the owner and the document's noun: "the company's latest quarterly filing" */
const MAX_MODIFIERS = 3;
/** at most this many words before the owner's last: "the Riverside Nurses Association's" */
const MAX_OWNER_WORDS = 5;

/**
 * The owner of the document a speaker phrase names, as a phrase of its own ("The company", "Meridian Health", "she"),
 * or null: the phrase is no document, or what owns it is a time ("last year's report", "Tuesday's filing") or not a
 * name, a pronoun or a role word that could speak ("the bill's text").
 */
export function documentOwner(np: Phrase): Phrase | null {
  let rel = OWNERS.get(np.text);
  if (rel === undefined) {
    rel = ownerIn(np.text);
    if (OWNERS.size >= OWNERS_LIMIT) OWNERS.clear();
    OWNERS.set(detach(np.text), rel);
  }
  return rel && { ...rel, start: np.start + rel.start, end: np.start + rel.end };
}

/**
 * the owner by the phrase's words alone, with offsets relative to it, kept across analyses: every claim's speaker is
 * read again on every keystroke, and most are phrases of a few words that recur
 */
const OWNERS = new Map<string, Phrase | null>();
const OWNERS_LIMIT = 20000;

function ownerIn(phrase: string): Phrase | null {
  const ws = phrase.trim().split(/\s+/);
  const lower = ws.map((w) => w.toLowerCase());
  const pronoun = OWNER_PRONOUNS.get(lower[0]);
  const owned = pronoun ? 0 : possessiveAt(lower);
  if (owned < 0) return null;
  const tail = lower.findIndex((w, i) => i > owned && TAIL_WORDS.has(w));
  const head = (tail > 0 ? tail : lower.length) - 1;
  if (head <= owned || head - owned - 1 > MAX_MODIFIERS || !DOCUMENT_NOUNS.has(lower[head])) return null;
  // nothing between the owner and the noun owns anything: "the company's lawyer's letter" is the lawyer's; and a
  // capitalised word after a name's possessive goes on with the name ("the People's Daily newspaper")
  if (lower.slice(owned + 1, head).some((w) => /[’']s?$/.test(w))) return null;
  if (!pronoun && /^\p{Lu}/u.test(ws[owned]) && /^\p{Lu}/u.test(ws[owned + 1])) return null;
  const lead = phrase.length - phrase.trimStart().length;
  if (pronoun) return { start: lead, end: lead + ws[0].length, text: pronoun, common: true };
  const last = ws[owned].replace(/[’']s?$/, '');
  // the owner opens the phrase: "A document on the Trump campaign's website" is the document's, not the campaign's
  if (owned > MAX_OWNER_WORDS || lower.slice(0, owned).some((w) => TAIL_WORDS.has(w) || DOCUMENT_NOUNS.has(w)))
    return null;
  if (!canSpeak(last)) return null;
  const text = detach([...ws.slice(0, owned), last].join(' '));
  return { start: lead, end: lead + text.length, text, common: !/^\p{Lu}/u.test(last) };
}

/** the first word that ends in a possessive ("company's", "nurses’"), or -1 */
function possessiveAt(lower: string[]): number {
  return lower.findIndex((w) => /\p{L}(?:[’']s|s[’'])$/u.test(w));
}

/** a name's last word, or a role word that speaks for itself or a body: not a time ("last year's", "Tuesday's") */
function canSpeak(word: string): boolean {
  const w = word.toLowerCase();
  if (TIME_WORDS.has(w)) return false;
  return /^\p{Lu}/u.test(word) || ORG_ROLES.has(w) || PERSON_ROLES.has(w) || GROUP_NOUNS.has(w);
}
