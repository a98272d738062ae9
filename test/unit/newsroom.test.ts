/**
 * The newsroom precision suite: realistic workspaces under test/newsroom/, each with drafts, sources, a bibliography
 * and an expected.json that lists every finding a careful fact-checker would want (code, draft, snippet). The suite
 * runs `onrecord check drafts --format json` in each workspace, counts every other finding as a false alarm and every
 * expected one it does not report as a miss, and prints precision and recall per code.
 *
 * A workspace may also hold a known-gaps.json: the false alarms and misses the engine still gives on it, each with why.
 * expected.json stays what the journalism wants; the gaps file is the suite's honest record of where the engine falls
 * short. The test fails on any false alarm or miss not listed there, and on a listed gap that no longer happens (so a
 * fix must delete its entry and the README's figures follow).
 *
 * An expectation with code "speaker" is not a finding but a claim (issue 14): its snippet lies in the words of an
 * attributed statement and its `speaker` is the full name of the person or body who said it. It is found when a claim
 * overlaps the snippet, and right when such a claim's speaker name holds that full name (a surname alone is wrong when
 * the story gives the whole name). A wrong or missing speaker is a miss, so known-gaps.json lists it like any other.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cli } from './cli-helpers';

interface Expected {
  file: string;
  code: string;
  snippet: string;
  why?: string;
  /** code "speaker": the full name of who said the claim holding the snippet */
  speaker?: string;
}
/** known-gaps.json: findings the engine still gets wrong on a workspace (snippet as in expected.json) */
interface KnownGaps {
  falseAlarms?: Expected[];
  misses?: Expected[];
}
interface Diagnostic {
  code: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface Found {
  file: string;
  code: string;
  start: number;
  end: number;
  text: string;
  message: string;
}
interface Claim {
  kind: string;
  range: Diagnostic['range'];
  speaker?: { name?: string; text?: string };
}
/** one expected speaker: whether a claim holds its snippet, and the name the claim gives */
export interface SpeakerScore {
  expected: Expected;
  found: boolean;
  name?: string;
  right: boolean;
}
export interface WorkspaceScore {
  name: string;
  falseAlarms: Found[];
  misses: Expected[];
  hits: { expected: Expected; found: Found }[];
  speakers: SpeakerScore[];
}

const ROOT = path.resolve('test/newsroom');

/** 0-based line + UTF-16 character → offset in text */
function offsetOf(text: string, pos: { line: number; character: number }): number {
  let off = 0;
  for (let l = 0; l < pos.line; l++) off = text.indexOf('\n', off) + 1;
  return off + pos.character;
}

/** every [start, end) where snippet occurs in text */
function occurrences(text: string, snippet: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(snippet); i >= 0; i = text.indexOf(snippet, i + 1)) out.push([i, i + snippet.length]);
  return out;
}

/** a name as a list of lower-case words without accents */
const nameWords = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** the claim's name holds the whole expected name ("Sen. Ana Ruiz" holds "Ana Ruiz"; "Ruiz" does not) */
export function namesSpeaker(claimName: string | undefined, expected: string): boolean {
  const have = nameWords(claimName ?? ''),
    want = nameWords(expected);
  if (!want.length) return false;
  for (let i = 0; i + want.length <= have.length; i++) if (want.every((w, k) => have[i + k] === w)) return true;
  return false;
}

function scoreSpeakers(dir: string, expected: Expected[], claims: Map<string, { text: string; claims: Claim[] }>) {
  return expected.map((e): SpeakerScore => {
    const doc = claims.get(e.file);
    const spans = doc ? occurrences(doc.text, e.snippet) : [];
    const holding = (doc?.claims ?? []).filter((c) => {
      if (c.kind === 'unattributed') return false;
      const s = offsetOf(doc!.text, c.range.start),
        t = offsetOf(doc!.text, c.range.end);
      return spans.some(([a, b]) => s < b && t > a);
    });
    const right = holding.find((c) => namesSpeaker(c.speaker?.name, e.speaker ?? ''));
    const name = (right ?? holding[0])?.speaker?.name;
    return { expected: e, found: holding.length > 0, name, right: !!right };
  });
}

export async function scoreWorkspace(name: string): Promise<WorkspaceScore> {
  const dir = path.join(ROOT, name);
  const all: Expected[] = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const expected = all.filter((e) => e.code !== 'speaker');
  const r = await cli(['check', 'drafts', '--format', 'json', '--fail-on', 'none'], dir);
  assert.strictEqual(r.code, 0, r.err);
  const report = JSON.parse(r.out) as { documents: { path: string; diagnostics: Diagnostic[]; claims?: Claim[] }[] };
  const found: Found[] = [];
  const claims = new Map<string, { text: string; claims: Claim[] }>();
  for (const doc of report.documents) {
    const text = fs.readFileSync(path.join(dir, doc.path), 'utf8');
    claims.set(doc.path, { text, claims: doc.claims ?? [] });
    for (const d of doc.diagnostics) {
      const start = offsetOf(text, d.range.start),
        end = offsetOf(text, d.range.end);
      found.push({ file: doc.path, code: d.code, start, end, text: text.slice(start, end), message: d.message });
    }
  }
  // an expected finding is hit by a finding of its code, in its draft, whose range overlaps the snippet
  const hits: WorkspaceScore['hits'] = [];
  const misses: Expected[] = [];
  const used = new Set<Found>();
  for (const e of expected) {
    const text = fs.readFileSync(path.join(dir, e.file), 'utf8');
    const spans = occurrences(text, e.snippet);
    const f = found.find(
      (x) => !used.has(x) && x.file === e.file && x.code === e.code && spans.some(([s, t]) => x.start < t && x.end > s),
    );
    if (f) {
      used.add(f);
      hits.push({ expected: e, found: f });
    } else misses.push(e);
  }
  const speakers = scoreSpeakers(
    dir,
    all.filter((e) => e.code === 'speaker'),
    claims,
  );
  for (const s of speakers) if (!s.right) misses.push(s.expected);
  return { name, hits, misses, falseAlarms: found.filter((x) => !used.has(x)), speakers };
}

export function workspaces(): string[] {
  return fs
    .readdirSync(ROOT)
    .filter((d) => fs.existsSync(path.join(ROOT, d, 'expected.json')))
    .sort();
}

/** precision and recall per code, as a table */
export function summarise(scores: WorkspaceScore[]): string {
  const per = new Map<string, { tp: number; fp: number; fn: number }>();
  const row = (code: string) => {
    let r = per.get(code);
    if (!r) per.set(code, (r = { tp: 0, fp: 0, fn: 0 }));
    return r;
  };
  for (const s of scores) {
    for (const h of s.hits) row(h.expected.code).tp++;
    for (const f of s.falseAlarms) row(f.code).fp++;
    for (const m of s.misses) if (m.code !== 'speaker') row(m.code).fn++;
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(0) + ' %' : '–');
  const lines = ['| code | expected | found | right | precision | recall |', '|---|---|---|---|---|---|'];
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const [code, r] of [...per].sort()) {
    lines.push(
      `| \`${code}\` | ${r.tp + r.fn} | ${r.tp + r.fp} | ${r.tp} | ${pct(r.tp, r.tp + r.fp)} | ${pct(r.tp, r.tp + r.fn)} |`,
    );
    total.tp += r.tp;
    total.fp += r.fp;
    total.fn += r.fn;
  }
  lines.push(
    `| all | ${total.tp + total.fn} | ${total.tp + total.fp} | ${total.tp} | ${pct(total.tp, total.tp + total.fp)} | ${pct(total.tp, total.tp + total.fn)} |`,
  );
  return lines.join('\n');
}

/** the speaker names, as a table: expected claims, claims found over them, and found with the right full name */
export function summariseSpeakers(scores: WorkspaceScore[]): string {
  const all = scores.flatMap((s) => s.speakers);
  if (!all.length) return '';
  const found = all.filter((s) => s.found).length,
    right = all.filter((s) => s.right).length;
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(0) + ' %' : '–');
  return [
    '| speaker names | expected | found | right | right of found | right of expected |',
    '|---|---|---|---|---|---|',
    `| all | ${all.length} | ${found} | ${right} | ${pct(right, found)} | ${pct(right, all.length)} |`,
  ].join('\n');
}

function knownGaps(name: string): Required<KnownGaps> {
  const file = path.join(ROOT, name, 'known-gaps.json');
  const gaps: KnownGaps = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  return { falseAlarms: gaps.falseAlarms ?? [], misses: gaps.misses ?? [] };
}

/** a listed false alarm covers a finding of its code, in its draft, whose range overlaps its snippet */
function covers(dir: string, gap: Expected, f: Found): boolean {
  if (gap.file !== f.file || gap.code !== f.code) return false;
  const text = fs.readFileSync(path.join(dir, gap.file), 'utf8');
  return occurrences(text, gap.snippet).some(([s, t]) => f.start < t && f.end > s);
}

const sameExpectation = (a: Expected, b: Expected) => a.file === b.file && a.code === b.code && a.snippet === b.snippet;

/** the false alarms and misses not listed as known gaps, and the listed gaps that no longer happen */
function unlistedProblems(s: WorkspaceScore): { falseAlarms: Found[]; misses: Expected[]; stale: Expected[] } {
  const dir = path.join(ROOT, s.name);
  const gaps = knownGaps(s.name);
  const falseAlarms = s.falseAlarms.filter((f) => !gaps.falseAlarms.some((g) => covers(dir, g, f)));
  const misses = s.misses.filter((m) => !gaps.misses.some((g) => sameExpectation(g, m)));
  const stale = [
    ...gaps.falseAlarms.filter((g) => !s.falseAlarms.some((f) => covers(dir, g, f))),
    ...gaps.misses.filter((g) => !s.misses.some((m) => sameExpectation(g, m))),
  ];
  return { falseAlarms, misses, stale };
}

/** for a missed speaker: who the suite wanted and what the claim said */
function speakerNote(s: WorkspaceScore, m: Expected): string {
  const sp = s.speakers.find((x) => x.expected === m);
  if (!sp) return '';
  return sp.found ? ` wants ${m.speaker}, got ${sp.name ?? 'no speaker'}` : ` wants ${m.speaker}, no claim`;
}

function describeScore(s: WorkspaceScore): string {
  return [
    ...s.falseAlarms.map((f) => `  false alarm ${f.file} ${f.code} “${f.text}”: ${f.message}`),
    ...s.misses.map(
      (m) => `  missed ${m.file} ${m.code} “${m.snippet}”${m.why ? ' (' + m.why + ')' : ''}${speakerNote(s, m)}`,
    ),
  ].join('\n');
}

describe('newsroom precision suite (test/newsroom)', () => {
  const scores: WorkspaceScore[] = [];
  after(() => {
    if (scores.length) console.log('\n' + summarise(scores) + '\n\n' + summariseSpeakers(scores) + '\n');
  });
  for (const name of workspaces()) {
    it(`${name}: every expected finding, no false alarms beyond its known gaps`, async () => {
      const s = await scoreWorkspace(name);
      scores.push(s);
      const problems = describeScore(s);
      if (problems) console.log(`${name}:\n${problems}`);
      // every snippet must name text that is in its draft, or the expectation can never be met
      const dir = path.join(ROOT, name);
      for (const e of [...s.misses, ...s.hits.map((h) => h.expected)])
        assert.ok(fs.readFileSync(path.join(dir, e.file), 'utf8').includes(e.snippet), `${e.file}: no “${e.snippet}”`);
      const unlisted = unlistedProblems(s);
      assert.deepStrictEqual(
        { falseAlarms: unlisted.falseAlarms.length, misses: unlisted.misses.length, staleGaps: unlisted.stale },
        { falseAlarms: 0, misses: 0, staleGaps: [] },
        problems,
      );
    });
  }
});
