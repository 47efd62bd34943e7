// A chart that could not be drawn, with the reason the view turns into a sentence.

/** Why a chart could not be drawn: `url` (the spec tried to load data), `spec` (invalid), `render`. */
export class ChartFailure extends Error {
  constructor(readonly kind: 'url' | 'spec' | 'render', readonly detail: string, readonly url?: string) {
    super(detail);
    this.name = 'ChartFailure';
  }
}
