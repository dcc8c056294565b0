import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import type { Deal } from '../../../src/domain/entities/deal.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import type { SlackSender } from '../../../src/jobs/slack-sender.js';
import { createLogger } from '../../../src/logger.js';
import { openDatabase } from '../../../src/persistence/database.js';
import { defaultMigrationsDir, migrate, readMigrations } from '../../../src/persistence/migrator.js';
import { SettingsRepository } from '../../../src/persistence/settings-repository.js';
import { SettingsService } from '../../../src/services/settings-service.js';
import { celebrateDeal } from '../../../src/slack/notifications/deal-celebration.js';

const deal = { id: 7, memberId: 'UREP', customerName: 'Acme Corp', amountCents: 1_250_000 } as Deal;

describe('celebrateDeal', () => {
  it('logs instead of rejecting when the database is already closed (a deal logged during shutdown)', async () => {
    const db = openDatabase(':memory:');
    migrate(db, readMigrations(defaultMigrationsDir()), new Date('2026-12-01T10:00:00Z'));
    const settings = new SettingsService(
      new SettingsRepository(db),
      { timezone: 'UTC', currency: 'USD' },
      new ManualClock(new Date('2026-12-01T10:00:00Z')),
    );
    db.close();
    const lines: string[] = [];
    const posted: unknown[] = [];
    const sender = { post: async (message: unknown) => posted.push(message) } as unknown as SlackSender;

    await expect(
      celebrateDeal(
        {
          settings,
          sender,
          clock: new ManualClock(new Date('2026-12-01T10:00:00Z')),
          i18n: createTranslator(),
          logger: createLogger({ level: 'warn', sink: (l) => lines.push(l) }),
        },
        deal,
      ),
    ).resolves.toBe(false);
    expect(posted).toEqual([]);
    expect(lines.join('\n')).toContain('could not celebrate deal 7');
  });
});
