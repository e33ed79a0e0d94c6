import { defineConfig, devices } from "@playwright/test";

// Browser tests run Debian's Chromium (`npx playwright install` cannot reach its download host here)
// against the production build, served on its own port with its own freshly seeded database.
// A port per run (kept in the environment, which the workers inherit): each run starts its own
// server and database, so two runs on one machine do not share or delete each other's data.
process.env.E2E_PORT ??= String(3100 + (process.pid % 800));
const port = Number(process.env.E2E_PORT);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  // One worker: the tests share one database, and the language test changes a demo user's profile.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL,
    // The signed-out pages follow Accept-Language: pin it so the tests start in English everywhere.
    locale: "en-GB",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          // Without the network switches Chromium keeps calling home on a network that refuses it.
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-quic",
            "--no-first-run",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "bash scripts/e2e-server.sh",
    url: `${baseURL}/login`,
    env: { E2E_PORT: String(port) },
    // Reusing a server means reusing its database: only on request, never in CI.
    reuseExistingServer: !process.env.CI && process.env.E2E_REUSE_SERVER === "1",
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
