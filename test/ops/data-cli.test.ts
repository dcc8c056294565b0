import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, MANAGER, REP, TestPacer } from '../helpers/test-pacer.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const tsx = import.meta.resolve('tsx');

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pacer-data-cli-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `npm run export|import -- …` as the built scripts run, from sources; never throws. */
async function cli(script: 'export' | 'import', databasePath: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', tsx, join(root, `src/ops/${script}-command.ts`), ...args],
      { cwd: tempDir(), env: { ...process.env, DATABASE_PATH: databasePath } },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('npm run export and npm run import', () => {
  it('exports while Pacer runs; import waits for Pacer to stop, checks every row, and a second run changes nothing', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'pacer.sqlite');
    const t = await TestPacer.start({ databasePath, now: '2026-11-25T15:00:00Z' });
    let running = true;
    cleanups.push(() => running && t.stop());
    await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep`);
    await t.command(REP.id, '/deal', '12,500 Acme Corp date:2026-11-02');
    await t.command(REP.id, '/deal', '300 "-2+3 Ltd" date:2026-11-03');

    const out = join(dir, 'deals.csv');
    const exported = await cli('export', databasePath, ['deals', '2026-11', '--out', out]);
    expect(exported).toMatchObject({ code: 0 });
    expect(exported.out).toContain('2 rows');
    // Pacer is still answering, and the file holds what it had committed.
    expect((await t.command(REP.id, '/deal', '1 Late Co')).text).toContain('Late Co');
    const rows = parse(readFileSync(out), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.customer, r.amount])).toEqual([
      ['Acme Corp', '12500'],
      ["'-2+3 Ltd", '300'],
    ]);

    const csv = join(dir, 'history.csv');
    writeFileSync(
      csv,
      [
        'external_id,closed_on,owner,customer,amount',
        `h-1,2026-10-01,${REP.id},Old Customer,"2,000"`,
        `h-2,2026-10-02,${REP.id},,10`,
        `h-3,2026-10-03,UGONE,Other,10`,
      ].join('\n'),
    );
    const busy = await cli('import', databasePath, ['deals', csv]);
    expect(busy.code).toBe(75);
    expect(busy.out).toContain('Pacer is running on this database');

    await t.stop();
    running = false;
    const dry = await cli('import', databasePath, ['deals', csv, '--dry-run']);
    expect(dry.code).toBe(65);
    expect(dry.out).toContain('3 rows. 1 is fine (all new); 2 refused');
    expect(dry.out).toContain('Row 3: customer is missing.');
    expect(dry.out).toContain('Row 4: owner UGONE is nobody Pacer knows');
    expect(dry.out).toContain('Dry run: nothing was written.');

    const count = () => {
      const db = new Database(databasePath, { readonly: true });
      try {
        return db.prepare("SELECT COUNT(*) AS n FROM deals WHERE source = 'import'").get() as { n: number };
      } finally {
        db.close();
      }
    };
    expect(count().n).toBe(0);
    const skipped = await cli('import', databasePath, ['deals', csv, '--skip-invalid']);
    expect(skipped).toMatchObject({ code: 0 });
    expect(skipped.out).toContain(
      'Imported 1 deal from history.csv (none already there, 2 refused rows skipped)',
    );
    expect(count().n).toBe(1);
    const again = await cli('import', databasePath, ['deals', csv, '--skip-invalid']);
    expect(again.out).toContain('already imported: there is nothing to do');
    expect(count().n).toBe(1);
    // Each run is a fresh Node process with tsx: seconds apiece on a loaded machine.
  }, 90_000);

  it("imports a row over the approval amount as waiting and says who decides it where (nobody is DM'd)", async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'pacer.sqlite');
    const t = await TestPacer.start({ databasePath, now: '2026-11-25T15:00:00Z' });
    await t.command(ADMIN.id, '/pacer', `member <@${MANAGER.id}> role:manager`);
    await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep manager:<@${MANAGER.id}>`);
    await t.command(ADMIN.id, '/pacer', 'approval over 100k');
    await t.stop();
    const csv = join(dir, 'big.csv');
    writeFileSync(
      csv,
      ['external_id,closed_on,owner,customer,amount', `b-1,2026-11-02,${REP.id},Big Co,150000`].join('\n'),
    );
    const imported = await cli('import', databasePath, ['deals', csv]);
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.out).toContain(
      `1 row waits for approval by <@${MANAGER.id}> (asked by DM once Pacer runs again; Approve / Reject on their App Home): over the approval amount, and an import approves nothing.`,
    );
    const db = new Database(databasePath, { readonly: true });
    try {
      expect(db.prepare("SELECT COUNT(*) AS n FROM deals WHERE source = 'import'").get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT kind, external_id FROM pending_deals').all()).toEqual([
        { kind: 'approval', external_id: 'b-1' },
      ]);
    } finally {
      db.close();
    }
    // Pacer runs again: the waiting-deals job asks the manager, once across two ticks.
    const again = await TestPacer.start({ databasePath, now: '2026-11-25T16:00:00Z' });
    cleanups.push(() => again.stop());
    await again.deps.scheduler.tick('waiting-deals');
    await again.deps.scheduler.tick('waiting-deals');
    const asked = again.standIn.messages(MANAGER.id).filter((m) => String(m.text).includes('Big Co'));
    expect(asked).toHaveLength(1);
  }, 60_000);
});
