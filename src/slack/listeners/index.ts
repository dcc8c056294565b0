import type { App } from '@slack/bolt';
import type { AppDeps } from '../../app-deps.js';
import type { HelpEntry } from '../help-entry.js';
import { registerCheckinActions } from './actions/checkin-actions.js';
import * as award from './commands/award/index.js';
import * as checkin from './commands/checkin/index.js';
import * as csat from './commands/csat/index.js';
import * as deal from './commands/deal/index.js';
import * as kudos from './commands/kudos/index.js';
import * as leaderboard from './commands/leaderboard/index.js';
import * as pacer from './commands/pacer/index.js';
import * as target from './commands/target/index.js';
import { registerCheckinSubmissions } from './views/checkin-submissions.js';

/** Help for every command, in the order `/pacer help` lists them. */
export const allHelp: HelpEntry[] = [
  ...pacer.help,
  ...deal.help,
  ...target.help,
  ...leaderboard.help,
  ...kudos.help,
  ...csat.help,
  ...award.help,
  ...checkin.help,
];

export function registerListeners(app: App, deps: AppDeps): void {
  pacer.registerPacer(app, deps, allHelp);
  deal.registerDeal(app, deps);
  target.registerTarget(app, deps);
  leaderboard.registerLeaderboard(app, deps);
  kudos.registerKudos(app, deps);
  csat.registerCsat(app, deps);
  award.registerAward(app, deps);
  checkin.registerCheckin(app, deps);
  registerCheckinActions(app, deps);
  registerCheckinSubmissions(app, deps);
}
