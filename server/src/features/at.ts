/** What sits at an offset of a draft: the one place that answers "the claim (figure, entity) at this offset". */
import type { FullAnalysis } from '../core/analyze';
import type { Claim, Entity, Figure } from '../core/types';

/** the innermost claim around the offset (a quote inside a longer reported statement wins) */
export function claimAt(a: FullAnalysis, offset: number): Claim | undefined {
  return a.claims
    .filter((c) => offset >= c.start && offset <= c.end)
    .sort((x, y) => x.end - x.start - (y.end - y.start))[0];
}

export function figureAt(a: FullAnalysis, offset: number): Figure | undefined {
  return a.figures.find((f) => offset >= f.start && offset <= f.end);
}

export function entityAt(
  a: FullAnalysis,
  offset: number,
): { entity: Entity; mention: Entity['mentions'][number] } | null {
  for (const entity of a.entities)
    for (const mention of entity.mentions)
      if (offset >= mention.start && offset <= mention.end) return { entity, mention };
  return null;
}

/** true when `offset` is on the claim's speaker */
export function onSpeaker(claim: Claim, offset: number): boolean {
  return !!claim.speaker && offset >= claim.speaker.start && offset <= claim.speaker.end;
}
