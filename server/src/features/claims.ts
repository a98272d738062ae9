/** The `onrecord/claims` listing: the JSON report of one draft, the open drafts or every draft of the workspace. */
import type { ClaimsParams, ClaimsResult } from '../../../protocol/requests';
import { reportOf } from './desk';
import type { Workspace } from './workspace';

export function claimsReport(ws: Workspace, params: ClaimsParams | null | undefined, version: string): ClaimsResult {
  const docs = params?.uri
    ? [ws.document(params.uri)].filter((d) => d !== null)
    : params?.scope === 'workspace'
      ? ws.workspaceDocuments()
      : ws.openDocuments();
  return { version, documents: docs.map(reportOf) };
}
