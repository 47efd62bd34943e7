// Which dropped files are workbooks and which are data; pure so it is tested in Node.

/**
 * Dropped files: workbooks go to Open, everything else is data. A plain .json may be either:
 * JSON data is an array of records or one record per line; anything else (including a broken
 * or truncated workbook, which should get the workbook's error message) opens as a workbook.
 */
export async function isWorkbookFile(file: File): Promise<boolean> {
  if (/\.segbook\.json$/i.test(file.name)) return true;
  if (!/\.json$/i.test(file.name)) return false;
  const head = (await file.slice(0, 64 * 1024).text()).trimStart();
  if (/"format"\s*:\s*"segbook\.workbook"/.test(head)) return true;
  return !head.startsWith('[') && !looksLikeJsonLines(head);
}

function looksLikeJsonLines(head: string): boolean {
  const [first, second] = head.split('\n', 2);
  if (second === undefined || !second.trimStart().startsWith('{')) return false;
  try {
    JSON.parse(first ?? '');
    return true;
  } catch {
    return false;
  }
}
