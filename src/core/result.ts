/** The project's failure convention (`Result`, `ok`, `err`), and `assertNever` for what only a bug reaches. */

/** A value or the reason there is none: how every boundary of the project reports failure. */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A success; typed narrowly so it fits any `Result<T, E>` whatever the error type. */
export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
/** A failure; typed narrowly so it fits any `Result<T, E>` whatever the value type. */
export const err = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });

/** Marks code that a correct program never reaches; throwing here is reporting a bug, not a user error. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
