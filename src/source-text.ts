// A program's bytes to its text, as CPython reads a source file (PEP 263):
// UTF-8 unless a coding comment in the first two lines names another
// encoding (pygil knows Latin-1, ASCII and Windows-1252 besides UTF-8), a
// UTF-8 BOM skipped. Bytes the encoding cannot decode are CPython's
// SyntaxError, not replacement characters.

/** The text, or the error line CPython prints (it has no File header). */
export type SourceText = { ok: true; text: string } | { ok: false; message: string };

const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** Windows-1252's characters for bytes 0x80..0x9f (undefined ones stay as Latin-1's). */
const CP1252_HIGH = '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

export function decodeSource(bytes: Uint8Array, filename: string): SourceText {
  let start = 0;
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) start = 3;
  const declared = codingOf(bytes, start);
  const encoding = declared === null ? 'utf-8' : normalize(declared);
  if (bom && encoding !== 'utf-8') return { ok: false, message: `SyntaxError: encoding problem: ${declared} with BOM\n` };
  const body = bytes.subarray(start);
  switch (encoding) {
    case 'utf-8':
      try {
        return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
      } catch {
        return { ok: false, message: notUtf8(body, filename, declared !== null) };
      }
    case 'latin-1':
      return { ok: true, text: byteText(body, (b) => String.fromCharCode(b)) };
    case 'cp1252':
      return { ok: true, text: byteText(body, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))) };
    case 'ascii': {
      const bad = body.findIndex((b) => b > 0x7f);
      if (bad >= 0) {
        return { ok: false, message: `SyntaxError: 'ascii' codec can't decode byte 0x${body[bad].toString(16)} in position ${bad}: ordinal not in range(128)\n` };
      }
      return { ok: true, text: byteText(body, (b) => String.fromCharCode(b)) };
    }
    default:
      return { ok: false, message: `SyntaxError: unknown encoding: ${declared}\n` };
  }
}

/** The encoding a coding comment on line 1, or on line 2 after a comment or blank line 1, declares. */
function codingOf(bytes: Uint8Array, start: number): string | null {
  let pos = start;
  for (let line = 0; line < 2 && pos < bytes.length; line++) {
    let end = bytes.indexOf(0x0a, pos);
    if (end < 0) end = bytes.length;
    let text = '';
    for (let i = pos; i < end; i++) text += String.fromCharCode(bytes[i]);
    const m = CODING.exec(text);
    if (m !== null) return m[1];
    // Line 2 counts only when line 1 is a comment or blank.
    if (!/^[ \t\f\r]*(#.*)?$/.test(text)) return null;
    pos = end + 1;
  }
  return null;
}

function normalize(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n === 'utf8' || n.startsWith('utf-8-')) return 'utf-8';
  if (['latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1', 'iso-latin-1'].includes(n) || n.startsWith('latin-1-') || n.startsWith('iso-8859-1-')) {
    return 'latin-1';
  }
  if (n === 'ascii' || n === 'us-ascii') return 'ascii';
  if (n === 'cp1252' || n === 'windows-1252') return 'cp1252';
  return n;
}

function byteText(bytes: Uint8Array, char: (b: number) => string): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    let s = '';
    const end = Math.min(bytes.length, i + 8192);
    for (let j = i; j < end; j++) s += char(bytes[j]);
    parts.push(s);
  }
  return parts.join('');
}

/** CPython's error for bytes that are not UTF-8: the first bad byte and its line. */
function notUtf8(bytes: Uint8Array, filename: string, declared: boolean): string {
  let i = 0, line = 1;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    let ok = n > 0 && i + n <= bytes.length;
    for (let k = 1; ok && k < n; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (!ok) break;
    if (b === 0x0a) line++;
    i += n;
  }
  const byte = `\\x${bytes[i].toString(16).padStart(2, '0')}`;
  if (declared) return `SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x${bytes[i].toString(16)} in position ${i}: invalid start byte\n`;
  return `SyntaxError: Non-UTF-8 code starting with '${byte}' in file ${filename} on line ${line}, but no encoding declared; ` +
    'see https://peps.python.org/pep-0263/ for details\n';
}
