import { createHash, randomBytes } from 'node:crypto';

/** RFC 7636 S256: a random verifier kept here and its challenge sent with the sign-in start. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The state parameter that ties the browser's return to the sign-in this app started. */
export function randomState(): string {
  return randomBytes(24).toString('base64url');
}
