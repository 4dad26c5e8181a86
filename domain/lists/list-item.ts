/** An entry of a standard list: the standard's code and the label the form stores. */
export interface ListItem {
  code: string;
  label: string;
}

export function coded(labels: readonly string[]): ListItem[] {
  return labels.map((label, i) => ({ code: String(i + 1).padStart(2, '0'), label }));
}
