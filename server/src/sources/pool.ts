/**
 * Runs lists of jobs on this thread and on worker threads, and returns the results in the jobs' order. The main
 * thread takes jobs too, so N threads means this one and N − 1 workers. A worker that dies fails its unfinished jobs
 * (through `onFailure`); the others carry on. A Pool keeps its workers between lists (a batch check's two passes), so
 * that they start and load their models once.
 */
import { Worker } from 'worker_threads';
import * as os from 'os';

export interface PoolOptions {
  /** worker threads to start besides this one (0: everything runs here) */
  workers: number;
  /** the worker's script: it answers {i, job} messages with {i, result} */
  workerFile: string;
  workerData: unknown;
}

export interface RunOptions<J, R> {
  /** the same work, on this thread; absent: this thread takes no jobs (it stays free, e.g. for an editor) */
  local?: (job: J) => R;
  /** each result as it arrives (for progress) */
  onResult?: (i: number, r: R) => void;
  /** what a worker is sent for a job (default: the job itself), made only when it is sent */
  send?: (job: J) => unknown;
  /** the result for a job whose worker died */
  onFailure: (job: J, error: Error) => R;
}

/**
 * jobs sent ahead to each worker, so that it never waits for this thread: this thread reads the workers' messages only
 * between its own jobs, and with two ahead a worker sat idle for 6 to 26 % of a check while this thread ran a long draft
 */
const AHEAD = 8;

export function defaultThreads(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** One list of jobs on a fresh pool, closed afterwards. */
export async function runJobs<J, R>(jobs: J[], o: PoolOptions & RunOptions<J, R>): Promise<R[]> {
  const pool = new Pool(o.workers, o.workerFile, o.workerData);
  try {
    return await pool.run(jobs, o);
  } finally {
    await pool.close();
  }
}

export class Pool {
  private readonly workers: Worker[];
  /** workers that stopped (crashed, or exited), never sent anything again */
  private readonly dead = new Set<Worker>();

  constructor(workers: number, workerFile: string, workerData: unknown) {
    this.workers = Array.from({ length: Math.max(0, workers) }, () => {
      const w = new Worker(workerFile, { workerData });
      w.on('error', () => this.dead.add(w));
      w.on('exit', () => this.dead.add(w));
      return w;
    });
  }

  /** worker threads still running */
  get size(): number {
    return this.workers.length - this.dead.size;
  }

  /** a message for every live worker, read before any job sent after it (e.g. what the next list of jobs needs) */
  broadcast(message: unknown): void {
    for (const w of this.workers) if (!this.dead.has(w)) w.postMessage(message);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  run<J, R>(jobs: J[], o: RunOptions<J, R>): Promise<R[]> {
    const results = new Array<R>(jobs.length);
    const live = this.workers.filter((w) => !this.dead.has(w));
    if (!jobs.length) return Promise.resolve(results);
    if (!o.local && !live.length) return Promise.reject(new Error('Pool.run: no thread to run the jobs on'));
    let next = 0,
      done = 0;
    /** jobs given back by a worker that died before starting them */
    const requeued: number[] = [];
    const take = () => (requeued.length ? requeued.shift()! : next < jobs.length ? next++ : -1);
    const cleanups: (() => void)[] = [];
    return new Promise<R[]>((resolve) => {
      const finish = (i: number, r: R) => {
        results[i] = r;
        o.onResult?.(i, r);
        if (++done === jobs.length) {
          cleanups.forEach((c) => c());
          resolve(results);
        }
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
      for (const w of live) {
        const pending: number[] = []; // in the order sent, which is the order the worker runs them
        let dead = false;
        const feed = () => {
          for (let i = pending.length < AHEAD ? take() : -1; i >= 0; i = pending.length < AHEAD ? take() : -1) {
            pending.push(i);
            w.postMessage({ i, job: o.send ? o.send(jobs[i]) : jobs[i] });
          }
        };
        const onMessage = (m: { i: number; result: R }) => {
          pending.splice(pending.indexOf(m.i), 1);
          finish(m.i, m.result);
          feed();
        };
        const die = (e: Error) => {
          if (dead) return;
          dead = true;
          this.dead.add(w);
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
        const onExit = (code: number) => die(new Error(`worker thread stopped (exit code ${code})`));
        feeders.add(feed);
        w.on('message', onMessage);
        w.on('error', die);
        w.on('exit', onExit);
        cleanups.push(() => {
          w.off('message', onMessage);
          w.off('error', die);
          w.off('exit', onExit);
        });
        feed();
      }
      setImmediate(turn);
    });
  }
}
