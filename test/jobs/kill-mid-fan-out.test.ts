import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type SlackApiStandIn, startSlackApiStandIn } from '../../src/slack-api-stand-in/index.js';
import { afterDelivered, type RunningPacer, spawnPacer, untilPrinted } from '../helpers/killable-pacer.js';
import { ADMIN, BOT_TOKEN, DEFAULT_USERS } from '../helpers/test-pacer.js';

const RECIPIENTS = Array.from({ length: 300 }, (_, i) => `UFAN${String(i + 1).padStart(4, '0')}`);
const NOW = '2026-11-28T15:00:00Z';
const entry = join(import.meta.dirname, 'process', 'fan-out-pacer.ts');

function start(databasePath: string, standIn: SlackApiStandIn, run: boolean): RunningPacer {
  return spawnPacer(entry, standIn, databasePath, {
    PACER_ADMINS: ADMIN.id,
    PACER_TIMEZONE: 'America/New_York',
    LOG_LEVEL: 'warn',
    FAN_OUT_NOW: NOW,
    FAN_OUT_RUN: run ? '1' : '0',
  });
}

const dmsTo = (standIn: SlackApiStandIn, userId: string) =>
  standIn.messages(userId).filter((m) => m.text?.startsWith('Your 2026-W48 note'));
const delivered = (standIn: SlackApiStandIn) =>
  RECIPIENTS.filter((id) => dmsTo(standIn, id).length > 0).length;

/** Resolves once the stand-in has accepted `count` DMs in all (from now or before). */
const afterDms = (standIn: SlackApiStandIn, count: number) =>
  afterDelivered(standIn, count, () => delivered(standIn));

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

describe('a Pacer process killed with SIGKILL in the middle of a 300-DM fan-out', () => {
  it('reaches every recipient exactly once after restarts', async () => {
    const users = [...DEFAULT_USERS, ...RECIPIENTS.map((id) => ({ id, name: id.toLowerCase() }))];
    const standIn = await startSlackApiStandIn({ botToken: BOT_TOKEN, users });
    standIn.useClock(() => new Date(NOW).getTime());
    const dir = mkdtempSync(join(tmpdir(), 'pacer-kill-'));
    cleanups.push(
      () => standIn.close(),
      () => rmSync(dir, { recursive: true, force: true }),
    );
    const databasePath = join(dir, 'pacer.sqlite');

    // Killed twice, at the moment Slack has just taken a DM (the window a crash can hit).
    const first = start(databasePath, standIn, true);
    cleanups.push(() => first.child.kill('SIGKILL'));
    await afterDms(standIn, 60);
    first.child.kill('SIGKILL');
    await first.exited;
    const afterFirstKill = delivered(standIn);
    expect(afterFirstKill).toBeLessThan(RECIPIENTS.length);

    const second = start(databasePath, standIn, false);
    cleanups.push(() => second.child.kill('SIGKILL'));
    await afterDms(standIn, afterFirstKill + 80);
    second.child.kill('SIGKILL');
    await second.exited;
    expect(delivered(standIn)).toBeLessThan(RECIPIENTS.length);

    const third = start(databasePath, standIn, false);
    cleanups.push(() => third.child.kill('SIGKILL'));
    await afterDms(standIn, RECIPIENTS.length);
    // Start-up (with the resumed run) is over once the process says so.
    await untilPrinted(third, 'fan-out-pacer: idle');
    for (const id of RECIPIENTS) expect(dmsTo(standIn, id), id).toHaveLength(1);
    expect(standIn.messages('CANNOUNCE')).toHaveLength(1);
  }, 180_000);
});
