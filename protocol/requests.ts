/** OnRecord's own LSP requests, beside the standard ones: their names and their parameter and result types. */
import type { JsonReport } from './report';

/**
 * `onrecord/claims`: the JSON report of one draft (`uri`), of every open draft (no parameter, or `scope: 'open'`),
 * or of every draft in the workspace (`scope: 'workspace'`). Answered with a {@link JsonReport}.
 */
export const CLAIMS_REQUEST = 'onrecord/claims';
export interface ClaimsParams {
  uri?: string;
  scope?: 'open' | 'workspace';
}
export type ClaimsResult = JsonReport;

/** `initializationOptions` the server understands besides the settings (see settings.ts) */
export interface InitializationOptions {
  /** false in an untrusted (Restricted Mode) workspace: sources, bibliographies and .onrecord.json are not read */
  trusted?: boolean;
  /** an absolute folder for the on-disk cache of analyses (the extension's storage, never the workspace) */
  cacheDir?: string;
}
