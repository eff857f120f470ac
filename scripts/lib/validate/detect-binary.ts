// Signatures of the files a maintainer most often saves by mistake instead of
// the extracted text, with what to do about each.
const SIGNATURES: Array<{ magic: number[]; what: string; advice: (name: string) => string }> = [
  {
    magic: [0x25, 0x50, 0x44, 0x46, 0x2d],
    what: 'a PDF document',
    advice: (name) => `Extract its text first (for example \`pdftotext -enc UTF-8 page.pdf ${name}\`) and use the text file.`,
  },
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    what: 'a Word (.docx) document or a ZIP archive',
    advice: () => 'Open it and save it as "Plain Text (.txt)" with UTF-8 encoding.',
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0],
    what: 'a Word (.doc) document',
    advice: () => 'Open it and save it as "Plain Text (.txt)" with UTF-8 encoding.',
  },
  {
    magic: [0x7b, 0x5c, 0x72, 0x74, 0x66],
    what: 'an RTF document',
    advice: () => 'Open it and save it as "Plain Text (.txt)" with UTF-8 encoding.',
  },
  {
    magic: [0x89, 0x50, 0x4e, 0x47],
    what: 'a PNG image',
    advice: () => 'The archive needs the text of the page: run OCR on the image and use the text file.',
  },
  {
    magic: [0xff, 0xd8, 0xff],
    what: 'a JPEG image',
    advice: () => 'The archive needs the text of the page: run OCR on the image and use the text file.',
  },
  {
    magic: [0x47, 0x49, 0x46, 0x38],
    what: 'a GIF image',
    advice: () => 'The archive needs the text of the page: run OCR on the image and use the text file.',
  },
  {
    magic: [0x49, 0x49, 0x2a, 0x00],
    what: 'a TIFF image',
    advice: () => 'The archive needs the text of the page: run OCR on the image and use the text file.',
  },
  {
    magic: [0x4d, 0x4d, 0x00, 0x2a],
    what: 'a TIFF image',
    advice: () => 'The archive needs the text of the page: run OCR on the image and use the text file.',
  },
];

/**
 * Why `bytes` are not a text file, with the rule id to report it under (a known document or image format, UTF-16
 * without a byte-order mark, or mostly control bytes), or null when they may
 * be text. Called only for files without a UTF-16 byte-order mark. `where` says where a command given is run.
 */
export function detectBinary(bytes: Uint8Array, name: string, where = 'in the issue folder'): { reason: string; ruleId: string } | null {
  for (const { magic, what, advice } of SIGNATURES) {
    if (magic.every((byte, i) => bytes[i] === byte))
      return { reason: `This file is ${what}, not plain text. ${advice(name)}`, ruleId: 'file-binary' };
  }
  const utf16 = bomlessUtf16(bytes);
  if (utf16) {
    return {
      reason:
        `This file looks like ${utf16} text without a byte-order mark. ` +
        `Convert it to UTF-8 by running, ${where}: \`iconv -f ${utf16} -t UTF-8 ${name} > ${utf8Name(name)} && mv ${utf8Name(name)} ${name}\`, ` +
        `or save it from a text editor as UTF-8.`,
      ruleId: 'file-encoding-utf16',
    };
  }
  const sample = bytes.subarray(0, 4096);
  // Text has few control bytes besides tab, LF, CR and form feed; binary formats have many.
  let control = 0;
  for (const byte of sample) if ((byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) || byte === 0x7f) control++;
  if (control > 8 && control / sample.length > 0.01) {
    return {
      reason: `This file looks binary (${control} control bytes in its first ${sample.length} bytes), not plain text. Save the page as plain text (UTF-8) and try again.`,
      ruleId: 'file-binary',
    };
  }
  return null;
}

/**
 * 'UTF-16LE' or 'UTF-16BE' when bytes without a BOM read as UTF-16 text: zero
 * bytes (the high half of ASCII characters) sit at one parity only, and the
 * decoded text is mostly CJK, ASCII and punctuation. Otherwise null.
 */
function bomlessUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? even++ : odd++;
  // CJK characters such as U+4E00 put a zero in the other half too, but rarely.
  if (even + odd === 0 || Math.min(even, odd) * 4 > Math.max(even, odd)) return null;
  const encoding = odd > even ? 'utf-16le' : 'utf-16be';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(sample);
  } catch {
    return null;
  }
  const plausible = [...text].filter((char) => /[\t\n\r\x20-\x7E\u2000-\u206F\u3000-\u9FFF\uFF00-\uFFEF]/.test(char)).length;
  if (plausible / [...text].length < 0.9) return null;
  return encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
}

/** The name of the converted copy in an iconv command: p01.txt → p01.utf8.txt. */
export function utf8Name(name: string): string {
  return name.replace(/(\.[^.]*)?$/, '.utf8$1');
}
