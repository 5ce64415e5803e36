/**
 * The one-command local run, as a newcomer does it: clone the repository into a temporary folder,
 * `npm ci`, `npm start` with no DATABASE_URL, open the printed URL, send a webhook with
 * `npm run webhook:send`, watch the run reach `succeeded` through the staff API, see a second
 * `npm start` on the same folder refused, press Ctrl-C — nothing keeps running — and start again on
 * the same data (over the lock a killed start would have left).
 *
 * One clone for the whole file (`npm ci` and the first build are the slow part).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.js';
import { projectRoot } from '../support/processes.js';

const workDir = mkdtempSync(path.join(tmpdir(), 'codexk8s-clone-'));
const clone = path.join(workDir, 'codex-k8s');
const started: ChildProcess[] = [];

/** Environment of a fresh shell: no database, no platform settings from the test runner. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      key === 'DATABASE_URL' ||
      key.startsWith('CODEXK8S_') ||
      key.startsWith('VITEST') ||
      key === 'NODE_ENV'
    )
      continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

interface NpmStart {
  child: ChildProcess;
  output(): string;
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
  exited: Promise<number | null>;
}

function npmStart(port: number, settings: Record<string, string> = {}): NpmStart {
  const child = spawn('npm', ['start'], {
    cwd: clone,
    env: cleanEnv({ CODEXK8S_HTTP_ADDR: `127.0.0.1:${port}`, ...settings }),
    stdio: ['ignore', 'pipe', 'pipe'],
    // its own process group, like a shell job: Ctrl-C is a SIGINT to the whole group
    detached: true,
  });
  started.push(child);
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  // 'close', not 'exit': npm can exit before the last lines its children wrote have been read from
  // the pipes, and the output is checked right after. 'close' also waits for every process that
  // still holds the pipes, so one left running shows up as "did not stop".
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code, signal) => resolve(code ?? (signal ? -1 : null))),
  );
  return {
    child,
    output: () => output,
    exited,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (match) {
            finish();
            resolve(match);
          }
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`timed out waiting for ${pattern}; output:\n${output.slice(-6000)}`));
        }, timeoutMs);
        const onExit = () => {
          finish();
          reject(new Error(`npm start exited before ${pattern}; output:\n${output.slice(-6000)}`));
        };
        const finish = () => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off('close', onExit);
        };
        listeners.add(check);
        child.once('close', onExit);
        check();
      }),
  };
}

/**
 * Ctrl-C in the terminal is a SIGINT to the foreground process group (`group`); a process manager
 * or `kill` signals npm alone, which must pass it on.
 */
async function stop(run: NpmStart, how: 'group' | 'npm', signal: NodeJS.Signals): Promise<number | null> {
  if (run.child.pid !== undefined) process.kill(how === 'group' ? -run.child.pid : run.child.pid, signal);
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 45_000));
  const result = await Promise.race([run.exited, timeout]);
  if (result === 'timeout')
    throw new Error(`npm start did not stop after SIGINT; output:\n${run.output().slice(-4000)}`);
  return result;
}

/** Processes whose working directory or command line is inside the clone (what npm start may leave behind). */
function processesInClone(): string[] {
  const found: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cwd = readlinkSync(`/proc/${entry}/cwd`);
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      const state = /State:\s+(\w)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1];
      if (state === 'Z') continue; // already dead, waiting to be reaped by its parent
      if (cwd.startsWith(clone) || cmdline.includes(clone)) found.push(`${entry}: ${cmdline}`);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    const state = /State:\s+(\w)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return state !== 'Z';
  } catch {
    return false;
  }
}

async function devLogin(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('codexk8s_staff_jwt='));
  expect(cookie).toBeDefined();
  return (cookie as string).split(';')[0] as string;
}

interface RunItem {
  id: string;
  status: string;
  eventType: string;
  repositoryFullName: string;
}

async function listRuns(url: string, cookie: string): Promise<RunItem[]> {
  const input = encodeURIComponent(JSON.stringify({ limit: 50 }));
  const response = await fetch(`${url}/api/trpc/runs.list?input=${input}`, { headers: { cookie } });
  const body = (await response.json()) as { result?: { data: { items: RunItem[] } }; error?: unknown };
  if (!body.result) throw new Error(`runs.list failed: ${response.status} ${JSON.stringify(body.error)}`);
  return body.result.data.items;
}

async function waitForRunStatus(
  url: string,
  cookie: string,
  runId: string,
  status: string,
  timeoutMs: number,
): Promise<RunItem> {
  const deadline = Date.now() + timeoutMs;
  let last: RunItem | undefined;
  while (Date.now() < deadline) {
    last = (await listRuns(url, cookie)).find((run) => run.id === runId);
    if (last?.status === status) return last;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`run ${runId} did not reach ${status} (last: ${JSON.stringify(last)})`);
}

describe('npm start on a fresh clone', () => {
  beforeAll(() => {
    // `git clone` sees committed files only: exactly what a newcomer gets.
    execFileSync('git', ['clone', '--quiet', projectRoot, clone], { stdio: 'pipe' });
    // --prefer-offline: the packages are in npm's cache after the checkout's own install
    execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: clone,
      env: cleanEnv(),
      stdio: 'pipe',
      timeout: 600_000,
    });
  }, 660_000);

  afterAll(() => {
    for (const child of started) {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    rmSync(workDir, { recursive: true, force: true });
  });

  it('builds, runs, takes a webhook through to a succeeded run, refuses a second start on the same data naming its URL, stops cleanly on Ctrl-C, keeps its data and takes over a stale lock', async () => {
    expect(existsSync(path.join(clone, 'dist')), 'a fresh clone has no build').toBe(false);
    const port = await freePort();
    const first = npmStart(port);
    const [, url] = await first.waitFor(/codex-k8s is running: (http:\/\/\S+)/, 480_000);
    expect(url).toBe(`http://127.0.0.1:${port}`);
    const ownerEmail = (await first.waitFor(/sign in\s+(\S+@\S+)/, 1_000))[1] as string;
    expect((await fetch(`${url}/health/readyz`)).status).toBe(200);
    expect(first.output()).toMatch(/starting embedded PostgreSQL/);

    // send the webhook npm start prints (the README's first run): it must start a run
    const hint = ((await first.waitFor(/webhook\s+npm run webhook:send -- (.+)/, 1_000))[1] as string).trim();
    expect(hint).toBe('issues --action labeled --label run:dev --repo octo-org/hello-world');
    const send = execFileSync('npm', ['run', '--silent', 'webhook:send', '--', ...hint.split(' ')], {
      cwd: clone,
      env: cleanEnv(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(send).toMatch(/^202 /m);
    const runId = /"run_id": "([0-9a-f-]{36})"/.exec(send)?.[1];
    expect(runId, send).toBeDefined();

    const cookie = await devLogin(url as string, ownerEmail);
    const run = await waitForRunStatus(url as string, cookie, runId as string, 'succeeded', 60_000);
    expect(run.eventType).toBe('issues');
    expect(run.repositoryFullName).toBe('octo-org/hello-world');

    const childPids = [...first.output().matchAll(/(?:control-plane|edge) started \(pid (\d+)\)/g)].map(
      (match) => Number(match[1]),
    );
    expect(childPids).toHaveLength(2);
    expect(childPids.every(alive)).toBe(true);

    // A second npm start on the same .data/ refuses at once, in one line naming the running URL.
    const lockFile = path.join(clone, '.data', 'local-run.json');
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toEqual({ pid: expect.any(Number), url });
    const refused = npmStart(await freePort());
    expect(await refused.exited).not.toBe(0);
    const refusal = refused
      .output()
      .split('\n')
      .filter((line) => line.includes('[start]'));
    expect(refusal).toEqual([
      `[start] codex-k8s is already running from this folder at ${url} (pid ${JSON.parse(readFileSync(lockFile, 'utf8')).pid}); stop it first, or open that URL`,
    ]);
    expect(refused.output()).not.toMatch(/embedded PostgreSQL|npm run build/);
    expect((await fetch(`${url}/health/readyz`)).status).toBe(200);

    await stop(first, 'group', 'SIGINT');
    expect(first.output()).toMatch(/\[start\] stopped/);
    expect(existsSync(lockFile), 'a clean stop removes the lock').toBe(false);
    expect(childPids.filter(alive), 'control-plane and edge are gone').toEqual([]);
    expect(processesInClone(), 'nothing started from the clone is still running').toEqual([]);
    expect(existsSync(path.join(clone, '.data', 'pglite')), 'data kept in .data/').toBe(true);
    const secrets = readFileSync(path.join(clone, '.data', 'local-secrets.json'), 'utf8');

    // second start: no rebuild, same data, same secrets; the lock a killed start left behind is taken over
    const killed = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => killed.once('exit', resolve));
    writeFileSync(lockFile, JSON.stringify({ pid: killed.pid, url: 'http://127.0.0.1:1' }));
    const second = npmStart(await freePort());
    const [, secondUrl] = await second.waitFor(/codex-k8s is running: (http:\/\/\S+)/, 180_000);
    expect(second.output()).not.toMatch(/npm run build/);
    expect(second.output()).not.toMatch(/migrations applied/);
    const secondCookie = await devLogin(secondUrl as string, ownerEmail);
    const kept = (await listRuns(secondUrl as string, secondCookie)).find((item) => item.id === runId);
    expect(kept?.status).toBe('succeeded');
    expect(readFileSync(path.join(clone, '.data', 'local-secrets.json'), 'utf8')).toBe(secrets);
    // npm's own exit code after a forwarded SIGTERM is 0 or 143 depending on timing; what matters is
    // that the orchestrator got the signal and stopped everything in order
    await stop(second, 'npm', 'SIGTERM');
    expect(second.output()).toMatch(/\[start\] SIGTERM: stopping/);
    expect(second.output()).toMatch(/\[start\] stopped/);
    expect(existsSync(lockFile)).toBe(false);
    expect(processesInClone()).toEqual([]);
  }, 900_000);

  it('bad settings stop it with exit 78 (EX_CONFIG), every one named, of both processes, before either starts', async () => {
    const run = npmStart(await freePort(), {
      CODEXK8S_WORKER_SLOTS_PER_PROJECT: '0',
      CODEXK8S_JWT_TTL: 'forever',
      CODEXK8S_COOKIE_SECURE: 'maybe',
      CODEXK8S_WORKER_CLAIM_LIMIT: 'many',
    });
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 240_000));
    const code = await Promise.race([run.exited, timeout]);
    expect(code, run.output().slice(-4000)).toBe(78);
    const problems = run
      .output()
      .split('\n')
      .filter((line) => line.startsWith('[start] invalid configuration: '))
      .map((line) => line.replace('[start] invalid configuration: ', '').split(':')[0]);
    // control-plane settings and an edge setting, each once
    expect(problems.sort()).toEqual([
      'CODEXK8S_COOKIE_SECURE',
      'CODEXK8S_JWT_TTL',
      'CODEXK8S_WORKER_CLAIM_LIMIT',
      'CODEXK8S_WORKER_SLOTS_PER_PROJECT',
    ]);
    expect(run.output()).toMatch(/4 settings are wrong/);
    expect(run.output()).not.toMatch(/control-plane started|edge started/);
    expect(run.output()).not.toContain('forever');
    expect(existsSync(path.join(clone, '.data', 'local-run.json')), 'the lock is released').toBe(false);
    expect(processesInClone()).toEqual([]);
  }, 300_000);
});
