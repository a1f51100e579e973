import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { freePort } from './free-port';

export interface TestIdentity {
  email: string;
  emailVerified: boolean;
  name: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Sign-in names the provider knows; any other login is refused by findAccount's claims. */
  identities: Map<string, TestIdentity>;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider) on loopback standing in for Google: discovery,
 * authorization with PKCE, code exchange with client_secret_basic, RS256 ID tokens from JWKS.
 * Its development login page accepts any login name; the name is the account's subject.
 */
export async function startOidcProvider(redirectUri: string): Promise<TestOidcProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => {
    if (handler) handler(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'intervyou-test-client';
  const clientSecret = 'intervyou-test-client-secret-0123456789';
  const identities = new Map<string, TestIdentity>();

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Like Google: the ID token itself carries email and name.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ['intervyou-test-cookie-key'] },
    features: { devInteractions: { enabled: true } },
    findAccount: async (_ctx, sub) => {
      const identity = identities.get(sub);
      return {
        accountId: sub,
        claims: async () =>
          identity
            ? { sub, email: identity.email, email_verified: identity.emailVerified, name: identity.name }
            : { sub },
      };
    },
  });
  handler = provider.callback();

  return {
    issuer,
    clientId,
    clientSecret,
    identities,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface GoogleForService {
  idp: TestOidcProvider;
  /** The port the account service must listen on: the provider already knows its callback. */
  port: number;
  /** PUBLIC_URL and the OIDC_* settings that point the service at the provider. */
  env: Record<string, string>;
}

/** A stand-in Google for an account service about to start on a free port of its own. */
export async function startGoogleForService(): Promise<GoogleForService> {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const idp = await startOidcProvider(`${publicUrl}/v1/auth/google/callback`);
  return {
    idp,
    port,
    env: {
      PUBLIC_URL: publicUrl,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
    },
  };
}
