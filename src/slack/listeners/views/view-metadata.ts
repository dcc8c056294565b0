import type { z } from 'zod';

/**
 * A form's private_metadata as Pacer wrote it, or null. It comes back from Slack as sent, but a
 * form opened before an upgrade may carry an older shape: that is an out-of-date form, not a crash.
 */
export function readViewMetadata<T>(text: string, schema: z.ZodType<T>): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(text || '{}'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
