/** An entry of a standard list: the standard's code and the label the form stores. */
export interface ListItem<L extends string = string> {
  readonly code: string;
  readonly label: L;
}

/** Numbers the labels 01, 02, … in the order given, which is the standard's order. */
export function coded<L extends string>(labels: readonly L[]): readonly ListItem<L>[] {
  return Object.freeze(labels.map((label, i) => Object.freeze({ code: String(i + 1).padStart(2, '0'), label })));
}
