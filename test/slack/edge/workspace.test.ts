import { describe, expect, it } from 'vitest';
import { classifyEnvelope, type Envelope } from '../../../src/slack/receiver/envelope.js';
import { foreignTo, installedWorkspace, teamClaims } from '../../../src/slack/receiver/workspace.js';

const single = installedWorkspace({ team_id: 'T1', enterprise_id: 'E1', is_enterprise_install: false });
const orgWide = installedWorkspace({ team_id: 'T1', enterprise_id: 'E1', is_enterprise_install: true });

function envelope(body: unknown): Envelope {
  const checked = classifyEnvelope(body);
  if (!checked.ok) throw new Error(checked.reason);
  return checked.envelope;
}

const action = (team: unknown, user: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  envelope({
    type: 'block_actions',
    user: { id: 'U1', ...user },
    team,
    actions: [{ action_id: 'a' }],
    ...extra,
  });

describe('which workspace a payload is from', () => {
  it('a workspace on an Enterprise Grid: its own team, and no other organization', () => {
    expect(
      foreignTo(single, teamClaims(action({ id: 'T1', enterprise_id: 'E1' }, { team_id: 'T1' }))),
    ).toBeNull();
    expect(foreignTo(single, teamClaims(action({ id: 'T2', enterprise_id: 'E1' }, {})))).toBe(
      'it is from workspace T2',
    );
    expect(foreignTo(single, teamClaims(action({ id: 'T1' }, {}, { enterprise: { id: 'E2' } })))).toBe(
      'it is from organization E2',
    );
  });

  it('an org-wide install: any workspace of the organization, none outside it', () => {
    expect(
      foreignTo(orgWide, teamClaims(action(null, { team_id: 'T7' }, { enterprise: { id: 'E1' } }))),
    ).toBeNull();
    expect(
      foreignTo(orgWide, teamClaims(action(null, { team_id: 'T7' }, { enterprise: { id: 'E9' } }))),
    ).toBe('it is from organization E9');
    expect(foreignTo(orgWide, teamClaims(action(null, { team_id: 'T7' })))).toBe('it names no organization');
  });

  it('an event: the installation it was delivered for, and the person it is about', () => {
    const event = (envelopeTeam: string, authorized: string, userTeam: string) =>
      envelope({
        type: 'event_callback',
        event_id: 'Ev1',
        team_id: envelopeTeam,
        authorizations: [{ team_id: authorized, enterprise_id: 'E1' }],
        event: { type: 'user_change', user: { id: 'U1', team_id: userTeam } },
      });
    expect(foreignTo(single, teamClaims(event('T9', 'T1', 'T1')))).toBeNull();
    expect(foreignTo(single, teamClaims(event('T1', 'T1', 'T9')))).toBe('it is from workspace T9');
    expect(foreignTo(single, teamClaims(event('T1', 'T9', 'T1')))).toBe('it is from workspace T9');
  });

  it('auth.test without a workspace stops start-up', () => {
    expect(() => installedWorkspace({})).toThrow(/named no workspace/);
  });
});
