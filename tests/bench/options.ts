// Command-line options of the benchmark runner (see run.ts).
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import type { ScaleName } from "./fill/context";
import { SCALES } from "./fill/context";
import { PAGES } from "./pages";

function isScale(value: string): value is ScaleName {
  return Object.hasOwn(SCALES, value);
}

export class UsageError extends Error {}

function positive(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`--${name} must be a positive number, got "${raw}"`);
  return value;
}

export function options() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "national" },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "8" },
      port: { type: "string", default: "3300" },
      regenerate: { type: "boolean", default: false },
      workers: { type: "string" },
      "no-floor": { type: "boolean", default: false },
      pages: { type: "string" },
    },
  });
  const scale = values.scale;
  if (!isScale(scale)) throw new UsageError(`--scale must be one of ${Object.keys(SCALES).join(", ")}`);
  const names = values.pages?.split(",").map((n) => n.trim()).filter(Boolean);
  const unknown = names?.filter((n) => !PAGES.some((p) => p.name === n)) ?? [];
  if (unknown.length) throw new UsageError(`Unknown page(s) ${unknown.join(", ")}; known: ${PAGES.map((p) => p.name).join(", ")}`);
  return {
    scale,
    duration: positive("duration", values.duration),
    connections: Math.round(positive("connections", values.connections)),
    port: Math.round(positive("port", values.port)),
    regenerate: values.regenerate,
    workers: values.workers ? Math.round(positive("workers", values.workers)) : availableParallelism(),
    floor: !values["no-floor"],
    pages: names ? PAGES.filter((p) => names.includes(p.name)) : PAGES,
  };
}

export type Options = ReturnType<typeof options>;
