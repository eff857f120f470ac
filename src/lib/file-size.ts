// File sizes as the open-data page prints them: a rounded size to read and
// the exact byte count to check a download against.

const grouped = new Intl.NumberFormat('en-US');

/** 812 B, 14.2 KB, 3.4 MB (binary units, one decimal above a kilobyte). */
export function readableSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** 1,234,567: the exact count with thousands grouped. */
export function groupedBytes(bytes: number): string {
  return grouped.format(bytes);
}
