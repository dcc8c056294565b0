import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../src/persistence/database.js';
import { GroupCommit } from '../../src/persistence/group-commit.js';

const opened: Db[] = [];

/** A file database (a second connection is how we see what is committed) with one table. */
function setup() {
  const path = join(mkdtempSync(join(tmpdir(), 'pacer-group-')), 'group.sqlite');
  const db = openDatabase(path);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)');
  const reader = openDatabase(path);
  opened.push(db, reader);
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
  const add = (text: string) => Number(insert.run(text).lastInsertRowid);
  const committed = () =>
    (reader.prepare('SELECT text FROM notes ORDER BY id').all() as Array<{ text: string }>).map(
      (r) => r.text,
    );
  return { db, group: new GroupCommit(db), add, committed };
}

afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

describe('GroupCommit', () => {
  it('stores every write of a turn and answers each caller with its own result, in order', async () => {
    const { group, add, committed } = setup();
    const ids = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((t) => group.run(() => add(t))));
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(committed()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('settles a write only once it is committed, so a reply never announces a deal that could be lost', async () => {
    const { group, add, committed } = setup();
    const seenOnSettle = await group.run(() => add('first')).then(() => committed());
    expect(seenOnSettle).toEqual(['first']);
  });

  it('rolls back only the write that failed; the others of its group are kept', async () => {
    const { group, add, committed } = setup();
    const results = await Promise.allSettled([
      group.run(() => add('kept 1')),
      group.run(() => {
        add('half-written');
        throw new Error('bad deal');
      }),
      group.run(() => add('kept 1')), // UNIQUE violation: SQLite refuses it, alone
      group.run(() => add('kept 2')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('bad deal'));
    expect(committed()).toEqual(['kept 1', 'kept 2']);
  });

  it('rejects every queued write when the database cannot commit, instead of leaving callers waiting', async () => {
    const { db, group, add } = setup();
    const pending = [group.run(() => add('x')), group.run(() => add('y'))];
    db.close();
    const results = await Promise.allSettled(pending);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
