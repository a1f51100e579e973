import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { Clock } from '../../clock';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface VerifiedIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export interface OidcClient {
  authorizationUrl(p: { redirectUri: string; state: string; nonce: string; codeChallenge: string }): Promise<string>;
  /** Redeems the provider's code and verifies the ID token (signature, issuer, audience, expiry, nonce). */
  redeem(p: { code: string; codeVerifier: string; redirectUri: string; nonce: string }): Promise<VerifiedIdentity>;
}

const Discovery = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  userinfo_endpoint: z.url().optional(),
});
type Discovery = z.infer<typeof Discovery>;

const TokenResponse = z.object({ id_token: z.string(), access_token: z.string().optional() });

const Claims = z.object({
  sub: z.string().min(1),
  email: z.string().optional(),
  email_verified: z.union([z.boolean(), z.enum(['true', 'false'])]).optional(),
  name: z.string().optional(),
});

const DISCOVERY_TTL_MS = 3600_000;
const TIMEOUT_MS = 10_000;

/** Google publishes its issuer both with and without the scheme. */
function acceptedIssuers(issuer: string): string[] {
  return issuer === 'https://accounts.google.com' ? [issuer, 'accounts.google.com'] : [issuer];
}

/**
 * A confidential OIDC client of the identity provider (Google in production, oidc-provider in
 * tests): discovery, authorization-code flow with PKCE, ID-token verification with jose.
 */
export function createOidcClient(settings: OidcSettings, clock: Clock): OidcClient {
  let discovery: { value: Promise<Discovery & { jwks: JWTVerifyGetKey }>; at: number } | null = null;

  function discover() {
    if (discovery && clock().getTime() - discovery.at < DISCOVERY_TTL_MS) return discovery.value;
    const value = (async () => {
      const response = await fetch(`${settings.issuer}/.well-known/openid-configuration`, {
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`OIDC discovery failed: HTTP ${response.status}`);
      const doc = Discovery.parse(await response.json());
      if (!acceptedIssuers(settings.issuer).includes(doc.issuer)) {
        throw new Error(`OIDC discovery names issuer ${doc.issuer}, expected ${settings.issuer}`);
      }
      return { ...doc, jwks: createRemoteJWKSet(new URL(doc.jwks_uri)) };
    })();
    discovery = { value, at: clock().getTime() };
    // A failed discovery is retried on the next sign-in rather than cached for an hour.
    value.catch(() => {
      discovery = null;
    });
    return value;
  }

  const basicAuth =
    'Basic ' +
    Buffer.from(`${encodeURIComponent(settings.clientId)}:${encodeURIComponent(settings.clientSecret)}`).toString(
      'base64',
    );

  return {
    authorizationUrl: async ({ redirectUri, state, nonce, codeChallenge }) => {
      const doc = await discover();
      const url = new URL(doc.authorization_endpoint);
      url.search = new URLSearchParams({
        response_type: 'code',
        client_id: settings.clientId,
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        state,
        nonce,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
      }).toString();
      return url.toString();
    },

    redeem: async ({ code, codeVerifier, redirectUri, nonce }) => {
      const doc = await discover();
      const response = await fetch(doc.token_endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: basicAuth,
          accept: 'application/json',
        },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: redirectUri,
          code_verifier: codeVerifier,
        }).toString(),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`OIDC token endpoint answered HTTP ${response.status}`);
      const tokens = TokenResponse.parse(await response.json());
      const { payload } = await jwtVerify(tokens.id_token, doc.jwks, {
        issuer: acceptedIssuers(settings.issuer),
        audience: settings.clientId,
        algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
        currentDate: clock(),
      });
      if (payload['nonce'] !== nonce) throw new Error('OIDC ID token nonce does not match');
      let claims = Claims.parse(payload);
      if (claims.email === undefined && doc.userinfo_endpoint && tokens.access_token) {
        // Some providers put email only in userinfo; Google puts it in the ID token.
        const info = await fetch(doc.userinfo_endpoint, {
          headers: { authorization: `Bearer ${tokens.access_token}` },
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        if (info.ok) {
          const extra = Claims.parse(await info.json());
          if (extra.sub === claims.sub) claims = { ...claims, ...extra };
        }
      }
      return {
        subject: claims.sub,
        email: claims.email?.toLowerCase() ?? null,
        emailVerified: claims.email_verified === true || claims.email_verified === 'true',
        name: claims.name ?? null,
      };
    },
  };
}
