/** The sources give the quoted words to someone else. */
import type { Claim, DocumentAnalysis, Finding } from '../types';
import { QUOTE_LINK_SCORE } from '../verify';
import { replaceFinding, speakerAsWritten } from '../fixes';
import { finding, type SourcesRule } from './types';
import { levenshtein } from '../normalize';
import { TITLES } from '../lexicon';

/**
 * words of a speaker label that say nothing about who the speaker is: the lexicon's titles, and these (minutes write
 * "Member Garrity stated:", which a draft's "board member Anne-Marie Coutu" does not match)
 */
const FUNCTION_WORDS = new Set(['the', 'of', 'and', 'prime', 'member', 'board', 'council', 'committee']);
const namesSomeone = (w: string) => w.length > 2 && !FUNCTION_WORDS.has(w) && !TITLES.has(w);

/** true when the source's speaker label names the draft's speaker (or names nobody in particular) */
export function sameSpeaker(label: string, name: string, written: string): boolean {
  const words = label
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[\s.,-]+/)
    .filter(namesSomeone);
  if (!words.length || /^(?:reporter|q|a|unknown|speaker)$/i.test(label)) return true;
  // "THE DEFENDANT:", "THE WITNESS:", "A JUROR:", "UNIDENTIFIED SPEAKER:": a court reporter's description, no name
  if (/^(?:the|an?|unidentified)\s/i.test(label)) return true;
  const hay = (name + ' ' + written).toLowerCase().replace(/[’']/g, "'");
  if (words.some((w) => hay.includes(w))) return true;
  // "Okonja" for the transcript's "Okonjo": the same person misspelled, which name-inconsistent reports
  const hayWords = hay.split(/[\s.,-]+/);
  return words.some((w) => w.length >= 5 && hayWords.some((h) => levenshtein(w, h, 1) <= 1));
}

/**
 * The draft's speaker as a named person or organisation written in the attribution itself ("Oleh Marchenko said"),
 * not a pronoun or descriptor resolved by guesswork ("she", "the official"), and not a place.
 */
function namedSpeaker(c: Claim, a: DocumentAnalysis): boolean {
  const sp = c.speaker;
  if (!sp) return false;
  return a.entities.some(
    (e) =>
      e.name === sp.name &&
      (e.type === 'person' || e.type === 'organization') &&
      e.mentions.some((m) => m.start >= sp.start && m.end <= sp.end),
  );
}

/**
 * "he" or "she" right after that person's own named attribution, in the same paragraph with nobody else named between
 * ('Mehra said the pressures were mounting. "…," she said.'): the pronoun can only be that person
 */
function pronounOfLastNamed(c: Claim, a: DocumentAnalysis, text: string): boolean {
  const sp = c.speaker;
  if (!sp || !PERSON_PRONOUNS.has(sp.text.toLowerCase())) return false;
  const i = a.claims.indexOf(c);
  const prev = a.claims
    .slice(0, i)
    .reverse()
    .find((x) => x.speaker && x.end <= c.start);
  if (!prev?.speaker || prev.speaker.name !== sp.name || !namedSpeaker(prev, a)) return false;
  if (/\n\s*\n/.test(text.slice(prev.end, c.start))) return false;
  return !a.entities.some(
    (e) => e.type === 'person' && e.name !== sp.name && e.mentions.some((m) => m.start >= prev.end && m.end <= c.start),
  );
}
const PERSON_PRONOUNS = new Set(['he', 'she']);

/** the source's speaker is named in the claim itself ("said Millbrook resident Ana Ruiz"): the draft agrees with it */
function claimNames(label: string, claimText: string): boolean {
  const words = label
    .toLowerCase()
    .split(/[\s.,-]+/)
    .filter(namesSomeone);
  const hay = claimText.toLowerCase();
  return words.length > 0 && words.every((w) => hay.includes(w));
}

/**
 * The quote retold by the source's own speaker in the same sentence ('Marsh told her the images had been "mislabelled
 * by a student," Rao said.'): the draft gives the words to the source's speaker, who reports another's, as the source
 * does ("She told me the images had been mislabelled by a student").
 */
function retoldBySourceSpeaker(c: Claim, label: string, a: DocumentAnalysis): boolean {
  const after = c.speaker?.end ?? c.end;
  return a.claims.some(
    (x) =>
      x !== c &&
      x.speaker &&
      x.start < c.end &&
      x.end > c.start &&
      x.speaker.start >= after &&
      sameSpeaker(label, x.speaker.name, x.speaker.text),
  );
}

export const rule: SourcesRule = {
  id: 'speaker-mismatch',
  severity: 'warning',
  summary: 'The quote is attributed to someone other than the speaker in the source.',
  help: "The sources give the quoted words to another speaker, and both are named: the draft names its speaker (not a description, nor a pronoun unless it follows that person's own attribution in the paragraph) and the source labels its speaker by name. Check who said them and correct the attribution.",
  phase: 'sources',
  // not safe to apply in bulk: the writer may have the right speaker and the source the wrong label
  fixes(f) {
    const who = f.data?.speaker as string | undefined;
    if (!who) return [];
    const name = speakerAsWritten(who);
    return [{ ...replaceFinding(f, `Attribute to ${name}, as the source does`, name), preferred: false }];
  },
  check({ links, analysis, text }) {
    const out: Finding[] = [];
    // a quote run ('"…," said X. "…"') has one attribution: one finding on it, not one per quote
    const reported = new Set<string>();
    for (const [c, m] of links.quotes) {
      const p = m.passage;
      if (!(m.exact || m.score >= QUOTE_LINK_SCORE) || !p.speaker || !c.speaker) continue;
      if (reported.has(`${c.speaker.start}:${c.speaker.end}`)) continue;
      if (sameSpeaker(p.speaker, c.speaker.name, c.speaker.text)) continue;
      if (retoldBySourceSpeaker(c, p.speaker, analysis)) continue;
      // both speakers must be named: a guessed pronoun or a misread place is no evidence against the source
      const sentenceEnd = c.end + (/^[^.!?\n]*/.exec(text.slice(c.end))?.[0].length ?? 0);
      const named = namedSpeaker(c, analysis) || pronounOfLastNamed(c, analysis, text);
      if (!named || claimNames(p.speaker, text.slice(c.start, sentenceEnd))) continue;
      reported.add(`${c.speaker.start}:${c.speaker.end}`);
      out.push(
        finding(
          rule,
          c.speaker,
          `${p.meta.title ?? p.file} gives these words to ${speakerAsWritten(p.speaker)}, not to ${c.speaker.name}.`,
          {
            uri: p.uri,
            speaker: p.speaker,
            sourceRange: p.range,
            related: [{ uri: p.uri, range: p.range, message: `${speakerAsWritten(p.speaker)} says these words` }],
          },
        ),
      );
    }
    return out;
  },
};
