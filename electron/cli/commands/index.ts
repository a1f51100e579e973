import type { CliCommand } from '../cli-types';
import { infoCommand } from './info';

/** Every `coach` command, in the order `coach help` lists them. */
export const COMMANDS: readonly CliCommand[] = [infoCommand];
