import fs from 'node:fs';

// A model file is a small JSON header and typed arrays, stored as they lie in memory, so loading is
// one read and a view per array: no gunzip, no JSON parse of megabytes, no base64. Not compressed:
// on this data gunzip costs more than reading the extra bytes from the page cache.
//
// Layout: "NGMODEL1", uint32 header length, header JSON (format, meta, sections), then each section
// at an offset that is a multiple of 8. Numbers are little-endian (every platform Node runs on here).

const MAGIC = 'NGMODEL1';
const ALIGN = 8;

const ARRAY_TYPES = { u8: Uint8Array, i16: Int16Array, u32: Uint32Array, i32: Int32Array, f32: Float32Array, f64: Float64Array } as const;
type ArrayType = keyof typeof ARRAY_TYPES;

/** A typed array a section may hold. */
export type SectionArray = Uint8Array | Int16Array | Uint32Array | Int32Array | Float32Array | Float64Array;
/** A section's content: a typed array, or strings (stored as one UTF-8 text, one per line). */
export type SectionValue = SectionArray | string[];

interface SectionEntry {
  name: string;
  type: ArrayType | 'lines';
  offset: number;
  bytes: number;
  /** Lines of a 'lines' section ('' and no line at all are both 0 bytes). */
  count?: number;
}

interface Header {
  format: string;
  meta: unknown;
  sections: SectionEntry[];
}

function typeOf(v: SectionValue): ArrayType | 'lines' {
  if (Array.isArray(v)) return 'lines';
  for (const [name, T] of Object.entries(ARRAY_TYPES)) if (v instanceof T) return name as ArrayType;
  throw new Error('unsupported section array');
}

/** Writes a model file: `meta` as JSON, then the sections in the order given; returns bytes written. */
export function writeModelSections(file: string, format: string, meta: unknown, sections: Record<string, SectionValue>): number {
  const bodies: Buffer[] = [];
  const entries: SectionEntry[] = [];
  let offset = 0;
  for (const [name, v] of Object.entries(sections)) {
    const type = typeOf(v);
    if (type === 'lines' && (v as string[]).some((s) => s.includes('\n'))) throw new Error(`section ${name}: a line holds a newline`);
    const body = type === 'lines' ? Buffer.from((v as string[]).join('\n'), 'utf8') : Buffer.from((v as SectionArray).buffer, (v as SectionArray).byteOffset, (v as SectionArray).byteLength);
    entries.push({ name, type, offset, bytes: body.length, ...(type === 'lines' ? { count: (v as string[]).length } : {}) });
    bodies.push(body, Buffer.alloc((ALIGN - (body.length % ALIGN)) % ALIGN));
    offset += body.length + ((ALIGN - (body.length % ALIGN)) % ALIGN);
  }
  const header = Buffer.from(JSON.stringify({ format, meta, sections: entries } satisfies Header), 'utf8');
  const lead = MAGIC.length + 4 + header.length;
  const pad = Buffer.alloc((ALIGN - (lead % ALIGN)) % ALIGN);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length + pad.length);
  // the padding after the header is spaces: the header stays valid JSON
  pad.fill(0x20);
  const out = Buffer.concat([Buffer.from(MAGIC, 'latin1'), length, header, pad, ...bodies]);
  fs.writeFileSync(file, out);
  return out.length;
}

/** A model file's header and its sections, arrays as views over the file's bytes. */
export interface ModelSections {
  meta: unknown;
  /** The typed array of section `name`, viewed in place (do not write to it). */
  array<T extends SectionArray>(name: string, type: abstract new (...args: never[]) => T): T;
  /** The strings of a 'lines' section. */
  lines(name: string): string[];
}

/** Reads a file written by writeModelSections, checking its format name. */
export function readModelSections(file: string, format: string): ModelSections {
  let buf = fs.readFileSync(file);
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error(`${file}: not a newsgraph model file`);
  // A typed array view needs its offset aligned to the element size; a pooled Buffer may not be.
  if (buf.byteOffset % ALIGN !== 0) buf = Buffer.from(new Uint8Array(buf));
  const headerLength = buf.readUInt32LE(MAGIC.length);
  const start = MAGIC.length + 4 + headerLength;
  const header = JSON.parse(buf.toString('utf8', MAGIC.length + 4, start)) as Header;
  if (header.format !== format) throw new Error(`${file}: model format ${header.format}, this version reads ${format}`);
  const entry = (name: string) => {
    const e = header.sections.find((s) => s.name === name);
    if (!e) throw new Error(`${file}: no section ${name}`);
    return e;
  };
  return {
    meta: header.meta,
    array(name, type) {
      const e = entry(name);
      const T = ARRAY_TYPES[e.type as ArrayType];
      if (!T || (T as unknown) !== type) throw new Error(`${file}: section ${name} is ${e.type}`);
      return new T(buf.buffer, buf.byteOffset + start + e.offset, e.bytes / T.BYTES_PER_ELEMENT) as never;
    },
    lines(name) {
      const e = entry(name);
      if (e.type !== 'lines') throw new Error(`${file}: section ${name} is ${e.type}`);
      return e.count === 0 ? [] : buf.toString('utf8', start + e.offset, start + e.offset + e.bytes).split('\n');
    },
  };
}
