import { PassThrough } from "node:stream";
import { randomUUID } from "node:crypto";
import type { ActionFunctionArgs, AppLoadContext, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { ErrorReferenceContext } from "./error-reference";
import { startFileTextTimer } from "./models/file-text-timer.server";
import { startOutboxTimer } from "./models/outbox-timer.server";

// The outbox runs inside every server process (docs/decisions/015); it and the reading of uploaded
// files' text for search run in the jobs worker only (decision 047).
startOutboxTimer();
startFileTextTimer();

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  _loadContext: AppLoadContext,
) {
  const callback = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <ErrorReferenceContext.Provider value={requestReferences.get(request) ?? null}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />
      </ErrorReferenceContext.Provider>,
      {
        [callback]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          responseHeaders.set("X-Content-Type-Options", "nosniff");
          responseHeaders.set("Referrer-Policy", "same-origin");
          responseHeaders.set("X-Frame-Options", "DENY");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

/**
 * Unexpected server errors are logged with a reference id; the page shows only that id, never the
 * error itself (Remix sanitises it in production).
 */
export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return;
  if (error instanceof Response) return;
  const reference = referenceFor(error);
  requestReferences.set(request, reference);
  console.error(`[relais] error ${reference} on ${request.method} ${new URL(request.url).pathname}`, error);
}

const requestReferences = new WeakMap<Request, string>();
const references = new WeakMap<object, string>();
function referenceFor(error: unknown): string {
  if (typeof error !== "object" || error === null) return randomUUID().slice(0, 8);
  let ref = references.get(error);
  if (!ref) {
    ref = randomUUID().slice(0, 8);
    references.set(error, ref);
  }
  return ref;
}

// For server.js, which calls it when a response went out as 403 (the one refusal hook).
export { auditRefusal } from "./models/refusal-audit.server";
// For server.js's cross-site guard: the same rule readForm applies.
export { isCrossSite, trustedProxyHops } from "./http/origin.server";
