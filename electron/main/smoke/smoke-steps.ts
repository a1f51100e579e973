import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { migrations } from '../db/migrations';
import { PEAKS_PER_SECOND } from '../media/analysis-protocol';
import { runProcessJob } from '../media/analysis-client';
import type { FfmpegLocation } from '../media/ffmpeg-locate';
import { fontsDirOf } from '../reports/pdf-fonts';
import { gatherReportData } from '../reports/report-data';
import { renderReportPdf } from '../reports/render-report-pdf';
import { loadKeytar } from '../secrets/keytar-loader';
import type { MainServices } from '../services';
import type { SmokeStep } from './smoke-report';

const execFileAsync = promisify(execFile);

/** What the renderer reports about itself once loaded (see RENDERER_PROBE). */
export interface RendererProbe {
  bridge: string;
  app: boolean;
}

/**
 * Evaluated in the loaded page: waits up to 10 s for the React app's frame, then says whether it
 * rendered and whether the preload's bridge is there.
 */
export const RENDERER_PROBE = `new Promise((resolve) => {
  const started = Date.now();
  const check = () => {
    const app = document.querySelector('.app');
    if (app || Date.now() - started > 10000) resolve({ bridge: typeof window.intervyou, app: Boolean(app) });
    else setTimeout(check, 100);
  };
  check();
})`;

export interface SmokeWindow {
  /** Settles when the first page load finished (rejects when it failed). */
  loaded: Promise<void>;
  probe(): Promise<RendererProbe>;
}

export interface SmokeDeps {
  services: MainServices;
  window: SmokeWindow;
  ffmpeg: FfmpegLocation | null;
  /** The clip shipped for this check (resources/smoke/clip.webm). */
  clip: string;
  /** Scratch folder for the remuxed clip and its thumbnail. */
  scratchDir: string;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

const SAMPLE_ANSWER =
  'In my last role our release took two days of manual checks. I wrote a test plan with the QA lead, ' +
  'automated the slowest checks in our CI pipeline and trained two colleagues to run it. As a result ' +
  'releases now take three hours and we shipped twice as often that quarter.';

/** The steps of `--smoke-test`, in order: each checks one thing an installed app must be able to do. */
export function smokeSteps(deps: SmokeDeps): SmokeStep[] {
  const { services } = deps;
  const sqlite = services.database.sqlite;
  return [
    {
      name: 'renderer',
      async run() {
        await deps.window.loaded;
        const probe = await deps.window.probe();
        check(probe.app, 'the window loaded but the app did not render');
        check(probe.bridge === 'object', `the preload bridge is missing (window.intervyou is ${probe.bridge})`);
        return 'app frame rendered, window.intervyou present';
      },
    },
    {
      name: 'database',
      async run() {
        const applied = (sqlite.prepare('SELECT COUNT(*) AS n FROM kysely_migration').get() as { n: number }).n;
        check(applied === migrations.length, `${applied} of ${migrations.length} migrations applied`);
        const integrity = sqlite.pragma('integrity_check', { simple: true });
        check(integrity === 'ok', `integrity check: ${String(integrity)}`);
        return `${applied} migrations applied to a new database in ${services.paths.dataDir}`;
      },
    },
    {
      name: 'question-bank',
      async run() {
        const n = (sqlite.prepare('SELECT COUNT(*) AS n FROM questions WHERE archived = 0').get() as { n: number }).n;
        check(n > 0, `the question bank is empty (loaded from ${services.resourcesDir})`);
        return `${n} questions`;
      },
    },
    {
      name: 'ffmpeg',
      async run() {
        check(deps.ffmpeg !== null, 'no ffmpeg was found');
        const ffmpeg = deps.ffmpeg as FfmpegLocation;
        const { stdout } = await execFileAsync(ffmpeg.path, ['-hide_banner', '-version'], { windowsHide: true });
        const version = stdout.split(/\r?\n/)[0] ?? '';
        const remuxTo = path.join(deps.scratchDir, 'smoke-remuxed.webm');
        const thumbnailTo = path.join(deps.scratchDir, 'smoke-thumbnail.jpg');
        const outcome = await runProcessJob({
          ffmpegPath: ffmpeg.path,
          input: deps.clip,
          remuxTo,
          thumbnailTo,
          expectedDurationSec: null,
          peaksPerSecond: PEAKS_PER_SECOND,
        });
        check(outcome.durationSec > 2.5 && outcome.durationSec < 4, `decoded ${outcome.durationSec} s of a 3.1 s clip`);
        check(outcome.sampleCount > 16_000 * 2.5, `only ${outcome.sampleCount} PCM samples decoded`);
        check(existsSync(remuxTo) && statSync(remuxTo).size > 0, 'the remuxed file was not written');
        check(existsSync(thumbnailTo), 'the thumbnail was not written');
        return `${ffmpeg.source} ${ffmpeg.path} (${version}); remuxed and decoded ${outcome.durationSec.toFixed(2)} s`;
      },
    },
    {
      name: 'evaluator',
      async run() {
        const evaluation = await services.evaluator.evaluate({
          question: { text: 'Tell me about a time you improved a process.' },
          answer: SAMPLE_ANSWER,
        });
        check(evaluation.overall >= 0 && evaluation.overall <= 100, `overall score ${evaluation.overall}`);
        check(
          evaluation.metrics.meaningChecked === true,
          'the evaluator graded without its word vectors (word-vectors.bin is missing beside the evaluator worker)',
        );
        check(evaluation.metrics.grammarChecked, 'the evaluator graded without its grammar checker');
        return `graded a sample answer with meaning and grammar: ${evaluation.overall}/100`;
      },
    },
    {
      name: 'pdf',
      async run() {
        const now = services.now();
        const data = await gatherReportData(services.db, {
          recentAttempts: 5,
          now,
          today: services.today(),
          app: services.app,
        });
        const pdf = await renderReportPdf(data, fontsDirOf(services.resourcesDir));
        check(pdf.bytes.subarray(0, 5).toString('latin1') === '%PDF-', 'the report is not a PDF');
        check(pdf.pages >= 1, 'the report has no pages');
        return `${pdf.pages} page(s), ${pdf.bytes.length} bytes`;
      },
    },
    {
      name: 'keychain-module',
      async run() {
        const keytar = loadKeytar(services.native.keytar);
        for (const fn of ['getPassword', 'setPassword', 'deletePassword', 'findCredentials'] as const) {
          check(typeof keytar[fn] === 'function', `keytar has no ${fn}()`);
        }
        return services.native.keytar ? `loaded ${services.native.keytar}` : 'loaded keytar from node_modules';
      },
    },
  ];
}
