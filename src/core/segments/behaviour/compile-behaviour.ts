// A behaviour rule (DESIGN.md section 4) as one readable SELECT listing the matching customers
// with the evidence for each:
//   input_rows -> valid_rows -> as_of -> rows_before_as_of -> the template's CTEs
// Windows are instants: "the last d days" is [D - d days, D), "m months" [D - m months, D);
// only rows strictly before D count. Each template's file says what its rule decides.

import { checkBehaviourSettings, type BehaviourProblem } from './problems';
import { describeBehaviour } from './describe';
import type { BehaviourLocale, BehaviourSettings } from './settings';
import { sourceCtes, withClause, type BehaviourInput } from './source-sql';
import { browsersWithoutPurchaseQuery } from './templates/browsers-without-purchase';
import { cartAbandonersQuery } from './templates/cart-abandoners';
import { categoryLoyalistsQuery } from './templates/category-loyalists';
import { discountOnlyBuyersQuery } from './templates/discount-only-buyers';
import { preferredChannelQuery } from './templates/preferred-channel';
import type { RuleQuery } from './templates/rule-query';

export type BehaviourCompiled = { sql: string } | { problem: BehaviourProblem };

/** Output columns per rule, in order (last_cart_category only when a category is bound). */
export function behaviourOutputColumns(settings: BehaviourSettings): string[] {
  switch (settings.rule) {
    case 'cart_abandoners':
      return ['customer', 'abandoned_carts', 'last_cart_at', ...(settings.columns.category ? ['last_cart_category'] : [])];
    case 'browsers_without_purchase':
      return ['customer', 'views', 'last_view_at'];
    case 'category_loyalists':
      return ['customer', 'category', 'category_events', 'events', 'share'];
    case 'discount_only_buyers':
      return ['customer', 'orders', 'discounted_orders', 'share', 'last_order_at'];
    case 'preferred_channel':
      return ['customer', 'channel', 'channel_events', 'events', 'share'];
  }
}

function ruleQuery(settings: BehaviourSettings, input: BehaviourInput): RuleQuery {
  switch (settings.rule) {
    case 'cart_abandoners':
      return cartAbandonersQuery(settings, input);
    case 'browsers_without_purchase':
      return browsersWithoutPurchaseQuery(settings, input);
    case 'category_loyalists':
      return categoryLoyalistsQuery(settings);
    case 'discount_only_buyers':
      return discountOnlyBuyersQuery(settings, input);
    case 'preferred_channel':
      return preferredChannelQuery(settings);
  }
}

/** The rule's SELECT, headed by its description in `locale`, or the first problem with the settings. */
export function compileBehaviour(settings: BehaviourSettings, input: BehaviourInput, locale: BehaviourLocale = 'en'): BehaviourCompiled {
  const problem = checkBehaviourSettings(settings, input.columns);
  if (problem) return { problem };
  const { ctes, select } = ruleQuery(settings, input);
  // The description holds only fixed words and numbers; line breaks are removed all the same
  // so that nothing can ever end the comment.
  const comment = `-- ${describeBehaviour(settings, locale).replace(/[\r\n]+/g, ' ')}`;
  return { sql: `${comment}\n${withClause([...sourceCtes(settings, input), ...ctes])}\n${select}` };
}
