// Permission refusals (403) in the audit trail, from one hook: server.js calls auditRefusal once
// the response of a request has gone out with status 403, whichever code refused it (a loader, an
// action, a resource route, the request guards). One event per request, whoever asks twice.
import { prisma } from "~/db.server";
import { getSessionUserId } from "~/auth/auth.server";
import { clientAddress } from "~/http/client-address.server";
import { recordAudit } from "./audit.server";

const recorded = new WeakSet<Request>();

/** What was asked for: the page (a single-fetch ".data" request names its page), its query, capped. */
export function refusedPath(url: URL): string {
  const path = url.pathname === "/_root.data" ? "/" : url.pathname.replace(/\.data$/, "");
  const params = new URLSearchParams(url.search);
  params.delete("_routes");
  const query = params.toString();
  return `${path}${query ? `?${query}` : ""}`.slice(0, 300);
}

/** `context` is the load context server.js gives Remix (the socket's address), read by clientAddress. */
export async function auditRefusal(request: Request, context: unknown): Promise<void> {
  if (recorded.has(request)) return;
  recorded.add(request);
  const userId = await getSessionUserId(request).catch(() => null);
  const path = refusedPath(new URL(request.url));
  const address = clientAddress(request, context);
  await prisma.$transaction((tx) =>
    recordAudit(tx, { actorId: userId, entity: "request", entityId: path, action: "forbidden", after: { method: request.method, path, address: address.slice(0, 100) } }),
  );
}
