/**
 * A check's report parts kept on disk between its two passes: each draft's JSON (tens of KB) is made in pass 1 and
 * written out only after pass 2, which needs every draft first; held in memory, those parts were most of what a check
 * of a large archive kept. What pass 2 reads of each draft's own analysis waits here too (see batch.ts). Written to one
 * temporary file, read back when needed, deleted when the check ends.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface SpoolRef {
  at: number;
  bytes: number;
}

export class Spool {
  private size = 0;
  private constructor(
    private readonly dir: string,
    private readonly fd: number,
  ) {}

  /** a spool in a new temporary folder, or null where none can be made (the parts then stay in memory) */
  static open(): Spool | null {
    let dir: string | null = null;
    try {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-spool-'));
      return new Spool(dir, fs.openSync(path.join(dir, 'parts'), 'w+', 0o600));
    } catch {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      return null;
    }
  }

  put(text: string): SpoolRef {
    const buf = Buffer.from(text, 'utf8');
    let done = 0;
    while (done < buf.length) done += fs.writeSync(this.fd, buf, done, buf.length - done, this.size + done);
    const ref = { at: this.size, bytes: buf.length };
    this.size += buf.length;
    return ref;
  }

  get(ref: SpoolRef): string {
    const buf = Buffer.alloc(ref.bytes);
    let done = 0;
    while (done < ref.bytes) {
      const n = fs.readSync(this.fd, buf, done, ref.bytes - done, ref.at + done);
      if (n === 0) throw new Error('the report spool file was cut short');
      done += n;
    }
    return buf.toString('utf8');
  }

  close(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      /* already closed */
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
