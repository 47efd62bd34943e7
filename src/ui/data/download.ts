// Save bytes as a file through the browser's download mechanism.

/** Some browsers read the object URL after click() returns; revoking at once can cancel the download. */
const REVOKE_AFTER_MS = 30_000;

export function downloadBytes(bytes: Uint8Array, fileName: string, mimeType: string): void {
  // Blob rejects views over a SharedArrayBuffer; copy only then (exports can be hundreds of MB).
  const part = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
  downloadBlob(new Blob([part], { type: mimeType }), fileName);
}

/** The one download path: results, charts and workbook files all leave through here. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
