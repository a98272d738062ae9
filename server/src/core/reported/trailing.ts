/**
 * Trailing and inverted attributions after the words they report: "…, the panel said.", "…, said Dan Ortiz, a senior
 * engineer.", "…, as the engineer explained.", "…, Sen. Lindsey Graham told The Huffington Post on Thursday."
 */
import { isPossessiveMark, type Phrase, phraseStartingAt, segmentKind, withFollowingAppositives } from '../phrases';
import { pastOpeners } from './content-openers';
import { coordinatedSpeaker } from './coordinated-speaker';
import { type Cue, cueAt, invertible } from './cues';
import {
  claim,
  closesClause,
  lastWord,
  onlyTailAfter,
  pastSettingToParticiple,
  type ReportedClaim,
  type Sentence,
  span,
} from './sentence';
import { pastAttribution, splitsSubject, subjectStart } from './split-subject';
import { quantifierPhrase } from './subject';
import {
  ADDRESSEE_CUES,
  INFINITIVE_CUES,
  OBJECT_PRONOUNS,
  RELATIVE_OPENERS,
  RELATIVE_WHO,
  SUBJECT_SKIPS,
} from './words';

/**
 * "…, said Denise Hollis, who has known him since he was a toddler.": after a comma, the cue at toks[i] is inverted,
 * and what follows it is its speaker with a relative clause to the sentence end, not words it reports
 */
export function invertedWithRelative(st: Sentence, i: number, from: number): boolean {
  const { toks } = st;
  if (toks[i - 1]?.t !== ',') return false;
  const np = phraseStartingAt(toks, from, st.prose);
  if (!np || toks[np.last + 1]?.t !== ',' || !RELATIVE_WHO.has(toks[np.last + 2]?.l ?? '')) return false;
  for (let k = np.last + 3; k <= lastWord(st); k++) if (toks[k].t === ',') return false;
  return true;
}

/** "…, the panel said." / "…, said Dan Ortiz, a senior engineer." / "…, the authority said in its bulletin." */
export function trailing(st: Sentence): ReportedClaim | null {
  const { toks } = st;
  // m stops at 1 for a one-word subject ("Voters, Clinton suggested, don't have to worry …"), which only a split
  // subject may be: one word before the attribution is no clause
  for (let m = toks.length - 2; m >= Math.max(1, toks.length - 60); m--) {
    // '…, the panel said' and '…," the panel said' (the comma inside the closing mark)
    const closing = closingQuote(st, m);
    if (toks[m].t !== ',' && toks[m].t !== '—' && !closing) continue;
    const att = attributionAt(st, m + 1) ?? (closing ? null : asAttributionAt(st, m + 1));
    // what the attribution closes is a clause: not "Speaking to students this week, Biden responded to …"
    if (!att) continue;
    // "The plan, the senator said in an interview, would cut taxes.": the subject before the attribution, which may
    // hold a verb of its own ("But the years that followed, he said, brought a fundamental shift.")
    const split = pastAttribution(st, att.cue, Math.max(att.np.last, att.cue.last) + 1);
    if (splitsSubject(st, m, split)) {
      const r = claim(st, att.np, att.cue, subjectStart(st), m - 1);
      if (r) Object.assign(r, { resume: split, splitSubject: true });
      return r;
    }
    if (m >= 2 && (closing || closesClause(st, m - 1))) {
      // "However, the levy will fail, the treasurer said.": the linking word is the writer's
      const r = claim(st, att.np, att.cue, closing ? 0 : pastOpeners(st, 0, m - 1), closing ? m : m - 1);
      if (r) r.resume = pastSettingToParticiple(st, pastTopic(st, Math.max(att.np.last, att.cue.last) + 1));
      return r;
    }
  }
  return null;
}

/**
 * toks[m] closes a quote after a comma: '…," the panel said', and the two apostrophes archive and wire copy print for
 * a double mark: "''We will win,'' he said, referring to …"
 */
function closingQuote(st: Sentence, m: number): boolean {
  const { toks } = st;
  if (/^[”"]$/.test(toks[m].t)) return toks[m - 1]?.t === ',';
  return toks[m].t === "'" && toks[m - 1]?.t === "'" && toks[m - 2]?.t === ',' && toks[m].start === toks[m - 1].end;
}

/** "…, he said of the terrorist group, adding …": past the topic "of" names after a cue of speech, or k */
export function pastTopic(st: Sentence, k: number): number {
  const { toks, prose } = st;
  if (toks[k]?.l !== 'of') return k;
  const np = phraseStartingAt(toks, k + 1, prose);
  return np && onlyTailAfter(st, np.last + 1) ? np.last + 1 : k;
}

/** "…, as the engineer explained last week.": "as", a speaker and a cue that close the sentence */
function asAttributionAt(st: Sentence, i: number): { np: Phrase; cue: Cue } | null {
  if (st.toks[i]?.l !== 'as' || cueAt(st.toks, i + 1)) return null;
  const att = attributionAt(st, i + 1);
  return att && invertible(att.cue) ? att : null;
}

/** a trailing attribution starting at toks[i] that runs to the sentence end */
function attributionAt(st: Sentence, i: number): { np: Phrase; cue: Cue } | null {
  const { toks, prose } = st;
  const inverted = cueAt(toks, i);
  // "…, noting limited gains in pay.": a participle goes on with the sentence's own speaker, it names none after it
  if (inverted && invertible(inverted) && !toks[i].l.endsWith('ing')) {
    const np = phraseStartingAt(toks, inverted.last + 1, prose);
    if (np && onlyTailAfter(st, np.last + 1)) return { np: withAppositive(st, np), cue: inverted };
    return null;
  }
  const found = speakerThenCue(st, i);
  if (!found) return null;
  let k = pastTopic(st, found.cue.last + 1);
  // "…, Sen. Lindsey Graham told The Huffington Post on Thursday.": the addressee, then where or when
  if (ADDRESSEE_CUES.has(found.cue.lemma) && !onlyTailAfter(st, k)) {
    const obj = phraseStartingAt(toks, k, prose, 0);
    if (obj) k = obj.last + 1;
    // "…, the president told her."
    else if (toks[k].pos === 'PRON' && OBJECT_PRONOUNS.has(toks[k].l)) k++;
  }
  // "…, he decided to take aim at the mines": the infinitive is what the cue reports, not where it was said
  if (INFINITIVE_CUES.has(found.cue.lemma) && toks[k]?.l === 'to' && toks[k + 1]?.pos === 'VERB') return null;
  return onlyTailAfter(st, k) ? found : null;
}

/** a speaker at toks[i] and its cue: "the mayor said", "Dan Ortiz, a senior engineer, said", "the manager, Ann Lee, said" */
export function speakerThenCue(st: Sentence, i: number): { np: Phrase; cue: Cue } | null {
  const { toks, prose } = st;
  const cueFrom = (j: number): Cue | null => {
    const from = j;
    while (j < toks.length && (SUBJECT_SKIPS.has(toks[j].l) || toks[j].pos === 'ADV')) j++;
    const c = cueAt(toks, j);
    if (!c || c.lemma === 'according to') return null;
    // "…, whose entire budget is reported to be less than £400,000": a passive names what was reported, not who
    return passiveBefore(toks, from, j) && toks[c.last + 1]?.l === 'to' ? null : c;
  };
  // "…, she and another reporter said.", "…, current and former officials said."
  const both = coordinatedSpeaker(st, i);
  const bothCue = both ? cueFrom(both.last + 1) : null;
  if (both && bothCue) return { np: both, cue: bothCue };
  const np = quantifierPhrase(st, i) ?? phraseStartingAt(toks, i, prose);
  if (!np) return null;
  const c = cueFrom(np.last + 1);
  if (c) return { np, cue: c };
  // "…, the county estimates.": the phrase took in the cue the tagger read as a noun
  const last = np.last > np.first ? cueAt(toks, np.last) : null;
  if (last) return { np: span(st, np.first, np.last - 1), cue: last };
  const long = withFollowingAppositives(toks, np, prose, (k) => cueFrom(k) !== null);
  return long ? { np: long, cue: cueFrom(long.last + 2)! } : null;
}

/** a form of "be" among the words skipped between a subject and its cue ("is reported", "was also said") */
function passiveBefore(toks: Sentence['toks'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BE_FORMS.has(toks[k].l)) return true;
  return false;
}
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be']);

/** content stops before a trailing ", the source added" */
export function beforeTrailingAttribution(st: Sentence, from: number, to: number): number {
  const { toks } = st;
  for (let m = from + 1; m < to; m++)
    if (toks[m].t === ',' && ((toks[m + 1].l === 'according' && toks[m + 2]?.l === 'to') || attributionAt(st, m + 1)))
      return m - 1;
  return to;
}

/**
 * An inverted attribution's speaker keeps the appositive that closes the sentence, as news annotation does
 * ("said Douglas Holtz-Eakin, an economist at the American Action Forum."); the name inside is still the speaker's name.
 */
export function withAppositive(st: Sentence, np: Phrase): Phrase {
  const { toks } = st;
  if (toks[np.last + 1]?.t !== ',') return np;
  const end = lastWord(st);
  // an aside closes the source: "said O'Neill, on his first full day …", "said Rep. Cummings, …, in a statement",
  // "said Ed Rendell, a former governor, referring to …"; so do a quote and a cue of its own ("…, and she argued
  // that …"), but not a cue inside the appositive's own relative clause ("…, a committeewoman who supports Trump")
  let last = np.last;
  for (let k = np.last + 1; k <= end && toks[k].t === ',';) {
    let e = k + 1;
    while (e <= end && toks[e].t !== ',') e++;
    if (segmentKind(toks, k + 1, e - 1) === 'aside' || !plainAppositive(st, k + 1, e - 1)) break;
    last = e - 1;
    k = e;
  }
  return last > np.last && last - np.last <= 40 ? span(st, np.first, last) : np;
}

/**
 * toks[a..b] has no quote mark and no cue outside the relative clause of a noun in it ("a committeewoman who supports
 * Trump"); a relative clause of the name's own with a cue ends the source ("said Denise Hollis, who has known him …")
 */
function plainAppositive(st: Sentence, a: number, b: number): boolean {
  const { toks } = st;
  let relative = false;
  for (let k = a; k <= b; k++) {
    if (/^["“”‘’']/.test(toks[k].t) && !isPossessiveMark(toks[k])) return false;
    if (k > a && RELATIVE_OPENERS.has(toks[k].l)) relative = true;
    else if (!relative && cueAt(toks, k)) return false;
  }
  return true;
}
