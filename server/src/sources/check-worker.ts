/** A worker thread of `onrecord check`: runs pass 1 (see batch.ts) on the drafts the main thread sends it. */
import { parentPort, workerData } from 'worker_threads';
import { batchProject, checkDraft, keeper, type BatchSetup, type DraftJob } from './batch';

const setup = workerData as BatchSetup;
const project = batchProject(setup, false);
const keep = keeper(setup);
parentPort!.on('message', (m: { i: number; job: DraftJob }) => {
  parentPort!.postMessage({ i: m.i, result: checkDraft(project, m.job, keep) });
});
