/**
 * The Content Security Policy of the renderer, in one place: the shell sends it as a response
 * header from the app:// protocol, and the Vite build writes the same policy into index.html so
 * that the renderer runs under it in a plain browser too (and e2e tests exercise it).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // Workers (the docx export) are bundled files of our own origin; blob: is not needed.
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-src 'none'",
].join('; ');
