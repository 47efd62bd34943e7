/** A rule template's part of the query: CTEs after the shared source CTEs, and the final SELECT. */
export interface RuleQuery {
  ctes: string[];
  select: string;
}
