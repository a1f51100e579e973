import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface StandInRecording {
  exitCode: number;
  appPath: string;
  resourcesPath: string;
  isPackaged: boolean;
  calls: Array<{ api: string; args: unknown[]; seq: number; afterReady: boolean }>;
  windows: Array<{ options: Record<string, unknown>; loads: Array<{ url: string; ok: boolean; error?: string }> }>;
  ipcChannels: string[];
  privilegedSchemes: string[];
  actions: Record<string, unknown>;
}

export interface StandInRun {
  code: number;
  stdout: string;
  stderr: string;
  recording: StandInRecording;
}

/** Starts a packed app's executable (the stand-in launcher) and returns how it ran and what it called. */
export function runPackedApp(
  executable: string,
  args: string[],
  options: { workDir: string; env?: Record<string, string>; actions?: string[]; channelsFile?: string },
): Promise<StandInRun> {
  const recordFile = path.join(options.workDir, `recording-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    ...options.env,
    INTERVYOU_STAND_IN_RECORD: recordFile,
    INTERVYOU_STAND_IN_USER_DATA: path.join(options.workDir, 'user-data'),
    INTERVYOU_STAND_IN_ACTIONS: (options.actions ?? []).join(','),
    INTERVYOU_STAND_IN_CHANNELS: options.channelsFile ?? '',
  };
  return new Promise((resolve, reject) => {
    execFile(
      executable,
      args,
      { cwd: options.workDir, env, maxBuffer: 16 * 1024 * 1024, timeout: 170_000 },
      (error, stdout, stderr) => {
        if (!existsSync(recordFile)) {
          reject(
            new Error(`the packed app wrote no recording (${error?.message ?? 'no error'})\n${stdout}\n${stderr}`),
          );
          return;
        }
        const recording = JSON.parse(readFileSync(recordFile, 'utf8')) as StandInRecording;
        const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
        resolve({ code, stdout, stderr, recording });
      },
    );
  });
}

/** The recorded calls to one API, in order. */
export function callsTo(recording: StandInRecording, api: string) {
  return recording.calls.filter((call) => call.api === api);
}
