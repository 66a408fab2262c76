import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEV_ORIGIN, applyAddinUrl, parseAddinUrl } from '../../../scripts/packaging';
import { ROOT, itWithXmllint, validateManifest } from './xmllint';

const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const urlsIn = (xml: string): string[] =>
  Array.from(xml.matchAll(/(?:DefaultValue="|>)(https?:\/\/[^"<]+)/g), (match) => match[1] ?? '');

describe('ADDIN_URL', () => {
  it('is an https base URL ending in a slash', () => {
    expect(parseAddinUrl('https://addin.example.edu.cn/lianyi/')).toBe('https://addin.example.edu.cn/lianyi/');
    expect(parseAddinUrl(' https://addin.example.edu.cn/lianyi ')).toBe('https://addin.example.edu.cn/lianyi/');
    expect(parseAddinUrl('https://ADDIN.example.edu.cn:8443')).toBe('https://addin.example.edu.cn:8443/');
  });

  it.each([
    ['http://addin.example.edu.cn/lianyi/', /HTTPS/],
    ['HTTP://addin.example.edu.cn/', /HTTPS/],
    ['ftp://addin.example.edu.cn/', /HTTPS/],
    ['addin.example.edu.cn/lianyi/', /完整的网址/],
    ['', /为空/],
    ['https://addin.example.edu.cn/lianyi/?v=1', /\?/],
    ['https://addin.example.edu.cn/lianyi/#top', /#/],
    ['https://user:secret@addin.example.edu.cn/', /用户名或密码/],
  ])('refuses %j', (raw, message) => {
    expect(() => parseAddinUrl(raw)).toThrow(message);
  });

  it('moves every URL of the manifest to the new base and leaves none on localhost', () => {
    const moved = applyAddinUrl(manifest, 'https://addin.example.edu.cn/lianyi');
    expect(moved).not.toContain('localhost');
    const before = urlsIn(manifest);
    const after = urlsIn(moved);
    expect(after).toEqual(before.map((url) => url.replace(DEV_ORIGIN, 'https://addin.example.edu.cn/lianyi/')));
  });

  it('refuses an http base', () => {
    expect(() => applyAddinUrl(manifest, 'http://addin.example.edu.cn/lianyi/')).toThrow(/HTTPS/);
  });

  itWithXmllint('gives a manifest that still validates', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lianyi-manifest-'));
    try {
      const file = path.join(dir, 'manifest.xml');
      writeFileSync(file, applyAddinUrl(manifest, 'https://addin.example.edu.cn/lianyi/'));
      expect(validateManifest(file).valid).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
