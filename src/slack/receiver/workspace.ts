import type { Envelope } from './envelope.js';

/** The workspace Pacer is installed in, as auth.test reports it at start. */
export interface InstalledWorkspace {
  teamId: string;
  enterpriseId: string | null;
  /** Org-wide install: requests come from many workspaces of one organization. */
  isEnterpriseInstall: boolean;
}

interface AuthTestResult {
  team_id?: string;
  enterprise_id?: string;
  is_enterprise_install?: boolean;
}

export function installedWorkspace(auth: AuthTestResult): InstalledWorkspace {
  if (!auth.team_id)
    throw new Error('auth.test named no workspace (team_id): Pacer cannot tell whose requests to take');
  return {
    teamId: auth.team_id,
    enterpriseId: auth.enterprise_id || null,
    isEnterpriseInstall: Boolean(auth.is_enterprise_install),
  };
}

/** Every workspace and organization a payload names for itself and for the person acting. */
export interface TeamClaims {
  teams: string[];
  enterprises: string[];
}

const present = (values: Array<string | null | undefined>): string[] =>
  values.filter((v): v is string => typeof v === 'string' && v !== '');

export function teamClaims(envelope: Envelope): TeamClaims {
  switch (envelope.kind) {
    case 'command':
      return { teams: present([envelope.body.team_id]), enterprises: present([envelope.body.enterprise_id]) };
    case 'event': {
      const { authorizations, team_id, enterprise_id, event } = envelope.body;
      // `authorizations` names the installation an event is delivered for; in a Slack Connect channel
      // the outer team_id can be the other organization's, so it counts only when that list is absent.
      const delivered = authorizations?.length
        ? {
            teams: authorizations.map((a) => a.team_id),
            enterprises: authorizations.map((a) => a.enterprise_id),
          }
        : { teams: [team_id], enterprises: [enterprise_id] };
      const user = typeof event.user === 'object' ? event.user : undefined;
      return {
        teams: present([...delivered.teams, user?.team_id]),
        enterprises: present(delivered.enterprises),
      };
    }
    case 'action':
    case 'view':
    case 'shortcut':
    case 'options': {
      const b = envelope.body as {
        team?: { id: string; enterprise_id?: string | null } | null;
        user: { team_id?: string };
        enterprise?: { id: string } | null;
        view?: { app_installed_team_id?: string };
      };
      return {
        teams: present([b.team?.id, b.user.team_id, b.view?.app_installed_team_id]),
        enterprises: present([b.enterprise?.id, b.team?.enterprise_id]),
      };
    }
    default:
      return { teams: [], enterprises: [] };
  }
}

/**
 * Null when the payload comes from the installed workspace and from a person of it; otherwise why
 * not. The signing secret belongs to the app, not to a workspace: an app installed in a second
 * workspace (or a person from another organization in a shared channel) sends requests Slack signs
 * just as well, so the signature alone does not say they are ours.
 */
export function foreignTo(workspace: InstalledWorkspace, claims: TeamClaims): string | null {
  if (workspace.isEnterpriseInstall) {
    if (!claims.enterprises.length) return 'it names no organization';
    const other = claims.enterprises.find((e) => e !== workspace.enterpriseId);
    return other ? `it is from organization ${other.slice(0, 40)}` : null;
  }
  if (!claims.teams.length) return 'it names no workspace';
  const otherTeam = claims.teams.find((t) => t !== workspace.teamId);
  if (otherTeam) return `it is from workspace ${otherTeam.slice(0, 40)}`;
  const otherOrg = claims.enterprises.find((e) => e !== workspace.enterpriseId);
  return otherOrg ? `it is from organization ${otherOrg.slice(0, 40)}` : null;
}
