/** A problem with one field of a definition, by its path: ['duration', 'renewal']. */
export interface FieldProblem {
  readonly path: (string | number)[];
  readonly message: string;
}
