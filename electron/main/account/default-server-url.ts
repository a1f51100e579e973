// Set when the main process is bundled: scripts/main-bundles.mjs defines it from the
// INTERVYOU_DEFAULT_SERVER_URL environment variable of the build (README: "Account service").
// Unbundled runs (tsx, vitest) leave the identifier undeclared, which `typeof` tolerates.
declare const __INTERVYOU_DEFAULT_SERVER_URL__: string | null | undefined;

/** The account service this build points at out of the box, or null when the build set none. */
export const BUILD_DEFAULT_SERVER_URL: string | null =
  typeof __INTERVYOU_DEFAULT_SERVER_URL__ === 'string' && __INTERVYOU_DEFAULT_SERVER_URL__.trim() !== ''
    ? __INTERVYOU_DEFAULT_SERVER_URL__.trim()
    : null;
