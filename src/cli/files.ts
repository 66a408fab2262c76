/**
 * The command line's files: inputs read whole and never opened for writing; outputs created new
 * (an existing file is never replaced without --force, and then only through a temporary file).
 * Every failure is one located sentence from the failure catalog.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type Failure, failure } from '../core/failures';
import { err, ok, type Result } from '../core/result';

const codeOf = (cause: unknown): string | undefined => (cause as NodeJS.ErrnoException).code;
const detailOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));

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

/** Refuses an output that exists (unless forced); a path whose existence cannot be told is refused too. */
export async function refuseExisting(path: string, force: boolean): Promise<Result<void, Failure>> {
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
 * Writes a new output file. Without `force` an existing file is never touched (exclusive create);
 * with it, the bytes go to a temporary file first so a failure leaves the old file whole.
 */
export async function writeOutputFile(path: string, bytes: Uint8Array, force: boolean): Promise<Result<void, Failure>> {
  try {
    if (!force) {
      await writeFile(path, bytes, { flag: 'wx' });
      return ok(undefined);
    }
    const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await writeFile(temporary, bytes, { flag: 'wx' });
      await rename(temporary, path);
    } catch (cause) {
      await unlink(temporary).catch(() => undefined);
      throw cause;
    }
    return ok(undefined);
  } catch (cause) {
    const code = codeOf(cause);
    if (code === 'EEXIST') return err(failure('outputExists', { path }));
    if (code === 'ENOENT') return err(failure('outputFolderMissing', { path }));
    return err(failure('outputNotWritten', { path, detail: detailOf(cause) }));
  }
}
