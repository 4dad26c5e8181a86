/** H5: lets the browser download a (short-lived, signed) link under a chosen file name. */
export function downloadLink(url: string, name: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}
