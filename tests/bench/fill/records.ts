import { createHash } from "node:crypto";
// What meetings produce: decisions (numbered per committee and year, a few recorded votes and
// supersessions) and documents (about one per two meetings) linked to agenda items and decisions.
import type { World } from "./context";
import { DAY, at, classify, inserter, iso, isoDate, makeId } from "./context";
import { decisionTitle, paragraph } from "./text";

export function fillDecisions(world: World) {
  const { db, rng, size } = world;
  const insertDecision = inserter(db, "Decision", [
    "id", "committeeId", "meetingId", "agendaItemId", "year", "serial", "title", "text", "adoption", "votesFor",
    "votesAgainst", "votesAbstaining", "status", "decidedOn", "supersedesId", "confidentiality", "archivedAt",
    "createdAt", "updatedAt",
  ] as const);
  const insertVote = inserter(db, "DecisionVote", ["id", "decisionId", "voterLabel", "agencyId", "vote"] as const);

  const held = world.meetings.filter((m) => m.status === "held").length;
  // Zero to three decisions per held meeting, averaging one per three meetings overall.
  const p = Math.min(1, size.meetings / 3 / held / 3);
  const serials = new Map<string, number>();
  const supersedable = new Map<number, string[]>();
  let voteIdx = 0;

  world.meetings.forEach((meeting, meetingIdx) => {
    if (meeting.status !== "held") return;
    const committee = at(world.committees, meeting.committeeIdx);
    const count = Number(rng.chance(p)) + Number(rng.chance(p)) + Number(rng.chance(p));
    for (let d = 0; d < count; d++) {
      const year = new Date(meeting.startsMs).getUTCFullYear();
      const key = `${meeting.committeeIdx}:${year}`;
      const serial = (serials.get(key) ?? 0) + 1;
      serials.set(key, serial);
      const id = makeId("dec", world.decisions.length);
      const recorded = rng.chance(0.1);
      const votes = recorded ? committee.members.map((m) => ({ ...m, vote: rng.chance(0.75) ? "for" : rng.pick(["against", "abstain"]) })) : [];
      const tally = (vote: string) => (recorded ? votes.filter((v) => v.vote === vote).length : null);
      const previous = supersedable.get(meeting.committeeIdx) ?? [];
      const supersedesId = previous.length > 0 && rng.chance(0.03) ? (previous.shift() ?? null) : null;
      const r = rng.next();
      insertDecision({
        id,
        committeeId: committee.id,
        meetingId: meeting.id,
        agendaItemId: makeId("agi", meeting.agendaFirst + rng.int(1, meeting.agendaCount - 2)),
        year,
        serial,
        title: decisionTitle(rng),
        text: paragraph(rng, 4),
        adoption: recorded ? "recorded_vote" : "consensus",
        votesFor: tally("for"),
        votesAgainst: tally("against"),
        votesAbstaining: tally("abstain"),
        status: r < 0.9 ? "adopted" : r < 0.96 ? "deferred" : "rejected",
        decidedOn: isoDate(meeting.startsMs),
        supersedesId,
        confidentiality: classify(world, "decision", id),
        archivedAt: null,
        createdAt: iso(meeting.startsMs + DAY),
        updatedAt: iso(meeting.startsMs + DAY),
      });
      for (const { agencyIdx, vote } of votes) {
        const agency = at(world.agencies, agencyIdx);
        insertVote({ id: makeId("vot", voteIdx++), decisionId: id, voterLabel: agency.name, agencyId: agency.id, vote });
      }
      previous.push(id);
      supersedable.set(meeting.committeeIdx, previous);
      world.decisions.push({ id, committeeIdx: meeting.committeeIdx, meetingIdx, decidedMs: meeting.startsMs });
    }
  });
}

const HELD_KINDS = ["journal", "report", "working_paper", "statement", "decision", "note_verbale"] as const;

/** Inserts the documents, their links and files; returns a document with two language versions. */
export function fillDocuments(world: World): string | null {
  const { db, rng, now } = world;
  const insertDocument = inserter(db, "Document", [
    "id", "symbol", "title", "kind", "issuedOn", "languages", "url", "committeeId", "meetingId", "agencyId",
    "confidentiality", "archivedAt", "createdAt", "updatedAt",
  ] as const);
  const insertLink = inserter(db, "DocumentLink", [
    "id", "documentId", "agendaItemId", "statementId", "decisionId", "archivedAt", "createdAt",
  ] as const);
  // Language versions uploaded as files: one per listed language, now and then an earlier upload
  // kept beside it (archived). The bytes are not written: the files page lists rows, not bytes; the
  // text read from each file for search (decision 047) is a few paragraphs.
  const insertFile = inserter(db, "DocumentFile", [
    "id", "documentId", "language", "fileName", "contentType", "size", "sha256", "uploadedById", "archivedAt", "createdAt", "textStatus", "extractedText",
  ] as const);
  let fileIdx = 0;
  let documentWithFilesId: string | null = null;
  const firstDecision = new Map<number, string>();
  for (const decision of world.decisions) {
    if (!firstDecision.has(decision.meetingIdx)) firstDecision.set(decision.meetingIdx, decision.id);
  }
  let linkIdx = 0;

  world.meetings.forEach((meeting, meetingIdx) => {
    if (!rng.chance(0.5)) return;
    const committee = at(world.committees, meeting.committeeIdx);
    const held = meeting.status === "held";
    const kind = held ? rng.pick(HELD_KINDS) : rng.chance(0.5) ? "agenda" : "annotated_agenda";
    const issuedMs = Math.min(now, held ? meeting.startsMs + rng.int(0, 14) * DAY : meeting.startsMs - 14 * DAY);
    const id = makeId("doc", world.documentCount);
    const confidentiality = classify(world, "document", id);
    const year = new Date(issuedMs).getUTCFullYear();
    insertDocument({
      id,
      symbol: rng.chance(0.8) ? `${committee.shortName}/${year}/${world.documentCount + 1}` : null,
      title: `${kind.replace(/_/g, " ")} of the ${committee.shortName}, ${new Date(meeting.startsMs).toISOString().slice(0, 10)}`,
      kind,
      issuedOn: isoDate(issuedMs),
      languages: rng.chance(0.6) ? "en,fr" : "en",
      url: rng.chance(0.5) ? `https://docs.example/${id}.pdf` : null,
      committeeId: committee.id,
      meetingId: meeting.id,
      agencyId: at(world.agencies, committee.secretariatAgencyIdx).id,
      confidentiality,
      archivedAt: null,
      createdAt: iso(issuedMs),
      updatedAt: iso(issuedMs),
    });
    world.documentCount++;
    if (rng.chance(0.7)) {
      const languages = rng.chance(0.6) ? ["en", "fr"] : ["en"];
      for (const language of languages) {
        const file = (archivedAt: string | null) =>
          insertFile({
            id: makeId("dfl", fileIdx++),
            documentId: id,
            language,
            fileName: `${kind}-${world.documentCount}-${language}.pdf`,
            contentType: "application/pdf",
            size: rng.int(40_000, 4_000_000),
            sha256: createHash("sha256").update(`${id}:${language}:${fileIdx}`).digest("hex"),
            uploadedById: null,
            archivedAt,
            createdAt: iso(issuedMs),
            textStatus: "done",
            extractedText: paragraph(rng, rng.int(4, 12)),
          });
        if (rng.chance(0.2)) file(iso(issuedMs + DAY));
        file(null);
      }
      if (!documentWithFilesId && languages.length === 2 && (confidentiality === "public" || confidentiality === "internal")) documentWithFilesId = id;
    }
    const decisionId = kind === "decision" ? (firstDecision.get(meetingIdx) ?? null) : null;
    if (decisionId || rng.chance(0.6)) {
      insertLink({
        id: makeId("dln", linkIdx++),
        documentId: id,
        agendaItemId: decisionId ? null : makeId("agi", meeting.agendaFirst + rng.int(0, meeting.agendaCount - 1)),
        statementId: null,
        decisionId,
        archivedAt: null,
        createdAt: iso(issuedMs),
      });
    }
  });
  return documentWithFilesId;
}
