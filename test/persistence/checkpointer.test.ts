import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCheckpointer } from '../../src/persistence/checkpointer.js';
import { openDatabase } from '../../src/persistence/database.js';

describe('the WAL checkpointer', () => {
  it('moves committed pages into the database file from its own thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pacer-wal-'));
    try {
      const path = join(dir, 'pacer.sqlite');
      const db = openDatabase(path);
      db.pragma('wal_autocheckpoint = 0');
      db.exec('CREATE TABLE t (x TEXT)');
      const insert = db.prepare('INSERT INTO t VALUES (?)');
      db.transaction(() => {
        for (let i = 0; i < 2_000; i++) insert.run('x'.repeat(500));
      })();
      const before = statSync(path).size;
      const checkpointer = startCheckpointer(
        path,
        createRequire(import.meta.url).resolve('better-sqlite3'),
        50,
      );
      let after = before;
      for (let i = 0; i < 40 && after <= before + 500_000; i++) {
        await new Promise((r) => setTimeout(r, 50));
        after = statSync(path).size;
      }
      await checkpointer.stop();
      expect(after).toBeGreaterThan(before + 500_000);
      expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 2_000 });
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
