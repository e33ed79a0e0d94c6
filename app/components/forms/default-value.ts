// react-hook-form's `register` renders no value on the server, so a page without JavaScript would
// show empty fields (and lose what was typed after a refusal). Each field also gets its value as
// `defaultValue`, which React renders into the HTML and react-hook-form then takes over.
export function text(value: unknown): string {
  return typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);
}
