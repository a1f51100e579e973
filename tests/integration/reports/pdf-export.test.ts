import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFolderPlatform } from '../../../electron/main/platform/data-folder-platform';
import type { Platform } from '../../../electron/main/platform/platform';
import type { ExportPdfInput } from '../../../shared/ipc/channels/reports';
import { unsupportedUpdates } from '../../../electron/main/updates/updates-port';
import type { MainServices } from '../../../electron/main/services';
import { coach } from '../../helpers/cli';
import { invoker, valueOf } from '../../helpers/invoke';
import { pdfText, renderPage } from '../../helpers/pdf';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

const NOW = new Date(2026, 10, 26, 16, 30);
/** Rendered pages are kept here so a person can look at them after a run. */
const LOOK_DIR = path.resolve('test-results', 'pdf');

/** A folder nobody may create files in: chmod 555 for a normal user; sysfs refuses even root. */
function unwritableDir(base: string): string {
  if (process.getuid?.() === 0) return '/sys';
  const dir = path.join(base, 'locked');
  mkdirSync(dir, { mode: 0o555 });
  return dir;
}

describe('PDF export', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  let invoke: ReturnType<typeof invoker>;

  beforeAll(async () => {
    mkdirSync(LOOK_DIR, { recursive: true });
    dir = makeTempDir();
    services = await startTestServices(dir.path, () => NOW);
    invoke = invoker(services);
  });

  /** Exports as the desktop app does: the main process asks where (its save dialog), here answered with `file`. */
  function exportTo(file: string, input: Omit<ExportPdfInput, 'path'> = {}) {
    const dialog: Platform = { ...dataFolderPlatform(services.paths.exports), chooseSavePath: async () => file };
    return invoker(services, dialog)('reports:export-pdf', input);
  }
  afterAll(async () => {
    await services.close();
    dir.remove();
  });

  it('with no attempts: a short report that says what to do, and no broken charts', async () => {
    const file = path.join(dir.path, 'empty.pdf');
    const result = valueOf(await exportTo(file));
    expect(result).toMatchObject({ status: 'saved', path: file });
    const text = pdfText(file);
    expect(text).toContain('Progress report');
    expect(text).toContain('No answers in this period yet. Practise a few questions');
    expect(text).toContain('No answers in this period yet. Answer 3 questions to see a trend.');
    expect(text).toContain('Record a spoken answer (audio or video)');
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).not.toContain('sample data');
  });

  it('over a sample history: summary, charts, categories and recent answers with feedback, on numbered pages', async () => {
    valueOf(await invoke('sample:load', { attempts: 300 }));
    const file = path.join(dir.path, 'full report.pdf');
    const result = valueOf(await exportTo(file, { recentAttempts: 12 }));
    if (result.status !== 'saved') throw new Error('not saved');
    expect(result.pages).toBeGreaterThanOrEqual(5);
    const text = pdfText(file);
    for (const heading of [
      'Progress report',
      'Highlights',
      'Score over time',
      'Practice calendar',
      'Sub-skills',
      'Speaking pace',
      'Filler words',
      'Scores by category',
      'Recent answers',
      'What went well',
      'What to work on',
    ]) {
      expect(text, heading).toContain(heading);
    }
    expect(text).toContain('19 Aug 2026 – 26 Nov 2026'); // the period covered: 100 days to today
    expect(text).toContain('All categories');
    expect(text).toContain('Generated 26 Nov 2026, 16:30');
    expect(text).toContain('Includes sample data: 300 sample answers');
    expect(text).toContain(`Page ${result.pages} of ${result.pages}`);
    for (const category of ['Behavioral', 'Technical (software)', 'Customer service', 'HR & general'])
      expect(text).toContain(category);
    const newest = await services.db
      .selectFrom('attempts')
      .select('question_text')
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(text.replace(/\s+/g, ' ')).toContain(newest.question_text.slice(0, 40));

    // A rendered page has text and coloured charts on it; keep it to look at.
    const first = renderPage(file, 1, dir.path);
    expect(first.width).toBeGreaterThan(400);
    expect(first.height / first.width).toBeCloseTo(841.89 / 595.28, 1);
    expect(first.ink).toBeGreaterThan(0.01);
    expect(first.colour).toBeGreaterThan(0.005);
    const second = renderPage(file, 2, dir.path);
    expect(second.colour).toBeGreaterThan(0.005);
    for (const [n, page] of [
      [1, first],
      [2, second],
    ] as const)
      copyFileSync(page.png, path.join(LOOK_DIR, `report-page-${n}.png`));
  }, 120_000);

  it('narrows to the filters asked for and names them', async () => {
    const file = path.join(dir.path, 'sales.pdf');
    valueOf(
      await exportTo(file, {
        filters: { category: 'sales', from: '2026-11-01' },
        recentAttempts: 3,
      }),
    );
    const text = pdfText(file);
    expect(text).toContain('1 Nov 2026 – 26 Nov 2026');
    expect(text).toContain('Sales');
    expect(text).not.toContain('Technical (software)');
  });

  it("without a path, saves into the data folder's exports/ and never overwrites an earlier export", async () => {
    const a = valueOf(await invoke('reports:export-pdf', { recentAttempts: 0 }));
    const b = valueOf(await invoke('reports:export-pdf', { recentAttempts: 0 }));
    expect(a).toMatchObject({
      status: 'saved',
      path: path.join(services.paths.exports, 'IntervYou report 2026-11-26.pdf'),
    });
    expect(b).toMatchObject({
      status: 'saved',
      path: path.join(services.paths.exports, 'IntervYou report 2026-11-26 (2).pdf'),
    });
    // The browser host cannot open a file manager; it says so rather than pretending.
    expect(valueOf(await invoke('reports:show-file', { path: services.paths.exports }))).toEqual({ shown: false });
  });

  it('returns "cancelled" when the user closes the save dialog, and reveals only files it wrote', async () => {
    const shown: string[] = [];
    let answer: string | null = null;
    const platform: Platform = {
      chooseSavePath: async () => answer,
      chooseOpenPath: async () => null,
      showItemInFolder: async (p) => (shown.push(p), true),
      updates: unsupportedUpdates('tests'),
      openExternal: async () => false,
      focusApp: () => {},
    };
    const withDialog = invoker(services, platform);
    expect(valueOf(await withDialog('reports:export-pdf', {}))).toEqual({ status: 'cancelled' });
    const file = path.join(dir.path, 'revealed.pdf');
    answer = file;
    valueOf(await withDialog('reports:export-pdf', { recentAttempts: 0 }));
    expect(valueOf(await withDialog('reports:show-file', { path: file }))).toEqual({ shown: true });
    expect(valueOf(await withDialog('reports:show-file', { path: '/etc/passwd' }))).toEqual({ shown: false });
    expect(shown).toEqual([file]);
  });

  it('a save location that cannot be written: a clear message, and nothing left behind', async () => {
    const locked = unwritableDir(dir.path);
    const folder = path.join(dir.path, 'folder.pdf');
    mkdirSync(folder);
    const cases: Array<[string, RegExp]> = [
      [path.join(locked, 'report.pdf'), /not allowed to write to|read-only disk/],
      [path.join(dir.path, 'no-such-folder', 'report.pdf'), /no-such-folder does not exist/],
      [path.join(dir.path, 'empty.pdf', 'inside.pdf'), /is not a folder/],
      [folder, /is a folder\. Choose a file name ending in \.pdf/],
    ];
    for (const [target, message] of cases) {
      const result = await exportTo(target);
      expect(result.ok, target).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('BAD_INPUT');
        expect(result.error.message).toMatch(message);
      }
    }
    expect(readdirSync(dir.path).filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(existsSync(path.join(dir.path, 'no-such-folder'))).toBe(false);
  });

  it('never writes where the renderer says: a path in the request is refused and nothing is written', async () => {
    const target = path.join(dir.path, 'chosen-by-the-page.pdf');
    const result = await invoke('reports:export-pdf', { path: target } as unknown as ExportPdfInput);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('BAD_INPUT');
    expect(existsSync(target)).toBe(false);
  });

  it('adds .pdf to a name without it', async () => {
    const result = valueOf(await exportTo(path.join(dir.path, 'plain'), { recentAttempts: 0 }));
    expect(result).toMatchObject({ path: path.join(dir.path, 'plain.pdf') });
  });
});

describe('coach report', () => {
  it('writes the PDF from INTERVYOU_DATA_DIR, from a date on', async () => {
    const dir = makeTempDir();
    try {
      expect((await coach(['demo', '--attempts', '80'], dir.path)).code).toBe(0);
      const out = path.join(dir.path, 'out', 'report.pdf');
      mkdirSync(path.dirname(out));
      const result = await coach(['report', '--pdf', out, '--since', '2026-10-01', '--json'], dir.path);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ status: 'saved', path: out });
      const text = pdfText(out);
      expect(text).toMatch(/1 Oct 2026 – \d+ \w+ 20\d\d/);
      expect(text).toContain('Recent answers');
    } finally {
      dir.remove();
    }
  }, 120_000);

  it('explains bad arguments and unwritable paths', async () => {
    const dir = makeTempDir();
    try {
      expect((await coach(['report'], dir.path)).stderr).toMatch(/^coach report: Give the file to write with --pdf/);
      expect((await coach(['report', '--pdf', 'x.pdf', '--since', 'yesterday'], dir.path)).code).toBe(2);
      const unwritable = await coach(['report', '--pdf', path.join(dir.path, 'missing', 'r.pdf')], dir.path);
      expect(unwritable.code).toBe(1);
      expect(unwritable.stderr).toMatch(/^coach report: The folder .*missing does not exist/);
    } finally {
      dir.remove();
    }
  }, 60_000);
});
