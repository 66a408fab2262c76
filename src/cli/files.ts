/**
 * The command line's files: inputs read whole and never opened for writing; outputs always written
 * to a temporary file beside the target and then moved into place, so an interrupted or failed run
 * leaves neither a partial file nor a temporary one. An existing output is replaced only with
 * --force, and never when it is one of the inputs (another spelling of its path, a symbolic or a
 * hard link to it). Every failure is one located sentence from the failure catalog.
 */
import { randomBytes } from 'node:crypto';
import { constants, type Stats, unlinkSync } from 'node:fs';
import { access, link, mkdir, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { type Failure, failure } from '../core/failures';
import { err, ok, type Result } from '../core/result';

const codeOf = (cause: unknown): string | undefined => {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
};

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

/**
 * Reads a whole input file, or says in one line why it cannot. Only a regular file is opened: a
 * FIFO or a device would block the read (and the process's exit) until something wrote to it.
 */
export async function readInputFile(path: string): Promise<Result<Uint8Array, Failure>> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return err(failure('fileIsFolder', { path }));
    if (!info.isFile()) return err(failure('fileNotRegular', { path }));
    return ok(new Uint8Array(await readFile(path)));
  } catch (cause) {
    return err(inputFailure(path, cause));
  }
}

/** Why an input could not be read, from the system's error code. */
export function inputFailure(path: string, cause: unknown): Failure {
  const code = codeOf(cause);
  if (code === 'ENOENT' || code === 'ENOTDIR') return failure('fileNotFound', { path });
  if (code === 'EACCES' || code === 'EPERM') return failure('fileNoPermission', { path });
  if (code === 'EISDIR') return failure('fileIsFolder', { path });
  if (code === 'ERR_FS_FILE_TOO_LARGE' || cause instanceof RangeError) return failure('fileTooLarge', { path });
  return failure('fileNotRead', { path, code });
}

/**
 * Why an output could not be written, from the system's error code: said of the output and its
 * folder, never of the temporary file the bytes went to first.
 */
export function outputFailure(path: string, cause: unknown): Failure {
  const code = codeOf(cause);
  const folder = dirname(path);
  switch (code) {
    case 'EEXIST':
      return failure('outputExists', { path });
    case 'ENOENT':
    case 'ENOTDIR':
      return failure('outputFolderMissing', { path, folder });
    case 'EACCES':
    case 'EPERM':
      return failure('outputNoPermission', { path, folder });
    case 'ENOSPC':
    case 'EDQUOT':
      return failure('outputDiskFull', { path });
    case 'EISDIR':
      return failure('outputIsFolder', { path });
    default:
      return failure('outputNotWritten', { path, code });
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
export async function sameFile(output: string, input: string): Promise<boolean> {
  if ((await realPathOf(output)) === (await realPathOf(input))) return true;
  const [a, b] = await Promise.all([stat(output).catch(() => undefined), stat(input).catch(() => undefined)]);
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/**
 * Refuses an output that is one of the inputs, a folder or not a regular file (even with --force),
 * that exists (unless forced), or whose folder is not there (before the work, not after it); a path
 * whose existence cannot be told is refused too.
 */
export async function refuseExisting(
  path: string,
  force: boolean,
  inputs: readonly string[] = [],
): Promise<Result<void, Failure>> {
  for (const input of inputs) if (await sameFile(path, input)) return err(failure('outputIsInput', { path }));
  let info: Stats;
  try {
    info = await stat(path);
  } catch (cause) {
    // Only a path that is not there is free; EACCES, ELOOP and the like say nothing about it.
    if (codeOf(cause) === 'ENOTDIR') return err(outputFailure(path, cause));
    if (codeOf(cause) !== 'ENOENT') return err(failure('outputUncheckable', { path, code: codeOf(cause) }));
    const unusable = await stat(dirname(resolve(path))).then(
      (folder) => (folder.isDirectory() ? undefined : { code: 'ENOTDIR' }),
      (why: unknown) => why,
    );
    return unusable === undefined ? ok(undefined) : err(outputFailure(path, unusable));
  }
  if (info.isDirectory()) return err(failure('outputIsFolder', { path }));
  if (!info.isFile()) return err(failure('outputNotRegular', { path }));
  return force ? ok(undefined) : err(failure('outputExists', { path }));
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
    return err(outputFailure(path, cause));
  } finally {
    await unlink(temporary).catch(() => undefined);
    inProgress.delete(temporary);
  }
}

/** A folder to write outputs into, made (with its parents) when it is not there; a file of that name is refused. */
export async function outputFolder(path: string): Promise<Result<void, Failure>> {
  try {
    const info = await stat(path).catch((cause: unknown) => {
      if (codeOf(cause) === 'ENOENT') return undefined;
      throw cause;
    });
    if (info && !info.isDirectory()) return err(failure('outputDirNotFolder', { path }));
    if (!info) await mkdir(path, { recursive: true });
    return ok(undefined);
  } catch (cause) {
    if (codeOf(cause) === 'ENOTDIR' || codeOf(cause) === 'EEXIST') return err(failure('outputDirNotFolder', { path }));
    return err(outputFailure(path, cause));
  }
}

/** Removes an output this run wrote, when a later one failed (nothing half-done is left). */
export async function removeOutputFile(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}
