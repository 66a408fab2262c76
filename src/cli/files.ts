/**
 * The command line's files: inputs read whole and never opened for writing; outputs always written
 * to a temporary file beside the target and then moved into place, so an interrupted or failed run
 * leaves neither a partial file nor a temporary one. An existing output is replaced only with
 * --force, and never when it is one of the inputs (another spelling of its path, a symbolic or a
 * hard link to it). Every failure is one located sentence from the failure catalog.
 */
import { randomBytes } from 'node:crypto';
import { constants, unlinkSync } from 'node:fs';
import { access, link, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { type Failure, failure } from '../core/failures';
import { err, ok, type Result } from '../core/result';

const codeOf = (cause: unknown): string | undefined => (cause as NodeJS.ErrnoException).code;
const detailOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));

/** Temporary files being written now: removed if the process is interrupted (see main.ts). */
const inProgress = new Set<string>();

/** Removes the temporary files of writes still in progress (an interrupt). */
export function removeTemporaryFiles(): void {
  for (const file of inProgress) {
    try {
      // Synchronous: this runs as the process ends on a signal.
      unlinkSync(file);
    } catch {
      // Already gone.
    }
  }
  inProgress.clear();
}

/** Reads a whole input file, or says in one line why it cannot. */
export async function readInputFile(path: string): Promise<Result<Uint8Array, Failure>> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return err(failure('fileIsFolder', { path }));
    return ok(new Uint8Array(await readFile(path)));
  } catch (cause) {
    const code = codeOf(cause);
    if (code === 'ENOENT') return err(failure('fileNotFound', { path }));
    if (code === 'EACCES') return err(failure('fileNoPermission', { path }));
    return err(failure('fileNotRead', { path, detail: detailOf(cause) }));
  }
}

/** A path with its links resolved; for a file not there yet, its folder's (where it would be written). */
async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  return realpath(absolute).catch(() =>
    realpath(dirname(absolute)).then(
      (folder) => join(folder, basename(absolute)),
      () => absolute,
    ),
  );
}

/** The same file: one path once links are resolved, or another name (a hard link) of the same file. */
async function sameFile(output: string, input: string): Promise<boolean> {
  if ((await realPathOf(output)) === (await realPathOf(input))) return true;
  const [a, b] = await Promise.all([stat(output).catch(() => undefined), stat(input).catch(() => undefined)]);
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/**
 * Refuses an output that is one of the inputs (even with --force), or that exists (unless forced);
 * a path whose existence cannot be told is refused too.
 */
export async function refuseExisting(
  path: string,
  force: boolean,
  inputs: readonly string[] = [],
): Promise<Result<void, Failure>> {
  for (const input of inputs) if (await sameFile(path, input)) return err(failure('outputIsInput', { path }));
  if (force) return ok(undefined);
  try {
    await access(path, constants.F_OK);
    return err(failure('outputExists', { path }));
  } catch (cause) {
    // Only a path that is not there is free; EACCES, ELOOP and the like say nothing about it.
    return codeOf(cause) === 'ENOENT'
      ? ok(undefined)
      : err(failure('outputUncheckable', { path, detail: codeOf(cause) ?? detailOf(cause) }));
  }
}

/**
 * Puts the temporary file at `path` unless something is there. A hard link refuses an existing
 * target atomically; a file system without hard links (a USB stick's FAT) gets a check, then a move.
 */
async function linkOrMove(temporary: string, path: string): Promise<void> {
  try {
    await link(temporary, path);
  } catch (cause) {
    if (codeOf(cause) === 'EEXIST' || codeOf(cause) === 'ENOENT') throw cause;
    const exists = await access(path, constants.F_OK).then(
      () => true,
      () => false,
    );
    if (exists) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    await rename(temporary, path);
  }
}

/**
 * Writes a new output file through a temporary file beside it. Without `force` the move is a hard
 * link (which fails if the target exists, so an existing file is never replaced); with it, a rename.
 */
export async function writeOutputFile(path: string, bytes: Uint8Array, force: boolean): Promise<Result<void, Failure>> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  inProgress.add(temporary);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    if (force) await rename(temporary, path);
    else await linkOrMove(temporary, path);
    return ok(undefined);
  } catch (cause) {
    const code = codeOf(cause);
    if (code === 'EEXIST') return err(failure('outputExists', { path }));
    if (code === 'ENOENT') return err(failure('outputFolderMissing', { path }));
    return err(failure('outputNotWritten', { path, detail: detailOf(cause) }));
  } finally {
    await unlink(temporary).catch(() => undefined);
    inProgress.delete(temporary);
  }
}
