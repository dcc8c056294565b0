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
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
