/** The sourcing profile in words and rows: the status item, `onrecord profile` (text, CSV) and the hover read these. */
import type { ProfileCounts, SourcingProfile } from './report';

/** "7 sources · 1 anonymous · 2 unattributed": the profile in one line */
export function profileLine(p: SourcingProfile): string {
  const parts = [`${p.sources} source${p.sources === 1 ? '' : 's'}`];
  if (p.sourcesByType.anonymous) parts.push(`${p.sourcesByType.anonymous} anonymous`);
  parts.push(`${p.unattributed} unattributed`);
  return parts.join(' · ');
}

/** the source types in the order an editor reads them, with their labels */
export const PROFILE_TYPES: { key: keyof ProfileCounts; label: string }[] = [
  { key: 'namedPeople', label: 'named people' },
  { key: 'namedOrganizations', label: 'named organisations' },
  { key: 'documents', label: 'documents' },
  { key: 'unnamed', label: 'unnamed people or groups' },
  { key: 'anonymous', label: 'anonymous' },
];

/** the columns of `onrecord profile --format csv` */
export const PROFILE_COLUMNS = [
  'draft',
  'claims',
  'sources',
  ...PROFILE_TYPES.map((t) => t.label),
  'unattributed',
  'unattributed share',
  'single-source claims',
];

/** one row: the distinct sources of each type, the unattributed claims and their share, the single-source claims */
export function profileRow(name: string, p: SourcingProfile): (string | number)[] {
  return [
    name,
    p.claims,
    p.sources,
    ...PROFILE_TYPES.map((t) => p.sourcesByType[t.key]),
    p.unattributed,
    p.unattributedShare,
    p.singleSource,
  ];
}

/** "25%" */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
