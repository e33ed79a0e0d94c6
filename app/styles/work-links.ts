import workStyles from "./work.css";

/** The stylesheet of the decisions, actions, handovers and dashboard pages (a route's `links`). */
export const workLinks = () => [{ rel: "stylesheet", href: workStyles }];
