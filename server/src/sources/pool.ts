/**
 * Runs a list of jobs on this thread and on worker threads, and returns the results in the jobs' order. The main
 * thread takes jobs too, so N threads means this one and N − 1 workers. A worker that dies fails its unfinished jobs
 * (through `onFailure`); the others carry on.
 */
import { Worker } from 'worker_threads';
import * as os from 'os';

export interface PoolOptions<J, R> {
  /** worker threads to start besides this one (0: everything runs here) */
  workers: number;
  /** the worker's script: it answers {i, job} messages with {i, result} */
  workerFile: string;
  workerData: unknown;
  /** the same work, on this thread; absent: this thread takes no jobs (it stays free, e.g. for an editor) */
  local?: (job: J) => R;
  /** each result as it arrives (for progress) */
  onResult?: (i: number, r: R) => void;
  /** the result for a job whose worker died */
  onFailure: (job: J, error: Error) => R;
}

/** jobs sent ahead to each worker, so that it never waits for this thread */
const AHEAD = 2;

export function defaultThreads(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

export async function runJobs<J, R>(jobs: J[], o: PoolOptions<J, R>): Promise<R[]> {
  const results = new Array<R>(jobs.length);
  if (!jobs.length) return results;
  if (!o.local && o.workers < 1) throw new Error('runJobs: no thread to run the jobs on');
  let next = 0,
    done = 0;
  /** jobs given back by a worker that died before starting them */
  const requeued: number[] = [];
  const take = () => (requeued.length ? requeued.shift()! : next < jobs.length ? next++ : -1);
  const workers = Array.from(
    { length: Math.max(0, o.workers) },
    () => new Worker(o.workerFile, { workerData: o.workerData }),
  );
  try {
    await new Promise<void>((resolve) => {
      const finish = (i: number, r: R) => {
        results[i] = r;
        o.onResult?.(i, r);
        if (++done === jobs.length) resolve();
      };
      // this thread works through the queue too, one job per turn of the event loop so that workers are fed
      let turning = false;
      const turn = () => {
        if (!o.local) return;
        const i = take();
        turning = i >= 0;
        if (!turning) return;
        finish(i, o.local(jobs[i]));
        setImmediate(turn);
      };
      /** the feeders of the workers still alive: without this thread, they take over a dead worker's jobs */
      const feeders = new Set<() => void>();
      for (const w of workers) {
        const pending: number[] = []; // in the order sent, which is the order the worker runs them
        let dead = false;
        const feed = () => {
          for (let i = pending.length < AHEAD ? take() : -1; i >= 0; i = pending.length < AHEAD ? take() : -1) {
            pending.push(i);
            w.postMessage({ i, job: jobs[i] });
          }
        };
        w.on('message', (m: { i: number; result: R }) => {
          pending.splice(pending.indexOf(m.i), 1);
          finish(m.i, m.result);
          feed();
        });
        const die = (e: Error) => {
          if (dead) return;
          dead = true;
          // the job it was running fails; the ones it had not started go back to the queue
          const [running, ...unstarted] = pending.splice(0);
          requeued.push(...unstarted);
          if (running !== undefined) finish(running, o.onFailure(jobs[running], e));
          feeders.delete(feed);
          if (o.local) {
            if (!turning && requeued.length) setImmediate(turn);
          } else if (feeders.size) feeders.forEach((f) => f());
          else for (let i = take(); i >= 0; i = take()) finish(i, o.onFailure(jobs[i], e));
        };
        feeders.add(feed);
        w.on('error', die);
        w.on('exit', (code) => die(new Error(`worker thread stopped (exit code ${code})`)));
        feed();
      }
      setImmediate(turn);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
