/** Makes a switch over a tagged union exhaustive: adding a kind without a case is a type error. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
