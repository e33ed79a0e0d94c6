// Reading what loaders and actions return: a thrown or returned Response, or the `data()` wrapper
// (status in `init`, payload in `data`), or a plain object.

export function statusOf(value: unknown): number | undefined {
  if (value instanceof Response) return value.status;
  if (value && typeof value === "object" && "init" in value) {
    const init = value.init;
    if (init && typeof init === "object" && "status" in init && typeof init.status === "number") return init.status;
  }
  return undefined;
}

export function payloadOf(value: unknown): Record<string, unknown> {
  const inner = value && typeof value === "object" && "data" in value && "init" in value ? value.data : value;
  if (inner && typeof inner === "object") return { ...inner };
  throw new Error("not a payload");
}

export function fieldErrorsOf(value: unknown): Record<string, string[] | undefined> {
  const payload = payloadOf(value);
  const errors = payload.fieldErrors;
  if (!errors || typeof errors !== "object") throw new Error("not a refused form");
  return { ...errors };
}

export function valuesOf(value: unknown): Record<string, unknown> {
  const values = payloadOf(value).values;
  if (!values || typeof values !== "object") throw new Error("not a refused form");
  return { ...values };
}

export function locationOf(value: unknown): string | null {
  return value instanceof Response ? value.headers.get("Location") : null;
}
