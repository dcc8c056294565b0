import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, inTransaction, openDatabase } from '../../src/persistence/database.js';
import { apology } from '../../src/slack/error-handler.js';

describe('the answer to an unexpected error', () => {
  it('says nothing was saved only for a write that was rolled back or refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pacer-apology-'));
    const db = openDatabase(join(dir, 'p.sqlite'));
    try {
      db.exec('CREATE TABLE t (x INTEGER NOT NULL)');
      let rolled: unknown;
      try {
        inTransaction(db, () => db.prepare('INSERT INTO t VALUES (NULL)').run());
      } catch (error) {
        rolled = error;
      }
      expect(apology(rolled, 'ERR-1')).toContain('Nothing was saved');
      expect(apology(new DatabaseUnavailableError('its database file is gone'), 'ERR-2')).toContain(
        'Pacer cannot save right now: its database file is gone. Nothing was saved. An admin has been told.',
      );
      // An error from anywhere else may have come after a commit: no promise about what was saved.
      const other = apology(new Error('rendering failed'), 'ERR-3');
      expect(other).not.toContain('Nothing was saved');
      expect(other).toContain('Check before you try again');
      expect(other).toContain('ERR-3');
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
