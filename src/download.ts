/**
 * Saves a file as a download, through a hidden link appended to `parent` (a shadow root will do)
 * and clicked. Needs a document; the object URL is freed a moment later.
 */
export function saveFile(blob: Blob, name: string, parent: ParentNode): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously in every current browser; free the URL after it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
