import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { locateFfmpeg, type LocateFfmpegOptions } from '../media/ffmpeg-locate';
import { smokeClipPath } from '../resources-dir';
import type { MainServices } from '../services';
import type { MainWindow } from '../window/create-window';
import { runSmokeSteps, smokeSummary, writeSmokeReport, type SmokeReport } from './smoke-report';
import { RENDERER_PROBE, smokeSteps, type RendererProbe } from './smoke-steps';

export interface SmokeModeOptions {
  services: MainServices;
  mainWindow: MainWindow;
  locateFfmpeg: LocateFfmpegOptions;
  reportFile: string;
  context: Pick<SmokeReport, 'app' | 'runtime'>;
}

/** `--smoke-test`: runs every check against the started app, writes the report, returns the exit code. */
export async function runSmokeMode(options: SmokeModeOptions): Promise<number> {
  const { services } = options;
  const scratchDir = mkdtempSync(path.join(services.paths.tmp, 'smoke-'));
  try {
    const contents = options.mainWindow.window.webContents;
    const report = await runSmokeSteps(
      smokeSteps({
        services,
        window: {
          loaded: options.mainWindow.loaded,
          probe: () => contents.executeJavaScript(RENDERER_PROBE, true) as Promise<RendererProbe>,
        },
        ffmpeg: locateFfmpeg(options.locateFfmpeg),
        clip: smokeClipPath(services.resourcesDir),
        scratchDir,
      }),
      options.context,
    );
    writeSmokeReport(options.reportFile, report);
    (report.ok ? console.log : console.error)(smokeSummary(report, options.reportFile));
    return report.ok ? 0 : 1;
  } finally {
    rmSync(scratchDir, { recursive: true, force: true });
  }
}
