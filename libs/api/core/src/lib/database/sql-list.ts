/** `'a', 'b'` for CHECK constraints built from a contract vocabulary (the codes never contain quotes). */
export const sqlList = (values: readonly string[]): string =>
  values.map((v) => `'${v}'`).join(', ');
