import type { StandInUser } from '../../src/slack-api-stand-in/index.js';
import { TestPacer } from './test-pacer.js';

// The people of the zh-CN tests: a Shanghai team where 李娜 and 王经理 use Slack in Chinese and
// Tom in US English, so each test can show that the reader's language wins over the team's.
export const LINA: StandInUser = {
  id: 'ULINA',
  name: 'lina',
  real_name: '李娜',
  tz: 'Asia/Shanghai',
  locale: 'zh-CN',
};
export const TOM: StandInUser = {
  id: 'UTOM',
  name: 'tom',
  real_name: 'Tom Hill',
  tz: 'Asia/Shanghai',
  locale: 'en-US',
};
export const WANG: StandInUser = {
  id: 'UWANG',
  name: 'wang',
  real_name: '王经理',
  tz: 'Asia/Shanghai',
  locale: 'zh-CN',
};

export interface ChineseTeamOptions {
  /** The pinned instant (UTC). */
  now: string;
  users: StandInUser[];
  /** Added to, or overriding, the team's settings (e.g. `PACER_LANGUAGE: 'en'`). */
  env?: Record<string, string>;
}

/** A real Pacer for a team in Shanghai, paid in yuan, whose channel posts speak Chinese. */
export function chineseTeam({ now, users, env = {} }: ChineseTeamOptions): Promise<TestPacer> {
  return TestPacer.start({
    now,
    env: { PACER_TIMEZONE: 'Asia/Shanghai', PACER_CURRENCY: 'CNY', PACER_LANGUAGE: 'zh-CN', ...env },
    users,
  });
}
