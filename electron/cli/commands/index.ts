import type { CliCommand } from '../cli-types';
import { accountCommand } from './account';
import { evaluateCommand } from './evaluate';
import { aiCommand } from './ai';
import { analyzeCommand } from './analyze';
import { chatCommand } from './chat';
import { demoCommand } from './demo';
import { infoCommand } from './info';
import { questionsCommand } from './questions';
import { reportCommand } from './report';

/** Every `coach` command, in the order `coach help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  infoCommand,
  evaluateCommand,
  questionsCommand,
  analyzeCommand,
  reportCommand,
  demoCommand,
  aiCommand,
  chatCommand,
  accountCommand,
];
