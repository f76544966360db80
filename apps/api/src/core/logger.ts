import { pino, type Logger } from 'pino';

// Credentials never reach a log line: the paths below are censored wherever they appear.
export const REDACTED_PATHS = [
  'password', '*.password', 'variables.input.password', 'req.headers.cookie', 'req.headers.authorization',
  'res.headers["set-cookie"]', 'token', '*.token',
];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
}
