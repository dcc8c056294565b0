import { existsSync } from 'node:fs';
import { systemClock } from './clock.js';
import { acquireDatabaseLock, DatabaseInUseError } from './ops/database-lock.js';
import { openDatabase } from './persistence/database.js';
import { defaultMigrationsDir, migrate, readMigrations } from './persistence/migrator.js';

// `npm run migrate`: needs only DATABASE_PATH, not the Slack tokens.
if (existsSync('.env')) process.loadEnvFile('.env');
const path = process.env.DATABASE_PATH || './data/pacer.sqlite';
try {
  // The same lock a running Pacer holds: schema changes under a live Pacer are refused.
  const lock = acquireDatabaseLock(path);
  try {
    const db = openDatabase(path);
    const applied = migrate(db, readMigrations(defaultMigrationsDir()), systemClock.now());
    db.close();
    console.warn(applied.length ? `Applied to ${path}: ${applied.join(', ')}` : `${path} is up to date.`);
  } finally {
    lock.release();
  }
} catch (error) {
  console.error(
    error instanceof DatabaseInUseError
      ? `${path} is in use by a running Pacer; stop it first (it migrates on start).`
      : error instanceof Error
        ? error.message
        : error,
  );
  process.exit(1);
}
