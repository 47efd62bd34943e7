/** A parsed JSON object on its way through migrations (shape not yet validated). */
export type Document = Record<string, unknown>;

export interface MigrationStep {
  /** The version this step reads; it returns version `from + 1`. */
  from: number;
  migrate(doc: Document): Document;
}

/** A file too broken to migrate; becomes workbook.invalid with this path. */
export class MigrationError extends Error {
  constructor(
    readonly path: (string | number)[],
    readonly detail: string,
  ) {
    super(detail);
  }
}
