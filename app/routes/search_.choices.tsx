// The committees (visible to the reader) or agencies whose name matches what is typed in a search
// filter: the suggestions of the search page's committee and agency fields.
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { searchChoicesByName } from "~/models/search.server";
import { requireAccess } from "~/permissions.server";

const SUGGESTIONS = 10;

const choicesQuery = z.object({
  for: z.enum(["committee", "agency"]),
  q: z.string().trim().max(120),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { ctx } = await requireAccess(request);
  const params = new URL(request.url).searchParams;
  const parsed = choicesQuery.safeParse({ for: params.get("for"), q: params.get("q") ?? "" });
  if (!parsed.success) throw data({ error: "search.error.choices" }, { status: 400 });
  return { choices: searchChoicesByName(ctx, parsed.data.for, parsed.data.q, SUGGESTIONS) };
}
