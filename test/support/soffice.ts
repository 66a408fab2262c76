/**
 * LibreOffice as a second, independent reader and producer of .xlsx files for the writer's tests.
 * It is installed on the development machines but not in CI: callers skip with a clear message
 * when `soffice` is absent. Each run gets its own profile folder, so parallel runs do not collide.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether `soffice` can be run here. */
export const HAS_SOFFICE = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** Said once by a test that skips LibreOffice. */
export const NO_SOFFICE = '未安装 LibreOffice（soffice）：跳过用 LibreOffice 读取结果的检查。';

/** Every sheet as LibreOffice exports it to CSV (UTF-8), by sheet name. */
export function sofficeCsv(bytes: Uint8Array): Map<string, string> {
  const folder = mkdtempSync(join(tmpdir(), 'lianyi-soffice-'));
  const input = join(folder, 'book.xlsx');
  writeFileSync(input, bytes);
  // 44,34,76: comma, double quote, UTF-8; the last field -1 writes every sheet to book-<sheet>.csv.
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
  const run = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', filter, '--outdir', folder, input],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  const sheets = new Map<string, string>();
  for (const name of readdirSync(folder))
    if (name.startsWith('book-') && name.endsWith('.csv'))
      sheets.set(name.slice(5, -4), readFileSync(join(folder, name), 'utf8'));
  return sheets;
}

/** The workbook as LibreOffice prints it to PDF (every sheet, as its page setup says). */
export function sofficePdf(bytes: Uint8Array): Buffer {
  const folder = mkdtempSync(join(tmpdir(), 'lianyi-soffice-'));
  const input = join(folder, 'book.xlsx');
  writeFileSync(input, bytes);
  const run = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', folder, input],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  return readFileSync(join(folder, 'book.pdf'));
}

/** A PDF's pages, each with its size in points (LibreOffice writes page objects uncompressed). */
export function pdfPages(pdf: Buffer): Array<{ width: number; height: number }> {
  const text = pdf.toString('latin1');
  const boxes = [
    ...text.matchAll(
      /\/Type\s*\/Page(?![a-zA-Z])(?:(?!endobj)[\s\S])*?\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g,
    ),
  ];
  return boxes.map((match) => ({ width: Number(match[1]), height: Number(match[2]) }));
}

/** The workbook opened and saved again as .xlsx by LibreOffice (it drops the table objects, rewrites every part). */
export function sofficeResave(bytes: Uint8Array): Uint8Array {
  const folder = mkdtempSync(join(tmpdir(), 'lianyi-soffice-'));
  const input = join(folder, 'in', 'book.xlsx');
  mkdirSync(join(folder, 'in'));
  writeFileSync(input, bytes);
  const run = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', folder, input],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  return new Uint8Array(readFileSync(join(folder, 'book.xlsx')));
}
