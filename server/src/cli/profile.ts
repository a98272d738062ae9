/** `onrecord profile`: the sourcing profile of each draft and of the whole desk, for the morning meeting. */
import { stringify } from 'csv-stringify/sync';
import type { JsonDocument, SourcingProfile } from '../../../protocol/report';
import { PROFILE_COLUMNS, percent, profileRow } from '../../../protocol/profile';
import { fromJsonClaim, sourcingProfile } from '../core/profile';

export interface ProfileReport {
  version: string;
  drafts: { path: string; profile: SourcingProfile }[];
  /** every draft's claims together: a source quoted in two drafts counts once */
  total: SourcingProfile;
}

export function profileReport(docs: JsonDocument[], version: string): ProfileReport {
  const ok = docs.filter((d) => !d.error);
  return {
    version,
    drafts: ok.map((d) => ({ path: d.path, profile: d.profile ?? sourcingProfile(d.claims.map(fromJsonClaim)) })),
    total: sourcingProfile(ok.flatMap((d) => d.claims.map(fromJsonClaim))),
  };
}

const TEXT_COLUMNS = [
  'draft',
  'claims',
  'sources',
  'people',
  'organisations',
  'documents',
  'unnamed',
  'anonymous',
  'unattributed',
  'share',
  'single-source',
];

export function formatProfile(r: ProfileReport, format: 'text' | 'json' | 'csv'): string {
  if (format === 'json') return JSON.stringify(r, null, 2) + '\n';
  const rows = [...r.drafts.map((d) => profileRow(d.path, d.profile)), profileRow('total', r.total)];
  if (format === 'csv') return stringify([PROFILE_COLUMNS, ...rows]);
  // text: a table with short headers and the share written as a percentage
  const cells = [TEXT_COLUMNS, ...rows].map((row, i) =>
    row.map((c, j) => (i > 0 && TEXT_COLUMNS[j] === 'share' ? percent(Number(c)) : String(c))),
  );
  const widths = PROFILE_COLUMNS.map((_, j) => Math.max(...cells.map((row) => row[j].length)));
  const line = (row: string[]) =>
    row
      .map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j])))
      .join('  ')
      .trimEnd();
  const out = cells.map(line);
  out.splice(out.length - 1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return out.join('\n') + '\n';
}
