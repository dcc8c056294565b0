import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDatabaseLock } from '../../src/ops/database-lock.js';
import { ADMIN, REP, TestPacer } from '../helpers/test-pacer.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
// The child runs in a temporary folder, so tsx is named by its location.
const tsx = import.meta.resolve('tsx');
const hasSqliteShell = await run('sqlite3', ['-version']).then(
  () => true,
  () => false,
);

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pacer-backup-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function startPacer(env: Record<string, string> = {}): Promise<TestPacer> {
  const t = await TestPacer.start({ env });
  cleanups.push(() => t.stop());
  await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep`);
  return t;
}

function backupCommand(databasePath: string, target: string) {
  return run(process.execPath, ['--import', tsx, join(root, 'src/ops/backup-command.ts'), target], {
    cwd: tempDir(),
    env: { ...process.env, DATABASE_PATH: databasePath },
  });
}

describe('online backups (ADR 13)', () => {
  it('copies the database while /deal runs under load: the copy passes integrity_check and holds every deal acknowledged before it began', async () => {
    const t = await startPacer();
    const target = join(tempDir(), 'copy.sqlite');
    const ackedBeforeBackup: string[] = [];
    let backupBegan = false;
    let stop = false;
    let n = 0;
    const worker = async () => {
      while (!stop) {
        const customer = `Load Customer ${++n}`;
        const { text } = await t.command(REP.id, '/deal', `1,000 ${customer}`);
        expect(text).toContain(customer);
        if (!backupBegan) ackedBeforeBackup.push(customer);
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    while (n < 150) await new Promise((r) => setTimeout(r, 20));
    backupBegan = true;
    let stderr: string;
    let dealsDuringBackup: number;
    try {
      ({ stderr } = await backupCommand(t.databasePath, target));
      dealsDuringBackup = n;
    } finally {
      stop = true;
      await Promise.all(workers);
    }
    expect(stderr).toContain('integrity_check ok');

    const copy = new Database(target, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const inCopy = new Set(
        copy
          .prepare<[], { name: string }>(
            'SELECT c.name FROM deals d JOIN customers c ON c.id = d.customer_id WHERE d.deleted_at IS NULL',
          )
          .all()
          .map((r) => r.name),
      );
      expect(ackedBeforeBackup.length).toBeGreaterThanOrEqual(140);
      for (const customer of ackedBeforeBackup) expect(inCopy, customer).toContain(customer);
      // Pacer kept taking deals while the copy was made, and afterwards.
      expect(dealsDuringBackup).toBeGreaterThan(ackedBeforeBackup.length);
      const live = t.deps.db.prepare('SELECT count(*) AS n FROM deals').get() as { n: number };
      expect(live.n).toBeGreaterThanOrEqual(inCopy.size);
    } finally {
      copy.close();
    }
  }, 60_000);

  it.skipIf(!hasSqliteShell)(
    'lets the sqlite3 shell read while Pacer runs, and still refuses a second Pacer',
    async () => {
      const t = await startPacer();
      await t.command(REP.id, '/deal', '2,500 Shell Reader Inc');
      const { stdout } = await run('sqlite3', [t.databasePath, 'SELECT count(*) FROM deals;']);
      expect(stdout.trim()).toBe('1');
      const shellCopy = join(tempDir(), 'shell.sqlite');
      await run('sqlite3', [t.databasePath, `.backup '${shellCopy}'`]);
      expect((await run('sqlite3', [shellCopy, 'PRAGMA integrity_check;'])).stdout.trim()).toBe('ok');
      // Pacer still writes after the shell's read.
      expect((await t.command(REP.id, '/deal', '1,000 After Shell')).text).toContain('After Shell');
      await expect(TestPacer.start({ databasePath: t.databasePath, standIn: t.standIn })).rejects.toThrow(
        /Another Pacer process is using .*one process per database/,
      );
    },
    30_000,
  );

  it('frees the database when the Pacer holding it is killed with SIGKILL: no stale lock', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'pacer.sqlite');
    const holder = spawn(
      process.execPath,
      [
        '--import',
        tsx,
        '-e',
        `import('${join(root, 'src/ops/database-lock.ts')}').then((m) => { m.acquireDatabaseLock(${JSON.stringify(databasePath)}); console.log('held'); setInterval(() => {}, 1000); })`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    cleanups.push(() => holder.kill('SIGKILL'));
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    expect(() => acquireDatabaseLock(databasePath)).toThrow(/Another Pacer process is using/);
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    const lock = acquireDatabaseLock(databasePath);
    lock.release();
  }, 30_000);

  it('runs the daily backup job: a checked copy in BACKUP_DIR, only the newest BACKUP_KEEP kept', async () => {
    const dir = tempDir();
    const t = await startPacer({ BACKUP_DIR: dir, BACKUP_KEEP: '2' });
    await t.command(REP.id, '/deal', '3,000 Nightly Copy Ltd');
    for (const day of ['2026-11-26', '2026-11-27', '2026-11-28']) {
      t.clock.set(`${day}T03:00:00Z`);
      const [result] = await t.deps.scheduler.tick('backup');
      expect(result?.status).toBe('ran');
    }
    expect((await t.command(ADMIN.id, '/pacer', 'run backup')).text).toMatch(/already ran/);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['pacer-2026-11-27T030000Z.sqlite', 'pacer-2026-11-28T030000Z.sqlite']);
    const copy = new Database(join(dir, files[1]!), { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(
        copy.prepare("SELECT count(*) AS n FROM customers WHERE name = 'Nightly Copy Ltd'").get(),
      ).toEqual({
        n: 1,
      });
    } finally {
      copy.close();
    }
    expect(existsSync(join(dir, `${files[1]}.partial`))).toBe(false);
  }, 30_000);
});
