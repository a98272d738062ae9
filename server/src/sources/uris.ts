/** File paths and file: URIs. File names are data, so vscode-uri does the encoding (%, #, ?, spaces, accents). */
import * as path from 'path';
import { URI } from 'vscode-uri';

/** one key per file whatever the URI spelling (editors and this module may encode paths differently) */
export function docKey(uri: string): string {
  const file = uriToPath(uri);
  return file === null ? uri : path.resolve(file);
}

/** the file: URI of a path */
export function fileUri(p: string): string {
  return URI.file(path.resolve(p)).toString();
}

/** the path of a file: URI, or null for other schemes (untitled:, ...) and unparseable strings */
export function uriToPath(uri: string): string | null {
  if (!/^file:/i.test(uri)) return null;
  try {
    return URI.parse(uri).fsPath;
  } catch {
    return null;
  }
}
