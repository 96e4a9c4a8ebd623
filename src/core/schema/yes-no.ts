/**
 * A Да/Нет column. `optional` ones read an empty cell as Нет (`emptyMeans`), so
 * their value is never empty; the literal types carry that into the row types.
 */
import * as V from "./values";

interface YesNoField<K extends string> {
  readonly key: K;
  readonly header: string;
  readonly type: "yesno";
  readonly required: boolean;
  readonly values: typeof V.YES_NO;
  readonly help: string;
}

/** With `optional` true, an empty cell means Нет (`emptyMeans`), in the type too. */
export function yesNo<K extends string, O extends boolean = false>(
  key: K,
  header: string,
  help: string,
  optional?: O
): YesNoField<K> & (O extends true ? { readonly emptyMeans: typeof V.NO } : unknown) {
  return {
    key,
    header,
    type: "yesno",
    required: !optional,
    values: V.YES_NO,
    ...(optional ? { emptyMeans: V.NO } : {}),
    help,
  } as YesNoField<K> & (O extends true ? { readonly emptyMeans: typeof V.NO } : unknown);
}
