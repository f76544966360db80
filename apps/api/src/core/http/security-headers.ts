import helmet from 'helmet';

/**
 * The Content-Security-Policy the three built apps run under: their scripts and styles come from
 * this origin only (Vite builds with no inline script), Mantine sets style attributes and
 * injects <style> tags (hence 'unsafe-inline' for styles only), images may be data: or blob:
 * URLs, the apps talk to this origin's /graphql only, and no other site may frame them.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
};

/**
 * Security headers on every response (helmet). HSTS only when served over HTTPS in production:
 * over plain http a browser ignores it, and on a LAN install it would pin a name to HTTPS that
 * has none. No upgrade-insecure-requests: it would break a plain-http install (docker compose on
 * :8080, a school's local server) by rewriting every asset URL to https.
 */
export function securityHeaders(https: boolean) {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
  });
}
