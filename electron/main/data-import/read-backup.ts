import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compareAppVersions } from '../../../shared/domain/app-version';
import type { ImportProblem } from '../../../shared/ipc/channels/data-import';
import { AppError } from '../../../shared/ipc/result';
import { zodMessage } from '../../../shared/ipc/zod-message';
import { probeMedia } from '../media/probe-media';
import { EXPORT_FORMAT, ExportManifest } from '../profile/export-manifest';
import { IMPORTED_TABLES, type BackupRows, type ImportedTable } from './backup-rows';
import { openBackupZip, type BackupZip, type BackupZipLimits } from './backup-zip';

export interface ReadBackupOptions {
  file: string;
  /** An empty folder of the caller's: recordings are extracted here to be probed, then moved or removed. */
  stagingDir: string;
  ffmpegPath: string;
  appVersion: string;
  /** This app's migrations, oldest first: an export from a database past them is from a newer app. */
  knownMigrations: readonly string[];
  limits?: BackupZipLimits;
  /** Which recordings to extract and probe (a merge skips those already here); all when omitted. */
  wantRecording?: (id: string) => boolean;
}

/** A recording file checked and extracted to the staging folder, named as the recordings folder names it. */
export interface StagedFile {
  name: string;
  staged: string;
}

export interface ReadBackup {
  manifest: ExportManifest;
  rows: BackupRows;
  /** Recording id → its checked files. Recordings whose media failed are gone from rows.recordings. */
  staged: Map<string, StagedFile[]>;
  problems: ImportProblem[];
}

function refuse(message: string): AppError {
  return new AppError('BAD_INPUT', `${message} Nothing was imported.`);
}

function parseJson(buffer: Buffer, name: string): unknown {
  try {
    return JSON.parse(buffer.toString('utf8'));
  } catch {
    throw refuse(`${name} is not valid JSON (the export may be damaged).`);
  }
}

async function readManifest(zip: BackupZip, options: ReadBackupOptions): Promise<ExportManifest> {
  const parsed = ExportManifest.safeParse(parseJson(await zip.readBuffer('manifest.json'), 'manifest.json'));
  if (!parsed.success) throw refuse(`manifest.json is not an IntervYou manifest (${zodMessage(parsed.error)}).`);
  const manifest = parsed.data;
  const newer = `This backup was made by ${manifest.app.name} ${manifest.app.version}, newer than this app (${options.appVersion}). Update IntervYou, then import it.`;
  if (manifest.format > EXPORT_FORMAT) throw refuse(newer);
  if (manifest.schema !== null && !options.knownMigrations.includes(manifest.schema)) throw refuse(newer);
  if (compareAppVersions(manifest.app.version, options.appVersion) > 0) throw refuse(newer);
  return manifest;
}

async function readTable<T extends ImportedTable>(
  zip: BackupZip,
  table: T,
  manifest: ExportManifest,
): Promise<BackupRows[T]> {
  const name = `tables/${table}.json`;
  if (!zip.entries.has(name)) {
    if ((manifest.tables[table] ?? 0) > 0) throw refuse(`${name} is missing, though the manifest lists it.`);
    return [] as BackupRows[T];
  }
  const data = parseJson(await zip.readBuffer(name), name);
  if (!Array.isArray(data)) throw refuse(`${name} is not a list of rows.`);
  const expected = manifest.tables[table];
  if (expected !== undefined && expected !== data.length) {
    throw refuse(`${name} holds ${data.length} rows but the manifest says ${expected}: the export is incomplete.`);
  }
  const { row: schema, key } = IMPORTED_TABLES[table];
  const keys = new Set<unknown>();
  const rows: unknown[] = [];
  for (const [index, raw] of data.entries()) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw refuse(`${name}, row ${index + 1}: ${zodMessage(parsed.error)}.`);
    if (key) {
      const id = (parsed.data as Record<string, unknown>)[key];
      if (keys.has(id)) throw refuse(`${name} holds ${key} "${String(id)}" twice.`);
      keys.add(id);
    }
    rows.push(parsed.data);
  }
  return rows as BackupRows[T];
}

const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);

/** Extracts and checks one recording's media (ffmpeg must open it and find a stream), waveform and thumbnail. */
async function stageRecording(
  zip: BackupZip,
  recording: BackupRows['recordings'][number],
  options: ReadBackupOptions,
  problems: ImportProblem[],
): Promise<StagedFile[] | 'missing' | 'corrupt'> {
  const mediaName = `${recording.id}.webm`;
  const entry = `recordings/${mediaName}`;
  if (!zip.entries.has(entry)) return 'missing';
  const media = path.join(options.stagingDir, mediaName);
  await zip.extractTo(entry, media);
  try {
    const probe = await probeMedia(options.ffmpegPath, media);
    if (!probe.hasAudio && !probe.hasVideo) throw new Error('it has no audio or video');
  } catch (error) {
    await rm(media, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({
      where: entry,
      message: `Not playable (${reason}); this recording is left out, its answer is kept.`,
    });
    return 'corrupt';
  }
  const files: StagedFile[] = [{ name: mediaName, staged: media }];
  const extras: Array<[suffix: string, ok: (bytes: Buffer) => boolean, what: string]> = [
    ['.peaks.json', (b) => Array.isArray((parseJsonOrNull(b) as { data?: unknown } | null)?.data), 'waveform'],
    ['.jpg', (b) => b.subarray(0, 3).equals(JPEG_MAGIC), 'thumbnail'],
  ];
  for (const [suffix, ok, what] of extras) {
    const name = `${recording.id}${suffix}`;
    if (!zip.entries.has(`recordings/${name}`)) continue;
    const bytes = await zip.readBuffer(`recordings/${name}`);
    if (!ok(bytes)) {
      problems.push({
        where: `recordings/${name}`,
        message: `The ${what} is damaged; the recording is imported without it.`,
      });
      continue;
    }
    const staged = path.join(options.stagingDir, name);
    await writeFile(staged, bytes, { flag: 'wx' });
    files.push({ name, staged });
  }
  return files;
}

function parseJsonOrNull(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
}

/**
 * Reads and checks a whole export ZIP, writing nothing but the staging folder: its table of
 * contents (backup-zip.ts), the manifest and version, every row of every imported table through
 * its zod schema, and every recording (ffmpeg must open it). A bad row or a damaged archive
 * refuses the whole file; a damaged recording leaves only that recording out, with a problem
 * saying so.
 */
export async function readBackup(options: ReadBackupOptions): Promise<ReadBackup> {
  const zip = await openBackupZip(options.file, options.limits);
  try {
    const manifest = await readManifest(zip, options);
    const rows = {} as BackupRows;
    for (const table of Object.keys(IMPORTED_TABLES) as ImportedTable[]) {
      (rows as Record<ImportedTable, unknown>)[table] = await readTable(zip, table, manifest);
    }
    const problems: ImportProblem[] = [];
    const staged = new Map<string, StagedFile[]>();
    await mkdir(options.stagingDir, { recursive: true });
    const inBackup = new Set(rows.recordings.map((r) => r.id));
    const kept: BackupRows['recordings'] = [];
    for (const recording of rows.recordings) {
      if (recording.status === 'recording' || recording.status === 'processing') {
        problems.push({
          where: `recordings/${recording.id}`,
          message: 'Still being recorded or processed when the export was made; left out.',
        });
        continue;
      }
      if (options.wantRecording && !options.wantRecording(recording.id)) {
        kept.push(recording);
        continue;
      }
      const result = await stageRecording(zip, recording, options, problems);
      if (result === 'corrupt') continue;
      if (result === 'missing') {
        // A failed recording never had playable media; any other needs its file.
        if (recording.status !== 'failed') {
          problems.push({
            where: `recordings/${recording.id}.webm`,
            message: 'Missing from the backup; this recording is left out, its answer is kept.',
          });
          continue;
        }
      } else {
        staged.set(recording.id, result);
      }
      kept.push(recording);
    }
    rows.recordings = kept;
    const strays = [...zip.entries.values()].filter(
      (e) => e.kind === 'recording-file' && !inBackup.has(path.basename(e.name).split('.')[0] ?? ''),
    );
    if (strays.length) {
      problems.push({
        where: 'recordings/',
        message: `${strays.length} ${strays.length === 1 ? 'file belongs' : 'files belong'} to no recording in the backup and ${strays.length === 1 ? 'is' : 'are'} left out.`,
      });
    }
    if (zip.ignored.length) {
      problems.push({
        where: zip.ignored.slice(0, 3).join(', ') + (zip.ignored.length > 3 ? ', …' : ''),
        message: `${zip.ignored.length} ${zip.ignored.length === 1 ? 'file is' : 'files are'} not part of an IntervYou export and ${zip.ignored.length === 1 ? 'is' : 'are'} ignored.`,
      });
    }
    return { manifest, rows, staged, problems };
  } finally {
    zip.close();
  }
}
