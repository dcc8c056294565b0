import { existsSync } from 'node:fs';
import { systemClock } from './clock.js';
import { openDatabase } from './persistence/database.js';
import { defaultMigrationsDir, migrate, readMigrations } from './persistence/migrator.js';

// `npm run migrate`: needs only DATABASE_PATH, not the Slack tokens.
if (existsSync('.env')) process.loadEnvFile('.env');
const path = process.env.DATABASE_PATH || './data/pacer.sqlite';
try {
  const db = openDatabase(path);
  const applied = migrate(db, readMigrations(defaultMigrationsDir()), systemClock.now());
  db.close();
  console.warn(applied.length ? `Applied to ${path}: ${applied.join(', ')}` : `${path} is up to date.`);
} catch (error) {
  const busy = (error as { code?: string }).code === 'SQLITE_BUSY';
  // A running Pacer holds the database exclusively; it applies migrations itself on every start.
  console.error(
    busy
      ? `${path} is in use by a running Pacer; stop it first (it migrates on start).`
      : error instanceof Error
        ? error.message
        : error,
  );
  process.exit(1);
}
