import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { createLogger } from '../../src/logger.js';
import { inTransaction, openDatabase, rolledBack } from '../../src/persistence/database.js';
import { type DatabaseProblem, DatabaseWatch } from '../../src/services/database-watch.js';
import type { RecordedCall } from '../../src/slack-api-stand-in/index.js';
import { dealFormValues, viewSubmission } from '../helpers/payloads.js';
import { ADMIN, MANAGER, REP, TestPacer } from '../helpers/test-pacer.js';

let t: TestPacer | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const healthz = async () => {
  const res = await fetch(t!.url.replace('/slack/events', '/healthz'));
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, seconds = 5): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const adminAlerts = (): RecordedCall[] =>
  t!.standIn
    .calls('chat.postMessage')
    .filter((c) => c.response.ok === true && String(c.body.text).includes('Pacer cannot save anything'));

describe('the database file under a running Pacer', () => {
  it('deleted: /healthz 503 within seconds, writes refused, admins told once', async () => {
    t = await TestPacer.start();
    await t!.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:admin`);
    expect((await t!.command(REP.id, '/deal', '12,500 Acme Corp')).text).toContain('Logged');
    expect((await healthz()).status).toBe(200);

    rmSync(t!.databasePath);
    const health = await eventually(healthz, (h) => h.status === 503);
    expect(health).toMatchObject({
      status: 503,
      body: { status: 'database unavailable', reason: expect.stringContaining('gone') },
    });

    const refused = await t!.command(REP.id, '/deal', '8,000 Globex');
    expect(refused.text).toContain('Pacer cannot save right now: its database file is gone');
    expect(refused.text).toContain('Nothing was saved. An admin has been told.');
    expect(refused.text).not.toContain('Logged');
    expect(t!.deps.db.prepare('SELECT COUNT(*) AS n FROM deals').get()).toEqual({ n: 1 });
    // Single-statement writes (the job ledger, profiles) are refused too: nothing lands in the lost file.
    expect(() => t!.deps.ledger.claim('weekly-reminder', '2026-W48', 'manual', new Date())).toThrow(
      /readonly/,
    );

    // Both admins (PACER_ADMINS and the member made admin), once each, however often it is checked.
    await t!.command(REP.id, '/deal', '9,000 Initech');
    for (let i = 0; i < 5; i++) t!.deps.databaseWatch.check();
    await eventually(
      async () => adminAlerts().length,
      (n) => n >= 2,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const alerts = adminAlerts();
    const opened = t!.standIn.calls('conversations.open').map((c) => c.body.users);
    expect(alerts).toHaveLength(2);
    expect(new Set(opened)).toEqual(new Set([ADMIN.id, MANAGER.id]));
    // The admins learn how to keep what was stored: the open file can still be copied back.
    expect(String(alerts[0]!.body.text)).toMatch(/cp \/proc\/\d+\/fd\/\d+ /);
  });

  it('replaced by a copy: writes refused; the very file moved back: writes resume', async () => {
    t = await TestPacer.start();
    expect((await t!.command(REP.id, '/deal', '12,500 Acme Corp')).text).toContain('Logged');
    const moved = `${t!.databasePath}.moved`;
    renameSync(t!.databasePath, moved);
    copyFileSync(moved, t!.databasePath);
    const refused = await t!.command(REP.id, '/deal', '8,000 Globex');
    expect(refused.text).toContain('its database file was replaced by another file. Nothing was saved.');
    expect((await healthz()).status).toBe(503);
    // A copy is another file: what Pacer writes would not reach it.
    t!.deps.databaseWatch.check();
    expect((await healthz()).status).toBe(503);
    renameSync(moved, t!.databasePath);
    expect(t!.deps.databaseWatch.check()).toBeNull();
    expect((await healthz()).status).toBe(200);
    expect((await t!.command(REP.id, '/deal', '8,000 Globex')).text).toContain('Logged');
    expect(t!.deps.db.prepare('SELECT COUNT(*) AS n FROM deals').get()).toEqual({ n: 2 });
  });

  it('a form submitted after the file is gone shows the reason on the form and stores nothing', async () => {
    t = await TestPacer.start();
    expect((await t!.send(REP.id, '/deal', '')).http.status).toBe(200);
    const open = await t!.standIn.waitForCall((c) => c.method === 'views.open' && c.response.ok === true);
    const view = open.body.view as { callback_id: string; private_metadata: string };
    rmSync(t!.databasePath);
    const res = await t!.interact(
      viewSubmission(view, {
        userId: REP.id,
        viewId: 'VGONE',
        values: dealFormValues({ amount: '8,000', customer: 'Globex' }),
      }),
    );
    expect(JSON.parse(res.body)).toMatchObject({
      response_action: 'errors',
      errors: { amount: expect.stringContaining('Nothing was saved') },
    });
    expect(t!.deps.db.prepare('SELECT COUNT(*) AS n FROM deals').get()).toEqual({ n: 0 });
  });
});

describe('DatabaseWatch on its own', () => {
  it('checks on its timer, refuses writes while the disk is short of space, and lets them through once it is not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pacer-watch-'));
    const db = openDatabase(join(dir, 'pacer.sqlite'));
    db.exec('CREATE TABLE t (x INTEGER)');
    let tick: () => void = () => {};
    const told: DatabaseProblem[] = [];
    // More free space than any disk has: the real statfs answer is "too little".
    let minFreeBytes = Number.MAX_SAFE_INTEGER;
    const watch = new DatabaseWatch({
      db,
      path: join(dir, 'pacer.sqlite'),
      clock: new ManualClock('2026-11-25T10:00:00Z'),
      logger: createLogger({ level: 'error', sink: () => {} }),
      onProblem: async (problem) => {
        told.push(problem);
      },
      get minFreeBytes() {
        return minFreeBytes;
      },
      timers: {
        setInterval: (callback) => {
          tick = callback;
          return 1;
        },
        clearInterval: () => {},
      },
    });
    try {
      watch.start();
      expect(watch.problem()).toMatchObject({ reason: 'the disk holding its database is full' });
      const error = (() => {
        try {
          inTransaction(db, () => db.exec('INSERT INTO t VALUES (1)'));
        } catch (e) {
          return e;
        }
      })();
      expect(rolledBack(error)).toBe(true);
      expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 0 });
      tick();
      tick();
      expect(told).toHaveLength(1);
      minFreeBytes = 1;
      tick();
      expect(watch.problem()).toBeNull();
      inTransaction(db, () => db.exec('INSERT INTO t VALUES (1)'));
      expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 1 });
    } finally {
      watch.stop();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
