/** A citation key with no bibliography entry. */
import type { Finding } from '../types';
import { nearestKey } from '../verify';
import { replaceFinding } from '../fixes';
import { finding, type SourcesRule } from './types';

export const rule: SourcesRule = {
  id: 'unresolved-citation',
  severity: 'error',
  summary: 'A citation key has no bibliography entry.',
  help: "[@key] has no entry in the CSL-JSON or BibTeX bibliography (in sources/, onrecord.bibliography or the draft's front matter); the message names the nearest key. Fix the key or add the entry.",
  phase: 'sources',
  fixAllSafe: true,
  fixes(f) {
    const near = f.data?.nearest as string | undefined;
    return near ? [replaceFinding(f, `Replace with @${near}`, '@' + near)] : [];
  },
  check({ analysis, bibliography }) {
    const out: Finding[] = [];
    for (const cit of analysis.citations ?? []) {
      for (const k of cit.keys) {
        if (bibliography.has(k.key)) continue;
        // a bare @name is a citation only when there is a bibliography to cite from
        if (!cit.bracketed && !bibliography.size) continue;
        const near = nearestKey(k.key, [...bibliography.keys()]);
        const hint = near
          ? ` Did you mean @${near}?`
          : bibliography.size
            ? ''
            : ' No bibliography was found: add one to sources/ or name it in front matter (bibliography: …).';
        out.push(
          finding(rule, { start: k.start - 1, end: k.end }, `No bibliography entry for @${k.key}.${hint}`, {
            key: k.key,
            nearest: near,
          }),
        );
      }
    }
    return out;
  },
};
