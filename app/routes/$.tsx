import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireAccess } from "~/permissions.server";

// Any other address: a 404 in the layout (after sign-in, so the site's map is not revealed).
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAccess(request);
  throw notFound();
}

export default function CatchAll() {
  return null;
}

export { ErrorBoundary } from "~/components/route-error-boundary";
