/**
 * Reported speech in one sentence, over part-of-speech tags: a subject then a cue ("The agency on Monday said that
 * …"), trailing and inverted attributions ("…, the panel said." / "…, said Dan Ortiz, an engineer."), "according to",
 * participles ("…, saying …"), relative clauses ("Residents who say …"), "as X noted," and passives with an agent
 * ("criticized by engineers"). The sentence is tagged only when a cue word is in it. Each clause rule is a module of
 * this folder; this one tries them in order and follows the first claim with the ones after it.
 */
import { signOff } from './sign-off';
import { tagSpan } from '../tagger';
import type { Span } from '../types';
import { accordingTo } from './according-to';
import { agentless, hasAgentless } from './agentless';
import { asReportedBy } from './as-noted';
import { hasCueCandidate } from './candidates';
import { isTitleCase, tagTitleCase } from './headline';
import { continuation } from './continuation';
import { embeddedRelative } from './embedded-relative';
import { frontedParticiple } from './fronted-participle';
import { inFinding } from './in-finding';
import { hasLabel, label } from './label';
import { hasOwnedNoun, ownedNoun } from './owned-noun';
import { participle } from './participle';
import { hasPollShare, pollShare } from './poll-share';
import { leadIn, trailer } from './quote-attribution';
import { repairTags } from './repair';
import type { QuoteAttribution, ReportedClaim, Sentence } from './sentence';

export type { QuoteAttribution, ReportedClaim } from './sentence';
export { labelInQuote } from './label';
import { subjectThenCue } from './that-complement';
import { trailing } from './trailing';

/** longer "sentences" are lists, tables or run-on text: not worth the grammar (and it keeps the work linear) */
const MAX_SENTENCE = 1500;

/** The reported statements of one sentence, in order: the first found by the clause rules, then those after it */
export function reportedSpeech(prose: string, s: Span): ReportedClaim[] {
  if (
    s.end - s.start > MAX_SENTENCE ||
    !(
      hasCueCandidate(prose, s) ||
      hasLabel(prose, s) ||
      hasOwnedNoun(prose, s) ||
      hasPollShare(prose, s) ||
      hasAgentless(prose, s)
    )
  )
    return [];
  const toks = repairTags(tagSpan(prose, s.start, s.end));
  if (toks.length < 4) return [];
  const found = all({ prose, s, toks, sentenceStart: true });
  // a headline in title case, where the tagger found no verb among the capitalised words, is read in lower case
  const lower = found.length || !isTitleCase(prose, s) ? null : tagTitleCase(prose, s);
  return lower ? all({ prose, s, toks: repairTags(lower), sentenceStart: true }) : found;
}

/** The attribution in the words before an opening quote: `She said: "` / `Dan Ortiz, engineer: "` / `…, telling them "` */
export function attributionBeforeQuote(prose: string, start: number, end: number): QuoteAttribution | null {
  if (end - start > MAX_SENTENCE || end - start < 3) return null;
  const toks = repairTags(tagSpan(prose, start, end));
  if (!toks.length) return null;
  return leadIn({ prose, s: { start, end }, toks, sentenceStart: true });
}

/** The attribution right after a closing quote: `," the mayor said` / `," said Dan Ortiz, a senior engineer` */
export function attributionAfterQuote(prose: string, start: number, end: number): QuoteAttribution | null {
  if (end - start > MAX_SENTENCE || end - start < 3) return null;
  const signed = signOff(prose, start, end);
  if (signed) return signed;
  const toks = repairTags(tagSpan(prose, start, end));
  let i = 0;
  while (i < toks.length && (toks[i].t === ',' || toks[i].t === '—' || toks[i].t === '–')) i++;
  if (i >= toks.length) return null;
  return trailer({ prose, s: { start, end }, toks, sentenceStart: false }, i);
}

/** every claim of the sentence: the first, then each one that follows the previous one's reported words */
function all(st: Sentence): ReportedClaim[] {
  const found =
    accordingTo(st) ??
    asReportedBy(st) ??
    subjectThenCue(st) ??
    embeddedRelative(st) ??
    trailing(st) ??
    participle(st) ??
    label(st) ??
    ownedNoun(st) ??
    inFinding(st) ??
    pollShare(st) ??
    agentless(st);
  // '"I think it would make things worse," Clinton said, while arguing …': a cue inside the opening quote is the
  // speaker's own words; the attribution after the quote comes first, and what follows it
  const tail = found ? trailing(st) : null;
  // "…are worrying, Cuban said.": words that take in the attribution closing the sentence are not what it reports
  const swallowed = !!tail && tail.cueSpan.start >= found!.content.start && tail.cueSpan.end <= found!.content.end;
  const first = found && (cueInOpeningQuote(st, found) || swallowed) ? (tail ?? found) : found;
  // "Noting that …, Ortiz added: …": the fronted participle's words come before the main clause's claim
  // "Outright victory is vital, he said after the meeting, because he said …": the trailing attribution first
  const before =
    tail && first && tail !== first && tail.content.end <= first.np.start && tail.cueSpan.end <= first.np.start;
  const lead = frontedParticiple(st) ?? (before ? tail : null);
  if (!first) return lead ? [lead] : [];
  const led = lead && lead.content.end <= first.content.start;
  // the main claim then spans its own speaker, cue and words, after the participle's
  if (led) first.start = Math.min(first.np.start, first.cueSpan.start, first.content.start);
  const out = led ? [lead, first] : [first];
  for (let guard = 0; guard < 4; guard++) {
    const prev = out[out.length - 1];
    const next = continuation(st, prev);
    if (!next || next.content.start < prev.content.end) break;
    // a later claim spans its own words: its speaker when named in its clause, its cue and what it reports
    const own = next.np.start >= prev.content.end ? next.np.start : next.cueSpan.start;
    next.start = Math.min(own, next.cueSpan.start, next.content.start);
    out.push(next);
  }
  // "Democrats said the law is unfair, and they challenged a map that critics say dilutes their vote."
  const last = out[out.length - 1];
  const relative = embeddedRelative(st, last.resume ?? st.toks.length);
  if (relative && relative.content.start >= last.content.end) {
    relative.start = Math.min(relative.np.start, relative.cueSpan.start);
    out.push(relative);
  }
  // "57 percent see the mayor negatively, while 61 percent say the same of her challenger": each share's own result
  for (let guard = 0; guard < 4; guard++) {
    const prev = out[out.length - 1];
    const share = pollShare(st, prev.resume ?? st.toks.length);
    if (!share || share.content.start < prev.content.end) break;
    share.start = Math.min(share.np.start, share.content.start);
    out.push(share);
  }
  return out;
}

/** the sentence opens with a quote mark and the claim's cue comes before the mark that closes it */
function cueInOpeningQuote(st: Sentence, r: ReportedClaim): boolean {
  const { toks } = st;
  const double = toks[0]?.t === "'" && toks[1]?.t === "'";
  if (!double && !/^[“"]$/.test(toks[0]?.t ?? '')) return false;
  for (let k = double ? 2 : 1; k < toks.length; k++) {
    const t = toks[k].t;
    const closes = double ? t === "'" && toks[k + 1]?.t === "'" : t === '”' || t === '"';
    if (closes) return r.cueSpan.start < toks[k].start;
  }
  return false;
}
