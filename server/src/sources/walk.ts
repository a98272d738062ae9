/** Walking folders for drafts and sources, and keeping reads inside the workspace. */
import * as path from 'path';
import type { FileSystem } from './fs';

/** folders never searched for drafts or sources */
const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode', 'dist', 'out']);
/** folders nested deeper than this are refused */
const MAX_DEPTH = 64;

/** true when `p` is `root` or inside it (both absolute, already resolved) */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** the real path, or the resolved path when it does not exist */
export function realOrSelf(fs: FileSystem, p: string): string {
  try {
    return fs.realpath(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * Files under `dir`. Without `links`, symbolic links are skipped. With it (sources), a link is followed only when
 * its target is inside `links.root`; a link out of the workspace, or back to a folder already walked (a loop),
 * is refused through `links.refuse`.
 */
export interface WalkLinks {
  root: string;
  visited: Set<string>;
  refuse: (p: string, why: string) => void;
}
export function* walk(
  fs: FileSystem,
  dir: string,
  accept: (f: string) => boolean,
  skip: Set<string> = new Set(),
  links?: WalkLinks,
  depth = 0,
): Generator<string> {
  if (depth > MAX_DEPTH) {
    links?.refuse(dir, `folders are nested more than ${MAX_DEPTH} deep`);
    return;
  }
  if (links) {
    const real = realOrSelf(fs, dir);
    if (links.visited.has(real)) {
      links.refuse(dir, 'it leads back to a folder already read (a symbolic-link loop)');
      return;
    }
    links.visited.add(real);
  }
  let entries;
  try {
    entries = fs.readDir(dir);
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    let isDir = e.isDirectory,
      isFile = e.isFile;
    if (e.isSymbolicLink) {
      if (!links) continue;
      let real: string;
      try {
        real = fs.realpath(full);
        ({ isDirectory: isDir, isFile } = fs.stat(real));
      } catch (err) {
        links.refuse(
          full,
          (err as { code?: string }).code === 'ELOOP' ? 'it is a symbolic-link loop' : 'it is a broken symbolic link',
        );
        continue;
      }
      if (!isInside(links.root, real)) {
        links.refuse(full, `it links to ${real}, outside the workspace folder`);
        continue;
      }
    }
    if (isDir) {
      if (SKIP_DIRS.has(e.name) || skip.has(path.resolve(full))) continue;
      yield* walk(fs, full, accept, skip, links, depth + 1);
    } else if (isFile && accept(full)) yield full;
  }
}
