import type { InputHTMLAttributes } from "react";
import type { Option } from "./field";

/**
 * Radio buttons side by side, each inside its label. `radio(value)` is the form's radio() for the
 * group's name (what the form draws and registers for that value).
 */
export function RadioRow({ radio, choices }: { radio: (value: string) => InputHTMLAttributes<HTMLInputElement>; choices: readonly Option[] }) {
  return (
    <div className="radio-row">
      {choices.map((c) => (
        <label key={c.value}>
          <input type="radio" {...radio(c.value)} /> {c.label}
        </label>
      ))}
    </div>
  );
}
