// What the app knows of the process serving it (server.js, decision 013).
//
// Every request's load context carries the socket's remote address (for rules such as the sign-in
// throttle's, which may only trust X-Forwarded-For behind a configured proxy) and the index of the
// worker. Loaders and actions read them with remoteAddressOf(context); tests that call a loader
// directly may pass no context at all.
import type { AppLoadContext } from "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The peer address of the HTTP connection (req.socket.remoteAddress), when served by server.js. */
    remoteAddress?: string | null;
    /** 0…RELAIS_WORKERS-1: which worker of the cluster serves this request. */
    workerIndex?: number;
  }
}

export function remoteAddressOf(context: AppLoadContext | undefined): string | null {
  return context?.remoteAddress ?? null;
}

/**
 * True in exactly one process of the cluster — the jobs worker, which serves no requests — and in any
 * process not started by server.js (a script, a test, the dev server): the place for work that must
 * run once per machine, such as the timer that sends notifications. False in every HTTP worker, so
 * a long producer run never holds up a page.
 */
export function isPrimaryWorker(): boolean {
  return process.env.RELAIS_WORKER_INDEX === undefined;
}
