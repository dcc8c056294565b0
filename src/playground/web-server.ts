import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CommandHint, readManifestCommands } from './manifest-commands.js';
import { dmChannelOf, PEOPLE, SALES_CHANNEL } from './people.js';
import type { Playground } from './playground.js';
import type { ActionInput } from './slack-side.js';
import { resolveTarget, type TravelTarget } from './time-travel.js';
import type { WorkspaceView } from './workspace-view.js';

type Json = Record<string, unknown>;

const here = dirname(fileURLToPath(import.meta.url));
const WEB_DIR = join(here, 'web');
const STATIC: Record<string, string> = {
  '/': 'index.html',
  '/app.js': 'app.js',
  '/blocks.js': 'blocks.js',
  '/style.css': 'style.css',
};
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

export class PortBusyError extends Error {}

/** The playground page and its small JSON + server-sent-events API, on 127.0.0.1 by default. */
export async function startWebServer(
  playground: Playground,
  options: { port: number; host?: string },
): Promise<WebServer> {
  const commands = readManifestCommands(join(here, '..', '..', 'manifest.yml'));
  // Each page is one person: it gets what that person can see (#sales and their own DM).
  const clients = new Map<ServerResponse, string>();
  let pending = false;
  const pushState = () => {
    if (pending) return;
    pending = true;
    // Coalesced: a time jump changes many messages in one go, and the page needs the result once.
    setImmediate(() => {
      pending = false;
      const byUser = new Map<string, string>();
      for (const [c, user] of clients) {
        let data = byUser.get(user);
        if (!data) {
          data = `event: state\ndata: ${JSON.stringify(stateOf(playground, commands, user, false))}\n\n`;
          byUser.set(user, data);
        }
        c.write(data);
      }
    });
  };
  const unsubscribe = playground.view.onChange((kind, call) => {
    if (kind === 'call' && call) {
      const data = `event: call\ndata: ${JSON.stringify(call)}\n\n`;
      for (const c of clients.keys()) c.write(data);
    }
    pushState();
  });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      playground.logger.error('playground request failed', error);
      if (!res.headersSent) json(res, 500, { ok: false, error: (error as Error).message });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://playground');
    const file = STATIC[url.pathname];
    if (req.method === 'GET' && file) {
      res.writeHead(200, { 'content-type': TYPES[file.split('.').pop()!]!, 'cache-control': 'no-store' });
      res.end(readFileSync(join(WEB_DIR, file)));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const viewer = url.searchParams.get('as') ?? '';
    // An image block's slack_file, as Slack shows it: the uploaded bytes, read from the stand-in.
    const slackFile = /^\/api\/file\/(F\w+)$/.exec(url.pathname);
    if (req.method === 'GET' && slackFile) {
      const image = playground.standIn.files.image(slackFile[1]!);
      if (!image) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=3600' });
      return void res.end(image.bytes);
    }
    if (req.method === 'GET' && url.pathname === '/api/state') {
      return json(res, 200, stateOf(playground, commands, viewer, true));
    }
    if (req.method === 'GET' && url.pathname === '/api/events') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      // The stream starts with the state as it is now: a change made between the page's first
      // fetch and this connection (a Home tab's chart publish, say) is never missed.
      res.write(
        `: connected\n\nevent: state\ndata: ${JSON.stringify(stateOf(playground, commands, viewer, false))}\n\n`,
      );
      clients.set(res, viewer);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (req.method !== 'POST') return json(res, 404, { ok: false, error: 'not_found' });
    const body = await readJson(req);
    const user = String(body.user ?? '');
    if (!PEOPLE.some((p) => p.id === user)) return json(res, 400, { ok: false, error: 'unknown user' });
    switch (url.pathname) {
      case '/api/command': {
        const text = String(body.text ?? '').trim();
        const match = /^(\/[a-z]+)\s*([\s\S]*)$/.exec(text);
        const channel = String(body.channel ?? SALES_CHANNEL.id);
        if (!match || !commands.some((c) => c.command === match[1])) {
          return json(res, 200, { ok: false, error: `${text.split(/\s/)[0]} is not a command Pacer has` });
        }
        const answer = await playground.slack.command(user, channel, match[1]!, match[2]!);
        return json(res, 200, { ok: answer.status === 200, ms: answer.ms });
      }
      case '/api/action': {
        const message = playground.view.message(String(body.messageId));
        if (!message) return json(res, 404, { ok: false, error: 'that message is gone' });
        const status = await playground.slack.messageAction(user, message, body.action as ActionInput);
        return json(res, 200, { ok: status === 200 });
      }
      case '/api/home': {
        // Opening the Home tab: Slack tells Pacer, and Pacer publishes the tab with views.publish.
        // The answer waits for that publish, so the page never depends on catching it on its stream.
        const before = playground.view.home(user)?.hash;
        const published = homePublished(playground.view, user, before, HOME_WAIT_MS);
        const status = await playground.slack.appHomeOpened(user);
        const home = status === 200 ? await published : undefined;
        if (!home)
          return json(res, 200, { ok: false, error: 'Pacer did not publish the Home tab (see Slack calls)' });
        return json(res, 200, { ok: true, home });
      }
      case '/api/home-action': {
        const home = playground.view.home(user);
        if (!home) return json(res, 404, { ok: false, error: 'the Home tab is not open' });
        const status = await playground.slack.homeAction(user, home, body.action as ActionInput);
        return json(res, 200, { ok: status === 200 });
      }
      case '/api/submit':
        return json(res, 200, {
          ok: (await playground.slack.submitView(user, (body.values as Json) ?? {})) === 200,
        });
      case '/api/close':
        await playground.slack.closeView(user);
        return json(res, 200, { ok: true });
      case '/api/travel': {
        let target: Date;
        try {
          target = resolveTarget(
            playground.clock.now(),
            travelTarget(String(body.to), user, playground.timezone()),
          );
        } catch (error) {
          return json(res, 400, { ok: false, error: (error as Error).message });
        }
        const legs = await playground.travelTo(target);
        return json(res, 200, { ok: true, now: playground.clock.now().toISOString(), legs });
      }
      default:
        return json(res, 404, { ok: false, error: 'not_found' });
    }
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new PortBusyError(
              `Port ${options.port} on ${host} is already in use. Stop what uses it, or start with PORT=3001 npm run playground.`,
            )
          : error,
      );
    });
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const c of clients.keys()) c.end();
        server.closeAllConnections();
        (server as Server).close(() => resolve());
      }),
  };
}

/** How long opening the Home tab waits for Pacer's views.publish. */
const HOME_WAIT_MS = 10_000;

/** Resolves with the person's Home tab once one other than `before` is published, or undefined after `ms`. */
function homePublished(
  view: WorkspaceView,
  user: string,
  before: unknown,
  ms: number,
): Promise<Json | undefined> {
  return new Promise((resolve) => {
    const done = (home: Json | undefined) => {
      clearTimeout(timer);
      off();
      resolve(home);
    };
    const check = () => {
      const home = view.home(user);
      if (home && home.hash !== before) done(home);
    };
    const timer = setTimeout(() => done(undefined), ms);
    const off = view.onChange(check);
  });
}

/** The time travel buttons: each names a moment in the team's (or a person's) timezone. */
function travelTarget(to: string, user: string, teamTz: string): TravelTarget {
  switch (to) {
    case 'monday':
      return { to: 'next-weekday', weekday: 1, time: '09:00', timezone: teamTz };
    case 'friday':
      return { to: 'next-weekday', weekday: 5, time: '16:00', timezone: teamTz };
    case 'first':
      return { to: 'first-of-next-month', time: '09:30', timezone: teamTz };
    case 'thursday':
      return {
        to: 'next-weekday',
        weekday: 4,
        time: '15:00',
        timezone: PEOPLE.find((p) => p.id === user)!.tz,
      };
    case 'hour':
      return { to: 'plus', minutes: 60 };
    default:
      throw new Error(`unknown time travel target ${to}`);
  }
}

function stateOf(playground: Playground, commands: CommandHint[], viewer: string, withCalls: boolean): Json {
  const { messages, views, home } = playground.view.snapshot();
  const dm = dmChannelOf(viewer);
  return {
    now: playground.clock.now().toISOString(),
    timezone: playground.timezone(),
    people: PEOPLE.map((p) => ({
      id: p.id,
      name: p.name,
      realName: p.real_name,
      tz: p.tz,
      role: p.role,
      title: p.title,
      dm: dmChannelOf(p.id),
    })),
    channel: SALES_CHANNEL,
    commands,
    messages: messages.filter(
      (m) =>
        (m.channel === SALES_CHANNEL.id || m.channel === dm) &&
        (!m.ephemeralFor || m.ephemeralFor === viewer),
    ),
    views: viewer in views ? { [viewer]: views[viewer] } : {},
    home: viewer in home ? { [viewer]: home[viewer] } : {},
    ...(withCalls ? { calls: playground.view.calls().slice(-100) } : {}),
  };
}

function json(res: ServerResponse, status: number, body: Json): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Json) : {};
  } catch {
    return {};
  }
}
