import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest request body the API and the webhooks read (issue #14: 10 MB); past it, 413. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export type BodyRead = { ok: true; body: Buffer } | { ok: false; status: 400 | 413 };

/**
 * Reads the whole body, at most `limit` bytes: a Content-Length over it is refused before a byte is
 * read, and a chunked body is cut off as soon as it passes it.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve({ ok: false, status: 413 });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyRead) => {
      if (done) return;
      done = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        finish({ ok: false, status: 413 });
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => finish({ ok: true, body: Buffer.concat(chunks) }));
    req.on('error', () => finish({ ok: false, status: 400 }));
    req.on('aborted', () => finish({ ok: false, status: 400 }));
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.writableEnded) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** An RFC 9457 problem detail; `errors` lists each bad field (a JSON Pointer and what is wrong). */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Array<{ pointer: string; detail: string }>;
  [extension: string]: unknown;
}

// A URN, not a URL: there is no page to dereference, and RFC 9457 only asks for a URI.
const PROBLEM_BASE = 'urn:pacer:problem:';

/** Problem types are stable slugs: a client branches on `type`, a person reads `detail`. */
export function problemBody(
  status: number,
  slug: string,
  title: string,
  detail?: string,
  extra: Record<string, unknown> = {},
): ProblemBody {
  return { type: `${PROBLEM_BASE}${slug}`, title, status, ...(detail ? { detail } : {}), ...extra };
}

export function sendProblem(
  res: ServerResponse,
  problem: ProblemBody,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.writableEnded) return;
  const text = JSON.stringify(problem);
  res.writeHead(problem.status, {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}
