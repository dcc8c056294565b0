import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type SlackApiStandIn, startSlackApiStandIn } from '../../src/slack-api-stand-in/index.js';
import { BOT_TOKEN, DEFAULT_USERS } from './test-pacer.js';

export interface World {
  standIn: SlackApiStandIn;
  databasePath: string;
}

/**
 * A Slack stand-in and a database file that outlive one TestPacer, for restart tests: start Pacer,
 * stop it, start it again on the same world. `cleanup` registers what to undo after each test.
 */
export function restartableWorlds(): { world: () => Promise<World>; cleanup: (fn: () => unknown) => void } {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const fn of cleanups.splice(0).reverse()) await fn();
  });
  return {
    cleanup: (fn) => cleanups.push(fn),
    async world() {
      const standIn = await startSlackApiStandIn({ botToken: BOT_TOKEN, users: DEFAULT_USERS });
      const dir = mkdtempSync(join(tmpdir(), 'pacer-world-'));
      cleanups.push(
        () => standIn.close(),
        () => rmSync(dir, { recursive: true, force: true }),
      );
      return { standIn, databasePath: join(dir, 'pacer.sqlite') };
    },
  };
}
