// Reading one page for the CLI, with the checks that turn bad input into one clear message.
import { readFile, stat } from 'node:fs/promises';
import { decodeHtml } from './html';

export const MAX_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > MAX_BYTES) throw new InputError(`input is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function readPageBytes(file: string): Promise<Uint8Array> {
  if (file === '-') return readStdin();
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new InputError(`${file}: no such file`);
  }
  if (info.isDirectory()) throw new InputError(`${file}: is a directory, not an HTML file`);
  if (!info.isFile()) throw new InputError(`${file}: not a regular file`);
  if (info.size > MAX_BYTES) throw new InputError(`${file}: ${(info.size / 1024 / 1024).toFixed(1)} MB is larger than the 20 MB limit`);
  try {
    return await readFile(file);
  } catch (e) {
    throw new InputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Decodes and checks that the bytes look like an HTML page. */
export function htmlFromBytes(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name}: empty input`);
  if (bytes.length > MAX_BYTES) throw new InputError(`${name}: larger than the 20 MB limit`);
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 9) || (b > 13 && b < 32)) control++;
  // UTF-16 pages have NULs too, but they start with a BOM that decodeHtml handles.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && control > sample.length * 0.01) throw new InputError(`${name}: binary data, not an HTML page`);
  const html = decodeHtml(bytes);
  if (!html.trim()) throw new InputError(`${name}: empty input`);
  if (!/<\s*(!doctype|html|head|body|div|p|article|main|section|span|h[1-6]|table|title|meta)\b/i.test(html.slice(0, 200_000))) {
    throw new InputError(`${name}: no HTML markup found`);
  }
  return html;
}
