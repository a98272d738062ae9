/**
 * The file system as the workspace code sees it: the few calls it makes, behind one interface. `nodeFileSystem`
 * is the disk; `MemoryFileSystem` holds files in a map so that tests of the workspace run without temporary folders.
 * Paths are absolute.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface FileStat {
  isFile: boolean;
  isDirectory: boolean;
  size: number;
}
export interface DirEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
}
/** a file read with a size limit: `data` is null when it is not a regular file or is over the limit */
export interface LimitedRead {
  isFile: boolean;
  size: number;
  data: Buffer | null;
}

export interface FileSystem {
  exists(p: string): boolean;
  /** follows symbolic links; throws (with `code`, e.g. ENOENT, ELOOP) when the file is missing */
  stat(p: string): FileStat;
  readFile(p: string): Buffer;
  /** one open, one stat, one read of at most `maxBytes`: a 50 MB log file is never loaded */
  readFileUpTo(p: string, maxBytes: number): LimitedRead;
  /** entries of a folder, symbolic links not followed */
  readDir(p: string): DirEntry[];
  /** the path with every symbolic link resolved; throws when it is missing or a loop */
  realpath(p: string): string;
}

export const nodeFileSystem: FileSystem = {
  exists: (p) => fs.existsSync(p),
  stat(p) {
    const st = fs.statSync(p);
    return { isFile: st.isFile(), isDirectory: st.isDirectory(), size: st.size };
  },
  readFile: (p) => fs.readFileSync(p),
  readFileUpTo(p, maxBytes) {
    const fd = fs.openSync(p, 'r');
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile() || st.size > maxBytes) return { isFile: st.isFile(), size: st.size, data: null };
      const buf = Buffer.alloc(st.size);
      let got = 0;
      while (got < st.size) {
        const n = fs.readSync(fd, buf, got, st.size - got, got);
        if (n <= 0) break;
        got += n;
      }
      return { isFile: true, size: st.size, data: buf.subarray(0, got) };
    } finally {
      fs.closeSync(fd);
    }
  },
  readDir: (p) =>
    fs.readdirSync(p, { withFileTypes: true }).map((e) => ({
      name: e.name,
      isFile: e.isFile(),
      isDirectory: e.isDirectory(),
      isSymbolicLink: e.isSymbolicLink(),
    })),
  realpath: (p) => fs.realpathSync(p),
};

function notFound(p: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, '${p}'`), { code: 'ENOENT' });
}

/** Files in memory, by absolute path; folders exist wherever a file is below them. No symbolic links. */
export class MemoryFileSystem implements FileSystem {
  private files = new Map<string, Buffer>();

  constructor(files: Record<string, string | Buffer> = {}) {
    for (const [p, content] of Object.entries(files)) this.write(p, content);
  }
  write(p: string, content: string | Buffer): void {
    this.files.set(path.resolve(p), typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  }
  delete(p: string): void {
    this.files.delete(path.resolve(p));
  }

  private isDir(p: string): boolean {
    const dir = path.resolve(p);
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const f of this.files.keys()) if (f.startsWith(prefix)) return true;
    return false;
  }
  exists(p: string): boolean {
    return this.files.has(path.resolve(p)) || this.isDir(p);
  }
  stat(p: string): FileStat {
    const data = this.files.get(path.resolve(p));
    if (data) return { isFile: true, isDirectory: false, size: data.length };
    if (this.isDir(p)) return { isFile: false, isDirectory: true, size: 0 };
    throw notFound(p);
  }
  readFile(p: string): Buffer {
    const data = this.files.get(path.resolve(p));
    if (!data) throw notFound(p);
    return data;
  }
  readFileUpTo(p: string, maxBytes: number): LimitedRead {
    const st = this.stat(p);
    if (!st.isFile || st.size > maxBytes) return { isFile: st.isFile, size: st.size, data: null };
    return { isFile: true, size: st.size, data: this.readFile(p) };
  }
  readDir(p: string): DirEntry[] {
    const dir = path.resolve(p);
    if (!this.isDir(dir)) throw notFound(p);
    const names = new Map<string, boolean>(); // name → is a file
    for (const f of this.files.keys()) {
      const rel = path.relative(dir, f);
      if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
      const [head, ...rest] = rel.split(path.sep);
      names.set(head, (names.get(head) ?? false) || rest.length === 0);
    }
    return [...names].map(([name, isFile]) => ({ name, isFile, isDirectory: !isFile, isSymbolicLink: false }));
  }
  realpath(p: string): string {
    if (!this.exists(p)) throw notFound(p);
    return path.resolve(p);
  }
}
