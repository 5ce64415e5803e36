/** The lock of `npm start` (scripts/local-run-lock.ts) on a folder of its own; npm-start.test.ts runs it for real. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  acquireRunLock,
  alreadyRunningMessage,
  readLiveRun,
  recordRunUrl,
  releaseRunLock,
} from '../../scripts/local-run-lock.js';
import { cleanupAfterEach } from '../support/cleanups.js';

describe('npm start lock', () => {
  const defer = cleanupAfterEach();

  function lockFile(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'codexk8s-lock-'));
    defer(() => rmSync(dir, { recursive: true, force: true }));
    return path.join(dir, '.data', 'local-run.json');
  }

  /** A live process whose command line looks like (or unlike) `npm start`'s. */
  function liveProcess(args: string[]): ChildProcess {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)', ...args], {
      stdio: 'ignore',
    });
    defer(() => child.kill('SIGKILL'));
    return child;
  }

  async function deadPid(): Promise<number> {
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await once(child, 'exit');
    return child.pid!;
  }

  it('is taken when free, refused while its npm start runs, then names the URL it recorded', async () => {
    const file = lockFile();
    const first = liveProcess(['scripts/start.ts']);
    await once(first, 'spawn');
    expect(acquireRunLock(file, first.pid)).toEqual({ acquired: true });
    expect(acquireRunLock(file)).toEqual({ acquired: false, holder: { pid: first.pid } });
    expect(alreadyRunningMessage({ pid: first.pid! }, file)).toMatch(/already starting .*pid \d+/);

    recordRunUrl(file, 'http://127.0.0.1:8080', first.pid);
    const refused = acquireRunLock(file);
    expect(refused).toEqual({ acquired: false, holder: { pid: first.pid, url: 'http://127.0.0.1:8080' } });
    if (!refused.acquired) {
      const message = alreadyRunningMessage(refused.holder, file);
      expect(message).toContain('already running from this folder at http://127.0.0.1:8080');
      expect(message).not.toContain('\n');
    }
    expect(readLiveRun(file)?.url).toBe('http://127.0.0.1:8080');

    releaseRunLock(file); // not the holder: nothing happens
    expect(readLiveRun(file)?.pid).toBe(first.pid);
    releaseRunLock(file, first.pid);
    expect(readLiveRun(file)).toBeUndefined();
    expect(acquireRunLock(file)).toEqual({ acquired: true });
  });

  it.each([
    [
      'a pid that has exited',
      async () => JSON.stringify({ pid: await deadPid(), url: 'http://127.0.0.1:1' }),
    ],
    [
      'a pid now used by another program',
      async (spawnLive: typeof liveProcess) => {
        const other = spawnLive([]);
        await once(other, 'spawn');
        return JSON.stringify({ pid: other.pid });
      },
    ],
    ['an unreadable file', async () => '{"pid":'],
  ])('a stale lock (%s) is taken over', async (_name, content) => {
    const file = lockFile();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, await content(liveProcess));
    expect(readLiveRun(file)).toBeUndefined();
    expect(acquireRunLock(file)).toEqual({ acquired: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ pid: process.pid });
  });
});
