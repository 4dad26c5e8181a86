/** An entry of a standard list: the standard's code and the label the form stores. */
export interface ListItem<L extends string = string> {
  readonly code: string;
  readonly label: L;
}

/** Frozen, so shared list data cannot be changed by accident in one screen and seen wrong in another. */
export function frozen<T extends object>(items: T[]): readonly Readonly<T>[] {
  return Object.freeze(items.map((item) => Object.freeze(item)));
}

/** Numbers the labels 01, 02, … in the order given, which is the standard's order. */
export function coded<L extends string>(labels: readonly L[]): readonly ListItem<L>[] {
  return frozen(labels.map((label, i) => ({ code: String(i + 1).padStart(2, '0'), label })));
}

/** `21 大学本科`: the standard's code beside the label, for exports; a value not in the list is shown as it is. */
export function withCode(list: readonly ListItem[], label: string): string {
  const item = list.find((entry) => entry.label === label);
  return item ? `${item.code} ${item.label}` : label;
}
