import { MARK_END, MARK_START } from "~/search/marks";

/** A search snippet with its matched words highlighted; the text is rendered as text, never as HTML. */
export function Snippet({ text, className }: { text: string; className?: string }) {
  const parts: { text: string; marked: boolean }[] = [];
  for (const piece of text.split(MARK_START)) {
    const end = piece.indexOf(MARK_END);
    if (end === -1) {
      if (piece) parts.push({ text: piece, marked: false });
      continue;
    }
    if (end > 0) parts.push({ text: piece.slice(0, end), marked: true });
    const rest = piece.slice(end + MARK_END.length);
    if (rest) parts.push({ text: rest, marked: false });
  }
  if (parts.length === 0) return null;
  return (
    <p className={className}>
      {parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}
