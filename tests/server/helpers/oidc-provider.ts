import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

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
