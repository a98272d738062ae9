/** `onrecord check --jobs N`: drafts analysed on worker threads give the same report as on one thread. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './cli-helpers';
import { Pool, runJobs } from '../../server/src/sources/pool';

/**
 * A week of flood coverage by several reporters: the minister's name is spelled two ways across the drafts, and two
 * stories misquote the mayor's interview.
 */
const STORIES: [string, string][] = [
  [
    'monday-levee.md',
    '# Levee holds as Tessel crests\n\n"The levee on the east side held longer than anyone expected," Mayor Ana Venn said on Monday.\n\nAbout 2,600 residents left low-lying streets in Dunmore, according to the Regional Emergency Office.\n',
  ],
  [
    'monday-minister.md',
    'Minister Oleksandr Hrytsenko toured the shelters on Monday. Hrytsenko promised that the state would pay for temporary housing.\n\n"Nobody should be sleeping in a car tonight," Hrytsenko told reporters at the school gym.\n',
  ],
  [
    'tuesday-schools.md',
    'Schools in Dunmore stay closed until Thursday, the district said. Repairs to the gym roof will cost $1.2 million.\n\nSources say the contractor had warned of weak spots in March.\n',
  ],
  [
    'tuesday-farms.md',
    'Farmers along the river lost nearly 40 percent of the winter wheat, said Marta Kolb, who heads the growers\' cooperative.\n\n"We planted late and now the fields are under water," Kolb said.\n',
  ],
  [
    'wednesday-funds.md',
    'Minister Oleksandr Hritsenko signed the relief order on Wednesday. The order frees 14 million euros for repairs.\n\nHritsenko said the money would reach families within a month.\n',
  ],
  [
    'wednesday-shelter.md',
    'The shelter at the school gym housed 312 people on Wednesday night, its director, Paul Ostrow, said.\n\n"We have beds, we have food, and we have volunteers," Ostrow said.\n',
  ],
  [
    'thursday-roads.md',
    'Route 9 reopened on Thursday after crews cleared the mud, the county said. The bridge at Elm Street stays closed.\n\n"It is safe to drive, but slowly," said county engineer Rosa Lind.\n',
  ],
  [
    'thursday-minister.md',
    'Hrytsenko returned to Dunmore on Thursday and met Mayor Ana Venn at city hall.\n\n"The money is on its way," Minister Oleksandr Hrytsenko said.\n',
  ],
  [
    'friday-review.md',
    'A week after the Tessel broke its banks, 1,900 people are still out of their homes, the Regional Emergency Office said.\n\nVenn said the city would review the levee plans with engineers in the spring.\n',
  ],
  [
    'friday-levee.md',
    'Engineers will study the east levee this summer. "The levee on the east side held longer than anyone expected," Venn said again on Friday.\n',
  ],
  [
    'saturday-volunteers.md',
    'Volunteers from three counties filled sandbags at the depot on Saturday.\n\nSome 2,100 residents left low-lying streets in Dunmore on Monday, according to the Regional Emergency Office.\n',
  ],
  [
    'friday-notes.txt',
    'Officials said the water would recede by Sunday. The forecast calls for dry weather through Tuesday.\n',
  ],
];

function week(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-jobs-'));
  fs.mkdirSync(path.join(dir, 'drafts'));
  fs.mkdirSync(path.join(dir, 'sources'));
  for (const [name, text] of STORIES) fs.writeFileSync(path.join(dir, 'drafts', name), text);
  fs.writeFileSync(
    path.join(dir, 'sources', 'venn.txt'),
    'Interview with Mayor Ana Venn, Monday.\n\nMAYOR VENN: The levee on the east side held much longer than anyone expected, and that bought us the hours we needed.\n',
  );
  return dir;
}

describe('onrecord check --jobs', () => {
  let dir: string;
  before(() => {
    dir = week();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--jobs 1 and --jobs 2 give byte-identical JSON reports, names compared across all drafts', async () => {
    const one = await cli(['check', '--format', 'json', '--fail-on', 'none', '--jobs', '1', 'drafts'], dir);
    const two = await cli(['check', '--format', 'json', '--fail-on', 'none', '--jobs', '2', 'drafts'], dir);
    assert.strictEqual(one.code, 0, one.err);
    assert.strictEqual(two.code, 0, two.err);
    assert.strictEqual(two.out, one.out);
    const report = JSON.parse(one.out) as { documents: { path: string; diagnostics: { code: string }[] }[] };
    assert.deepStrictEqual(
      report.documents.map((d) => path.basename(d.path)),
      STORIES.map(([name]) => name).sort(),
    );
    // the cross-draft rule saw every draft: the minority spelling is flagged in its own draft
    const funds = report.documents.find((d) => d.path.endsWith('wednesday-funds.md'))!;
    assert.ok(funds.diagnostics.some((x) => x.code === 'name-inconsistent'));
    // pass 2 on every thread: the evacuation figure differs between two drafts, and each says so
    for (const name of ['monday-levee.md', 'saturday-volunteers.md']) {
      const doc = report.documents.find((d) => d.path.endsWith(name))!;
      assert.ok(
        doc.diagnostics.some((x) => x.code === 'figure-inconsistent'),
        name,
      );
    }
    // and the quote that differs from the interview, through a worker's own source index
    const levee = report.documents.find((d) => d.path.endsWith('monday-levee.md'))!;
    assert.ok(levee.diagnostics.some((x) => x.code === 'quote-mismatch'));
  });

  it('the text and SARIF reports are the same on any number of threads', async () => {
    for (const format of ['text', 'sarif']) {
      const one = await cli(['check', '--format', format, '--jobs', '1', 'drafts'], dir);
      const three = await cli(['check', '--format', format, '--jobs', '3', 'drafts'], dir);
      assert.strictEqual(three.out, one.out, format);
      assert.strictEqual(three.code, one.code, format);
    }
  });

  it('a draft that fails in a worker thread is reported and the others are still checked', async () => {
    // the two levee stories misquote the mayor: their analysis throws. The first draft in path order goes to the
    // worker thread before this thread takes any, so one of them fails there.
    process.env.ONRECORD_TEST_THROW = 'quote-mismatch';
    try {
      const one = await cli(['check', '--format', 'json', '--fail-on', 'none', '--jobs', '1', 'drafts'], dir);
      const two = await cli(['check', '--format', 'json', '--fail-on', 'none', '--jobs', '2', 'drafts'], dir);
      assert.match(two.err, /could not analyse drafts\/friday-levee\.md: injected failure/);
      assert.match(two.err, /could not analyse drafts\/monday-levee\.md: injected failure/);
      const withoutStacks = (s: string) => s.replace(/^ {4}at .*\n/gm, '');
      assert.strictEqual(withoutStacks(two.err), withoutStacks(one.err));
      assert.strictEqual(two.out, one.out);
      assert.strictEqual(two.code, 3);
      assert.strictEqual(one.code, 3);
      const docs = (JSON.parse(two.out) as { documents: { path: string; error?: { message: string } }[] }).documents;
      assert.deepStrictEqual(
        docs.filter((d) => d.error).map((d) => d.path),
        ['drafts/friday-levee.md', 'drafts/monday-levee.md'],
      );
      assert.strictEqual(docs.length, STORIES.length);
    } finally {
      delete process.env.ONRECORD_TEST_THROW;
    }
  });

  it('--jobs must be a whole number of threads, 1 or more', async () => {
    for (const bad of ['0', 'two', '1.5']) {
      const r = await cli(['check', '--jobs', bad, 'drafts'], dir);
      assert.strictEqual(r.code, 2, bad);
      assert.match(r.err, /--jobs must be a whole number/);
    }
  });
});

describe('the thread pool', () => {
  it('keeps its workers between lists of jobs, and a broadcast reaches them before the jobs sent after it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-pool-'));
    const workerFile = path.join(dir, 'worker.js');
    fs.writeFileSync(
      workerFile,
      "const { parentPort, threadId } = require('worker_threads');\n" +
        "let suffix = '';\n" +
        "parentPort.on('message', (m) => { if ('suffix' in m) { suffix = m.suffix; return; } parentPort.postMessage({ i: m.i, result: m.job + suffix + '@' + threadId }); });\n",
    );
    const pool = new Pool(2, workerFile, null);
    try {
      // more jobs than a worker is sent ahead, so that both workers take some
      const names = 'abcdefghijklmnopqrst'.split('');
      const first = await pool.run(names, { onFailure: (j) => `failed ${j}` });
      pool.broadcast({ suffix: '!' });
      const second = await pool.run(names, { onFailure: (j) => `failed ${j}` });
      const threads = (rs: string[]) => new Set(rs.map((r) => r.split('@')[1]));
      assert.deepStrictEqual(
        first.map((r) => r.split('@')[0]),
        names,
      );
      assert.deepStrictEqual(
        second.map((r) => r.split('@')[0]),
        names.map((n) => n + '!'),
      );
      // the same two threads ran both lists: nothing was started again
      assert.strictEqual(threads(first).size, 2);
      assert.deepStrictEqual(threads(second), threads(first));
      assert.strictEqual(pool.size, 2);
    } finally {
      await pool.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('returns results in job order, and a worker that dies fails only the job it was running', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-pool-'));
    const workerFile = path.join(dir, 'worker.js');
    fs.writeFileSync(
      workerFile,
      "const { parentPort } = require('worker_threads');\n" +
        "parentPort.on('message', (m) => { if (m.job === 'crash') process.exit(7); parentPort.postMessage({ i: m.i, result: m.job.toUpperCase() }); });\n",
    );
    try {
      const jobs = ['crash', 'levee', 'shelter', 'roads', 'farms', 'schools'];
      const results = await runJobs(jobs, {
        workers: 1,
        workerFile,
        workerData: null,
        local: (j) => j.toUpperCase(),
        onFailure: (j, e) => `failed ${j}: ${e.message}`,
      });
      // the first job goes to the worker, which dies on it; the job sent along with it is done by this thread
      assert.deepStrictEqual(results, [
        'failed crash: worker thread stopped (exit code 7)',
        'LEVEE',
        'SHELTER',
        'ROADS',
        'FARMS',
        'SCHOOLS',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
