/** Shared by the bench servers and the load generator. */
export const SECRET = 'bench-signing-secret-0123456789';
export const BENCH_TOKEN = 'xoxb-bench-token';
