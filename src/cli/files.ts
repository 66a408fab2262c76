import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { err, ok, type Result } from '../core/result';

/** Reads a whole input file, or says in one line why it cannot. */
export async function readInputFile(path: string): Promise<Result<Uint8Array, string>> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return err(`“${path}”是文件夹，不是 .xlsx 文件。`);
    return ok(new Uint8Array(await readFile(path)));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return err(`找不到文件“${path}”：请检查路径和文件名。`);
    if (code === 'EACCES') return err(`没有权限读取“${path}”。`);
    return err(`无法读取“${path}”：${(cause as Error).message}`);
  }
}

export async function refuseExisting(path: string, force: boolean): Promise<Result<void, string>> {
  if (force) return ok(undefined);
  try {
    await access(path, constants.F_OK);
    return err(`文件“${path}”已存在，为避免覆盖没有写入：请换一个文件名，或加 --force 覆盖。`);
  } catch {
    return ok(undefined);
  }
}

/**
 * Writes a new output file. Without `force` an existing file is never touched (exclusive create);
 * with it, the bytes go to a temporary file first so a failure leaves the old file whole.
 */
export async function writeOutputFile(path: string, bytes: Uint8Array, force: boolean): Promise<Result<void, string>> {
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
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return err(`文件“${path}”已存在，为避免覆盖没有写入：请换一个文件名，或加 --force 覆盖。`);
    if (code === 'ENOENT') return err(`无法写入“${path}”：所在文件夹不存在。`);
    return err(`无法写入“${path}”：${(cause as Error).message}`);
  }
}
