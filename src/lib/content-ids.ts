/** Keys derived from content values, shared by the content check and the scaffold. */

/**
 * A key under which two addresses of the same page compare equal: host without "www.", path without
 * a trailing slash, lower case, no query or fragment (the content check and the scaffold compare the same way).
 */
export function originalUrlKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host.replace(/^www\./, '')}${u.pathname.replace(/\/$/, '')}`.toLowerCase();
  } catch {
    return url;
  }
}
