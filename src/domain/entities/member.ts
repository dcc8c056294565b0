export const ROLES = ['admin', 'manager', 'rep'] as const;
export type Role = (typeof ROLES)[number];

/** A person Pacer knows: their Slack profile and Pacer's own fields (role, region, manager). */
export interface Member {
  userId: string;
  name: string;
  realName: string | null;
  tz: string | null;
  slackAdmin: boolean;
  isBot: boolean;
  deleted: boolean;
  role: Role;
  regionId: number | null;
  managerId: string | null;
  fetchedAt: Date;
  /** As Slack reports it (`en-US`, `zh-CN`), or null when not known yet. */
  slackLocale: string | null;
  /** The language they chose with `/pacer my-language` (`en`, `zh-CN`); wins over Slack's. */
  language: string | null;
  /** As Slack reports it (users:read.email), or null: lets an import or a CRM name the owner by email. */
  email: string | null;
}

/** What Slack's users.info tells us; Pacer's own fields (role, region, manager) are kept on refresh. */
export interface SlackProfile {
  userId: string;
  name: string;
  realName: string | null;
  tz: string | null;
  slackAdmin: boolean;
  isBot: boolean;
  deleted: boolean;
  /** Only users.info with include_locale says it; absent (user_change events) keeps the stored one. */
  locale?: string | null;
  /** Only with the users:read.email scope; absent keeps the stored one. */
  email?: string | null;
}
