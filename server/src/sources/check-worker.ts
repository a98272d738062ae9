/**
 * A worker thread of `onrecord check`: runs pass 1 (see batch.ts) on the drafts the main thread sends it, then pass 2
 * against the indexes the main thread broadcasts between the passes. Started by the language server's background
 * indexer instead (workerData `{ indexer: true }`), it only analyses the texts it is sent (see
 * Drafts.indexWorkspaceAsync): the analysis is a pure function of the text, whatever thread runs it.
 */
import { parentPort, workerData } from 'worker_threads';
import {
  batchProject,
  checkDraft,
  crossFindings,
  crossIndexes,
  keeper,
  type BatchSetup,
  type CrossIndexes,
  type CrossJob,
  type CrossSetup,
  type DraftJob,
} from './batch';
import { analyzeText } from '../core/analyze';

type CheckMessage = { cross: CrossSetup } | { i: number; job: DraftJob | CrossJob };

if ((workerData as { indexer?: boolean }).indexer) {
  parentPort!.on('message', (m: { i: number; job: { text: string; languageId: string } }) => {
    parentPort!.postMessage({ i: m.i, result: analyzeText(m.job.text, { languageId: m.job.languageId }) });
  });
} else {
  const setup = workerData as BatchSetup;
  const project = batchProject(setup, false);
  const keep = keeper(setup);
  let indexes: CrossIndexes | null = null;
  parentPort!.on('message', (m: CheckMessage) => {
    if ('cross' in m) {
      indexes = crossIndexes(m.cross);
      return;
    }
    const result = 'outcome' in m.job ? crossFindings(m.job, indexes!) : checkDraft(project, m.job, keep);
    parentPort!.postMessage({ i: m.i, result });
  });
}
