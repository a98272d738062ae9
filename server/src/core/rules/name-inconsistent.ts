/** One name spelled two ways: in this draft, across drafts, or against the sources. */
import type { Finding, Mention } from '../types';
import { isDrift, NameIndex, normName, preferredVariant, prefers, rivalSpelling, type NameUse } from '../names';
import { replaceFinding } from '../fixes';
import { finding, type SourcesRule } from './types';

/** shorter words are too often different names ("Mari", "Mary") */
const MIN_WORD = 5;

const where = (u: NameUse) => `${u.count}× in ${[...u.files].slice(0, 3).join(', ')}${u.files.size > 3 ? ', …' : ''}`;
/** the finding on the minority or non-source spelling: where the reference spelling is used, and the fix */
function message(written: string, mine: NameUse | undefined, spelling: string, other: NameUse): string {
  const here = mine ? ` (${where(mine)})` : '';
  if (other.sources?.size && !mine?.sources?.size) {
    const sources = [...other.sources].slice(0, 3).join(', ');
    return `"${written}"${here} differs from the sources, which spell it "${spelling}" (${sources}). Use the sources' spelling.`;
  }
  return `"${written}"${here} is spelled "${spelling}" elsewhere (${where(other)}). Use one spelling: "${spelling}".`;
}
/** the finding on the kept spelling when another draft spells the name otherwise and no source settles it */
function rivalMessage(written: string, mine: NameUse | undefined, spelling: string, other: NameUse): string {
  const here = mine ? ` (${where(mine)})` : '';
  return `"${written}"${here} is spelled "${spelling}" in another draft (${where(other)}), and no source settles which is right. Check the spelling and use one.`;
}

export const rule: SourcesRule = {
  id: 'name-inconsistent',
  severity: 'warning',
  summary: 'A name is spelled two ways.',
  help: 'A name spelled two ways in a draft, across drafts or against the sources ("Zelensky" / "Zelenskyy", "Okonkwo Reyes" / "Okonkwo-Reyes"); the message names the majority spelling and where each is used. Across drafts, when no source settles the spelling, both drafts are told. Two people who share a surname, and apostrophe styles, do not fire it. Check the spelling against the source and use one spelling throughout.',
  phase: 'workspace',
  fixAllSafe: true,
  fixes(f) {
    const sp = f.data?.spelling as string | undefined;
    // on the kept spelling, a one-draft fix (and fix all) would only swap which draft is out of step
    return sp && !f.data?.rival ? [replaceFinding(f, `Use the spelling “${sp}”`, sp)] : [];
  },
  check({ analysis, names }) {
    const out: Finding[] = [];
    if (!names) return out;
    const variantMemo = new Map<string, NameUse | null>();
    const lookUp = (key: string, find: () => NameUse | null) => {
      let got = variantMemo.get(key);
      if (got === undefined) {
        got = names instanceof NameIndex ? names.memoized(key, find) : find();
        variantMemo.set(key, got);
      }
      return got;
    };
    /** the words of a name that another spelling could be preferred to, and whether a given name's (not the last) */
    const candidateWords = (text: string, person: boolean) => {
      const toks = text.split(/\s+/);
      let offset = 0;
      return toks.flatMap((tok, ti) => {
        const at = text.indexOf(tok, offset);
        offset = at + tok.length;
        const t = normName(tok.replace(/[’']s$/, ''));
        // capitals only (a headline, a dateline) say nothing about spelling
        if (t.length < MIN_WORD || !/^\p{Lu}/u.test(t) || !/\p{Ll}/u.test(t)) return [];
        return [{ at, t, isGiven: person && toks.length > 1 && ti < toks.length - 1 }];
      });
    };
    const variantOf = (t: string, isGiven: boolean) => {
      const vkey = (isGiven ? 'g:' : 's:') + t;
      const preferred = lookUp(vkey, () => preferredVariant(t, names, isGiven));
      return { preferred, variant: preferred ?? lookUp('r' + vkey, () => rivalSpelling(t, names, isGiven)) };
    };
    // most mentions have no other spelling anywhere in the workspace: known by their text, until the names change
    // (a draft being edited asks again for each of its mentions on every keystroke)
    const mayDiffer = (text: string, person: boolean) => {
      const differs = () =>
        wholeNameVariant({ start: 0, end: text.length, text }, names) !== null ||
        candidateWords(text, person).some((w) => variantOf(w.t, w.isGiven).variant !== null);
      return names instanceof NameIndex ? names.memoizedFlag(`m:${person ? 'p' : 'o'}|${text}`, differs) : differs();
    };
    const seen = new Set<string>();
    for (const e of analysis.entities) {
      if (e.type !== 'person' && e.type !== 'place' && e.type !== 'organization') continue;
      for (const m of e.mentions) {
        if (!mayDiffer(m.text, e.type === 'person')) continue;
        const whole = wholeNameVariant(m, names);
        if (whole) {
          out.push(whole);
          continue;
        }
        // word by word: "Hritsenko" against "Hrytsenko"
        for (const { at, t, isGiven } of candidateWords(m.text, e.type === 'person')) {
          const { preferred, variant } = variantOf(t, isGiven);
          if (!variant) continue;
          const rival = !preferred;
          const spelledAs = (o: Mention) => o.text.split(/\s+/).some((w) => normName(w) === variant!.spelling);
          // a lone surname ("…, Brant said.") in a draft whose only person of that name is "Annika Brandt"
          const lonePersonInDraft =
            e.type === 'person' &&
            e.mentions.every((o) => !/\s/.test(o.text)) &&
            analysis.entities.filter((o) => o !== e && o.type === 'person' && o.mentions.some(spelledAs)).length === 1;
          const sameEntity = e.mentions.some(spelledAs) || lonePersonInDraft;
          const swapped = (name: string) => {
            const ws = normName(name).split(/\s+/);
            return ws.length > 1 && ws.includes(t) ? ws.map((w) => (w === t ? variant!.spelling : w)).join(' ') : '';
          };
          const sameFullName = [e.name, m.text].some((n) => names.has(swapped(n)));
          const inSources = !!variant.sources?.size;
          if (!isDrift(t, variant.spelling, { sameEntity, sameFullName, inSources })) continue;
          const start = m.start + at;
          const key = start + ':' + t;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(
            finding(
              rule,
              { start, end: start + t.length },
              (rival ? rivalMessage : message)(t, names.get(t), variant.spelling, variant),
              { spelling: variant.spelling, from: t, sourceSpelling: inSources, ...(rival ? { rival } : {}) },
            ),
          );
        }
      }
    }
    return out;
  },
};

/** "Okonkwo Reyes" where the workspace mostly writes "Okonkwo-Reyes" */
function wholeNameVariant(m: Mention, names: Map<string, NameUse>): Finding | null {
  const full = normName(m.text.replace(/[’']s$/, ''));
  if (!/[\s-]/.test(full)) return null;
  const squash = full.replace(/[\s-]+/g, '').toLowerCase();
  for (const [sp, use] of names instanceof NameIndex ? names.sameLetters(full) : names) {
    if (sp === full || !/[\s-]/.test(sp) || sp.replace(/[\s-]+/g, '').toLowerCase() !== squash) continue;
    // case alone ("LOS ANGELES" in a headline or dateline) is not a spelling
    if (sp.toLowerCase() === full.toLowerCase()) continue;
    const mine = names.get(full);
    if (prefers(use, mine, sp, full))
      return finding(rule, { start: m.start, end: m.start + full.length }, message(full, mine, sp, use), {
        spelling: sp,
        from: full,
        sourceSpelling: !!use.sources?.size,
      });
    return null;
  }
  return null;
}
