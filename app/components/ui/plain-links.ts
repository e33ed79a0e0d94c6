import { useNavigate } from "@remix-run/react";
import type { MouseEvent } from "react";

/**
 * One click handler for a region of many plain `<a href>` links, so they navigate in the browser as
 * `<Link>`s do (no document reload) without a `<Link>` apiece: the matrix renders 1,500 cell links,
 * and each `<Link>` resolves its path and subscribes to the router on the server and in the browser
 * (decision 066). Without JavaScript, and for a modified click, a new tab or a download, the link is
 * an ordinary link. A link to the same page (another query: a cell's editor) keeps the scroll position.
 */
export function usePlainLinks() {
  const navigate = useNavigate();
  return (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!(anchor instanceof HTMLAnchorElement) || !event.currentTarget.contains(anchor)) return;
    if ((anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download") || anchor.origin !== window.location.origin) return;
    event.preventDefault();
    navigate(`${anchor.pathname}${anchor.search}${anchor.hash}`, { preventScrollReset: anchor.pathname === window.location.pathname });
  };
}
