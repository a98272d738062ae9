/**
 * Checking many drafts at once (`onrecord check`). Two passes:
 * 1. per draft, needing nothing from other drafts: analysis, the check against sources, the report's JSON, and the
 *    draft's name spellings. Any thread can run it (see pool.ts), in any order.
 * 2. once every draft is counted: the cross-draft rules (a name spelled two ways across drafts and sources, a figure
 *    that differs from another draft's), merged into each draft's diagnostics. The main thread builds the indexes of
 *    names and figures, sends what they hold to the worker threads, and every thread checks drafts against them.
 * The report is the same whatever the number of threads: pass 1 is a pure function of the draft and the sources, pass
 * 2 adds the drafts' names and figures to the indexes in draft order, and every thread rebuilds the same indexes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Project, countNames, fileUri, type Settings } from './project';
import { DiskCache } from './diskcache';
import type { Pool } from './pool';
import type { Spool, SpoolRef } from './spool';
import { toJsonDiagnostic, toJsonDocument, type JsonDiagnostic } from '../core/report';
import { applySuppressions } from '../core/suppress';
import { withLevels } from '../core/check';
import type { RuleLevels } from '../../../protocol/settings';
import { NameIndex, type NameUse } from '../core/names';
import { ruleById, type SourcesRule } from '../core/rules';
import { LineIndex, type Range } from '../core/text';
import type { Entity, Figure, Finding, Mention } from '../core/types';
import { WorkspaceFigures } from './figures';
import { isCheckable, isComparable } from '../core/figures';
import type { FullAnalysis } from '../core/analyze';

const NAME_CODE = 'name-inconsistent';
const FIGURE_CODE = 'figure-inconsistent';

/** What every thread needs to set up its own Project: plain data, sent to worker threads as is. */
export interface BatchSetup {
  root: string;
  settings: Settings;
  explicitSourceDirs: string[];
  cacheDir: string | null;
  /** diagnostic codes to report (null: all), and to drop */
  only: string[] | null;
  ignore: string[] | null;
}

export interface DraftJob {
  file: string;
  /** the path shown in the report */
  rel: string;
  /** false: the draft only lends its names to the others (`--changed`, an unchanged draft) */
  report: boolean;
}

/** What pass 1 found in one draft: plain data, sent back from worker threads as is. */
export interface DraftOutcome {
  /** the draft's name spellings and how often each is used */
  counts: [string, number][];
  /** the report's document, pretty-printed and indented for the report, with `"diagnostics": []` in place */
  json?: string;
  diagnostics?: JsonDiagnostic[];
  text?: string;
  /** what pass 2 needs to check this draft's names */
  names?: NameProbe;
  /** the draft's figures (for figure-inconsistent in pass 2), and where a comment silences that rule */
  figures?: Figure[];
  figuresSuppressed?: number[];
  /** indices of the figures a source settles, which figure-inconsistent leaves alone */
  figuresSourced?: number[];
  failure?: { message: string; stack?: string; unreadable: boolean };
  /** the cache key this outcome is kept under (with `--cache`): everything it depends on */
  cacheKey?: string;
  /** where `json` waits on disk (see Spool), when it was moved there after pass 1 */
  spooled?: SpoolRef;
  /**
   * what pass 2 needs of this draft's own analysis (diagnostics, text, names, figures), on disk after pass 1 when
   * there is a spool: held for every draft of an archive until pass 2, it was most of what a large check kept
   */
  parked?: SpoolRef;
  /** the figures the figure index of pass 2 holds (the checkable ones), with their ranges: set after pass 1 */
  indexed?: { figures: Figure[]; ranges: Range[] };
  /** pass 2 has cross-draft findings to look for in this reported draft: set after pass 1 */
  cross?: boolean;
  /** read from the cache (with `--cache`): most often pass 2's findings are too, and nothing is spooled for it */
  cached?: boolean;
}

/** the part of an outcome that pass 2 reads back, draft by draft (see `parked`) */
type Parked = Pick<DraftOutcome, 'diagnostics' | 'text' | 'names' | 'figures' | 'figuresSuppressed' | 'figuresSourced'>;

interface NameProbe {
  entities: { type: Entity['type']; mentions: Mention[] }[];
  /** offsets at which a suppression comment silences name-inconsistent */
  suppressed: number[];
}

/** which diagnostic codes a check reports, and `key`, the same choice as text (for the cache's keys) */
export type Keep = ((code: string) => boolean) & { key: string };

export function keeper(setup: Pick<BatchSetup, 'only' | 'ignore'>): Keep {
  const only = setup.only && new Set(setup.only);
  const ignore = setup.ignore && new Set(setup.ignore);
  const keep = (code: string) => (!only || only.has(code)) && !(ignore && ignore.has(code));
  return Object.assign(keep, { key: JSON.stringify([setup.only, setup.ignore]) });
}

/**
 * The Project of one thread. `main` counts the sources' names for pass 2; worker threads only need the passages.
 * Source problems are logged by the main thread's Project only.
 */
export function batchProject(setup: BatchSetup, main: boolean, log: (m: string) => void = () => {}): Project {
  const project = new Project(setup.root, setup.settings, log);
  project.editing = false;
  project.crossDraftNames = false;
  project.countSourceNames = main;
  project.explicitSourceDirs = setup.explicitSourceDirs;
  project.testThrow = process.env.ONRECORD_TEST_THROW; // test-only fault injection, see Project.testThrow
  if (setup.cacheDir) project.diskCache = new DiskCache(setup.cacheDir, main ? log : () => {});
  project.readSources();
  return project;
}

/**
 * Pass 1 for one draft. Never throws: an unreadable or failing draft comes back with `failure`. With `--cache`, an
 * unchanged draft checked against unchanged sources with the same settings comes from the cache: no analysis, no
 * check against the sources, no JSON to build.
 */
export function checkDraft(project: Project, job: DraftJob, keep: Keep): DraftOutcome {
  let text: string;
  try {
    text = fs.readFileSync(job.file, 'utf8');
  } catch (e) {
    return { counts: [], failure: { message: (e as Error).message, unreadable: true } };
  }
  const cache = project.diskCache;
  if (!cache) return checkText(project, job, keep, text);
  const cacheKey = cache.recordKey('outcome', outcomeDependencies(project, job, keep, text));
  const cached = cache.record<DraftOutcome>(cacheKey);
  if (cached) return { ...cached, cacheKey, cached: true };
  const outcome = checkText(project, job, keep, text);
  if (outcome.failure) return outcome;
  cache.setRecord(cacheKey, outcome);
  return { ...outcome, cacheKey };
}

/** what pass 1's outcome for a draft depends on: the draft, where it is, the settings, the sources, the codes kept */
function outcomeDependencies(project: Project, job: DraftJob, keep: Keep, text: string): string[] {
  return [
    path.resolve(job.file),
    job.rel,
    String(job.report),
    project.root ?? '',
    settingsJson(project.settings),
    project.sources.digest(),
    keep.key,
    text,
  ];
}

/** the settings as JSON, made once per settings object rather than once per draft */
const settingsJsons = new WeakMap<Settings, string>();
function settingsJson(settings: Settings): string {
  let json = settingsJsons.get(settings);
  if (json === undefined) settingsJsons.set(settings, (json = JSON.stringify(settings)));
  return json;
}

function checkText(project: Project, job: DraftJob, keep: Keep, text: string): DraftOutcome {
  const uri = fileUri(job.file);
  const languageId = /\.(md|markdown)$/i.test(job.file) ? 'markdown' : 'plaintext';
  try {
    if (!job.report) {
      const counts = nameCounts(project.draftNameCounts(uri, text, languageId));
      return { counts, figures: keep(FIGURE_CODE) ? project.coreAnalysis(uri, text, languageId).figures : undefined };
    }
    const r = project.analyze(uri, text, languageId, 1, path.dirname(path.resolve(job.file)));
    const counts = new Map<string, NameUse>();
    countNames(counts, r.analysis, '');
    const doc = toJsonDocument(job.rel, r.text, r.analysis, r.index);
    const diagnostics = doc.diagnostics.filter((d) => keep(d.code));
    doc.diagnostics = [];
    return {
      counts: nameCounts(counts),
      json: indentedJson(doc, 2),
      diagnostics,
      text: r.text,
      names: keep(NAME_CODE) ? nameProbe(r.analysis) : undefined,
      ...(keep(FIGURE_CODE) ? figureProbe(r.analysis) : {}),
    };
  } catch (e) {
    return { counts: [], failure: { message: (e as Error).message, stack: (e as Error).stack, unreadable: false } };
  } finally {
    project.forget(uri);
  }
}

function nameCounts(m: Map<string, NameUse>): [string, number][] {
  return [...m].map(([k, v]) => [k, v.count]);
}

const NAMED = new Set(['person', 'place', 'organization']);

function nameProbe(a: FullAnalysis): NameProbe | undefined {
  const entities = a.entities
    .filter((e) => NAMED.has(e.type))
    .map((e) => ({ type: e.type, mentions: e.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end })) }));
  if (!entities.length) return undefined;
  return { entities, suppressed: suppressedNameOffsets(a, entities) };
}

function figureProbe(a: FullAnalysis): Pick<DraftOutcome, 'figures' | 'figuresSuppressed' | 'figuresSourced'> {
  const figures = a.figures;
  if (!figures.length) return {};
  const probes: Finding[] = figures.map((f) => ({
    code: FIGURE_CODE,
    severity: 'information',
    start: f.start,
    end: f.end,
    message: '',
  }));
  const kept = new Set(applySuppressions(a.model, probes).map((f) => f.start));
  return {
    figures,
    figuresSuppressed: figures.map((f) => f.start).filter((s) => !kept.has(s)),
    figuresSourced: a.sourcedFigures,
  };
}

/** The figure index of pass 2: every draft's figures (reported or not), labelled with their report paths. */
export function batchFigureIndex(jobs: DraftJob[], outcomes: Pick<DraftOutcome, 'indexed'>[]): WorkspaceFigures {
  const index = new WorkspaceFigures();
  outcomes.forEach((o, i) => {
    if (o.indexed) index.update(fileUri(jobs[i].file), rangesOf(o.indexed), o.indexed.figures, jobs[i].rel);
  });
  return index;
}

/** the figures of a draft that the figure index would hold, with their ranges: all the index needs of the draft */
export function indexedFigures(figures: Figure[], text: string): DraftOutcome['indexed'] {
  // copied: a figure's words are pieces of its draft's text, and held until pass 2 they kept every draft's whole text
  const kept = structuredClone(figures.filter((f) => isCheckable(f) && isComparable(f)));
  const lines = new LineIndex(text);
  return { figures: kept, ranges: kept.map((f) => lines.range(f.start, f.end)) };
}

/** the ranges worked out in pass 1, as the figure index asks for them */
function rangesOf(indexed: NonNullable<DraftOutcome['indexed']>): { range(start: number, end: number): Range } {
  const at = new Map<string, Range>();
  indexed.figures.forEach((f, i) => at.set(`${f.start} ${f.end}`, indexed.ranges[i]));
  return { range: (start, end) => at.get(`${start} ${end}`)! };
}

/**
 * After pass 1, on the thread that writes the report: the figures for the figure index kept aside, the report's JSON
 * and what pass 2 reads of the draft's own analysis moved to the spool (when there is one).
 */
export function settleOutcome(o: DraftOutcome, job: DraftJob, spool: Spool | null): void {
  o.cross = job.report && !o.failure && !!(o.names || o.figures?.length);
  if (spool && o.json !== undefined) {
    o.spooled = spool.put(o.json);
    o.json = undefined;
  }
  // a warm run reads pass 2's findings from the cache too: its outcomes stay as read until they are needed
  if (!o.cached) indexOutcome(o, job, spool);
}

/** an outcome's figures for the index of pass 2, and (with a spool) the rest of what pass 2 needs moved there */
function indexOutcome(o: DraftOutcome, job: DraftJob, spool: Spool | null): void {
  if (o.figures && !o.indexed) {
    const lent = o.text ?? readOrNull(job.file);
    if (lent !== null) o.indexed = indexedFigures(o.figures, lent);
  }
  if (!spool || o.failure || o.parked) return;
  if (!job.report) {
    o.figures = undefined; // a draft that only lends its figures: the index has them
    return;
  }
  const { diagnostics, text, names, figures, figuresSuppressed, figuresSourced } = o;
  o.parked = spool.put(JSON.stringify({ diagnostics, text, names, figures, figuresSuppressed, figuresSourced }));
  for (const k of ['diagnostics', 'text', 'names', 'figures', 'figuresSuppressed', 'figuresSourced'] as const)
    o[k] = undefined;
}

/** a draft that only lends its figures: its text, read again (as pass 1 did), or null when it is gone */
function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** what pass 2 reads of a draft's own analysis: from the outcome, or from the spool it was moved to */
export function parkedOf(o: DraftOutcome, spool: Spool | null): Parked {
  return o.parked && spool ? (JSON.parse(spool.get(o.parked)) as Parked) : o;
}

/** Pass 2 for one draft's figures: against every other draft's, merged into its diagnostics in order. */
export function withFigureFindings(
  o: CrossJob['outcome'],
  job: DraftJob,
  own: JsonDiagnostic[],
  figures: WorkspaceFigures,
  levels?: RuleLevels,
): JsonDiagnostic[] {
  if (!o.figures?.length || o.text === undefined) return own;
  const silenced = new Set(o.figuresSuppressed);
  const slim = {
    entities: [],
    claims: [],
    figures: o.figures,
    findings: [],
    citations: [],
    sourcedFigures: o.figuresSourced,
  };
  const checked = (ruleById(FIGURE_CODE) as SourcesRule)
    .check({
      text: o.text,
      analysis: slim,
      index: null,
      bibliography: new Map(),
      links: NO_LINKS,
      otherFigures: figures.othersThan(fileUri(job.file)),
    })
    .filter((f) => !silenced.has(f.start));
  const found = withLevels(checked, levels);
  if (!found.length) return own;
  const index = new LineIndex(o.text);
  return mergeInOrder(
    own,
    found.map((f) => toJsonDiagnostic(f, index)),
  );
}

/** where a finding of name-inconsistent could start (a mention, or a word in it) and a comment silences it */
function suppressedNameOffsets(a: FullAnalysis, entities: NameProbe['entities']): number[] {
  if (!a.model.comments.length) return [];
  const at = new Set<number>();
  for (const e of entities)
    for (const m of e.mentions) {
      at.add(m.start);
      for (const w of m.text.matchAll(/\S+/g)) at.add(m.start + w.index!);
    }
  const probes: Finding[] = [...at].map((start) => ({
    code: NAME_CODE,
    severity: 'warning',
    start,
    end: start,
    message: '',
  }));
  const kept = new Set(applySuppressions(a.model, probes).map((f) => f.start));
  return [...at].filter((x) => !kept.has(x));
}

const NO_LINKS = { quotes: new Map(), figures: [] };

/** Pass 2 for one draft: its names against every draft's and source's, merged into its diagnostics in order. */
export function withNameFindings(o: CrossJob['outcome'], names: NameIndex, levels?: RuleLevels): JsonDiagnostic[] {
  const own = o.diagnostics ?? [];
  if (!o.names || o.text === undefined) return own;
  const silenced = new Set(o.names.suppressed);
  const slim = {
    entities: o.names.entities.map((e) => ({ name: '', aliases: [], ...e })),
    claims: [],
    figures: [],
    findings: [],
    citations: [],
  };
  const rule = ruleById(NAME_CODE) as SourcesRule;
  const found = withLevels(
    rule
      .check({ text: '', analysis: slim, index: null, bibliography: new Map(), names, links: NO_LINKS })
      .filter((f) => !silenced.has(f.start)),
    levels,
  );
  if (!found.length) return own;
  const index = new LineIndex(o.text);
  const added = found.map((f) => toJsonDiagnostic(f, index));
  return mergeInOrder(own, added.sort(compareRanges)); // the rule reports entity by entity
}

/** both lists in document order; on a tie the draft's own diagnostic comes first (as a stable sort would) */
function mergeInOrder(a: JsonDiagnostic[], b: JsonDiagnostic[]): JsonDiagnostic[] {
  const out: JsonDiagnostic[] = [];
  let i = 0,
    j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && compareRanges(a[i], b[j]) <= 0)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}
function compareRanges(x: JsonDiagnostic, y: JsonDiagnostic): number {
  const s = x.range.start,
    t = y.range.start,
    e = x.range.end,
    f = y.range.end;
  return s.line - t.line || s.character - t.character || e.line - f.line || e.character - f.character;
}

/** pass 1's JSON of a draft's document, from memory or from the spool it was moved to */
export function outcomeJson(o: DraftOutcome, spool: Spool | null): string {
  return o.spooled && spool ? spool.get(o.spooled) : o.json!;
}

/** The report's document for one draft: pass 1's JSON with the final diagnostics in place. */
export function documentJson(o: DraftOutcome, diagnostics: JsonDiagnostic[], spool: Spool | null = null): string {
  const json = outcomeJson(o, spool);
  const at = json.lastIndexOf('"diagnostics": []');
  if (at < 0 || !diagnostics.length) return json;
  const list = indentedJson(diagnostics, 3).trimStart();
  return json.slice(0, at) + '"diagnostics": ' + list + json.slice(at + '"diagnostics": []'.length);
}

/**
 * `value` pretty-printed as it sits `depth` levels deep in the report (every line indented by two spaces a level):
 * stringified inside as many one-element arrays, which JSON.stringify indents in the same pass, instead of a second
 * pass over the text to indent it.
 */
export function indentedJson(value: unknown, depth: number): string {
  let wrapped = value;
  let open = 0,
    close = 0;
  for (let i = 0; i < depth; i++) {
    wrapped = [wrapped];
    open += 2 * i + 2; // "[\n" after 2i spaces
    close += 2 * i + 2; // "\n" and 2i spaces before "]"
  }
  const json = JSON.stringify(wrapped, null, 2);
  return json.slice(open, json.length - close);
}

/** The name index of pass 2: the sources' names, then each draft's in draft order. */
export function batchNameIndex(project: Project, jobs: DraftJob[], outcomes: DraftOutcome[]): NameIndex {
  return project.nameIndexWith(
    outcomes.map((o, i) => ({
      file: path.basename(jobs[i].file),
      counts: new Map(o.counts.map(([k, n]) => [k, { spelling: k, count: n, files: new Set<string>() }])),
    })),
  );
}

/** below this many drafts per thread, a worker thread costs more to start than it saves */
const DRAFTS_PER_WORKER = 4;

/**
 * How many worker threads a check of these drafts gets on `threads` threads (this one included). Without the worker
 * script (a bundle copied on its own) everything runs on this thread.
 */
export function batchWorkers(jobs: DraftJob[], threads: number, workerFile: string): number {
  if (!fs.existsSync(workerFile)) return 0;
  const reported = jobs.filter((j) => j.report).length;
  return Math.max(0, Math.min(threads - 1, Math.floor(reported / DRAFTS_PER_WORKER)));
}

/** Pass 1 over every draft, on this thread and the pool's workers, results in the jobs' order. */
export function checkDrafts(
  project: Project,
  setup: BatchSetup,
  jobs: DraftJob[],
  pool: Pool,
  spool: Spool | null = null,
): Promise<DraftOutcome[]> {
  const keep = keeper(setup);
  return pool.run(jobs, {
    local: (job) => checkDraft(project, job, keep),
    onFailure: (_job, e) => ({ counts: [], failure: { message: e.message, stack: e.stack, unreadable: false } }),
    // each draft's JSON and analysis wait on disk for pass 2, not in memory
    onResult: (i, o) => settleOutcome(o, jobs[i], spool),
  });
}

/** Pass 2 for one draft: what it needs of pass 1, sent to whichever thread checks it. */
export interface CrossJob {
  job: DraftJob;
  outcome: Pick<DraftOutcome, 'names' | 'text' | 'diagnostics' | 'figures' | 'figuresSuppressed' | 'figuresSourced'>;
}

/** What every thread needs for pass 2: the name index's spellings in order, and every draft's figures. */
export interface CrossSetup {
  names: [string, NameUse][];
  /** the settings' rule levels (`rules` in .onrecord.json), which the cross-draft findings obey as all others do */
  levels?: RuleLevels;
  jobs: DraftJob[];
  figures: Pick<DraftOutcome, 'indexed'>[];
}

export interface CrossIndexes {
  names: NameIndex;
  figures: WorkspaceFigures;
  levels?: RuleLevels;
}

/** A worker thread's copy of the main thread's indexes: the same entries, added in the same order. */
export function crossIndexes(setup: CrossSetup): CrossIndexes {
  return {
    names: NameIndex.of(setup.names),
    figures: batchFigureIndex(setup.jobs, setup.figures),
    levels: setup.levels,
  };
}

/** A draft's diagnostics with the cross-draft rules' findings merged in. */
export function crossFindings(c: CrossJob, x: CrossIndexes): JsonDiagnostic[] {
  return withFigureFindings(c.outcome, c.job, withNameFindings(c.outcome, x.names, x.levels), x.figures, x.levels);
}

/**
 * Pass 2 on this thread and the pool's workers. Each reported draft goes to `report` with its final diagnostics
 * (undefined for a draft that failed), in the jobs' order, as soon as it and the drafts before it are done, so that
 * this thread writes the report while the workers check. A draft whose worker dies is checked on this thread.
 */
export async function crossCheck(
  pool: Pool,
  project: Project,
  jobs: DraftJob[],
  outcomes: DraftOutcome[],
  report: (o: DraftOutcome, job: DraftJob, diagnostics: JsonDiagnostic[] | undefined) => void,
  spool: Spool | null = null,
): Promise<void> {
  // with --cache, the same drafts' outcomes as a run before: the same final diagnostics
  const cache = project.diskCache;
  const cacheKey =
    cache && outcomes.every((o) => o.cacheKey)
      ? cache.recordKey(
          'cross',
          outcomes.map((o) => o.cacheKey!),
        )
      : null;
  const known = cacheKey ? cache!.record<(JsonDiagnostic[] | undefined)[]>(cacheKey) : null;
  if (known && known.length === jobs.length) {
    jobs.forEach((job, i) => job.report && report(outcomes[i], job, known[i] ?? undefined));
    return;
  }
  outcomes.forEach((o, i) => indexOutcome(o, jobs[i], null));
  const x: CrossIndexes = {
    names: batchNameIndex(project, jobs, outcomes),
    figures: batchFigureIndex(jobs, outcomes),
    levels: project.settings.rules,
  };
  /** pass 2's diagnostics of a draft, until it is reported */
  const final: (JsonDiagnostic[] | undefined)[] = new Array(jobs.length);
  /** with --cache, each draft's final diagnostics as JSON, for the record written at the end */
  const recorded: string[] | null = cacheKey ? [] : null;
  const waiting = outcomes.map((o) => !!o.cross);
  const todo = outcomes.flatMap((_, i) => (waiting[i] ? [i] : []));
  // a draft's own analysis is read back from the spool only when its turn comes
  const crossJob = (i: number): CrossJob => {
    const { names, text, diagnostics, figures, figuresSuppressed, figuresSourced } = parkedOf(outcomes[i], spool);
    return { job: jobs[i], outcome: { names, text, diagnostics, figures, figuresSuppressed, figuresSourced } };
  };
  if (pool.size) {
    const setup: CrossSetup = {
      names: [...x.names],
      levels: x.levels,
      jobs,
      figures: outcomes.map((o) => (o.indexed ? { indexed: o.indexed } : {})),
    };
    pool.broadcast({ cross: setup });
  }
  let next = 0;
  const flush = () => {
    for (; next < jobs.length && !waiting[next]; next++) {
      const o = outcomes[next];
      const diagnostics = o.failure ? undefined : (final[next] ?? ownDiagnostics(o, jobs[next], spool));
      final[next] = undefined;
      if (jobs[next].report) report(o, jobs[next], diagnostics);
      recorded?.push(JSON.stringify(diagnostics) ?? 'null');
    }
  };
  flush();
  const local = (i: number) => crossFindings(crossJob(i), x);
  await pool.run(todo, {
    local,
    send: crossJob,
    onFailure: local,
    onResult: (k, diagnostics) => {
      final[todo[k]] = diagnostics;
      waiting[todo[k]] = false;
      flush();
    },
  });
  if (cacheKey) cache!.setRecordJson(cacheKey, `[${recorded!.join(',')}]`);
}

/** a draft's diagnostics from pass 1, which pass 2 had nothing to add to */
function ownDiagnostics(o: DraftOutcome, job: DraftJob, spool: Spool | null): JsonDiagnostic[] {
  return job.report ? (parkedOf(o, spool).diagnostics ?? []) : (o.diagnostics ?? []);
}

/** a reported draft's text (for the report formats that quote it), from the outcome or the spool */
export function outcomeText(o: DraftOutcome, spool: Spool | null): string | undefined {
  return parkedOf(o, spool).text;
}
