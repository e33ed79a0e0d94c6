// The demo sign-ins created by the seed, one per role. Shared by the seed, the tests and the README.
import type { Locale, RoleName } from "../app/domain/vocabulary";

export type DemoAccount = { email: string; password: string; role: RoleName; locale: Locale; holds: string };

const password = "relais-demo-2026";

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "admin@relais.example", password, role: "admin", locale: "en", holds: "Information management officer" },
  { email: "secretary@relais.example", password, role: "secretary", locale: "en", holds: "Secretary of the National Commission" },
  { email: "focal@relais.example", password, role: "focal_point", locale: "en", holds: "Customs focal point for strategic goods" },
  { email: "viewer@relais.example", password, role: "viewer", locale: "fr", holds: "Clerk of the Committee on Defence and Security" },
];
