import argon2 from 'argon2';

export interface Argon2Params {
  memoryKiB: number;
  timeCost: number;
  parallelism: number;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
  /** True when the hash was made with other parameters (or another variant) than today's. */
  needsRehash(hash: string): boolean;
  /** Verifies against a throwaway hash so an unknown email costs as much as a wrong password. */
  burn(password: string): Promise<void>;
}

export async function createArgon2Hasher(params: Argon2Params): Promise<PasswordHasher> {
  const options = {
    type: argon2.argon2id,
    memoryCost: params.memoryKiB,
    timeCost: params.timeCost,
    parallelism: params.parallelism,
  } as const;
  const hash = (password: string) => argon2.hash(password, options);
  const dummy = await hash('intervyou-timing-equaliser');
  return {
    hash,
    verify: async (digest, password) => {
      try {
        return await argon2.verify(digest, password);
      } catch {
        // A malformed stored hash is a failed sign-in, not a 500 that tells the caller something.
        return false;
      }
    },
    needsRehash: (digest) =>
      !digest.startsWith('$argon2id$') ||
      argon2.needsRehash(digest, {
        memoryCost: options.memoryCost,
        timeCost: options.timeCost,
        parallelism: options.parallelism,
      }),
    burn: async (password) => {
      await argon2.verify(dummy, password).catch(() => false);
    },
  };
}
