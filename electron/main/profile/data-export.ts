import { createWriteStream } from 'node:fs';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import BetterSqlite3 from 'better-sqlite3';
import { ZipFile } from 'yazl';
import type { ExportResult } from '../../../shared/ipc/channels/profile';
import { EXPORT_FORMAT, latestMigration, type ExportManifest } from './export-manifest';

/**
 * A second, read-only connection holding one read transaction: in WAL mode it sees the database
 * as it was when the transaction began, however much the app writes meanwhile, so an export is
 * one consistent snapshot. Close it when the export is done.
 */
export function openReadSnapshot(file: string, nativeBinding?: string): BetterSqlite3.Database {
  const snapshot = new BetterSqlite3(file, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  snapshot.exec('BEGIN');
  // The snapshot is taken at the transaction's first read.
  snapshot.prepare('SELECT count(*) FROM sqlite_master').get();
  return snapshot;
}

export interface ExportSources {
  /** Where the tables are read from: a snapshot (openReadSnapshot) in the app. */
  sqlite: BetterSqlite3.Database;
  recordingsDir: string;
  /** settings.json; skipped when missing. */
  settingsFile: string;
  app: { name: string; version: string };
  now: Date;
}

/** Tables that are the user's data: not SQLite's or the migrator's own, not full-text index internals. */
export function exportableTables(sqlite: BetterSqlite3.Database): string[] {
  const rows = sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as Array<{
    name: string;
    sql: string | null;
  }>;
  const fts = rows.filter((r) => /CREATE VIRTUAL TABLE/i.test(r.sql ?? '')).map((r) => r.name);
  return rows
    .map((r) => r.name)
    .filter(
      (name) =>
        !name.startsWith('sqlite_') &&
        !name.startsWith('kysely_') &&
        !fts.some((v) => name === v || name.startsWith(`${v}_`)),
    );
}

const PAGE_ROWS = 500;

/**
 * A table as a JSON array, one row per line. Rows are read a page at a time by rowid, each page
 * in one synchronous call, so 100,000 attempts never sit in memory at once and no statement stays
 * open on the shared connection between pages (other requests keep working during an export).
 * WITHOUT ROWID tables are the small trigger-kept totals and are read whole.
 */
function tableJson(sqlite: BetterSqlite3.Database, table: string, counted: (n: number) => void): Readable {
  const quoted = `"${table.replaceAll('"', '""')}"`;
  const definition =
    (
      sqlite.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) as
        { sql: string | null } | undefined
    )?.sql ?? '';
  const withoutRowid = /WITHOUT\s+ROWID/i.test(definition);
  function* pages(): Generator<Record<string, unknown>[]> {
    if (withoutRowid) {
      yield sqlite.prepare(`SELECT * FROM ${quoted}`).all() as Record<string, unknown>[];
      return;
    }
    const page = sqlite.prepare(
      `SELECT _rowid_ AS "__export_rowid", * FROM ${quoted} WHERE _rowid_ > ? ORDER BY _rowid_ LIMIT ${PAGE_ROWS}`,
    );
    let after = -Infinity;
    for (;;) {
      const rows = page.all(after) as Array<Record<string, unknown> & { __export_rowid: number }>;
      if (rows.length === 0) return;
      after = rows[rows.length - 1]?.__export_rowid ?? Infinity;
      yield rows.map(({ __export_rowid: _key, ...row }) => row);
      if (rows.length < PAGE_ROWS) return;
    }
  }
  function* lines(): Generator<string> {
    let n = 0;
    yield '[';
    for (const rows of pages()) {
      let chunk = '';
      for (const row of rows) {
        chunk += `${n === 0 ? '\n' : ',\n'}${JSON.stringify(row)}`;
        n++;
      }
      yield chunk;
    }
    yield n ? '\n]\n' : ']\n';
    counted(n);
  }
  return Readable.from(lines());
}

function readme(app: ExportSources['app'], at: Date): string {
  return [
    `${app.name} ${app.version} — your local data, exported ${at.toISOString()}`,
    '',
    'tables/<name>.json   every row of each table of the local database, as a JSON array',
    'settings.json        your settings',
    'recordings/          your audio and video answers (WebM) with their thumbnails and waveforms',
    'manifest.json        what is in this file',
    '',
    'Nothing here leaves your computer unless you move it.',
    '',
  ].join('\n');
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
}

/**
 * Writes the ZIP to `target` (via a .part file renamed at the end, so a failed export leaves no
 * half file under the real name).
 */
export async function writeDataExport(
  sources: ExportSources,
  target: string,
): Promise<Extract<ExportResult, { status: 'saved' }>> {
  const zip = new ZipFile();
  const partial = `${target}.part`;
  const output = pipeline(zip.outputStream, createWriteStream(partial));
  const tables: Record<string, number> = {};
  const names = exportableTables(sources.sqlite);
  const mtime = sources.now;
  try {
    zip.addBuffer(Buffer.from(readme(sources.app, sources.now)), 'README.txt', { mtime });
    for (const table of names) {
      zip.addReadStream(
        tableJson(sources.sqlite, table, (n) => (tables[table] = n)),
        `tables/${table}.json`,
        { mtime },
      );
    }
    const settings = await stat(sources.settingsFile).catch(() => null);
    if (settings?.isFile()) zip.addFile(sources.settingsFile, 'settings.json');
    const recordings = await listFiles(sources.recordingsDir);
    for (const name of recordings) {
      // Media is already compressed; storing it saves time and gains nothing.
      zip.addFile(path.join(sources.recordingsDir, name), `recordings/${name}`, {
        compress: !/\.(webm|mp4|jpg|jpeg|png)$/i.test(name),
      });
    }
    // The manifest needs the row counts, known only once the table streams have run; yazl reads
    // entries in order, so a lazily generated last entry sees them all.
    zip.addReadStream(
      Readable.from(
        (function* manifest() {
          const manifest: ExportManifest = {
            format: EXPORT_FORMAT,
            app: sources.app,
            exportedAt: sources.now.toISOString(),
            schema: latestMigration(sources.sqlite),
            tables,
            recordings: recordings.length,
          };
          yield JSON.stringify(manifest, null, 2);
        })(),
      ),
      'manifest.json',
      { mtime },
    );
    zip.end();
    await output;
    // On disk before it takes the real name: a crash right after never leaves a truncated export.
    const written = await open(partial, 'r+');
    try {
      await written.sync();
    } finally {
      await written.close();
    }
    await rename(partial, target);
    const { size } = await stat(target);
    return { status: 'saved', path: target, bytes: size, tables, recordings: recordings.length };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** intervyou-export-2026-03-10-1430.zip, in local time. */
export function exportFileName(now: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `intervyou-export-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}.zip`;
}
