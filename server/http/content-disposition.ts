import type { ExportFileName } from '@/lib/pitch/file-name';

/** RFC 8187 `value-chars`: percent-encoded UTF-8, everything but attr-chars escaped. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `Content-Disposition` of a download (RFC 6266): the ASCII name for clients that know only
 * `filename`, and `filename*` with the title as typed, so a CJK or emoji title survives.
 */
export function attachmentDisposition(name: ExportFileName): string {
  const ascii = name.ascii.replace(/["\\\r\n]/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(name.unicode)}`;
}
