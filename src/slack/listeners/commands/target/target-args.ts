import type { AppDeps } from '../../../../app-deps.js';
import type { TargetScope } from '../../../../persistence/targets-repository.js';
import { findCatalogEntry } from '../../../../use-cases/team-setup.js';
import { parseUserMention, readUserMention } from '../../../mentions.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';

export interface NamedScope {
  scope: TargetScope;
  /** For mrkdwn (may hold a mention). */
  label: string;
  /** For plain-text headers. */
  title: string;
}

/** `team`, `<@U…>`, `region:<name>` or `product:<name>`; null when the word is none of them. */
export function parseScope(
  word: string,
  deps: Pick<AppDeps, 'regions' | 'products' | 'members'>,
): NamedScope | null {
  if (word.toLowerCase() === 'team')
    return { scope: { kind: 'team', id: '' }, label: 'the team', title: 'the team' };
  if (word.startsWith('@')) {
    const typed = readUserMention(word, '`/target @ana 2026-11`.');
    if (!typed.ok) throw new UserFacingError(typed.error);
  }
  const userId = parseUserMention(word);
  if (userId) {
    const title = deps.members.get(userId)?.name ?? userId;
    return { scope: { kind: 'member', id: userId }, label: `<@${userId}>`, title };
  }
  const m = /^(region|product):(.+)$/i.exec(word);
  if (!m) return null;
  const kind = m[1]!.toLowerCase() as 'region' | 'product';
  const catalog = kind === 'region' ? deps.regions : deps.products;
  const entry = findCatalogEntry(catalog, m[2]!, `\`/target ${kind}:<name>\``);
  const title = `${kind === 'region' ? 'region' : 'product line'} ${entry.name}`;
  return { scope: { kind, id: String(entry.id) }, label: escapeMrkdwn(title), title };
}

/** `40%`, `+40%`, `12.5%` → 40, 40, 12.5; null when not a percentage. */
export function parsePercent(word: string): number | null {
  const m = /^([+-]?\d{1,4}(?:\.\d{1,2})?)%$/.exec(word);
  return m ? Number(m[1]) : null;
}
