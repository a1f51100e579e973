import { serviceUrlProblem } from '../../../shared/settings/service-url';
import type { Settings } from '../../../shared/settings/settings-schema';
import { BUILD_DEFAULT_SERVER_URL } from './default-server-url';

export type ServerSource = 'settings' | 'environment' | 'default';

/** The account service in use and where its address came from; or why there is none. */
export type ResolvedServer =
  { url: string; source: ServerSource; problem: null } | { url: null; source: null; problem: string | null };

export const SERVER_URL_ENV = 'INTERVYOU_SERVER_URL';

/**
 * Settings first (the user's choice), then INTERVYOU_SERVER_URL (CLI, tests, a managed install),
 * then the build's default. An unusable address is never skipped over silently: the user meant
 * that one, so the problem is reported instead of talking to another service.
 */
export function resolveServerUrl(
  settings: Pick<Settings, 'sync'>,
  env: NodeJS.ProcessEnv,
  buildDefault: string | null = BUILD_DEFAULT_SERVER_URL,
): ResolvedServer {
  const candidates: Array<[string | null | undefined, ServerSource, string]> = [
    [settings.sync.serverUrl, 'settings', 'The account service address in Settings'],
    [env[SERVER_URL_ENV], 'environment', SERVER_URL_ENV],
    [buildDefault, 'default', "This build's account service address"],
  ];
  for (const [value, source, label] of candidates) {
    const url = value?.trim();
    if (!url) continue;
    const problem = serviceUrlProblem(url);
    if (problem) return { url: null, source: null, problem: `${label} (${url}) cannot be used: ${problem}.` };
    return { url: url.replace(/\/+$/, ''), source, problem: null };
  }
  return { url: null, source: null, problem: null };
}
