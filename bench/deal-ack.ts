import { createHmac, randomUUID } from 'node:crypto';
import autocannon from 'autocannon';

export interface AckResult {
  name: string;
  requestsPerSecond: number;
  /** 2xx answers: the number of deals the server must have stored for /deal. */
  answered: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** Signs each request freshly, as Slack does, with a unique response_url so replies are accepted. */
function signedCommand(
  secret: string,
  responseBase: string,
  command: string,
  text: string,
  userIndex: () => number,
) {
  let sent = 0;
  return () => {
    const body = new URLSearchParams({
      command,
      // `{n}` cycles through 500 values: a team's deals spread over many customers, some new.
      text: text.replace('{n}', String(sent++ % 500)),
      user_id: `UBENCH${userIndex()}`,
      user_name: 'bench',
      channel_id: 'CBENCH',
      team_id: 'T0PACER',
      trigger_id: 'bench',
      response_url: `${responseBase}/response/${randomUUID()}`,
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
    return {
      method: 'POST' as const,
      path: '/slack/events',
      body,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': signature,
      },
    };
  };
}

export async function measureAck(options: {
  name: string;
  url: string;
  secret: string;
  responseBase: string;
  command: string;
  text: string;
  connections: number;
  seconds: number;
}): Promise<AckResult> {
  let n = 0;
  const build = signedCommand(
    options.secret,
    options.responseBase,
    options.command,
    options.text,
    () => n++ % 50,
  );
  const result = await autocannon({
    url: options.url.replace('/slack/events', ''),
    connections: options.connections,
    duration: options.seconds,
    requests: [{ setupRequest: (req) => ({ ...req, ...build() }) }],
  });
  return {
    name: options.name,
    requestsPerSecond: result.requests.average,
    answered: result['2xx'],
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
