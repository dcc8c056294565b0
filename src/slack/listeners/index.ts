import type { App } from '@slack/bolt';
import type { AppDeps } from '../../app-deps.js';
import { slackImageUploader } from '../file-transfer.js';
import type { HelpEntry } from '../help-entry.js';
import { HomePublisher } from '../home/home-publisher.js';
import { registerCheckinActions } from './actions/checkin-actions.js';
import { registerHomeActions } from './actions/home-actions.js';
import * as achievements from './commands/achievements/index.js';
import * as award from './commands/award/index.js';
import * as checkin from './commands/checkin/index.js';
import * as contest from './commands/contest/index.js';
import * as csat from './commands/csat/index.js';
import * as deal from './commands/deal/index.js';
import * as kudos from './commands/kudos/index.js';
import * as leaderboard from './commands/leaderboard/index.js';
import * as pacer from './commands/pacer/index.js';
import * as report from './commands/report/index.js';
import * as target from './commands/target/index.js';
import { registerAppHomeOpened } from './events/app-home-opened.js';
import { registerCsvImport } from './events/csv-import.js';
import { registerUserChange } from './events/user-change.js';
import { ListenerRouter } from './listener-router.js';
import { registerCheckinSubmissions } from './views/checkin-submissions.js';
import { registerHomeSetupSubmission } from './views/home-setup-submission.js';

/** Help for every command, in the order `/pacer help` lists them. */
export const allHelp: HelpEntry[] = [
  ...pacer.help,
  ...deal.help,
  ...target.help,
  ...leaderboard.help,
  ...report.help,
  ...kudos.help,
  ...csat.help,
  ...award.help,
  ...contest.help,
  ...achievements.help,
  ...checkin.help,
];

export function registerListeners(app: App, deps: AppDeps): void {
  const router = new ListenerRouter();
  pacer.registerPacer(router, deps, allHelp);
  deal.registerDeal(router, deps);
  target.registerTarget(router, deps);
  leaderboard.registerLeaderboard(router, deps);
  report.registerReport(router, deps);
  kudos.registerKudos(router, deps);
  csat.registerCsat(router, deps);
  award.registerAward(router, deps);
  contest.registerContest(router, deps);
  achievements.registerAchievements(router, deps);
  checkin.registerCheckin(router, deps);
  registerCheckinActions(router, deps);
  registerCheckinSubmissions(router, deps);
  registerCsvImport(app, router, deps);
  // App Home: one publisher per app, refreshed on the member's own deal changes only (ADR 21).
  const home = new HomePublisher(
    deps,
    app.client,
    deps.charts ? { renderer: deps.charts, uploader: slackImageUploader(app.client) } : undefined,
  );
  deps.dealChanges.listen((memberIds) => home.dealsChanged(memberIds));
  registerHomeActions(router, deps);
  registerHomeSetupSubmission(router, deps, home);
  router.install(app);
  // Events are few and not on the /deal path: they stay plain Bolt listeners (ADR 8).
  registerUserChange(app, deps);
  registerAppHomeOpened(app, home);
}
