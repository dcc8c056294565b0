import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { backupDatabase } from './backup.js';

// `npm run backup -- <file>`: an online copy of DATABASE_PATH while Pacer keeps running. It reads
// the database like any other SQLite client (WAL, normal locking: ADR 13) and takes no Pacer lock.
if (existsSync('.env')) process.loadEnvFile('.env');
const source = process.env.DATABASE_PATH || './data/pacer.sqlite';
const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run backup -- <file>   (copies DATABASE_PATH while Pacer runs)');
  process.exit(64);
}
if (resolve(target) === resolve(source)) {
  console.error(`Refusing to back ${source} up onto itself.`);
  process.exit(64);
}
if (!existsSync(source)) {
  console.error(`DATABASE_PATH ${source} does not exist.`);
  process.exit(66);
}
const db = new Database(source, { fileMustExist: true, timeout: 5_000 });
try {
  const result = await backupDatabase(db, target);
  console.warn(`Backed up ${source} to ${result.file} (${result.bytes} bytes, integrity_check ok).`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  db.close();
}
