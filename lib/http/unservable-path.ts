/**
 * A request path the file system cannot even look up: broken percent-encoding,
 * a NUL byte, or a segment longer than a file name may be (255 bytes). The
 * server answers these with the 404 page; the file handler would throw (500).
 */
export function unservablePath(url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  return decoded.includes('\0') || decoded.split('/').some((segment) => Buffer.byteLength(segment) > 255);
}
