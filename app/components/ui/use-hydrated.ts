import { useEffect, useState } from "react";

/** False on the server and on the first browser render, true once React runs: lets a page hide or
 * reveal things only when JavaScript can bring them back. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
