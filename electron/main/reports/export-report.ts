import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { ExportPdfResult, OverviewInput } from '../../../shared/ipc/channels/reports';
import { AppError } from '../../../shared/ipc/result';
import type { Database } from '../db/schema';
import type { Platform } from '../platform/platform';
import { fontsDirOf } from './pdf-fonts';
import { gatherReportData } from './report-data';
import { renderReportPdf } from './render-report-pdf';

export interface ExportContext {
  db: Kysely<Database>;
  now(): Date;
  today(): string;
  app: { name: string; version: string };
  resourcesDir: string;
  platform: Platform;
}

export interface ExportRequest {
  filters?: OverviewInput;
  recentAttempts: number;
  path?: string;
}

function ensurePdfName(file: string): string {
  return path.extname(file).toLowerCase() === '.pdf' ? file : `${file}.pdf`;
}

/** A file-system error as something the user can act on. */
export function saveError(error: unknown, target: string): AppError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const dir = path.dirname(target);
  switch (code) {
    case 'ENOENT':
      return new AppError(
        'BAD_INPUT',
        `The folder ${dir} does not exist, so the report could not be saved there. Choose another folder.`,
      );
    case 'ENOTDIR':
      return new AppError(
        'BAD_INPUT',
        `${dir} is not a folder, so the report could not be saved there. Choose another folder.`,
      );
    case 'EISDIR':
      return new AppError('BAD_INPUT', `${target} is a folder. Choose a file name ending in .pdf.`);
    case 'EACCES':
    case 'EPERM':
      return new AppError(
        'BAD_INPUT',
        `IntervYou is not allowed to write to ${dir}. Choose another folder, such as your Documents folder.`,
      );
    case 'EROFS':
      return new AppError('BAD_INPUT', `${dir} is on a read-only disk. Choose another folder.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('DISK_FULL', 'The disk is full, so the report was not saved. Free some space and try again.');
    case 'ENAMETOOLONG':
      return new AppError('BAD_INPUT', 'That file name is too long. Choose a shorter one.');
    default:
      return new AppError(
        'INTERNAL',
        `The report could not be saved to ${target}: ${error instanceof Error ? error.message : String(error)}`,
      );
  }
}

/**
 * Builds the PDF report and saves it where the user chose (the platform's save dialog, or the
 * path given). The file is written next to its destination under a temporary name and renamed
 * into place, so a failed export never leaves half a PDF; the destination is opened before the
 * report is laid out, so a folder that cannot be written is reported at once.
 */
export async function exportReport(ctx: ExportContext, request: ExportRequest): Promise<ExportPdfResult> {
  const today = ctx.today();
  const chosen =
    request.path ??
    (await ctx.platform.chooseSavePath({
      defaultName: `IntervYou report ${today}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    }));
  if (!chosen) return { status: 'cancelled' };
  const target = ensurePdfName(path.resolve(chosen));
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) throw saveError(Object.assign(new Error('is a directory'), { code: 'EISDIR' }), target);

  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.part`);
  let handle;
  try {
    handle = await open(temporary, 'wx');
  } catch (error) {
    throw saveError(error, target);
  }
  try {
    const data = await gatherReportData(ctx.db, {
      filters: request.filters,
      recentAttempts: request.recentAttempts,
      now: ctx.now(),
      today,
      app: ctx.app,
    });
    const pdf = await renderReportPdf(data, fontsDirOf(ctx.resourcesDir));
    try {
      await handle.writeFile(pdf.bytes);
      await handle.sync();
      await handle.close();
      handle = undefined;
      await rename(temporary, target);
    } catch (error) {
      throw saveError(error, target);
    }
    return { status: 'saved', path: target, bytes: pdf.bytes.length, pages: pdf.pages };
  } finally {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}
