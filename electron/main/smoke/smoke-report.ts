import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface SmokeStep {
  name: string;
  run(): Promise<string>;
}

export interface SmokeStepResult {
  name: string;
  ok: boolean;
  ms: number;
  /** What the step saw when it passed (a count, a version, a size). */
  detail?: string;
  error?: string;
}

export interface SmokeReport {
  ok: boolean;
  failedStep: string | null;
  app: { name: string; version: string; packaged: boolean };
  runtime: { platform: string; arch: string; electron: string | null; node: string };
  startedAt: string;
  durationMs: number;
  steps: SmokeStepResult[];
}

const STEP_TIMEOUT_MS = 60_000;

function withTimeout<T>(work: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`step "${name}" took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Runs the steps in order and stops at the first failure: later steps usually depend on earlier ones. */
export async function runSmokeSteps(
  steps: readonly SmokeStep[],
  context: Pick<SmokeReport, 'app' | 'runtime'>,
  options: { stepTimeoutMs?: number; now?: () => Date } = {},
): Promise<SmokeReport> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const results: SmokeStepResult[] = [];
  for (const step of steps) {
    const begin = performance.now();
    try {
      const detail = await withTimeout(step.run(), options.stepTimeoutMs ?? STEP_TIMEOUT_MS, step.name);
      results.push({ name: step.name, ok: true, ms: Math.round(performance.now() - begin), detail });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ name: step.name, ok: false, ms: Math.round(performance.now() - begin), error: message });
      break;
    }
  }
  const failed = results.find((result) => !result.ok) ?? null;
  return {
    ok: failed === null,
    failedStep: failed?.name ?? null,
    ...context,
    startedAt: started.toISOString(),
    durationMs: now().getTime() - started.getTime(),
    steps: results,
  };
}

/** A report for a start that failed before any step could run. */
export function failedStartReport(
  error: unknown,
  context: Pick<SmokeReport, 'app' | 'runtime'>,
  startedAt: Date,
): SmokeReport {
  return {
    ok: false,
    failedStep: 'start-up',
    ...context,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    steps: [
      { name: 'start-up', ok: false, ms: 0, error: error instanceof Error ? error.message : String(error) },
    ],
  };
}

export function writeSmokeReport(file: string, report: SmokeReport): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

/** One line for stderr: the exit code alone does not say which step failed. */
export function smokeSummary(report: SmokeReport, file: string): string {
  if (report.ok) return `Smoke test passed (${report.steps.length} steps); report: ${file}`;
  const step = report.steps.find((s) => !s.ok);
  return `Smoke test failed at step "${report.failedStep}": ${step?.error ?? 'unknown error'}; report: ${file}`;
}
