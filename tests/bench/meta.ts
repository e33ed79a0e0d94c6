// The <db>.meta.json that generate.ts writes next to each benchmark database, parsed rather than
// trusted: a stale file from an older generator should fail here, not as a 404 in the middle of a run.
import { readFileSync } from "node:fs";
import { z } from "zod";

export const BENCH_USERS = ["admin", "secretary", "focal", "viewer"] as const;
export type BenchUser = (typeof BENCH_USERS)[number];

const metaSchema = z.object({
  scale: z.string(),
  generatedAt: z.string(),
  file: z.string(),
  bytes: z.number(),
  counts: z.record(z.string(), z.number()),
  ids: z.object({
    committeeId: z.string(),
    meetingWith20AgendaItemsId: z.string(),
    agencyId: z.string(),
    positionId: z.string(),
    decisionId: z.string(),
    secretaryAgencyId: z.string(),
    secretaryPositionId: z.string(),
    /** A draft handover of the post with the most open actions (older meta files lack it). */
    busiestPostHandoverId: z.string().optional(),
    /** A keyset cursor four fifths down the audit log (older meta files lack it). */
    auditDeepCursor: z.string().optional(),
    /** A document with English and French files (older meta files lack it). */
    documentWithFilesId: z.string().optional(),
  }),
  users: z.object({ admin: z.string(), secretary: z.string(), focal: z.string(), viewer: z.string() }),
  password: z.string(),
});

export type BenchMeta = z.infer<typeof metaSchema>;
export type BenchIds = BenchMeta["ids"];

export function readMeta(file: string): BenchMeta {
  const parsed = metaSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} does not look like generate.ts output (try --regenerate):\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
