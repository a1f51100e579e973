import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-types';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into one-line usage errors. */
export function parseCommandArgs<O extends Options>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? (error.message.split('\n')[0] ?? 'Bad arguments') : 'Bad arguments');
  }
}

/**
 * A whole-number option within a range: its value, `fallback` when it was not given, or a usage
 * error that names the flag and the range.
 */
export function wholeNumberOption(
  value: string | undefined,
  flag: string,
  range: { min: number; max?: number },
  fallback: number,
): number;
export function wholeNumberOption(
  value: string | undefined,
  flag: string,
  range: { min: number; max?: number },
): number | undefined;
export function wholeNumberOption(
  value: string | undefined,
  flag: string,
  range: { min: number; max?: number },
  fallback?: number,
): number | undefined {
  if (value === undefined) return fallback;
  const number = Number(value);
  const inRange = Number.isInteger(number) && number >= range.min && (range.max === undefined || number <= range.max);
  if (value.trim() === '' || !inRange) {
    throw new UsageError(
      range.max === undefined
        ? `${flag} must be a whole number of at least ${range.min}`
        : `${flag} must be a whole number from ${range.min} to ${range.max}`,
    );
  }
  return number;
}
