import type { LoaderFunctionArgs } from "@remix-run/node";
import { refusal } from "~/http/refusal.server";

// Where server.js sends a request that came from another site (issue 8 §7): a post to any page or
// resource route whose Origin (or Sec-Fetch-Site, or Referer) is not this server is turned into a
// GET of this address before Remix sees it, so no action runs and the reader gets the 403 page in the
// layout and in their language (the root ErrorBoundary), instead of Remix's own check answering a
// bare 500. server.js's refusal hook audits it under the address that was posted to.
export async function loader(_args: LoaderFunctionArgs) {
  throw refusal(403, "crossSite");
}

export default function CrossSiteRefused() {
  return null;
}

// No meta of its own: the root's titles an error page like its panel (as for any other error).
