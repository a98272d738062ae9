/** The sourcing profile: the pure function over claims, `documents[].profile` in the JSON report and `onrecord profile`. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sourcingProfile, type ProfileClaim } from '../../server/src/core/profile';
import { profileLine } from '../../protocol/profile';
import { cli } from './cli-helpers';

const named = (speaker: string): ProfileClaim => ({
  speaker,
  sourceType: 'named-person',
  documents: [],
  unattributed: false,
});
const unattributed: ProfileClaim = { speaker: null, sourceType: null, documents: [], unattributed: true };

describe('sourcing profile', () => {
  // A council budget story: the council president twice, the finance director twice, a figure from the auditor's
  // report, a claim "according to people familiar with the talks", and a streetlight figure nobody stands behind.
  const budget: ProfileClaim[] = [
    named('Dana Whitfield'),
    named('Dana Whitfield'),
    named('Omar Castellanos'),
    named('Omar Castellanos'),
    { speaker: null, sourceType: null, documents: ['@auditor2026'], unattributed: false },
    { speaker: 'people familiar with the talks', sourceType: 'anonymous', documents: [], unattributed: false },
    unattributed,
  ];

  it('counts distinct sources by type, claims by type, the unattributed share and single-source claims', () => {
    const p = sourcingProfile(budget);
    assert.deepStrictEqual(p, {
      claims: 7,
      claimsByType: { namedPeople: 4, namedOrganizations: 0, documents: 1, unnamed: 0, anonymous: 1 },
      sources: 4,
      sourcesByType: { namedPeople: 2, namedOrganizations: 0, documents: 1, unnamed: 0, anonymous: 1 },
      unattributed: 1,
      unattributedShare: 0.143,
      singleSource: 6,
    });
    assert.strictEqual(profileLine(p), '4 sources · 1 anonymous · 1 unattributed');
  });

  it('a claim that cites a report besides its speaker rests on two sources', () => {
    const p = sourcingProfile([
      { speaker: 'Omar Castellanos', sourceType: 'named-person', documents: ['@auditor2026'], unattributed: false },
    ]);
    assert.strictEqual(p.sources, 2);
    assert.strictEqual(p.singleSource, 0);
    assert.deepStrictEqual(p.claimsByType.namedPeople, 1);
  });

  it('a desk total counts a source quoted in two drafts once; unnamed people and groups share one column', () => {
    const follow: ProfileClaim[] = [
      named('Dana Whitfield'),
      { speaker: 'a firefighter', sourceType: 'unnamed-person', documents: [], unattributed: false },
      { speaker: 'residents', sourceType: 'unnamed-group', documents: [], unattributed: false },
    ];
    const total = sourcingProfile([...budget, ...follow]);
    assert.strictEqual(total.sourcesByType.namedPeople, 2);
    assert.strictEqual(total.sourcesByType.unnamed, 2);
    assert.strictEqual(total.claims, 10);
  });

  it('a draft without claims has a zero share, not NaN', () => {
    const p = sourcingProfile([]);
    assert.strictEqual(p.unattributedShare, 0);
    assert.strictEqual(profileLine(p), '0 sources · 0 unattributed');
  });
});

describe('onrecord profile (CLI) and documents[].profile', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-profile-'));
    fs.mkdirSync(path.join(dir, 'drafts'));
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.writeFileSync(
      path.join(dir, 'sources', 'refs.json'),
      '[{"id":"auditor2026","type":"report","title":"Annual audit of the harbour office"}]',
    );
    fs.writeFileSync(
      path.join(dir, 'drafts', 'budget.md'),
      [
        '---',
        'bibliography: ../sources/refs.json',
        '---',
        '',
        '# Council approves a leaner budget for the harbour district',
        '',
        "Council President Dana Whitfield said the council had voted 7-2 on Tuesday to cut the harbour district's budget by $4.2 million.",
        '',
        '"We had to choose between the ferry subsidy and the library hours, and we chose the library," Whitfield said.',
        '',
        'Finance Director Omar Castellanos said the cuts would close a gap left by falling port fees.',
        '',
        "Overtime costs at the harbour office doubled to $1.8 million last year, according to the city auditor's annual report [@auditor2026].",
        '',
        'Two members of the council are ready to resign over the cuts, according to a person familiar with the talks.',
        '',
        "About 40 percent of the district's streetlights are out of service.",
        '',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(dir, 'drafts', 'ferry.md'),
      '# Ferry subsidy ends in May\n\n"The last sailing will be on May 31," Dana Whitfield said on Wednesday.\n',
    );
  });

  it('check --format json gives each draft its profile, equal to the profile of its claims', async () => {
    const r = await cli(['check', 'drafts', '--format', 'json', '--fail-on', 'none'], dir);
    const budget = JSON.parse(r.out).documents.find((d: { path: string }) => d.path.endsWith('budget.md'));
    const p = budget.profile;
    assert.ok(p, 'no profile in the report');
    assert.strictEqual(p.claims, budget.claims.length);
    // the two named officials, the cited report, the anonymous "person familiar with the talks", the bare figure
    assert.strictEqual(p.sourcesByType.namedPeople, 2);
    assert.ok(p.sourcesByType.documents >= 1, JSON.stringify(p));
    assert.strictEqual(p.sourcesByType.anonymous, 1);
    assert.strictEqual(p.unattributed, 1);
    assert.strictEqual(p.unattributedShare, Math.round((1000 * 1) / p.claims) / 1000);
  });

  it('--format json: one entry per draft and a total that counts Whitfield once', async () => {
    const r = await cli(['profile', 'drafts', '--format', 'json'], dir);
    assert.strictEqual(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.deepStrictEqual(
      j.drafts.map((d: { path: string }) => d.path),
      [path.join('drafts', 'budget.md'), path.join('drafts', 'ferry.md')],
    );
    assert.strictEqual(j.drafts[1].profile.sourcesByType.namedPeople, 1);
    assert.strictEqual(j.total.sourcesByType.namedPeople, 2);
    assert.strictEqual(j.total.claims, j.drafts[0].profile.claims + j.drafts[1].profile.claims);
  });

  it('--format csv: a header, one row per draft, then the total', async () => {
    const r = await cli(['profile', 'drafts', '--format', 'csv'], dir);
    const rows = r.out.trim().split('\n');
    assert.strictEqual(
      rows[0],
      'draft,claims,sources,named people,named organisations,documents,unnamed people or groups,anonymous,unattributed,unattributed share,single-source claims',
    );
    assert.strictEqual(rows.length, 4);
    assert.match(rows[2], /^drafts[/\\]ferry\.md,1,1,1,0,0,0,0,0,0,1$/);
    assert.match(rows[3], /^total,/);
  });

  it('text: a table with the share as a percentage', async () => {
    const r = await cli(['profile', 'drafts'], dir);
    assert.strictEqual(r.code, 0);
    const lines = r.out.trim().split('\n');
    assert.match(lines[0], /^draft\s+claims\s+sources\s+people\s+organisations\s+documents\s+unnamed\s+anonymous/);
    assert.match(lines.at(-1)!, /^total\s+\d+/);
    assert.match(r.out, /\d+%/);
  });

  it('rejects a format it does not write', async () => {
    const r = await cli(['profile', 'drafts', '--format', 'sarif'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /--format must be one of text, json, csv/);
  });
});
