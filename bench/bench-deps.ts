import type { AppDeps } from '../src/app-deps.js';
import { ManualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createTranslator } from '../src/i18n/translator.js';
import { createLogger } from '../src/logger.js';
import { AnalysisRepository } from '../src/persistence/analysis-repository.js';
import { CatalogRepository } from '../src/persistence/catalog-repository.js';
import { CheckinsRepository } from '../src/persistence/checkins-repository.js';
import type { Db } from '../src/persistence/database.js';
import { DealsRepository } from '../src/persistence/deals-repository.js';
import { MembersRepository } from '../src/persistence/members-repository.js';
import { RecognitionRepository } from '../src/persistence/recognition-repository.js';
import { SettingsRepository } from '../src/persistence/settings-repository.js';
import { TargetsRepository } from '../src/persistence/targets-repository.js';
import { MemberDirectory } from '../src/services/member-directory.js';
import { SettingsService } from '../src/services/settings-service.js';
import { SEEDED_AT } from './leaderboard.js';
import { stats } from './target-team.js';

/** The parts of AppDeps the read-side benches use, over the seeded database, with no Slack. */
export function benchDeps(db: Db): AppDeps {
  const clock = new ManualClock(SEEDED_AT);
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: 'bench-secret-0123456789',
    DATABASE_PATH: ':memory:',
  });
  const logger = createLogger({ level: 'error', sink: () => {} });
  const members = new MembersRepository(db);
  const settings = new SettingsService(
    new SettingsRepository(db),
    { timezone: 'UTC', currency: 'USD' },
    clock,
  );
  return {
    config,
    clock,
    logger,
    db,
    settings,
    i18n: createTranslator(),
    members,
    directory: new MemberDirectory(members, { profile: async () => null }, clock, [], logger),
    regions: new CatalogRepository(db, 'region'),
    products: new CatalogRepository(db, 'product'),
    deals: new DealsRepository(db),
    analysis: new AnalysisRepository(db),
    targets: new TargetsRepository(db),
    recognition: new RecognitionRepository(db),
    checkins: new CheckinsRepository(db),
  } as unknown as AppDeps;
}

/**
 * Times `fn` once cold, then `runs` times: wall time and this process's CPU time (on a busy shared
 * machine the CPU time is what the work costs Pacer, the wall time adds the queue).
 */
export function measure(fn: (i: number) => unknown, runs: number) {
  const started = performance.now();
  fn(0);
  const first = performance.now() - started;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 1; i <= runs; i++) {
    const at = performance.now();
    const used = process.cpuUsage();
    fn(i);
    const spent = process.cpuUsage(used);
    cpu.push((spent.user + spent.system) / 1000);
    wall.push(performance.now() - at);
  }
  const w = stats(wall);
  const r = (ms: number) => Number(ms.toFixed(1));
  return {
    'first ms': r(first),
    'median ms': r(w.median),
    'p99 ms': r(w.p99),
    'cpu median ms': r(stats(cpu).median),
  };
}
