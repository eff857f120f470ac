// RSS readers treat <description> as HTML once they have decoded the XML: page text
// carrying `<img onerror=…>` would become markup in the reader. Descriptions are plain
// text, so they are HTML-escaped here and then XML-escaped by @astrojs/rss: the reader
// decodes the XML and shows `<img …>` as the characters it is (issue 12).

/** `text` as HTML that displays exactly `text`. */
export function feedText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
