/**
 * The edges of a subject that are not the speaker: quote marks a quote before it left, a focus word before the name
 * ("Even China, Pyongyang's only ally, said"), the setting the subject carries after it ("Stumpf in a televised
 * interview appeared to blame …", "an arbitration panel in 2001 found", "The Security Council on Friday condemned"),
 * and an aside in parentheses that is not a party and state ("said Mr. Burman (a view echoed by everyone I
 * interviewed)"). Left in, they hide the name from the names step and widen the speaker's span past what the story
 * calls the speaker. The words are read one by one (no pattern built from the word lists).
 */
import type { SpeakerPhrase } from './speaker';
import words from './data/attribution-words.json';

const FOCUS = new Set(words.speakerTrim.focusWords);
const SETTING_NOUNS = new Set(words.speakerTrim.settingNouns);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);
const DAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const MONTHS = new Set([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);
/** quote marks left before the subject when a quote closes the sentence before: `'' Senator Bernie Sanders` */
const MARKS = /^["“”‘’'][\s"“”‘’']*(?=\p{Lu})/u;
const WORD = /\S+/gu;

/** the phrase without the words at its edges that are not the speaker's; the phrase itself when none */
export function trimSpeaker(np: SpeakerPhrase): SpeakerPhrase {
  let { start, text } = np;
  const marks = MARKS.exec(text);
  if (marks && text.length > marks[0].length) {
    start += marks[0].length;
    text = text.slice(marks[0].length);
  }
  const first = /^(\S+)\s+(?=\p{Lu})/u.exec(text);
  if (first && FOCUS.has(first[1])) {
    start += first[0].length;
    text = text.slice(first[0].length);
  }
  // (a setting only after a plain subject: "Erin Murphy, an aide who went to Burma in 2011" keeps its year)
  const plain = !/[,;]|\b(?:who|which|that|whose)\b/u.test(text);
  const cut = Math.min(plain ? settingStart(text) : text.length, asideStart(text));
  if (cut > 0 && cut < text.length) text = text.slice(0, cut).trimEnd();
  if (text === np.text) return np;
  return { ...np, start, end: start + text.length, text };
}

/**
 * where a setting ends the phrase: "in a televised interview", "during his speech", "in 2001", "in December 1992",
 * "in March", "on Friday", "at the time"; text.length when none, or when a participle stands before it ("A CNN poll
 * released on Tuesday" keeps its day)
 */
function settingStart(text: string): number {
  const ws = [...text.matchAll(WORD)];
  const n = ws.length;
  const t = (i: number) => ws[i]?.[0] ?? '';
  const at = (i: number) => (i > 0 && !/ed$/.test(t(i - 1)) ? ws[i].index! : text.length);
  // "in a televised interview": in/during, a determiner, up to two lower-case words, a setting noun
  for (let i = Math.max(1, n - 5); i < n - 2; i++) {
    if (!/^(?:in|during)$/.test(t(i)) || !DETERMINERS.has(t(i + 1)) || !SETTING_NOUNS.has(t(n - 1))) continue;
    if (ws.slice(i + 2, n - 1).every((w) => /^[\p{Ll}-]+$/u.test(w[0]))) return at(i);
  }
  const last = t(n - 1);
  if (n >= 3 && /^(?:19|20)\d\d$/.test(last)) {
    if (t(n - 2) === 'in') return at(n - 2);
    if (MONTHS.has(t(n - 2)) && t(n - 3) === 'in' && n >= 4) return at(n - 3);
  }
  if (n >= 3 && t(n - 2) === 'in' && MONTHS.has(last)) return at(n - 2);
  if (n >= 3 && t(n - 2) === 'on' && DAYS.has(last)) return at(n - 2);
  if (n >= 4 && t(n - 3) === 'at' && t(n - 2) === 'the' && last === 'time') return at(n - 3);
  return text.length;
}

/** where a closing aside in parentheses starts: lower-case and naming nobody, not "(D-N.C.)" nor "(that would be Ohio
 * Gov. John Kasich)", which says who the subject is; text.length when none */
function asideStart(text: string): number {
  if (!text.endsWith(')')) return text.length;
  const open = text.lastIndexOf('(');
  if (open <= 0) return text.length;
  const inner = text.slice(open + 1, -1);
  if (!/^\p{Ll}/u.test(inner) || inner.includes('(')) return text.length;
  return /[A-Z]/.test(inner.replace(/\bI\b/g, '')) ? text.length : open;
}
