/** One problem with a definition, by the path of its field. */
export interface ValidationIssue {
  /** the path of the bad field, e.g. `events[2].date`; empty for the whole file */
  readonly path: string;
  readonly message: string;
}

/** ['events', 2, 'date'] → "events[2].date" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`)).join('');
}
