import Anser from 'anser';
import { memo, type CSSProperties } from 'react';

function styleOf(entry: Anser.AnserJsonEntry): CSSProperties | undefined {
  const style: CSSProperties = {};
  if (entry.fg) style.color = `rgb(${entry.fg})`;
  if (entry.bg) style.backgroundColor = `rgb(${entry.bg})`;
  for (const decoration of entry.decorations) {
    if (decoration === 'bold') style.fontWeight = 700;
    else if (decoration === 'dim') style.opacity = 0.7;
    else if (decoration === 'italic') style.fontStyle = 'italic';
    else if (decoration === 'underline') style.textDecoration = 'underline';
    else if (decoration === 'strikethrough') style.textDecoration = 'line-through';
    else if (decoration === 'hidden') style.visibility = 'hidden';
  }
  return Object.keys(style).length > 0 ? style : undefined;
}

/**
 * A line of terminal output with its ANSI colours and decorations, parsed by anser into React
 * spans (text stays text: nothing is injected as HTML).
 */
export const AnsiText = memo(function AnsiText({ text }: { text: string }) {
  const entries = Anser.ansiToJson(text, { json: true, remove_empty: true });
  return (
    <>
      {entries.map((entry, index) => (
        <span key={index} style={styleOf(entry)}>
          {entry.content}
        </span>
      ))}
    </>
  );
});
