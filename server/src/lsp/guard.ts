/**
 * One place where every LSP handler is made safe: a handler that throws (or rejects) is logged with its stack and
 * answers an LSP error instead of leaving the request unanswered or taking the server down. Handlers registered
 * through the returned connection (`onHover`, `onCodeAction`, `onRequest('onrecord/claims')`, notifications, and
 * the ones `TextDocuments.listen` registers) are all wrapped; a new feature gets this by registering as usual.
 */
import {
  ResponseError,
  ErrorCodes,
  DiagnosticSeverity,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { ISSUES_URL } from '../core/report';

export function guardHandlers(connection: Connection, log: (m: string) => void): Connection {
  return new Proxy(connection, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || !/^on[A-Z]/.test(prop) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        // the handler is the last argument: onHover(h), onRequest(method, h), onRequest(h)
        const last = args.length - 1;
        if (typeof args[last] === 'function')
          args[last] = guarded(handlerName(prop, args[0]), args[last] as Handler, log);
        return (value as Handler).apply(target, args);
      };
    },
  });
}

type Handler = (...args: unknown[]) => unknown;

function handlerName(prop: string, first: unknown): string {
  if (typeof first === 'string') return first;
  const method = (first as { method?: unknown } | null)?.method;
  return typeof method === 'string' ? method : prop;
}

function guarded(name: string, handler: Handler, log: (m: string) => void): Handler {
  const fail = (e: unknown) => {
    log(`${name} failed: ${(e as Error)?.stack ?? String(e)}`);
    return new ResponseError(
      ErrorCodes.InternalError,
      `OnRecord could not answer ${name}: ${(e as Error)?.message ?? String(e)} (the OnRecord log has the stack)`,
    );
  };
  return function (this: unknown, ...args: unknown[]) {
    try {
      const r = handler.apply(this, args);
      return r instanceof Promise ? r.catch(fail) : r;
    } catch (e) {
      return fail(e);
    }
  };
}

/**
 * The diagnostic a draft gets when its analysis throws: at the top of the draft, saying what happened, how to
 * report it, and which log line (`ref`) has the stack.
 */
export function internalErrorDiagnostic(ref: string, e: unknown): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: 'internal-error',
    source: 'onrecord',
    message:
      `OnRecord could not analyse this draft (${(e as Error)?.message ?? String(e)}). ` +
      `Other drafts are still checked, and the next edit tries again. ` +
      `Please report it at ${ISSUES_URL} with the log line "[onrecord] internal error ${ref}" from the OnRecord output, which has the stack.`,
  };
}
