import { describe, expect, it } from "vitest";
import { namedVotes, tallyProblems, voterNames, type Tally } from "./recorded-vote";

const empty: Tally = { votesFor: null, votesAgainst: null, votesAbstaining: null, votersFor: null, votersAgainst: null, votersAbstaining: null };

describe("recorded votes", () => {
  it("reads one name a line, ignoring blanks and repeats", () => {
    expect(voterNames("Albania\r\n\n  Algeria \nAlbania")).toEqual(["Albania", "Algeria"]);
    expect(voterNames(null)).toEqual([]);
  });

  it("accepts BMS7's vote on paragraph 92: 100 for, 1 against, 10 abstaining, names optional", () => {
    expect(tallyProblems("recorded_vote", { ...empty, votesFor: 100, votesAgainst: 1, votesAbstaining: 10 })).toEqual([]);
    expect(
      tallyProblems("recorded_vote", { ...empty, votesFor: 2, votesAgainst: 1, votesAbstaining: 0, votersFor: "Albania\nAlgeria", votersAgainst: "Iran (Islamic Republic of)" }),
    ).toEqual([]);
  });

  it("needs the three counts for a recorded vote", () => {
    expect(tallyProblems("recorded_vote", { ...empty, votesFor: 3 }).map((p) => p.field)).toEqual(["votesAgainst", "votesAbstaining"]);
  });

  it("refuses names that do not add up to the count, or a voter in two columns", () => {
    expect(tallyProblems("recorded_vote", { ...empty, votesFor: 3, votesAgainst: 0, votesAbstaining: 0, votersFor: "A\nB" })).toEqual([
      { field: "votersFor", message: "error.decision.namesDoNotMatchCount" },
    ]);
    expect(
      tallyProblems("recorded_vote", { ...empty, votesFor: 1, votesAgainst: 1, votesAbstaining: 0, votersFor: "Cuba", votersAgainst: "cuba" }),
    ).toEqual([{ field: "votersAgainst", message: "error.decision.votedTwice" }]);
  });

  it("refuses counts on a decision by consensus", () => {
    expect(tallyProblems("consensus", empty)).toEqual([]);
    expect(tallyProblems("consensus", { ...empty, votesFor: 5, votersAgainst: "X" })).toEqual([
      { field: "votesFor", message: "error.decision.countsOnlyForVote" },
      { field: "votersAgainst", message: "error.decision.countsOnlyForVote" },
    ]);
  });

  it("lists who voted how", () => {
    expect(namedVotes({ ...empty, votersFor: "A\nB", votersAbstaining: "C" })).toEqual([
      { voterLabel: "A", vote: "for" },
      { voterLabel: "B", vote: "for" },
      { voterLabel: "C", vote: "abstain" },
    ]);
  });
});
