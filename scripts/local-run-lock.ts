/**
 * `.data/local-run.json`: which `npm start` runs the platform from this folder (its pid, and the URL
 * once the edge answers). It is also the lock that keeps a second `npm start` from opening the same
 * embedded database beside the first. Written atomically (a temporary file linked or renamed into
 * place), so a reader never sees half a file.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const localRunSchema = z.object({ pid: z.number().int().positive(), url: z.string().url().optional() });

export type LocalRun = z.infer<typeof localRunSchema>;

export type LockOutcome = { acquired: true } | { acquired: false; holder: LocalRun };

/** The entrypoint `npm start` runs; a live pid running something else is a stale lock's recycled pid. */
const startScript = 'scripts/start.ts';

function isRunningStart(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  try {
    return readFileSync(cmdline, 'utf8').includes(startScript);
  } catch {
    return true;
  }
}

function temporaryBeside(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}`,
  );
}

function writeTemporary(file: string, run: LocalRun): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = temporaryBeside(file);
  writeFileSync(temporary, `${JSON.stringify(run, null, 2)}\n`);
  return temporary;
}

/** The run recorded in `file`, whether or not its process still lives; undefined when absent or unreadable. */
export function readRunFile(file: string): LocalRun | undefined {
  try {
    const parsed = localRunSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The run recorded in `file` if its `npm start` is still running. */
export function readLiveRun(file: string): LocalRun | undefined {
  const run = readRunFile(file);
  return run && isRunningStart(run.pid) ? run : undefined;
}

/**
 * Takes the lock for `pid`. A lock whose process is gone (killed, crashed, machine restarted) is
 * taken over; one held by a running `npm start` is not, and its holder is returned.
 */
export function acquireRunLock(file: string, pid = process.pid): LockOutcome {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const temporary = writeTemporary(file, { pid });
    try {
      // link(2) fails if the lock exists: of two starts at once, exactly one wins.
      linkSync(temporary, file);
      return { acquired: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(temporary, { force: true });
    }
    const holder = readLiveRun(file);
    if (holder) return { acquired: false, holder };
    rmSync(file, { force: true });
  }
  throw new Error(`could not take the lock ${file}: it keeps changing; is another npm start starting?`);
}

/** Records the URL the holder's edge answers on (for the refusal message and `npm run webhook:send`). */
export function recordRunUrl(file: string, url: string, pid = process.pid): void {
  const temporary = writeTemporary(file, { pid, url });
  renameSync(temporary, file);
}

/** Removes the lock if `pid` holds it. */
export function releaseRunLock(file: string, pid = process.pid): void {
  if (readRunFile(file)?.pid === pid) rmSync(file, { force: true });
}

/** The one line a refused `npm start` prints. */
export function alreadyRunningMessage(holder: LocalRun, file: string): string {
  return holder.url
    ? `codex-k8s is already running from this folder at ${holder.url} (pid ${holder.pid}); stop it first, or open that URL`
    : `codex-k8s is already starting from this folder (pid ${holder.pid}, see ${file}); stop it first`;
}
