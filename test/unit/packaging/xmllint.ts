import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
/** The schemas live beside the repository (CI clones it with ../shared next to it); never copied into it. */
export const MANIFEST_XSD = path.resolve(ROOT, '../shared/manifest-xsd/OfficeAppManifestV1_1.xsd');

export const hasXmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasXmllint) {
  console.warn('xmllint 未安装：跳过 manifest.xml 的 XSD 校验（apt-get install -y libxml2-utils；CI 会安装它）。');
}
/** `it`, or `it.skip` when xmllint is missing (the only reason to skip the schema checks). */
export const itWithXmllint = hasXmllint ? it : it.skip;

/** xmllint's verdict on one manifest file against the add-in manifest schema. */
export function validateManifest(file: string): { readonly valid: boolean; readonly output: string } {
  const result = spawnSync('xmllint', ['--noout', '--schema', MANIFEST_XSD, file], { encoding: 'utf8' });
  return { valid: result.status === 0, output: `${result.stdout}${result.stderr}` };
}
