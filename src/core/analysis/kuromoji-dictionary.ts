/**
 * kuromoji's dictionary, unpacked once. kuromoji ships it gzipped and
 * gunzips all ~100 MB at every start, then copies each file: about half of
 * its load time and 80 MB of peak memory (measured in docs/performance.md).
 * After the first load the files are written unpacked, with a manifest of
 * sizes and CRC-32s, to node_modules/.cache (next to the package they come
 * from, so a new kuromoji version gets its own copy). Loading them is the
 * same bytes, so the same tokenizer; a file that does not check out, or a
 * folder that cannot be written, just means the gzipped path as before.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, gunzip } from 'node:zlib';
import { z } from 'zod';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('kuromoji/package.json'));
const version = (require('kuromoji/package.json') as { version?: string }).version ?? 'unknown';

export const gzippedDictionary = join(packageDir, 'dict');
export const unpackedDictionary = join(packageDir, '..', '.cache', `kiji-kuromoji-${version}`);

const manifestSchema = z.object({ files: z.record(z.string(), z.object({ bytes: z.number().int().nonnegative(), crc32: z.number().int().nonnegative() })) });
type Manifest = z.infer<typeof manifestSchema>;

/** The tokenizer kuromoji would build from its own gzipped files, built from the unpacked ones. */
export async function buildFromUnpacked(dir = unpackedDictionary): Promise<unknown> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
  const DictionaryLoader = require('kuromoji/src/loader/DictionaryLoader.js') as new (path: string) => KuromojiLoader;
  const Tokenizer = require('kuromoji/src/Tokenizer.js') as new (dictionaries: unknown) => unknown;
  const loader = new DictionaryLoader(dir);
  loader.loadArrayBuffer = (file, callback) => {
    readChecked(dir, manifest, file).then((buffer) => callback(null, buffer), (error: unknown) => callback(error));
  };
  const dictionaries = await new Promise<unknown>((resolve, reject) => loader.load((error, loaded) => (error ? reject(error) : resolve(loaded))));
  return new Tokenizer(dictionaries);
}

/** Writes the unpacked copy (files first, manifest last, each renamed into place). */
export async function unpackDictionary(dir = unpackedDictionary): Promise<void> {
  await mkdir(dir, { recursive: true });
  const manifest: Manifest = { files: {} };
  const temporary = `.${process.pid}.${Date.now()}.tmp`;
  for (const name of (await readdir(gzippedDictionary)).filter((file) => file.endsWith('.dat.gz'))) {
    const bytes = await promisify(gunzip)(await readFile(join(gzippedDictionary, name)));
    const unpacked = name.replace(/\.gz$/u, '');
    await writeFile(join(dir, unpacked + temporary), bytes);
    await rename(join(dir, unpacked + temporary), join(dir, unpacked));
    manifest.files[unpacked] = { bytes: bytes.length, crc32: crc32(bytes) };
  }
  await writeFile(join(dir, `manifest.json${temporary}`), JSON.stringify(manifest));
  await rename(join(dir, `manifest.json${temporary}`), join(dir, 'manifest.json'));
}

interface KuromojiLoader {
  loadArrayBuffer: (file: string, callback: (error: unknown, buffer?: ArrayBuffer) => void) => void;
  load(callback: (error: unknown, dictionaries: unknown) => void): void;
}

async function readChecked(dir: string, manifest: Manifest, file: string): Promise<ArrayBuffer> {
  // kuromoji asks for the .gz names; the unpacked file is the same name without it.
  const name = file.slice(dir.length + 1).replace(/\.gz$/u, '');
  const expected = manifest.files[name];
  if (!expected) throw new Error(`unpacked dictionary has no ${name}`);
  const bytes = await readFile(join(dir, name));
  if (bytes.length !== expected.bytes || crc32(bytes) !== expected.crc32) throw new Error(`unpacked dictionary file ${name} is damaged`);
  // readFile gives a large file its own buffer; hand it over instead of copying it.
  return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length ? (bytes.buffer as ArrayBuffer) : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
}
