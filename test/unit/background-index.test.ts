/**
 * The server's background indexer on worker threads (`onrecord.jobs`): the drafts of the workspace analysed off the
 * server's thread give the same workspace as analysed on it, and a worker that dies leaves its drafts to this thread.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Project, DEFAULT_SETTINGS } from '../../server/src/sources/project';
import { MemoryFileSystem } from '../../server/src/sources/fs';
import { runJobs } from '../../server/src/sources/pool';
import { indexerThreads } from '../../server/src/sources/drafts';

const WS = path.resolve('/ws');
const at = (...parts: string[]) => path.join(WS, ...parts);
/** the worker script the unit bundle is built with (the server finds its own next to dist/server.js) */
const WORKER = path.join(__dirname, 'check-worker.js');

/** a flood week's drafts: the minister's name spelled two ways, figures given two ways, a misquote of the mayor */
const DRAFTS: Record<string, string> = {
  [at('drafts', 'monday.md')]:
    '# Levee holds as Tessel crests\n\n"The levee on the east side held longer than anyone expected," Mayor Ana Venn said on Monday.\n\nAbout 2,600 residents were evacuated from low-lying streets in Dunmore, the Regional Emergency Office said.\n',
  [at('drafts', 'tuesday.md')]:
    'Minister Oleksandr Hrytsenko toured the shelters on Tuesday. Hrytsenko promised that the state would pay for temporary housing.\n\nNearly 3,000 residents were evacuated from low-lying streets in Dunmore, the Regional Emergency Office said.\n',
  [at('drafts', 'wednesday.md')]:
    'Minister Oleksandr Hritsenko signed the relief order on Wednesday. The order frees 14 million euros for repairs.\n\nSources say the contractor had warned of weak spots in March.\n',
  [at('drafts', 'thursday.txt')]:
    '"It is safe to drive, but slowly," said county engineer Rosa Lind. Route 9 reopened on Thursday, the county said.\n',
  [at('sources', 'call.txt')]: 'MAYOR VENN: The levee on the east side held longer than we expected.\n',
};

async function indexed(workerFile: string | null, jobs = 2) {
  const p = new Project(WS, { ...DEFAULT_SETTINGS, jobs }, undefined, new MemoryFileSystem(DRAFTS));
  p.workerFile = workerFile;
  p.loadSources();
  await p.indexWorkspaceAsync();
  const workspace = p
    .workspaceAnalyses()
    .map((d) => ({
      uri: d.uri,
      claims: d.analysis.claims,
      entities: d.analysis.entities,
      findings: d.analysis.findings,
    }))
    .sort((a, b) => a.uri.localeCompare(b.uri));
  return { workspace, offThread: p.drafts.offThread };
}

describe('background indexing on worker threads', () => {
  it('analyses the drafts on worker threads and gives the workspace the same claims, names and findings', async () => {
    const here = await indexed(null);
    const threads = await indexed(WORKER);
    assert.strictEqual(here.offThread, 0);
    assert.strictEqual(threads.offThread, 4);
    assert.deepStrictEqual(threads.workspace, here.workspace);
    const codes = here.workspace.flatMap((d) => d.findings.map((f) => f.code));
    // the workspace rules saw every draft: the name spelled two ways and the figure given two ways
    assert.ok(codes.includes('name-inconsistent'), codes.join(' '));
    assert.ok(codes.includes('figure-inconsistent'), codes.join(' '));
  });

  it('a worker that cannot start leaves the drafts to this thread, with the same result', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-indexer-'));
    const broken = path.join(dir, 'worker.js');
    fs.writeFileSync(broken, "throw new Error('no worker today');\n");
    try {
      const here = await indexed(null);
      const failed = await indexed(broken);
      assert.strictEqual(failed.offThread, 0);
      assert.deepStrictEqual(failed.workspace, here.workspace);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('onrecord.jobs: a number of threads, or 0 for one fewer than the cores (at least 1)', () => {
    assert.strictEqual(indexerThreads(3), 3);
    assert.ok(indexerThreads(0) >= 1);
    assert.strictEqual(indexerThreads(0), Math.max(1, os.availableParallelism() - 1));
  });

  it("without this thread, the pool gives a dead worker's jobs to the live ones", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-pool-'));
    const workerFile = path.join(dir, 'worker.js');
    // the worker that gets 'crash' dies; the other one does the rest
    fs.writeFileSync(
      workerFile,
      "const { parentPort } = require('worker_threads');\n" +
        "parentPort.on('message', (m) => { if (m.job === 'crash') process.exit(7); parentPort.postMessage({ i: m.i, result: m.job.toUpperCase() }); });\n",
    );
    try {
      const jobs = ['crash', 'levee', 'shelter', 'roads', 'farms', 'schools'];
      const results = await runJobs(jobs, {
        workers: 2,
        workerFile,
        workerData: null,
        onFailure: (j) => `failed ${j}`,
      });
      // 'crash' fails; 'levee', sent to the same worker behind it, goes to the other one
      assert.deepStrictEqual(results, ['failed crash', 'LEVEE', 'SHELTER', 'ROADS', 'FARMS', 'SCHOOLS']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
