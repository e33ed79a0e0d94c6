// The server's copy of the router keeps each route tree's ranked branches and each path's compiled
// matcher (scripts/patches, docs/decisions/059). The browser's copy (dist/router.js) is untouched, so
// the two must agree on every match, the first time a tree is matched and every time after.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import * as browserBuild from "@remix-run/router/dist/router.js";
import type * as RouterModule from "@remix-run/router";
import type { AgnosticRouteObject } from "@remix-run/router";

type Router = typeof RouterModule;
const require = createRequire(import.meta.url);
const browserRouter = browserBuild as unknown as Router;
const serverRouter = require("@remix-run/router") as Router;

/** A tree shaped like the app's: a root layout, pathless layouts, index routes, params, optional segments, a splat. */
function appLikeRoutes(): AgnosticRouteObject[] {
  return [
    {
      id: "root",
      path: "",
      children: [
        { id: "routes/_index", index: true },
        { id: "routes/login", path: "login" },
        { id: "routes/agencies._index", path: "agencies", index: true },
        { id: "routes/agencies.map", path: "agencies/map" },
        { id: "routes/agencies.$agencyId", path: "agencies/:agencyId", children: [{ id: "routes/agencies.$agencyId._index", index: true }, { id: "routes/agencies.$agencyId.edit", path: "edit" }] },
        { id: "routes/meetings.$meetingId", path: "meetings/:meetingId", children: [{ id: "routes/meetings.$meetingId.agenda", path: "agenda" }, { id: "routes/meetings.$meetingId.items.$itemId", path: "items/:itemId" }] },
        { id: "routes/meetings.calendar", path: "meetings/calendar" },
        { id: "routes/actions[.]csv", path: "actions.csv" },
        { id: "routes/reporting.($year)", path: "reporting/:year?" },
        { id: "routes/layout", children: [{ id: "routes/layout.profile", path: "profile" }] },
        { id: "routes/$", path: "*" },
      ],
    },
  ];
}

const PATHS = [
  "/",
  "/login",
  "/agencies",
  "/agencies/",
  "/agencies/map",
  "/agencies/ag_1",
  "/agencies/ag_1/edit",
  "/AGENCIES/ag_1/EDIT",
  "/meetings/calendar",
  "/meetings/m_9/agenda",
  "/meetings/m_9/items/i_3",
  "/actions.csv",
  "/reporting",
  "/reporting/2027",
  "/profile",
  "/no/such/page",
  "/agencies/a%20b",
];

function summary(matches: ReturnType<typeof browserRouter.matchRoutes>) {
  return matches?.map((m) => ({ id: m.route.id, params: m.params, pathname: m.pathname, pathnameBase: m.pathnameBase })) ?? null;
}

describe("the server's route-matching caches", () => {
  it("match every path as the untouched router does, on the first and on later calls", () => {
    const routes = appLikeRoutes();
    for (let round = 0; round < 3; round++) {
      for (const path of PATHS) {
        expect(summary(serverRouter.matchRoutes(routes, path)), `${path} (round ${round})`).toEqual(summary(browserRouter.matchRoutes(appLikeRoutes(), path)));
      }
    }
  });

  it("return the route objects of the tree they were given, not of an earlier tree", () => {
    const first = appLikeRoutes();
    const second = appLikeRoutes();
    const a = serverRouter.matchRoutes(first, "/agencies/ag_1/edit");
    const b = serverRouter.matchRoutes(second, "/agencies/ag_1/edit");
    expect(a?.at(-1)?.route).toBe(first[0]?.children?.[4]?.children?.[1]);
    expect(b?.at(-1)?.route).toBe(second[0]?.children?.[4]?.children?.[1]);
  });

  it("keep the same answers with a basename", () => {
    const routes = appLikeRoutes();
    for (const path of PATHS) {
      expect(summary(serverRouter.matchRoutes(routes, `/relais${path}`, "/relais"))).toEqual(summary(browserRouter.matchRoutes(routes, `/relais${path}`, "/relais")));
    }
  });

  it("are installed: the server's copy carries the patch", () => {
    // npm's postinstall applies scripts/patches; without it the app is correct but slower.
    expect(require("node:fs").readFileSync(require.resolve("@remix-run/router"), "utf8")).toContain("rankedBranchesCache");
  });
});
