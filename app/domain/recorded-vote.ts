// A recorded vote gives the counts for, against and abstaining, and may name who voted how (the
// BMS7 report lists the 100 States in favour of keeping paragraph 92). Names are typed one per line.
import type { Vote } from "./vocabulary";

export function voterNames(text: string | null | undefined): string[] {
  if (!text) return [];
  const names = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return [...new Set(names)];
}

export type Tally = {
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstaining: number | null;
  votersFor: string | null;
  votersAgainst: string | null;
  votersAbstaining: string | null;
};

type TallyField = keyof Tally;

const COUNTS: readonly (readonly [Vote, "votesFor" | "votesAgainst" | "votesAbstaining", "votersFor" | "votersAgainst" | "votersAbstaining"])[] = [
  ["for", "votesFor", "votersFor"],
  ["against", "votesAgainst", "votersAgainst"],
  ["abstain", "votesAbstaining", "votersAbstaining"],
];

/** Problems with a tally, per field, as message keys. */
export function tallyProblems(adoption: string, tally: Tally): { field: TallyField; message: string }[] {
  const problems: { field: TallyField; message: string }[] = [];
  if (adoption !== "recorded_vote") {
    for (const [, count, voters] of COUNTS) {
      if (tally[count] !== null) problems.push({ field: count, message: "error.decision.countsOnlyForVote" });
      if (voterNames(tally[voters]).length) problems.push({ field: voters, message: "error.decision.countsOnlyForVote" });
    }
    return problems;
  }
  const seen = new Map<string, Vote>();
  for (const [vote, count, voters] of COUNTS) {
    if (tally[count] === null) problems.push({ field: count, message: "error.decision.countRequired" });
    const names = voterNames(tally[voters]);
    if (names.length && tally[count] !== null && names.length !== tally[count]) {
      problems.push({ field: voters, message: "error.decision.namesDoNotMatchCount" });
    }
    for (const name of names) {
      const earlier = seen.get(name.toLowerCase());
      if (earlier && earlier !== vote) {
        problems.push({ field: voters, message: "error.decision.votedTwice" });
        break;
      }
      seen.set(name.toLowerCase(), vote);
    }
  }
  return problems;
}

/** The DecisionVote rows a tally names. */
export function namedVotes(tally: Tally): { voterLabel: string; vote: Vote }[] {
  return COUNTS.flatMap(([vote, , voters]) => voterNames(tally[voters]).map((voterLabel) => ({ voterLabel, vote })));
}
