/**
 * The page's Content-Security-Policy. It forbids eval in every form ('unsafe-eval' is absent),
 * so a plugin that needs eval breaks here as it would in a console that enforces a CSP.
 * Styles need 'unsafe-inline': style-loader (plugin and shell) and monaco inject <style> tags.
 * Monaco's workers load from our own origin (MonacoEnvironment.getWorkerUrl).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const PAGE_HEADERS: Record<string, string> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Cache-Control': 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
