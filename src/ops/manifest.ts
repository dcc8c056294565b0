/** The parts of Slack's app manifest that depend on how Pacer is reached. */
interface ManifestShape {
  features?: { slash_commands?: Array<Record<string, unknown>> };
  settings?: {
    interactivity?: Record<string, unknown>;
    event_subscriptions?: Record<string, unknown>;
    socket_mode_enabled?: boolean;
  };
}

export type ManifestMode = { kind: 'socket' } | { kind: 'url'; baseUrl: string };

/**
 * manifest.yml for one way of reaching Pacer. Socket Mode: no request URLs at all (Slack refuses a
 * Socket Mode manifest that has them). HTTP: every URL points at `<base>/slack/events`.
 */
export function manifestFor<T extends ManifestShape>(manifest: T, mode: ManifestMode): T {
  const copy = structuredClone(manifest);
  copy.settings ??= {};
  const settings = copy.settings;
  let events: string | undefined;
  if (mode.kind === 'url') {
    const base = new URL(mode.baseUrl);
    if (base.protocol !== 'https:')
      throw new Error(`Slack sends requests only to https:// URLs, not ${mode.baseUrl}`);
    events = new URL('slack/events', base.href.endsWith('/') ? base.href : `${base.href}/`).href;
  }
  for (const command of copy.features?.slash_commands ?? []) {
    if (events) command.url = events;
    else delete command.url;
  }
  for (const section of [settings.interactivity, settings.event_subscriptions]) {
    if (!section) continue;
    if (events) section.request_url = events;
    else delete section.request_url;
  }
  settings.socket_mode_enabled = mode.kind === 'socket';
  return copy;
}
