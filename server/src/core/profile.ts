/**
 * The sourcing profile of a draft: how its claims are sourced, the numbers an editor reads before the copy.
 * A pure function over claims; it works on the core's claims and on the JSON report's alike (see the adapters).
 */
import type { Claim, SourceType } from './types';
import type { JsonClaim, ProfileCounts, SourcingProfile } from '../../../protocol/report';

export type { ProfileCounts, SourcingProfile } from '../../../protocol/report';
export { profileLine } from '../../../protocol/profile';

/** What the profile needs to know about one claim. */
export interface ProfileClaim {
  /** the speaker's canonical name, or null */
  speaker: string | null;
  sourceType: SourceType | null;
  /** bibliography keys and links the claim cites (source passages found by OnRecord are verification, not sourcing) */
  documents: string[];
  unattributed: boolean;
}

type Category = keyof ProfileCounts;
const CATEGORY: Record<SourceType, Category> = {
  'named-person': 'namedPeople',
  'named-organization': 'namedOrganizations',
  document: 'documents',
  'unnamed-person': 'unnamed',
  'unnamed-group': 'unnamed',
  anonymous: 'anonymous',
};

const zero = (): ProfileCounts => ({ namedPeople: 0, namedOrganizations: 0, documents: 0, unnamed: 0, anonymous: 0 });

/** The profile of a list of claims: one draft's, or every draft's for a desk total (sources are counted once). */
export function sourcingProfile(claims: readonly ProfileClaim[]): SourcingProfile {
  const claimsByType = zero();
  const sourceKeys = new Map<string, Category | null>();
  let unattributed = 0,
    singleSource = 0;
  for (const c of claims) {
    if (c.unattributed) unattributed++;
    const keys = claimSources(c);
    for (const [k, cat] of keys) sourceKeys.set(k, cat);
    const main = c.speaker && c.sourceType ? CATEGORY[c.sourceType] : c.documents.length ? 'documents' : null;
    if (main && !c.unattributed) claimsByType[main]++;
    if (keys.size === 1 && !c.unattributed) singleSource++;
  }
  const sourcesByType = zero();
  for (const cat of sourceKeys.values()) if (cat) sourcesByType[cat]++;
  return {
    claims: claims.length,
    claimsByType,
    sources: sourceKeys.size,
    sourcesByType,
    unattributed,
    unattributedShare: claims.length ? Math.round((1000 * unattributed) / claims.length) / 1000 : 0,
    singleSource,
  };
}

/** the distinct sources a claim rests on: its speaker and the documents it cites, each with its category */
function claimSources(c: ProfileClaim): Map<string, Category | null> {
  const out = new Map<string, Category | null>();
  if (c.speaker && !c.unattributed) {
    const cat = c.sourceType ? CATEGORY[c.sourceType] : null;
    out.set(`${cat ?? 'speaker'}:${c.speaker.toLowerCase()}`, cat);
  }
  for (const d of c.documents) out.set(`documents:${d.toLowerCase()}`, 'documents');
  return out;
}

/** a claim of the JSON report */
export function fromJsonClaim(c: JsonClaim): ProfileClaim {
  return {
    speaker: c.speaker?.name ?? null,
    sourceType: c.sourceType,
    documents: c.sources.filter((s) => s.kind === 'citation' || s.kind === 'link').map((s) => s.label),
    unattributed: c.status === 'unattributed',
  };
}

/** a claim of the core analysis; unattributed as in the report: no speaker and nothing but attribution sources */
export function fromClaim(c: Claim): ProfileClaim {
  return {
    speaker: c.speaker?.name ?? null,
    sourceType: c.speaker ? (c.sourceType ?? null) : null,
    documents: c.sources
      .filter((s) => s.kind === 'citation' || s.kind === 'link' || s.kind === 'footnote')
      .map((s) => s.label),
    unattributed: !c.speaker && !c.sources.some((s) => s.kind !== 'attribution'),
  };
}
