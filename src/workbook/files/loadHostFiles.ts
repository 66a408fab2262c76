/** How the pane's hosts fetch their file operations (hostFiles.ts): in a chunk of its own, when 分发 or 汇总 starts. */
import type { LoadHostFiles } from '../../app/hostFiles';

/** Loads the file operations (the returned files' readers, the unit workbooks' writer, the zip writer). */
export const loadHostFiles: LoadHostFiles = async () =>
  (await import(/* webpackChunkName: "hostFiles" */ './hostFiles')).hostFiles;
