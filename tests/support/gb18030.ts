// Real GB18030 bytes for the tests, so no encoder is needed (Node decodes GB18030 but
// cannot encode it). Each byte string was made by GNU libc's iconv
// (`printf '…' | iconv -f UTF-8 -t GB18030 | xxd -p`), an implementation independent
// of the TextDecoder the pipeline uses, and is kept here with the text it encodes.

/** A GB18030 page sample and the text it encodes. */
export interface Gb18030Sample {
  text: string;
  bytes: Buffer;
}

/** Two-byte sequences only (what GBK also has), with CRLF line breaks. */
export const GBK_PAGE: Gb18030Sample = {
  text: '第二版的正文。\r\n\r\n本报讯 另一段。\r\n',
  bytes: Buffer.from('b5dab6feb0e6b5c4d5fdcec4a1a30d0a0d0ab1beb1a8d1b620c1edd2bbb6cea1a30d0a', 'hex'),
};

/**
 * Four-byte sequences too: 𠀀 (U+20000, outside the BMP: 95 32 82 36), Ä, Ş and ⑪
 * (BMP characters GBK lacks: 81 30 87 32, 81 30 94 35, 81 37 8C 36), and 䶮 (FE 9F,
 * a two-byte code that GB18030-2005 moved from the private use area to U+4DAE).
 */
export const FOUR_BYTE_PAGE: Gb18030Sample = {
  text: '第二版的正文。本报讯（记者刘䶮）在𠀀字条目旁，编者注明Ä、Ş与⑪三个符号按原样排印，全文照录，不作改动。\n',
  bytes: Buffer.from(
    'b5dab6feb0e6b5c4d5fdcec4a1a3b1beb1a8d1b6a3a8bcc7d5dfc1f5fe9fa3a9d4da95328236d7d6ccf5c4bfc5d4a3acb1e0d5dfd7a2c3f7' +
      '81308732a1a281309435d3eb81378c36c8fdb8f6b7fbbac5b0b4d4add1f9c5c5d3a1a3acc8abcec4d5d5c2bca3acb2bbd7f7b8c4b6afa1a30a',
    'hex',
  ),
};
