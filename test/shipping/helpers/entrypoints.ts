/** Which npm script a container's command runs, when it runs it with node itself as PID 1. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../support/processes.js';

const scripts = (
  JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

/**
 * `['node', <file>]` whose `npm run <script>` is exactly `node <file>` → that script. Anything else
 * (`npm run …`, `sh -c …`, extra arguments) → undefined: npm or a shell as PID 1 would swallow
 * SIGTERM, and node would never drain.
 */
export function scriptRunBy(command: readonly string[] | undefined): string | undefined {
  if (!command || command.length !== 2 || command[0] !== 'node') return undefined;
  return Object.entries(scripts).find(([, body]) => body === `node ${command[1]}`)?.[0];
}
