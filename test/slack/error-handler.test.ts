import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';
import { DatabaseUnavailableError, inTransaction, openDatabase } from '../../src/persistence/database.js';
import { DATABASE_REASONS } from '../../src/services/database-watch.js';
import { apology } from '../../src/slack/error-handler.js';

const en = createTranslator().speaker('en');
const zh = createTranslator().speaker('zh-CN');

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
      expect(apology(rolled, 'ERR-1', en)).toContain('Nothing was saved');
      expect(apology(rolled, 'ERR-1', zh)).toBe(
        ':warning: 抱歉，Pacer 这边出了问题，未保存任何内容。如果再次出现，请把这个编号告诉管理员：`ERR-1`。',
      );
      const gone = new DatabaseUnavailableError(DATABASE_REASONS.gone);
      expect(apology(gone, 'ERR-2', en)).toBe(
        ':warning: Pacer cannot save right now: its database file is gone (deleted or moved away). Nothing was saved. An admin has been told.',
      );
      expect(apology(gone, 'ERR-2', zh)).toBe(
        ':warning: Pacer 暂时无法保存：数据库文件不见了（被删除或移走）。本次未保存任何内容，已通知管理员。',
      );
      // A reason the watch never gives is shown as it came.
      expect(apology(new DatabaseUnavailableError('the moon is in the way'), 'ERR-2', zh)).toContain(
        '暂时无法保存：the moon is in the way。',
      );
      // An error from anywhere else may have come after a commit: no promise about what was saved.
      const other = apology(new Error('rendering failed'), 'ERR-3', en);
      expect(other).not.toContain('Nothing was saved');
      expect(other).toContain('Check before you try again');
      expect(other).toContain('ERR-3');
      expect(apology(new Error('rendering failed'), 'ERR-3', zh)).toBe(
        ':warning: 抱歉，Pacer 这边出了问题，操作可能没有完成。重试前请先确认一下（`/deal list` 可查看你的成交记录）。如果再次出现，请把这个编号告诉管理员：`ERR-3`。',
      );
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
