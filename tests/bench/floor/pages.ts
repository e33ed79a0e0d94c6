// The pages that have a floor: the same work as the app's page of the same name (pages.ts), done
// with raw prepared statements and renderToString into equivalent markup (floor/server.tsx).
export const FLOOR_PAGES: { name: string }[] = [{ name: "agencies" }, { name: "dashboard-focal" }, { name: "meeting-detail-20" }];
