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

export function yesNo<K extends string>(key: K, header: string, help: string): YesNoField<K>;
export function yesNo<K extends string>(
  key: K,
  header: string,
  help: string,
  optional: true
): YesNoField<K> & { readonly emptyMeans: typeof V.NO };
export function yesNo<K extends string>(
  key: K,
  header: string,
  help: string,
  optional = false
): YesNoField<K> {
  return {
    key,
    header,
    type: "yesno",
    required: !optional,
    values: V.YES_NO,
    ...(optional ? { emptyMeans: V.NO } : {}),
    help,
  };
}
