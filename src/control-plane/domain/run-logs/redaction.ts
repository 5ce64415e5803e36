/**
 * Redaction of run output before it is stored (SPEC §12): configured secret values, the run's
 * repository token and token-shaped strings become `***`.
 */

export const redacted = '***';

/** GitHub token prefixes (personal, OAuth, user-to-server, server-to-server, refresh; fine-grained). */
const githubToken = String.raw`(?:gh[pousr]_|github_pat_)[A-Za-z0-9_]{8,}`;
/** An HTTP bearer credential (RFC 6750 b64token); the scheme word stays readable. */
const bearerToken = String.raw`\bBearer[ \t]+[A-Za-z0-9\-._~+/]+=*`;
const tokenShapes = new RegExp(`${githubToken}|${bearerToken}`, 'gi');

/** Secrets shorter than this are not matched literally: they would blank out ordinary words. */
export const minimumSecretLength = 6;

/**
 * How much of an unterminated line is held back until more output arrives: at least the longest
 * secret, so a secret split across two writes of the child is still seen whole.
 */
const minimumWindow = 256;

/** Past this size an unterminated line is emitted even while a token-shaped match still reaches its end. */
const maximumHeldChars = 64 * 1024;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What to redact: literal secrets (each line of a multi-line value separately) and the token shapes. */
export class RedactionRules {
  private readonly literals: RegExp | null;
  /** Characters held back at the end of an unterminated line. */
  readonly window: number;

  constructor(secrets: readonly string[]) {
    const lines = new Set<string>();
    for (const secret of secrets)
      for (const line of secret.split(/\r?\n/))
        if (line.trim().length >= minimumSecretLength) lines.add(line);
    // Longest first, so a secret that contains another is replaced whole.
    const sorted = [...lines].sort((a, b) => b.length - a.length);
    this.literals = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'g') : null;
    this.window = Math.max(minimumWindow, sorted[0]?.length ?? 0);
  }

  /** The ranges to redact in `text`, sorted and merged; `replacement` is what each becomes. */
  matches(text: string): { start: number; end: number; replacement: string }[] {
    const found: { start: number; end: number; replacement: string }[] = [];
    const collect = (pattern: RegExp) => {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        const value = match[0];
        const bearer = /^bearer/i.test(value) ? `${value.slice(0, 6)} ` : '';
        found.push({ start: match.index, end: match.index + value.length, replacement: bearer + redacted });
      }
    };
    collect(tokenShapes);
    if (this.literals) collect(this.literals);
    if (found.length < 2) return found;
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged = [found[0]!];
    for (const range of found.slice(1)) {
      const last = merged[merged.length - 1]!;
      if (range.start < last.end) {
        if (range.end > last.end) last.end = range.end;
        last.replacement = redacted;
      } else merged.push(range);
    }
    return merged;
  }

  /** Redacts a complete text. */
  redact(text: string): string {
    return applyRanges(text, this.matches(text), text.length);
  }
}

function applyRanges(
  text: string,
  ranges: readonly { start: number; end: number; replacement: string }[],
  upTo: number,
): string {
  if (ranges.length === 0) return text.slice(0, upTo);
  let out = '';
  let position = 0;
  for (const range of ranges) {
    if (range.end > upTo) break;
    out += text.slice(position, range.start) + range.replacement;
    position = range.end;
  }
  return out + text.slice(position, upTo);
}

/** Characters a bearer or GitHub token may continue with (after a forced emit in the middle of one). */
const tokenCharacters = /^[A-Za-z0-9\-._~+/=]+/;

/**
 * Redacts one output stream as it arrives. Complete lines are redacted and emitted at once; of an
 * unterminated line, the last `window` characters (and any token-shaped match reaching its end,
 * which may still grow) wait for more output, so a secret the child writes in two pieces is
 * matched whole. `end()` emits what is left.
 */
export class StreamRedactor {
  private held = '';
  /** A forced emit ended inside a token: its continuation is dropped too. */
  private insideToken = false;

  constructor(private readonly rules: RedactionRules) {}

  /** True while part of an unterminated line waits for more output. */
  get holding(): boolean {
    return this.held.length > 0;
  }

  /** Adds output; returns the redacted text that is safe to emit now (possibly empty). */
  push(text: string): string {
    let input = text;
    if (this.insideToken) {
      const rest = input.replace(tokenCharacters, '');
      this.insideToken = rest.length === 0;
      input = rest;
    }
    if (input.length === 0) return '';
    const pending = this.held + input;
    const ranges = this.rules.matches(pending);
    const lineEnd = Math.max(pending.lastIndexOf('\n'), pending.lastIndexOf('\r')) + 1;
    let cut = Math.max(lineEnd, pending.length - this.rules.window);
    for (const range of ranges) {
      // A match across the cut, or one that reaches the end (a token may go on), waits whole.
      if (range.start < cut && (range.end > cut || range.end === pending.length)) cut = range.start;
    }
    if (pending.length - cut > maximumHeldChars) return this.forceEmit(pending, ranges);
    cut = avoidSplittingSurrogates(pending, cut);
    this.held = pending.slice(cut);
    return applyRanges(pending, ranges, cut);
  }

  /** Everything still held, redacted (the stream ended). */
  end(): string {
    const rest = this.held;
    this.held = '';
    this.insideToken = false;
    return this.rules.redact(rest);
  }

  private forceEmit(pending: string, ranges: { start: number; end: number; replacement: string }[]): string {
    this.held = '';
    const last = ranges[ranges.length - 1];
    this.insideToken = last !== undefined && last.end === pending.length;
    return applyRanges(pending, ranges, pending.length);
  }
}

function avoidSplittingSurrogates(text: string, cut: number): number {
  if (cut <= 0 || cut >= text.length) return cut;
  const before = text.charCodeAt(cut - 1);
  return before >= 0xd800 && before <= 0xdbff ? cut - 1 : cut;
}
