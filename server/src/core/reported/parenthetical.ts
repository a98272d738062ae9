/**
 * An attribution set off by commas inside the words it reports: "To win those votes, organizers said, the party must
 * reach renters." The words on both sides are the speaker's; the trailing rule takes those before it, this rule the
 * clause after it.
 */
import { SPEECH_LEMMAS } from '../lexicon';
import { invertible, type Cue } from './cues';
import { beforeNextClaim } from './next-claim';
import { claim, hasFiniteVerb, lastWord, type ReportedClaim, type Sentence, validContent } from './sentence';
import { CUES, RELATIVE_OPENERS, SETTING_OPENERS, TIME_WORDS } from './words';

/**
 * The clause right after prev's attribution and its comma goes on with what prev reports: a clause with a verb
 * of its own, not where or when it was said ("…, she said, after the vote"), not an appositive or a relative clause
 * ("…, said Ortiz, who …") and not a quote (the quote is its own claim).
 */
export function afterParenthetical(st: Sentence, prev: ReportedClaim): ReportedClaim | null {
  const { toks } = st;
  const at = prev.resume ?? -1;
  const k = at + 1;
  // the attribution, speaker first, stands between the words it reports and a comma: "…, organizers said, …" (after
  // "…, said Sen. Ortiz of Ohio," an appositive on the speaker is more likely: "…, the only senator to …")
  const between = prev.content.end <= prev.np.start && prev.np.start < prev.cueSpan.start;
  if (toks[at]?.t !== ',' || !between) return null;
  const c = cueOf(st, prev);
  const t = toks[k];
  if (!c || !t || /^["“‘'”’]/.test(t.t)) return null;
  // "The museum, Mr. Bush said, celebrated several of his heroes.": the verb after the comma is the subject's
  // ("The difference now, he told me on Friday, is that …")
  if (prev.splitSubject && (invertibleSpeech(c) || c.lemma === 'tell')) {
    const speaker = { ...prev.np, first: -1, last: -1 };
    return claim(st, speaker, c, k, beforeNextClaim(st, k, lastWord(st)), prev.np.common);
  }
  if (!invertibleSpeech(c)) return null;
  // (a cue of speech after the reported words, not a quote: "'Follow us,' she said, and the boys trailed behind")
  if (JOINING.has(t.l))
    return SPEECH_LEMMAS.has(c.lemma) && !/^["“‘']/.test(st.prose.slice(prev.content.start))
      ? afterConnector(st, prev, c, k + 1)
      : null;
  if (SETTING_OPENERS.has(t.l)) return null;
  // not a participle ("…, he said, looking out at the crowd") nor a time ("…, two days after the vote")
  if (t.pos === 'VERB' || t.pos === 'NUM' || TIME_WORDS.has(t.l)) return null;
  const to = beforeNextClaim(st, k, lastWord(st));
  // a clause has its verb before any relative clause: not "a policy that could make it easier" (an appositive)
  // ("…, Mr. Obama noted, that the most-visited page …": the "that" opening the clause is none)
  let relative = t.l === 'that' ? k + 1 : k;
  while (relative <= to && !RELATIVE_OPENERS.has(toks[relative].l)) relative++;
  // "This campaign, he says, is different.": the words before the attribution are the subject of a short predicate
  const predicate = t.pos === 'AUX' && to > k;
  if (!hasFiniteVerb(st, k, relative - 1) || !(validContent(st, c, k, to) || predicate)) return null;
  const speaker = { ...prev.np, first: -1, last: -1 };
  return claim(st, speaker, c, k, to, prev.np.common);
}

/** the words that join more of what was said to the words before an attribution between commas */
const JOINING = new Set(['and', 'but']);

/**
 * "The middle fifth paid 8.9 percent, the agency said, and those in the bottom fifth paid 0.8 percent.", "He had no
 * known affiliations, the airline added, and had passed all security checks.": after "and" or "but", a clause or a
 * predicate that shares the reported clause's subject goes on with what the speaker said. Not a phrase without a
 * verb ("…, she said, and 19 the year before"), a participle ("…, he said, and looking ahead …") or a setting
 * ("…, she said, and in a statement …").
 */
function afterConnector(st: Sentence, prev: ReportedClaim, c: Cue, k: number): ReportedClaim | null {
  const { toks } = st;
  let v = k;
  while (toks[v]?.pos === 'ADV') v++;
  const t = toks[v];
  if (!t || /^["“‘'”’]/.test(t.t)) return null;
  const to = beforeNextClaim(st, k, lastWord(st));
  const predicate = t.pos === 'AUX' || (t.pos === 'VERB' && !t.l.endsWith('ing') && /^\p{Ll}/u.test(t.t));
  const clause = CLAUSE_SUBJECTS.has(t.pos) && hasFiniteVerb(st, v + 1, to) && validContent(st, c, k, to);
  if (!predicate && !clause) return null;
  return claim(st, { ...prev.np, first: -1, last: -1 }, c, k, to, prev.np.common);
}

/** what a clause after "and" opens with: its subject ("those in the bottom fifth", "it", "monthly pass holders") */
const CLAUSE_SUBJECTS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ']);

/** prev's cue as tokens of this sentence */
function cueOf(st: Sentence, prev: ReportedClaim): Cue | null {
  const first = st.toks.findIndex((t) => t.start === prev.cueSpan.start);
  const last = st.toks.findIndex((t) => t.end === prev.cueSpan.end);
  if (first < 0 || last < first) return null;
  return { lemma: CUES.get(st.toks[first].l) ?? st.toks[first].l, first, last };
}

/** a cue of speech or belief that a speaker can interrupt the words with: not "according to", "told", "pointing to" */
function invertibleSpeech(c: Cue): boolean {
  return invertible(c) && !c.lemma.includes(' ');
}
