/**
 * Speaker labels of interview and meeting transcripts, in the shapes newsrooms' notes and transcription services write
 * them:
 * - capitals, with a title, accents, a comma or a parenthesis: "FIRE CHIEF ROSALIND MBEKI:", "SUPERVISOR TOMÁS ARRIETA:",
 *   "PUBLIC COMMENT, LORETTA BYRNE (rider, Eastgate):", "Q:" / "A:";
 * - names in ordinary case, as transcription services write them, with or without a timestamp, the words on the same
 *   line or the next: "Dan Ortiz: …", "Dan Ortiz (00:01:23):", "[00:01:23] Dan Ortiz: …";
 * - in Markdown, a bold label: "**Dan Ortiz:** …";
 * - in minutes, a name and a cue before a colon and a quote: "Trustee Halvorsen stated: “I don't like this vote.”".
 * A label in ordinary case could be prose ("Media Contact: …"), so it counts only in a file with two or more of them.
 */

import LABELS from '../core/data/transcript-labels.json';
import { PRONOUNS } from '../core/lexicon';

/** "EDITOR'S NOTE:", "MEDIA CONTACT:": a header's field, whose words are nobody's */
const NOT_SPEAKERS = new Set(LABELS.notSpeakers);
/** "THE COURT:": how court reporters label the judge, whom the transcript's caption names */
const BENCH = new Set(LABELS.bench);
const labelKey = (name: string) => name.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');

export interface SpeakerLabel {
  /** the speaker as the label names them, "Q" and "A" included */
  name: string;
  /** characters from the line's start to the words spoken */
  length: number;
}

const TIMESTAMP = String.raw`(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?`;
const ASIDE = String.raw`(?:\s*\([^)\n]{0,80}\))?`;
const CAPITALS = new RegExp(
  String.raw`^${TIMESTAMP}(\p{Lu}[\p{Lu}\d .,'’&-]{0,60}\p{Lu}|Q|A)${ASIDE}\s*:(?:[ \t]+|$)`,
  'u',
);
const ORDINARY_CASE = new RegExp(
  String.raw`^${TIMESTAMP}(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,4})${ASIDE}\s*:(?:[ \t]+|$)`,
  'u',
);
/**
 * "**Dan Ortiz:**" or "**Dan Ortiz**:": the colon makes it a label. Minutes set their agenda in bold without one
 * ("**1. Public comment.** Twenty-two people spoke", "**Motion** (Asante-Boyd, second Cheverie)"): a heading, whose
 * words are nobody's; nor is a numbered item ("**2. Presentation:**") a speaker.
 */
const BOLD = /^\*\*(?!\d)([^*\n]{1,60}?)(?::\*\*|\*\*:)(?:[ \t]+|$)/u;

const MINUTES_NAME = String.raw`((?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}\p{Lu}[\p{L}'’.-]*)`;
const MINUTES_CUE = String.raw`[ \t]+(?:stated|said|added|asked|replied|responded|commented|noted|remarked)[ \t]*:`;
const MINUTES = new RegExp(String.raw`^${MINUTES_NAME}${MINUTES_CUE}[ \t]*(?=["“])`, 'u');
/**
 * the same label where it opens a sentence inside a paragraph ('… with regret. Trustee Whitcombe stated: "We can
 * close two'), the quote on that line or, as minutes wrap, the next
 */
const MINUTES_WITHIN = new RegExp(
  String.raw`(^|[.!?]["”’)]?[ \t]+|\n[ \t]*)${MINUTES_NAME}${MINUTES_CUE}[ \t]*(?:\n[ \t]*)?(?=["“])`,
  'gu',
);

/** the label at the start of a transcript line, if any; `ordinaryCase` also takes "Dan Ortiz:" */
export function speakerLabelAt(line: string, ordinaryCase: boolean): SpeakerLabel | null {
  const m = CAPITALS.exec(line) ?? (ordinaryCase ? ORDINARY_CASE.exec(line) : null) ?? BOLD.exec(line);
  if (m) return NOT_SPEAKERS.has(labelKey(m[1].trim())) ? null : { name: nameOf(m[1].trim()), length: m[0].length };
  // "She stated:" names nobody: the pronoun's speaker is in the paragraph before
  const minutes = MINUTES.exec(line);
  return minutes && !(minutes[1].toLowerCase() in PRONOUNS) ? { name: minutes[1], length: minutes[0].length } : null;
}

/**
 * The minutes' labels inside a passage, each where it opens a sentence: 'Trustee Whitcombe said he would vote for the
 * budget with regret. Trustee Whitcombe stated: "We can close two…"'. `at` is the label's offset in `text`. A pronoun
 * ("She said:") names nobody and starts no turn.
 */
export function minutesLabelsWithin(text: string): { at: number; name: string }[] {
  const out: { at: number; name: string }[] = [];
  for (const m of text.matchAll(MINUTES_WITHIN)) {
    // m[1] is what opens the sentence: the start of the text, a sentence's end or a line break
    if (!(m[2].toLowerCase() in PRONOUNS)) out.push({ at: m.index! + m[1].length, name: m[2] });
  }
  return out;
}

/** "PUBLIC COMMENT, LORETTA BYRNE": the name is the last part when it has two words or more ("BYRNE, LORETTA" stays) */
function nameOf(label: string): string {
  const last = label.split(',').pop()!.trim();
  return last !== label && last.split(/\s+/).length >= 2 ? last : label;
}

/** whether labels in ordinary case are this file's speaker labels: two lines or more carry one */
export function usesOrdinaryCaseLabels(text: string): boolean {
  let seen = 0;
  for (const line of text.split('\n')) {
    if (!CAPITALS.test(line) && ORDINARY_CASE.test(line) && ++seen >= 2) return true;
  }
  return false;
}

/** "THE COURT" and "THE JUDGE" are the judge's labels in a court transcript */
export const isBenchLabel = (name: string) => BENCH.has(labelKey(name));

const JUDGE_NAME = String.raw`((?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]+)`;
/** "Before the Honorable Ruth Ellison-Park", "HON. RUTH ELLISON-PARK", "Judge Ruth Ellison-Park presiding" */
const PRESIDING = new RegExp(
  String.raw`(?:\b(?:Honou?rable|HONOU?RABLE|Hon\.|HON\.)[ \t]+${JUDGE_NAME})|(?:\b(?:Judge|JUDGE)[ \t]+${JUDGE_NAME},?[ \t]+(?:presiding|PRESIDING))`,
  'gu',
);

/**
 * The judge a court transcript's caption names, for its "THE COURT:" turns: one name in its first lines, or null when
 * it names none or several (a panel's transcript labels each judge by name).
 */
export function presidingJudge(text: string): string | null {
  const names = new Set<string>();
  for (const m of text.slice(0, 1500).matchAll(PRESIDING)) names.add((m[1] ?? m[2]).trim());
  return names.size === 1 ? [...names][0] : null;
}
