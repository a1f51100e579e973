import { sha256Base64Url } from '../secrets';

/**
 * The desktop's redirect target must be its own loopback listener: http, the IPv4 loopback
 * literal, an explicit port (any, as RFC 8252 §7.3 allows), no credentials, no fragment.
 * Anything else could send a sign-in code to another host.
 */
export function isLoopbackRedirect(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === 'http:' &&
    url.hostname === '127.0.0.1' &&
    url.port !== '' &&
    url.username === '' &&
    url.password === '' &&
    url.hash === '' &&
    !value.includes('#')
  );
}

/** RFC 7636 S256: the verifier the desktop kept must hash to the challenge it sent at the start. */
export function pkceMatches(codeVerifier: string, codeChallenge: string): boolean {
  return sha256Base64Url(codeVerifier) === codeChallenge;
}

/** The loopback URL with our parameters added to any the desktop put there. */
export function withParams(redirectUri: string, params: Record<string, string>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}
