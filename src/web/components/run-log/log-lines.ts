import Anser from 'anser';

export type LogStream = 'stdout' | 'stderr' | 'system';

/** One line of a run's log as the panel shows it (its text may hold ANSI escape sequences). */
export interface LogLine {
  stream: LogStream;
  text: string;
  /** The line has not ended yet: the next chunk of the same stream goes on with it. */
  open: boolean;
  /** The text without escape sequences, lower-cased for search; computed when first searched. */
  searchable?: string;
}

/**
 * Appends a chunk of one stream to the lines so far. A chunk may end inside a line: the next chunk
 * of the same stream continues it, and output of another stream in between starts a line of its
 * own (as a terminal shows two interleaved streams).
 */
export function appendChunk(lines: LogLine[], chunk: { stream: LogStream; text: string }): void {
  if (chunk.text === '') return;
  const pieces = chunk.text.split('\n');
  const last = lines[lines.length - 1];
  let index = 0;
  if (last?.open && last.stream === chunk.stream) {
    last.text += pieces[0];
    last.searchable = undefined;
    last.open = pieces.length === 1;
    index = 1;
  }
  for (; index < pieces.length; index++) {
    const text = pieces[index] ?? '';
    const isLast = index === pieces.length - 1;
    // The empty piece after a final newline is no line.
    if (isLast && text === '') break;
    lines.push({ stream: chunk.stream, text, open: isLast });
  }
  // A line left open by another stream is closed by this one.
  if (last?.open && last.stream !== chunk.stream) last.open = false;
}

/** The line's text as searched: escape sequences removed, lower case. */
export function searchableText(line: LogLine): string {
  line.searchable ??= Anser.ansiToText(line.text).toLowerCase();
  return line.searchable;
}
