/**
 * A worker thread of `onrecord check`: runs pass 1 (see batch.ts) on the drafts the main thread sends it. Started by
 * the language server's background indexer instead (workerData `{ indexer: true }`), it only analyses the texts it is
 * sent (see Drafts.indexWorkspaceAsync): the analysis is a pure function of the text, whatever thread runs it.
 */
import { parentPort, workerData } from 'worker_threads';
import { batchProject, checkDraft, keeper, type BatchSetup, type DraftJob } from './batch';
import { analyzeText } from '../core/analyze';

if ((workerData as { indexer?: boolean }).indexer) {
  parentPort!.on('message', (m: { i: number; job: { text: string; languageId: string } }) => {
    parentPort!.postMessage({ i: m.i, result: analyzeText(m.job.text, { languageId: m.job.languageId }) });
  });
} else {
  const setup = workerData as BatchSetup;
  const project = batchProject(setup, false);
  const keep = keeper(setup);
  parentPort!.on('message', (m: { i: number; job: DraftJob }) => {
    parentPort!.postMessage({ i: m.i, result: checkDraft(project, m.job, keep) });
  });
}
