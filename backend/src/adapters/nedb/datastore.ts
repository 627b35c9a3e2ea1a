import nedbModule from '@seald-io/nedb';

// The package is CommonJS (`module.exports = Datastore`) but its types say `export default`, so
// under NodeNext the default import is the class at run time while TypeScript sees a namespace.
export const Datastore = ((nedbModule as unknown as { default?: unknown }).default ??
  nedbModule) as typeof nedbModule.default;
export type Datastore<T> = InstanceType<typeof Datastore<T>>;

/** True for nedb's error on a unique-index clash. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { errorType?: unknown } | null)?.errorType === 'uniqueViolated';
}

/**
 * A query for "this field is not set": nedb's `{ field: null }` does not match a document that
 * lacks the field (rows written before it existed), unlike MongoDB's.
 */
export function unset(field: string): Record<string, unknown> {
  return { $or: [{ [field]: null }, { [field]: { $exists: false } }] };
}
