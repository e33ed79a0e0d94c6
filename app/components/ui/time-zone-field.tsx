import { forwardRef, type InputHTMLAttributes } from "react";
import { timeZoneLabel } from "~/domain/time-zones";
import { TextField } from "./field";

type Props = { name: string; label: string; error?: string; hint?: string; zones: readonly string[] } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "list">;

/**
 * A time zone typed with suggestions from the runtime's full IANA list (a datalist: the browser
 * filters it as one types, with or without JavaScript). Venue cities that are not zone names
 * ("Geneva") are in the labels and are accepted by the schema.
 */
export const TimeZoneField = forwardRef<HTMLInputElement, Props>(function TimeZoneField({ zones, ...props }, ref) {
  const listId = `${props.name}-zones`;
  return (
    <>
      <TextField ref={ref} list={listId} autoComplete="off" spellCheck={false} {...props} />
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} label={timeZoneLabel(zone)} />
        ))}
      </datalist>
    </>
  );
});
