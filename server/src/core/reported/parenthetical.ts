/**
 * An attribution set off by commas inside the words it reports: "To win those votes, organizers said, the party must
 * reach renters." The words on both sides are the speaker's; the trailing rule takes those before it, this rule the
 * clause after it.
 */
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
  if (!c || !invertibleSpeech(c) || !t || SETTING_OPENERS.has(t.l) || /^["“‘'”’]/.test(t.t)) return null;
  // not a participle ("…, he said, looking out at the crowd") nor a time ("…, two days after the vote")
  if (t.pos === 'VERB' || t.pos === 'NUM' || TIME_WORDS.has(t.l)) return null;
  const to = beforeNextClaim(st, k, lastWord(st));
  // a clause has its verb before any relative clause: not "a policy that could make it easier" (an appositive)
  let relative = k;
  while (relative <= to && !RELATIVE_OPENERS.has(toks[relative].l)) relative++;
  // "This campaign, he says, is different.": the words before the attribution are the subject of a short predicate
  const predicate = t.pos === 'AUX' && to > k;
  if (!hasFiniteVerb(st, k, relative - 1) || !(validContent(st, c, k, to) || predicate)) return null;
  const speaker = { ...prev.np, first: -1, last: -1 };
  return claim(st, speaker, c, k, to, prev.np.common);
}

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
