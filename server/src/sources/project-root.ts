/**
 * Which folder a command-line check treats as the project: the one whose `sources/` and `.onrecord.json` apply.
 * `onrecord check ~/stories/bridge` should read ~/stories/bridge/sources even when run from elsewhere, as a
 * writer expects, the way git and linters find their project from the path they are given.
 */
import * as os from 'os';
import * as path from 'path';
import { nodeFileSystem, type FileSystem } from './fs';
import { isInside } from './walk';

/** what marks a folder as a project: its configuration file, or a folder of sources */
const PROJECT_MARKERS = ['.onrecord.json', 'sources'];

/**
 * The nearest folder at or above the checked paths' common folder that holds `.onrecord.json` or `sources/`.
 * The search stops at a repository's top (a folder holding `.git`), the home folder and the file-system root; without a marker
 * the current folder is the project, as before.
 */
export function findProjectRoot(paths: string[], cwd: string, fs: FileSystem = nodeFileSystem): string {
  let dir = commonFolder(
    paths.map((p) => path.resolve(cwd, p)),
    fs,
  );
  for (;;) {
    if (PROJECT_MARKERS.some((m) => fs.exists(path.join(dir, m)))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir || dir === os.homedir() || fs.exists(path.join(dir, '.git'))) return cwd;
    dir = parent;
  }
}

/** the deepest folder holding every path (a file counts as its folder) */
function commonFolder(absolute: string[], fs: FileSystem): string {
  const folders = absolute.map((p) => (isFolder(p, fs) ? p : path.dirname(p)));
  let common = folders[0];
  for (const f of folders.slice(1)) {
    while (!isInside(common, f)) common = path.dirname(common);
  }
  return common;
}

function isFolder(p: string, fs: FileSystem): boolean {
  try {
    return fs.stat(p).isDirectory;
  } catch {
    return false;
  }
}
