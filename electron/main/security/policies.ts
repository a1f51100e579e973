import { originOf } from './app-origin';

/** Permissions the app may ask for, and only from its own pages. */
const GRANTABLE_PERMISSIONS = new Set(['media', 'clipboard-sanitized-write', 'fullscreen']);

export interface SecurityPolicy {
  isTrustedUrl(url: string | undefined | null): boolean;
  shouldGrantPermission(permission: string, requestingUrl: string | undefined): boolean;
  /** In-app navigation stays on the app's own origin; everything else is refused. */
  shouldAllowNavigation(targetUrl: string): boolean;
}

export function createSecurityPolicy(trustedOrigins: readonly string[]): SecurityPolicy {
  const trusted = new Set(trustedOrigins);
  const isTrustedUrl = (url: string | undefined | null): boolean => {
    const origin = originOf(url);
    return origin !== null && trusted.has(origin);
  };
  return {
    isTrustedUrl,
    shouldGrantPermission: (permission, requestingUrl) =>
      GRANTABLE_PERMISSIONS.has(permission) && isTrustedUrl(requestingUrl),
    shouldAllowNavigation: (targetUrl) => isTrustedUrl(targetUrl),
  };
}

/** Links the app may hand to the system browser (help pages, sign-in), never in a new window. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
