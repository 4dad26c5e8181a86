/** H5: the browser downloads the file (the link is short-lived and signed). */
export async function openPrintable(url: string): Promise<void> {
  const a = document.createElement('a');
  a.href = url;
  a.download = '推荐人员登记表.pdf';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
