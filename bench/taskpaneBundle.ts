import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The parts of webpack's stats (`webpack --json`) the bundle figures need. */
interface Stats {
  readonly entrypoints: Record<string, { readonly chunks: ReadonlyArray<number | string> }>;
  readonly namedChunkGroups: Record<string, { readonly chunks: ReadonlyArray<number | string> }>;
  readonly chunks: ReadonlyArray<{
    readonly id: number | string;
    readonly files: readonly string[];
    readonly children: ReadonlyArray<number | string>;
  }>;
}

export interface BundleFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

/**
 * The JavaScript the task pane loads inside Excel: the taskpane entry's chunks and every chunk they
 * may load, except the browser preview's (its host and exceljs, loaded only outside Office).
 * office.js is not webpack's and is not counted.
 */
export async function taskpaneBundle(
  distDir: string,
  statsFile: string,
  entry = 'taskpane',
  excludedGroup = 'preview',
): Promise<{ files: BundleFile[]; excluded: string[] }> {
  const stats = JSON.parse(await readFile(statsFile, 'utf8')) as Stats;
  const chunkById = new Map(stats.chunks.map((chunk) => [chunk.id, chunk]));
  const excludedIds = new Set(stats.namedChunkGroups[excludedGroup]?.chunks ?? []);
  const reached = new Set<number | string>();
  const visit = (id: number | string): void => {
    if (reached.has(id) || excludedIds.has(id)) return;
    reached.add(id);
    for (const child of chunkById.get(id)?.children ?? []) visit(child);
  };
  for (const id of stats.entrypoints[entry]?.chunks ?? []) visit(id);
  const scripts = (ids: Iterable<number | string>) =>
    [...ids].flatMap((id) => chunkById.get(id)?.files ?? []).filter((file) => file.endsWith('.js'));
  const files = await Promise.all(
    scripts(reached).map(async (file) => {
      const bytes = await readFile(join(distDir, file));
      return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    }),
  );
  return { files, excluded: scripts(excludedIds) };
}
