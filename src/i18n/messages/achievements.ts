/** Achievements: their names, the channel announcements, `/achievements` and the admin switch. */
const en = {
  'achievement.first-deal': 'First deal',
  'achievement.first-new-customer': 'First new customer',
  'achievement.month-target': "100% of a month's target",
  'achievement.stretch': 'Stretch target reached',
  'achievement.personal-best-month': 'Personal best month',
  'achievement.streak': 'Weekly streak',
  'achievement.post.first-deal': ':tada: <@{member}> logged their first deal. Welcome to the board!',
  'achievement.post.first-new-customer': ':handshake: <@{member}> won their first new customer.',
  'achievement.post.month-target':
    ':dart: <@{member}> reached 100% of their target for {period}: {actual} of {target}.',
  'achievement.post.stretch':
    ':rocket: <@{member}> reached their stretch target for {period}: {actual} of {stretch}.',
  'achievement.post.personal-best-month':
    ':chart_with_upwards_trend: <@{member}> had their best month yet in {period}: {actual} (the best before: {previous}).',
  'achievement.post.streak':
    ':fire: <@{member}> met their weekly target {count, plural, one {# week} other {# weeks}} in a row.',
  'achievements.title': 'Achievements of <@{member}>',
  'achievements.line': '• *{name}* — earned on {date}',
  'achievements.none': '<@{member}> has no achievement yet. The first comes with the first deal.',
  'achievements.catalog':
    "Achievements, each earned once: first deal, first new customer, 100% of a month's target, stretch target reached, personal best month, and meeting the weekly target {count} weeks in a row.",
  'achievements.off': 'Switched off by admins: {names}',
  'achievements.badUser': 'Name someone with @, e.g. `/achievements @ana`, or nothing for your own.',
  'achievements.switched':
    '*{name}* is now {on, select, on {on: it is awarded and announced in the channel} other {off: it is not awarded nor announced}}.',
  'achievements.streakSet': 'A streak is now {count} weeks in a row at or above the weekly target.',
  'achievements.adminOnly': 'Only admins switch achievements on or off. Nothing was changed.',
  'achievements.usage':
    'Write `/pacer achievements <first-deal|first-new-customer|month-target|stretch|personal-best-month|streak> on|off`, or `/pacer achievements streak-weeks <2-52>`.',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'achievement.first-deal': '首单成交',
  'achievement.first-new-customer': '首个新客户',
  'achievement.month-target': '月度目标完成 100%',
  'achievement.stretch': '达成冲刺目标',
  'achievement.personal-best-month': '个人最佳月份',
  'achievement.streak': '连续达成周目标',
  'achievement.post.first-deal': ':tada: <@{member}> 完成了首单成交，欢迎上榜！',
  'achievement.post.first-new-customer': ':handshake: <@{member}> 拿下了第一个新客户。',
  'achievement.post.month-target': ':dart: <@{member}> 完成了{period}目标的 100%：{actual} / {target}。',
  'achievement.post.stretch': ':rocket: <@{member}> 达成了{period}的冲刺目标：{actual} / {stretch}。',
  'achievement.post.personal-best-month':
    ':chart_with_upwards_trend: <@{member}> 在{period}创下个人最佳月份：{actual}（此前最佳：{previous}）。',
  'achievement.post.streak': ':fire: <@{member}> 已连续 {count} 周达成周目标。',
  'achievements.title': '<@{member}> 的成就',
  'achievements.line': '• *{name}* — {date} 获得',
  'achievements.none': '<@{member}> 还没有成就。完成首单即可获得第一个成就。',
  'achievements.catalog':
    '成就（每项只获得一次）：首单成交、首个新客户、月度目标完成 100%、达成冲刺目标、个人最佳月份，以及连续 {count} 周达成周目标。',
  'achievements.off': '已被管理员关闭：{names}',
  'achievements.badUser': '请用 @ 指定成员，例如 `/achievements @ana`；不写则查看自己的成就。',
  'achievements.switched':
    '*{name}* 现已{on, select, on {开启：获得后会在频道里公布} other {关闭：不再授予，也不公布}}。',
  'achievements.streakSet': '现在连续 {count} 周达到或超过周目标即算连续达成。',
  'achievements.adminOnly': '只有管理员可以开启或关闭成就，未做任何更改。',
  'achievements.usage':
    '请写 `/pacer achievements <first-deal|first-new-customer|month-target|stretch|personal-best-month|streak> on|off`，或 `/pacer achievements streak-weeks <2-52>`。',
};

export const achievements = { en, 'zh-CN': zhCN };
