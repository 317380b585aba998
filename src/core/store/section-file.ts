/**
 * The persisted index's container: a JSON header naming typed sections, then
 * the sections' raw bytes. The typed sections are read into one buffer (one
 * allocation: each of ~35 was reported to V8 as external memory, and the
 * start paid ~50 ms of young-generation collections that found nothing to
 * free), at offsets aligned for any typed array, which views them without a
 * copy; a section that is only decoded (JSON, text) gets a buffer of its own
 * that can be dropped after. A CRC-32 over the sections catches a torn or bit-rotten
 * file; writes go to a temporary file renamed into place, so a crash mid-write
 * leaves the old cache, never half a new one (and a temporary that the next
 * start removes: stale-temporaries.ts).
 */
import { endianness } from 'node:os';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { temporaryPath } from './stale-temporaries.ts';

const magic = Buffer.from('KIJIIDX\n', 'latin1');
const align = 8;

export type SectionData = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
export type Section = { name: string; json: unknown } | { name: string; text: string } | { name: string; data: SectionData };

const sectionTypes = ['json', 'utf16', 'u8', 'u16', 'u32', 'i32', 'f64'] as const;
type SectionType = (typeof sectionTypes)[number];

const headerSchema = z.object({
  endianness: z.enum(['LE', 'BE']),
  crc32: z.number().int().nonnegative(),
  sections: z.array(z.object({ name: z.string(), type: z.enum(sectionTypes), offset: z.number().int().nonnegative(), byteLength: z.number().int().nonnegative() })),
  meta: z.unknown(),
});

export async function writeSectionFile(path: string, meta: unknown, sections: readonly Section[]): Promise<number> {
  const encoded = sections.map((section) => ({ name: section.name, ...encode(section) }));
  let crc = 0;
  let offset = 0;
  const layout = encoded.map(({ name, type, bytes }) => {
    crc = chainCrc(bytes, crc);
    const entry = { name, type, offset, byteLength: bytes.byteLength };
    offset += padded(bytes.byteLength);
    return entry;
  });
  const header = Buffer.from(JSON.stringify({ endianness: endianness(), crc32: crc, sections: layout, meta }), 'utf8');
  const start = padded(magic.length + 4 + header.length);
  const lengthBytes = Buffer.alloc(4);
  lengthBytes.writeUInt32LE(header.length);

  await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryPath(path);
  const file = await open(temporary, 'w');
  try {
    await file.write(Buffer.concat([magic, lengthBytes, header, Buffer.alloc(start - magic.length - 4 - header.length)]));
    for (const [i, { bytes }] of encoded.entries()) {
      await file.write(bytes, 0, bytes.byteLength, start + (layout[i]?.offset ?? 0));
    }
    await file.truncate(start + offset);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path).catch(async (error: unknown) => {
    await rm(temporary, { force: true });
    throw error;
  });
  return start + offset;
}

export interface SectionFile {
  meta: unknown;
  bytes: number;
  json(name: string): unknown;
  text(name: string): string;
  u8(name: string): Uint8Array;
  u16(name: string): Uint16Array;
  u32(name: string): Uint32Array;
  i32(name: string): Int32Array;
  f64(name: string): Float64Array;
  /** Frequency arrays: written as narrow as their values allow. */
  frequencies(name: string): Uint8Array | Uint16Array | Uint32Array;
}

/** Reads and checks a cache file; throws (with a reason fit for one log line) when it is unusable. */
export async function readSectionFile(path: string): Promise<SectionFile> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const readFully = async (into: Uint8Array, position: number) => {
      let done = 0;
      while (done < into.byteLength) {
        const { bytesRead } = await file.read(into, done, into.byteLength - done, position + done);
        if (bytesRead === 0) throw new Error('file ended early');
        done += bytesRead;
      }
    };
    const prefix = Buffer.alloc(magic.length + 4);
    if (size < prefix.length) throw new Error('not a kiji index file (too short)');
    await readFully(prefix, 0);
    if (!prefix.subarray(0, magic.length).equals(magic)) throw new Error('not a kiji index file');
    const headerLength = prefix.readUInt32LE(magic.length);
    if (magic.length + 4 + headerLength > size) throw new Error('truncated header');
    const headerBytes = Buffer.alloc(headerLength);
    await readFully(headerBytes, magic.length + 4);
    const header = headerSchema.parse(JSON.parse(headerBytes.toString('utf8')));
    if (header.endianness !== endianness()) throw new Error(`written on a ${header.endianness} machine`);
    const start = padded(magic.length + 4 + headerLength);
    const end = header.sections.reduce((max, section) => Math.max(max, start + section.offset + section.byteLength), start);
    if (end > size) throw new Error(`truncated: ${size} bytes, sections need ${end}`);

    // The typed sections packed into one buffer at multiples of 8, so each view is aligned
    // for every element type. Not zero-filled (every byte is read over), and all read at once:
    // the reads overlap on libuv's threads.
    let packed = 0;
    const decoded = (type: SectionType) => type === 'json' || type === 'utf16';
    const placed = header.sections.map((section) => {
      if (decoded(section.type)) return -1;
      const at = packed;
      packed += padded(section.byteLength);
      return at;
    });
    const binary = Buffer.allocUnsafeSlow(packed).buffer;
    const sections = header.sections.map((section, i) => ({
      section,
      bytes: decoded(section.type) ? new Uint8Array(Buffer.allocUnsafeSlow(section.byteLength).buffer, 0, section.byteLength) : new Uint8Array(binary, placed[i], section.byteLength),
    }));
    await Promise.all(sections.map(({ section, bytes }) => readFully(bytes, start + section.offset)));
    let crc = 0;
    const buffers = new Map<string, { type: SectionType; bytes: Uint8Array }>();
    for (const { section, bytes } of sections) {
      crc = chainCrc(bytes, crc);
      buffers.set(section.name, { type: section.type, bytes });
    }
    if (crc !== header.crc32) throw new Error('checksum mismatch (corrupt file)');

    const get = (name: string, ...types: SectionType[]) => {
      const found = buffers.get(name);
      if (!found) throw new Error(`section ${name} missing`);
      if (!types.includes(found.type)) throw new Error(`section ${name} is ${found.type}, not ${types.join('/')}`);
      return found;
    };
    const view = <T>(name: string, type: SectionType, make: (buffer: ArrayBuffer, offset: number, length: number) => T, width: number): T => {
      const { bytes } = get(name, type);
      if (bytes.byteLength % width !== 0) throw new Error(`section ${name} has a partial element`);
      return make(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength / width);
    };
    const u16 = (name: string) => view(name, 'u16', (buffer, offset, length) => new Uint16Array(buffer, offset, length), 2);
    const u32 = (name: string) => view(name, 'u32', (buffer, offset, length) => new Uint32Array(buffer, offset, length), 4);
    return {
      meta: header.meta,
      bytes: size,
      json: (name) => JSON.parse(bufferOf(get(name, 'json').bytes).toString('utf8')) as unknown,
      text: (name) => bufferOf(get(name, 'utf16').bytes).toString('utf16le'),
      u8: (name) => get(name, 'u8').bytes,
      u16,
      u32,
      i32: (name) => view(name, 'i32', (buffer, offset, length) => new Int32Array(buffer, offset, length), 4),
      f64: (name) => view(name, 'f64', (buffer, offset, length) => new Float64Array(buffer, offset, length), 8),
      frequencies(name) {
        const { type, bytes } = get(name, 'u8', 'u16', 'u32');
        return type === 'u8' ? bytes : type === 'u16' ? u16(name) : u32(name);
      },
    };
  } finally {
    await file.close();
  }
}

/** The same bytes as a Buffer, not a copy (Buffer.from of a typed array copies). */
function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function encode(section: Section): { type: SectionType; bytes: Uint8Array } {
  if ('json' in section) return { type: 'json', bytes: Buffer.from(JSON.stringify(section.json), 'utf8') };
  if ('text' in section) return { type: 'utf16', bytes: Buffer.from(section.text, 'utf16le') };
  const { data } = section;
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const type: SectionType =
    data instanceof Uint8Array ? 'u8' : data instanceof Uint16Array ? 'u16' : data instanceof Uint32Array ? 'u32' : data instanceof Int32Array ? 'i32' : 'f64';
  return { type, bytes };
}

/**
 * The running CRC over one more section. An empty section adds nothing, and
 * must not be handed to zlib: an empty view of a zero-size ArrayBuffer (an
 * empty postings list, on a tiny corpus) has a null data pointer, for which
 * zlib's crc32 returns its initial value 0 instead of the running CRC, so
 * the writer's chain restarted there and the reader's (a fresh, non-null
 * buffer) did not: every such file failed its own check.
 */
function chainCrc(bytes: Uint8Array, crc: number): number {
  return bytes.byteLength === 0 ? crc : crc32(bytes, crc);
}

function padded(length: number): number {
  return Math.ceil(length / align) * align;
}
