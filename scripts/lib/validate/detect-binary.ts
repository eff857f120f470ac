// Signatures of the files a maintainer most often saves by mistake instead of
// the extracted text, with what to do about each.
const SIGNATURES: Array<{ magic: number[]; what: string; advice: (name: string) => string }> = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document', advice: (name) => `Extract its text first (for example \`pdftotext -enc UTF-8 page.pdf ${name}\`) and use the text file.` },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a Word (.docx) document or a ZIP archive', advice: () => 'Open it and save it as "Plain Text (.txt)" with UTF-8 encoding.' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'a Word (.doc) document', advice: () => 'Open it and save it as "Plain Text (.txt)" with UTF-8 encoding.' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document', advice: () => 'Open it and save it as "Plain Text (.txt)" with UTF-8 encoding.' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', advice: () => 'The archive needs the text of the page: run OCR on the image and use the text file.' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image', advice: () => 'The archive needs the text of the page: run OCR on the image and use the text file.' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', advice: () => 'The archive needs the text of the page: run OCR on the image and use the text file.' },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image', advice: () => 'The archive needs the text of the page: run OCR on the image and use the text file.' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image', advice: () => 'The archive needs the text of the page: run OCR on the image and use the text file.' },
];

/**
 * Why `bytes` are not a text file (a known document or image format, UTF-16
 * without a byte-order mark, or mostly control bytes), or null when they may
 * be text. Called only for files without a UTF-16 byte-order mark.
 */
export function detectBinary(bytes: Uint8Array, name: string): string | null {
  for (const { magic, what, advice } of SIGNATURES) {
    if (magic.every((byte, i) => bytes[i] === byte)) return `This file is ${what}, not plain text. ${advice(name)}`;
  }
  // UTF-16 without a BOM: ASCII characters leave a 0x00 in every other byte.
  const sample = bytes.subarray(0, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? evenNul++ : oddNul++);
  const half = sample.length / 2;
  if (half >= 2 && (evenNul / half > 0.3 || oddNul / half > 0.3) && Math.min(evenNul, oddNul) < 0.05 * half) {
    const from = oddNul > evenNul ? 'UTF-16LE' : 'UTF-16BE';
    return (
      `This file looks like UTF-16 text without a byte-order mark (every other byte is 0x00). ` +
      `Convert it to UTF-8 by running, in the issue folder: \`iconv -f ${from} -t UTF-8 ${name} > ${utf8Name(name)} && mv ${utf8Name(name)} ${name}\`, ` +
      `or save it from a text editor as UTF-8.`
    );
  }
  // Text has few control bytes besides tab, LF, CR and form feed; binary formats have many.
  let control = 0;
  for (const byte of sample) if ((byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) || byte === 0x7f) control++;
  if (control > 8 && control / sample.length > 0.01) {
    return `This file looks binary (${control} control bytes in its first ${sample.length} bytes), not plain text. Save the page as plain text (UTF-8) and try again.`;
  }
  return null;
}

/** The name of the converted copy in an iconv command: p01.txt → p01.utf8.txt. */
export function utf8Name(name: string): string {
  return name.replace(/(\.[^.]*)?$/, '.utf8$1');
}
