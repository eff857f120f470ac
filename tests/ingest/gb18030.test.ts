import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { decodeText } from '../../scripts/lib/validate/decode-text.ts';
import { FOUR_BYTE_PAGE, GBK_PAGE } from '../support/gb18030.ts';

// Node's own TextDecoder('gb18030') converts the pages new-issue copies; these are real
// GB18030 bytes (made by another implementation, GNU iconv), two- and four-byte.
describe('GB18030 pages', () => {
  test.each([
    ['two-byte (GBK) text', GBK_PAGE],
    ['four-byte sequences, in and beyond the BMP', FOUR_BYTE_PAGE],
  ])('new-issue converts %s to exactly the characters encoded', (_name, sample) => {
    const file = new VFile({ path: 'page.txt' });
    const decoded = decodeText(sample.bytes, file, { copying: true });
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(sample.text.replace(/\r\n/g, '\n'));
    expect(file.messages.map((m) => m.ruleId)).toEqual(['file-encoding-gb18030']);
  });

  test('ingest refuses the same bytes with the iconv command that converts them', () => {
    const file = new VFile({ path: 'p01.txt' });
    expect(decodeText(FOUR_BYTE_PAGE.bytes, file).text).toBeNull();
    expect(file.messages[0].reason).toContain('`iconv -f GB18030 -t UTF-8 p01.txt > p01.utf8.txt && mv p01.utf8.txt p01.txt`');
  });
});
