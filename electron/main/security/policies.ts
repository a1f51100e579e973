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

/**
 * The sites the app links to: its releases and source, the AI provider's key page, FFmpeg's source.
 * Sign-in opens the system browser from the main process itself, not through window.open.
 */
export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set([
  'github.com',
  'platform.openai.com',
  'ffmpeg.org',
  'www.electronjs.org',
]);

/** Links the renderer may hand to the system browser: https, to a site the app links to, never in a new window. */
export function isSafeExternalUrl(url: string, allowedHosts: ReadonlySet<string> = EXTERNAL_LINK_HOSTS): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && !parsed.username && !parsed.password && allowedHosts.has(parsed.hostname);
  } catch {
    return false;
  }
}
