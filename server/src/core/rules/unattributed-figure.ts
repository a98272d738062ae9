/** A count, amount or percentage with nothing in its sentence or paragraph that says where it comes from. */
import { attributionFixes } from '../fixes';
import { finding, type DocumentRule } from './types';

export const rule: DocumentRule = {
  id: 'unattributed-figure',
  severity: 'warning',
  summary: 'A figure has no attribution or citation in its sentence.',
  help: 'A count, amount or percentage with no attribution, citation, link or footnote in its sentence, its attributed paragraph or lead-in, and no matching source passage. Add a source in the sentence: an attribution ("according to the harbor authority"), a citation [@key], a link or a footnote.',
  phase: 'document',
  fixes: attributionFixes,
  check(ctx) {
    return ctx.unsourcedFigures.map(({ figure, claim }) => {
      const f = ctx.figures[figure];
      return finding(rule, f, `The figure "${f.text}" has no attribution or citation in its sentence.`, {
        claim,
        figure,
      });
    });
  },
  // a figure that a source passage (or a citation) states is attributed after all
  answeredBySources(f, ctx) {
    const fi = f.data?.figure as number;
    return ctx.analysis.claims.some(
      (c) => c.figures.includes(fi) && c.sources.some((x) => x.kind === 'passage' || x.kind === 'citation'),
    );
  },
};
