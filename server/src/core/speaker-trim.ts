/**
 * The edges of a subject that are not the speaker: quote marks a quote before it left, a focus word before the name ("Even China, Pyongyang's only ally,
 * said"), the setting the subject carries after it ("Stumpf in a televised interview appeared to blame …", "an
 * arbitration panel in 2001 found", "The Security Council on Friday condemned"), and an aside in parentheses that
 * is not a party and state ("said Mr. Burman (a view echoed by everyone I interviewed)"). Left in, they hide the name
 * from the names step and widen the speaker's span past what the story calls the speaker.
 */
import type { SpeakerPhrase } from './speaker';
import words from './data/attribution-words.json';

const FOCUS = new RegExp(String.raw`^(?:${words.speakerTrim.focusWords.join('|')})\s+(?=\p{Lu})`, 'u');
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** quote marks left before the subject when a quote closes the sentence before: `'' Senator Bernie Sanders` */
const MARKS = /^(?:["“”‘’']+\s*)+(?=\p{Lu})/u;
/** the setting after the subject, to the phrase's end */
const SETTING = new RegExp(
  String.raw`\s+(?:(?:in|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${words.speakerTrim.settingNouns.join('|')})|in\s+(?:(?:${MONTHS})\s+)?(?:19|20)\d\d|in\s+(?:${MONTHS})|on\s+(?:${DAYS})|at\s+the\s+time)$`,
  'u',
);
/**
 * an aside in parentheses that opens in lower case and names nobody: not "(D-N.C.)", "(R)", nor "(that would be Ohio
 * Gov. John Kasich)", which says who the subject is
 */
const ASIDE = /\s*\(\p{Ll}(?:[^()A-Z]|I\b)*\)$/u;

/** the phrase without the words at its edges that are not the speaker's; the phrase itself when none */
export function trimSpeaker(np: SpeakerPhrase): SpeakerPhrase {
  let { start, text } = np;
  for (const re of [MARKS, FOCUS]) {
    const lead = re.exec(text);
    if (lead && text.length > lead[0].length) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
  }
  // (a setting only after a plain subject: "Erin Murphy, an aide who went to Burma in 2011" keeps its year)
  const plain = !/[,;]|\b(?:who|which|that|whose)\b/u.test(text);
  for (const re of plain ? [SETTING, ASIDE] : [ASIDE]) {
    const m = re.exec(text);
    // (something must stay: "In 2001 …" alone is no subject to trim)
    // (nor after a participle: "A CNN poll released on Tuesday" keeps its day)
    if (m && m.index > 0 && !/ed$/.test(text.slice(0, m.index))) text = text.slice(0, m.index);
  }
  if (text === np.text) return np;
  return { ...np, start, end: start + text.length, text };
}
