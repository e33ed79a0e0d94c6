/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./locale.server";
import { en } from "./en";
import { fr } from "./fr";
import { translate } from "./translate";

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\s*(\w+)/g)].map((m) => m[1] ?? "").filter((name) => name !== "").sort();
}

describe("catalogues", () => {
  it("French has a non-empty message for every English key, with the same placeholders", () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(fr[key].trim(), key).not.toBe("");
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it("no two area catalogues define the same key, and every area is part of the whole", () => {
    const areas = import.meta.glob<Record<string, Record<string, string>>>("./messages/*.en.ts", { eager: true });
    const seen = new Map<string, string>();
    for (const [file, module] of Object.entries(areas)) {
      for (const catalogue of Object.values(module)) {
        for (const key of Object.keys(catalogue)) {
          expect(seen.get(key), `${key} in ${file}`).toBeUndefined();
          seen.set(key, file);
        }
      }
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(en).sort());
  });

  it("formats plurals and values in each language", () => {
    expect(translate("en", "auth.throttled", { minutes: 1 })).toContain("1 minute.");
    expect(translate("fr", "auth.throttled", { minutes: 5 })).toContain("5 minutes");
    expect(translate("fr", "pagination.summary", { from: 1, to: 25, total: 60 })).toBe("1–25 sur 60");
  });
});

describe("language from the browser", () => {
  it("picks the best supported language by quality", () => {
    expect(localeFromAcceptLanguage("de-DE,fr;q=0.8,en;q=0.5")).toBe("fr");
    expect(localeFromAcceptLanguage("fr-CA")).toBe("fr");
    expect(localeFromAcceptLanguage("es, en-GB;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
    expect(localeFromAcceptLanguage("de")).toBe("en");
  });
});
