/**
 * kuromoji's dictionary, unpacked once. kuromoji ships it gzipped and
 * gunzips all ~100 MB at every start, then copies each file: about half of
 * its load time and 80 MB of peak memory (measured in docs/performance.md).
 * After the first load the files are written unpacked, with a manifest of
 * sizes and CRC-32s, to node_modules/.cache (next to the package they come
 * from, so a new kuromoji version gets its own copy). Loading them is the
 * same bytes, so the same tokenizer; a file that does not check out, or a
 * folder that cannot be written, just means the gzipped path as before.
 *
 * Four of the files are byte buffers kuromoji only reads at offsets its
 * other files point to, padded with zeros to a power of two: 33 MB of the
 * dictionary's ~100 MB (unk.dat and unk_pos.dat are 10 MB each around 2 KB
 * of data). They are written without the padding, keeping a margin of
 * zeros past the last non-zero byte so that a record or string ending in
 * zeros still reads whole; kuromoji keeps these buffers for the life of the
 * process, so that is 33 MB less resident in every bot and worker.
 * The target map is read in place, not built (kuromoji-target-map.ts).
 */
import { mkdir, open, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, gunzip } from 'node:zlib';
import { z } from 'zod';
import { emptyTargetMapFile, targetMapOf } from './kuromoji-target-map.ts';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('kuromoji/package.json'));
const version = (require('kuromoji/package.json') as { version?: string }).version ?? 'unknown';

export const gzippedDictionary = join(packageDir, 'dict');
export const unpackedDictionary = join(packageDir, '..', '.cache', `kiji-kuromoji-${version}-trimmed`);

const targetMapFile = 'tid_map.dat';

/** Buffers read only at offsets (token records, feature strings): their zero padding can go. */
const trimmable = new Set(['tid.dat', 'tid_pos.dat', 'unk.dat', 'unk_pos.dat']);
/** Zeros kept past the last non-zero byte: more than any record (10 bytes) or string terminator needs. */
const trimMargin = 64;

const manifestSchema = z.object({ files: z.record(z.string(), z.object({ bytes: z.number().int().nonnegative(), crc32: z.number().int().nonnegative() })) });
type Manifest = z.infer<typeof manifestSchema>;

/** The tokenizer kuromoji would build from its own gzipped files, built from the unpacked ones. */
export async function buildFromUnpacked(dir = unpackedDictionary): Promise<unknown> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
  const DictionaryLoader = require('kuromoji/src/loader/DictionaryLoader.js') as new (path: string) => KuromojiLoader;
  const Tokenizer = require('kuromoji/src/Tokenizer.js') as new (dictionaries: unknown) => unknown;
  const loader = new DictionaryLoader(dir);
  let targetMap: ArrayBuffer | undefined;
  loader.loadArrayBuffer = (file, callback) => {
    readChecked(dir, manifest, file).then((buffer) => {
      if (!file.endsWith(`${targetMapFile}.gz`)) return callback(null, buffer);
      targetMap = buffer;
      callback(null, emptyTargetMapFile());
    }, (error: unknown) => callback(error));
  };
  const dictionaries = await new Promise<KuromojiDictionaries>((resolve, reject) => loader.load((error, loaded) => (error ? reject(error) : resolve(loaded as KuromojiDictionaries))));
  if (!targetMap) throw new Error(`unpacked dictionary: kuromoji did not ask for ${targetMapFile}`);
  dictionaries.token_info_dictionary.target_map = targetMapOf(targetMap);
  return new Tokenizer(dictionaries);
}

/** Writes the unpacked copy (files first, manifest last, each renamed into place). */
export async function unpackDictionary(dir = unpackedDictionary): Promise<void> {
  await mkdir(dir, { recursive: true });
  const manifest: Manifest = { files: {} };
  const temporary = `.${process.pid}.${Date.now()}.tmp`;
  for (const name of (await readdir(gzippedDictionary)).filter((file) => file.endsWith('.dat.gz'))) {
    const unpacked = name.replace(/\.gz$/u, '');
    const whole = await promisify(gunzip)(await readFile(join(gzippedDictionary, name)));
    const bytes = trimmable.has(unpacked) ? trimmed(whole) : whole;
    await writeFile(join(dir, unpacked + temporary), bytes);
    await rename(join(dir, unpacked + temporary), join(dir, unpacked));
    manifest.files[unpacked] = { bytes: bytes.length, crc32: crc32(bytes) };
  }
  await writeFile(join(dir, `manifest.json${temporary}`), JSON.stringify(manifest));
  await rename(join(dir, `manifest.json${temporary}`), join(dir, 'manifest.json'));
}

/** The buffer up to its last non-zero byte, plus a margin of zeros, rounded up to 8 bytes. */
export function trimmed(bytes: Buffer): Buffer {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end -= 1;
  const keep = Math.min(bytes.length, Math.ceil((end + trimMargin) / 8) * 8);
  return bytes.subarray(0, keep);
}

/** The part of kuromoji's loaded dictionaries replaced here (see kuromoji-target-map.ts). */
interface KuromojiDictionaries {
  token_info_dictionary: { target_map: unknown };
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
  const bytes = await readWhole(join(dir, name));
  if (bytes.length !== expected.bytes || crc32(bytes) !== expected.crc32) throw new Error(`unpacked dictionary file ${name} is damaged`);
  // A large file has its own buffer; hand it over instead of copying it.
  return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length ? (bytes.buffer as ArrayBuffer) : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
}

/**
 * A file in one read into a buffer of its own. readFile reads 512 KB at a time, each chunk
 * a round trip through the main thread: at a start whose thread is busy restoring the
 * index, kuromoji's 65 MB waited for it chunk by chunk and finished last (~0.2 s after the
 * rest of the start).
 */
async function readWhole(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const bytes = Buffer.allocUnsafeSlow(size);
    let done = 0;
    while (done < size) {
      const { bytesRead } = await file.read(bytes, done, size - done, done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return done === size ? bytes : bytes.subarray(0, done);
  } finally {
    await file.close();
  }
}
