import { z } from 'zod';
import { DisplayName, User } from './user';

/** OWASP: at least 8; a cap keeps a megabyte "password" from reaching argon2. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((e) => e.toLowerCase());

export const Password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

export const RegisterRequest = z.strictObject({
  email: Email,
  password: Password,
  displayName: DisplayName,
});
export type RegisterRequest = z.infer<typeof RegisterRequest>;

/** Step 2 of registration: the code from the e-mail. */
export const RegisterConfirmRequest = z.strictObject({
  email: Email,
  code: z.string().regex(/^\d{6,8}$/, '6 to 8 digits'),
});
export type RegisterConfirmRequest = z.infer<typeof RegisterConfirmRequest>;

export const LoginRequest = z.strictObject({
  email: Email,
  // Login checks only the cap: an old password shorter than today's minimum must still work.
  password: z.string().min(1).max(PASSWORD_MAX),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const RefreshToken = z.string().min(20).max(200);

export const RefreshRequest = z.strictObject({ refreshToken: RefreshToken });
export type RefreshRequest = z.infer<typeof RefreshRequest>;

export const LogoutRequest = RefreshRequest;

export const PasswordResetRequest = z.strictObject({ email: Email });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

export const PasswordResetConfirm = z.strictObject({
  email: Email,
  code: z.string().regex(/^\d{6,8}$/, '6 to 8 digits'),
  newPassword: Password,
});
export type PasswordResetConfirm = z.infer<typeof PasswordResetConfirm>;

/** RFC 7636: 43–128 characters of the unreserved set. */
export const CodeVerifier = z.string().regex(/^[A-Za-z0-9._~-]{43,128}$/, 'an RFC 7636 code verifier');

export const TokenExchangeRequest = z.strictObject({
  grant_type: z.literal('authorization_code'),
  code: z.string().min(20).max(200),
  code_verifier: CodeVerifier,
  redirect_uri: z.string().max(2048),
});
export type TokenExchangeRequest = z.infer<typeof TokenExchangeRequest>;

export const TokenPair = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  tokenType: z.literal('Bearer'),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int().positive(),
});
export type TokenPair = z.infer<typeof TokenPair>;

/** What register, login, refresh and the Google token exchange return. */
export const AuthSession = TokenPair.extend({ user: User });
export type AuthSession = z.infer<typeof AuthSession>;

export const AcceptedResponse = z.object({ message: z.string() });

/** RFC 7636 S256 challenge: base64url(SHA-256(verifier)), 43 characters. */
export const CodeChallenge = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a base64url SHA-256 (43 characters)');

/**
 * Query of GET /v1/auth/google/start. redirect_uri must be the desktop's loopback listener,
 * http://127.0.0.1:<port>/<path> (RFC 8252 §7.3); the server checks that before redirecting anywhere.
 */
export const GoogleStartQuery = z.strictObject({
  redirect_uri: z.string().max(2048),
  state: z.string().regex(/^[A-Za-z0-9._~-]{8,512}$/, '8–512 URL-safe characters'),
  code_challenge: CodeChallenge,
  code_challenge_method: z.literal('S256'),
});
export type GoogleStartQuery = z.infer<typeof GoogleStartQuery>;
