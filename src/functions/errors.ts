/**
 * Errors of the custom functions. The helpers throw FunctionInputError (plain,
 * testable anywhere); the @customfunction wrappers turn it into Excel's #ЗНАЧ!
 * with the Russian message, through CustomFunctions.Error when the runtime is there.
 */
export class FunctionInputError extends Error {
  override readonly name = "FunctionInputError";
}

interface CustomFunctionsGlobal {
  Error: new (code: unknown, message?: string) => Error;
  ErrorCode: { invalidValue: unknown };
}

function runtime(): CustomFunctionsGlobal | null {
  const cf = (globalThis as unknown as { CustomFunctions?: Partial<CustomFunctionsGlobal> })
    .CustomFunctions;
  return cf?.Error && cf.ErrorCode ? (cf as CustomFunctionsGlobal) : null;
}

/** #ЗНАЧ! with a message in Excel; a FunctionInputError where the runtime is absent (tests, CLI). */
export function invalidValue(message: string): Error {
  const cf = runtime();
  return cf ? new cf.Error(cf.ErrorCode.invalidValue, message) : new FunctionInputError(message);
}

/** Runs a helper and reports any failure as #ЗНАЧ! with a Russian message. */
export function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FunctionInputError) throw invalidValue(e.message);
    const detail = e instanceof Error ? e.message : String(e);
    throw invalidValue(`Внутренняя ошибка ПедМонитора: ${detail}`);
  }
}
