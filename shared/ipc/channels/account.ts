import { z } from 'zod';
import { DisplayName, Email, Password } from '../../sync';
import { channel } from '../channel';
import { NoInput } from './app';

/** Who is signed in, as the renderer may see it: never a token. */
export const AccountUser = z.object({
  email: z.string(),
  displayName: z.string(),
  leaderboardOptIn: z.boolean(),
  /** False for an account made through Google that never set a password. */
  hasPassword: z.boolean(),
  providers: z.array(z.enum(['google'])),
});
export type AccountUser = z.infer<typeof AccountUser>;

export const AccountStatus = z.object({
  signedIn: z.boolean(),
  user: AccountUser.nullable(),
  /** The account service in use, or null when none is configured (then nothing can sign in). */
  server: z.string().nullable(),
  /** Where `server` came from: Settings, INTERVYOU_SERVER_URL, or the build's default. */
  serverSource: z.enum(['settings', 'environment', 'default']).nullable(),
  /** 'memory' when no keychain answers: the session lasts only until the app closes. */
  sessionStorage: z.enum(['keychain', 'memory']),
  /** Why the session is kept only for this run, in words; null when the keychain works. */
  storageWarning: z.string().nullable(),
  /** Something the user should read once, e.g. "You were signed out: the session ended on another device." */
  notice: z.string().nullable(),
});
export type AccountStatus = z.infer<typeof AccountStatus>;

export const RegisterInput = z.strictObject({ email: Email, displayName: DisplayName, password: Password });
export const ConfirmRegistrationInput = z.strictObject({
  email: Email,
  code: z
    .string()
    .trim()
    .regex(/^\d{6,8}$/, 'The code is 6 to 8 digits'),
});
export const SignInInput = z.strictObject({ email: Email, password: z.string().min(1).max(128) });
export const PasswordResetRequestInput = z.strictObject({ email: Email });
export const PasswordResetConfirmInput = z.strictObject({
  email: Email,
  code: z
    .string()
    .trim()
    .regex(/^\d{6,8}$/, 'The code is 6 to 8 digits'),
  newPassword: Password,
});
export const UpdateAccountInput = z
  .strictObject({ displayName: DisplayName.optional(), leaderboardOptIn: z.boolean().optional() })
  .refine((v) => v.displayName !== undefined || v.leaderboardOptIn !== undefined, {
    message: 'Give a display name or the leaderboard choice',
  });
export const DeleteAccountInput = z.strictObject({
  /** The user types DELETE; a stray call cannot remove an account. */
  confirm: z.literal('DELETE', { error: 'Type DELETE to confirm' }),
});

/** What the service said when it accepted a request that needs the user's e-mail next. */
export const CodeSent = z.object({ email: z.string(), message: z.string() });

export const accountChannels = {
  'account:status': channel(NoInput, AccountStatus),
  /** Step 1 of sign-up: the service e-mails a code (the reply never says whether the address exists). */
  'account:register': channel(RegisterInput, CodeSent),
  /** Step 2 of sign-up: the code from the e-mail; signs in. */
  'account:confirm-registration': channel(ConfirmRegistrationInput, AccountStatus),
  'account:sign-in': channel(SignInInput, AccountStatus),
  /**
   * Opens the system browser on the service's Google sign-in (loopback redirect, PKCE S256,
   * state check; RFC 8252) and resolves when the browser comes back, is cancelled or times out.
   */
  'account:sign-in-google': channel(NoInput, AccountStatus),
  'account:cancel-google': channel(NoInput, z.object({ cancelled: z.boolean() })),
  /** Ends the session on the service (best effort) and forgets the refresh token. */
  'account:sign-out': channel(NoInput, AccountStatus),
  'account:request-password-reset': channel(PasswordResetRequestInput, CodeSent),
  /** Sets the new password with the e-mailed code, then signs in with it. */
  'account:confirm-password-reset': channel(PasswordResetConfirmInput, AccountStatus),
  /** PATCH /v1/me: display name and "Show me on the leaderboard". */
  'account:update': channel(UpdateAccountInput, AccountStatus),
  /** DELETE /v1/me, then signs out. Local data stays. */
  'account:delete': channel(DeleteAccountInput, AccountStatus),
};
