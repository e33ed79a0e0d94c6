// Where to send someone back to after signing in or changing language (issue 8 §4). Pure and
// client-safe. The target is parsed as a URL against the app's own origin, the way a browser
// would resolve a Location header, and kept only if it stays on that origin; what is returned is
// the parsed URL's own path, query and fragment, never the raw text.
//
// Browsers drop tabs and newlines from URLs and read "\" as "/", so "/\t/evil.example" and
// "/\\evil.example" become "//evil.example", another host. The WHATWG URL parser applies the same
// rules, which is why this parses rather than pattern-matches; control characters and backslashes
// are refused outright as well, since no link of the app contains them.
const ORIGIN = "http://relais.invalid";

export function safeRedirect(to: unknown, fallback = "/"): string {
  if (typeof to !== "string" || to === "" || to.length > 2000) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(to)) return fallback;
  if (!to.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(to, ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/%2F%2Fevil.example" stays a path on this origin, but refuse anything whose decoded form would
  // start a new authority, in case a proxy decodes it on the way.
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return fallback;
  }
  if (decoded.startsWith("//") || decoded.startsWith("/\\") || /[\u0000-\u001f\u007f]/.test(decoded)) return fallback;
  return path;
}
