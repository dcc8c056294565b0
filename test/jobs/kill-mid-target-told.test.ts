import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SlackApiStandIn } from '../../src/slack-api-stand-in/index.js';
import { afterDelivered, type RunningPacer, spawnPacer, untilPrinted } from '../helpers/killable-pacer.js';
import { restartableWorlds } from '../helpers/restartable-world.js';
import { ADMIN } from '../helpers/test-pacer.js';

const RECIPIENTS = Array.from({ length: 200 }, (_, i) => `UTOLD${String(i + 1).padStart(4, '0')}`);
const NOW = '2026-11-25T15:00:00Z';
const entry = join(import.meta.dirname, 'process', 'told-pacer.ts');
const { world, cleanup } = restartableWorlds();

const toldTo = (standIn: SlackApiStandIn, userId: string) =>
  standIn.messages(userId).filter((m) => m.text?.includes('your target for November 2026'));
const reached = (standIn: SlackApiStandIn) =>
  RECIPIENTS.filter((id) => toldTo(standIn, id).length > 0).length;

describe('a Pacer process killed with SIGKILL while it tells 200 members their targets', () => {
  it('tells every member exactly once after restarts', async () => {
    const { standIn, databasePath } = await world();
    for (const id of RECIPIENTS) standIn.addUser({ id, name: id.toLowerCase() });
    standIn.useClock(() => new Date(NOW).getTime());
    const start = (seed: boolean): RunningPacer => {
      const running = spawnPacer(entry, standIn, databasePath, {
        PACER_ADMINS: ADMIN.id,
        PACER_TIMEZONE: 'America/New_York',
        LOG_LEVEL: 'warn',
        TOLD_NOW: NOW,
        TOLD_SEED: seed ? '1' : '0',
        TOLD_RECIPIENTS: String(RECIPIENTS.length),
      });
      cleanup(() => running.child.kill('SIGKILL'));
      return running;
    };
    const killAfter = async (running: RunningPacer, count: number) => {
      await afterDelivered(standIn, count, () => reached(standIn));
      running.child.kill('SIGKILL');
      await running.exited;
    };

    // Killed twice the moment Slack has just taken a DM: its answer never reaches the ledger.
    await killAfter(start(true), 40);
    const afterFirstKill = reached(standIn);
    expect(afterFirstKill).toBeLessThan(RECIPIENTS.length);
    await killAfter(start(false), afterFirstKill + 50);
    expect(reached(standIn)).toBeLessThan(RECIPIENTS.length);

    const third = start(false);
    await afterDelivered(standIn, RECIPIENTS.length, () => reached(standIn));
    await untilPrinted(third, 'told-pacer: idle');
    for (const id of RECIPIENTS) expect(toldTo(standIn, id), id).toHaveLength(1);
  }, 180_000);
});
