// Column roles: what a column means to the segmentation cells (DESIGN section 4 reads
// "customer", "order", "amount" ...). Cells store roles, not column names, so a workbook can
// re-bind to next month's export whose headers differ.

export const ROLES = [
  'customerId',
  'orderId',
  'timestamp',
  'amount',
  'quantity',
  'price',
  'category',
  'eventType',
  'channel',
  'variant',
] as const;

export type Role = (typeof ROLES)[number];

/** A saved binding: role -> column name; a role the user left unset is absent. */
export type RoleMap = Partial<Record<Role, string>>;

/** Why a column was proposed (i18n key `roles.reason.<code>`, params interpolated). */
export type RoleReasonCode =
  | 'nameExact' // the header is one of the usual names for the role
  | 'nameSimilar' // the header contains a word used for the role
  | 'onlyTemporal' // the table's only date/time column
  | 'textNumbers' // named for the role, stored as text, sample values are numbers (cast before use)
  | 'textDates' // named for the role, stored as text, sample values are dates
  | 'compactDates'; // named for the role, integers like 20110131 in the sample

/** Why a column named like a role was refused (i18n key `roles.rejected.<code>`). */
export type RoleRejectionCode =
  | 'wrongType' // the type cannot hold the role (a BOOLEAN "Revenue" for amount)
  | 'notNumbers' // text whose sample values are not numbers
  | 'notDates' // text or integers whose sample values are not dates
  | 'textUnchecked'; // stored as text and no sample to check it

export interface RoleEvidence<Code extends string> {
  code: Code;
  params: { role: Role; column: string; type: string };
}

export interface RoleMatch {
  column: string;
  /** 0..1; proposals need at least MIN_CONFIDENCE. */
  confidence: number;
  reason: RoleEvidence<RoleReasonCode>;
}

export type RoleRejection = RoleEvidence<RoleRejectionCode>;

export interface RoleProposal {
  roles: Record<Role, RoleMatch | null>;
  /** Every acceptable match per role, best first (for the role picker), including columns taken by another role. */
  candidates: Record<Role, RoleMatch[]>;
  /** Columns named like a role but refused because of their type or sample values. */
  rejected: RoleRejection[];
}

export interface ColumnSample {
  name: string;
  values: readonly unknown[];
}

export const MIN_CONFIDENCE = 0.5;
