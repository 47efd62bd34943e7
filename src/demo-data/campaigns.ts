// Marketing campaigns and the messages each consenting customer received, with opens, clicks and
// unsubscribes. Every campaign splits its audience 50/50 into variants A and B; only the
// AB_TEST_CAMPAIGN's variant B really performs better, so an A/B test cell has one finding to make.

import { ARCHETYPES } from './archetypes';
import { AS_OF, dayOf, dayStart } from './calendar';
import type { SimOrder } from './orders';
import type { CustomerProfile } from './profile';
import { exponential, uniformInt, type Random } from './random';

export type MessageChannel = 'email' | 'sms' | 'push' | 'kakao';

interface Campaign {
  id: string;
  day: number;
  hour: number;
  channel: MessageChannel;
  /** Share of the eligible audience targeted. */
  reach: number;
  /** app: push needs the app; lapsed: win-back, buyers with no order in the last 90 days. */
  audience: 'all' | 'app' | 'lapsed';
  /** Multiplier on variant B's click-through (1 = no real difference). */
  liftB: number;
}

const campaign = (id: string, date: [number, number, number], hour: number, channel: MessageChannel, reach: number, audience: Campaign['audience'] = 'all', liftB = 1): Campaign => ({
  id,
  day: dayOf(...date),
  hour,
  channel,
  reach,
  audience,
  liftB,
});

export const AB_TEST_CAMPAIGN = 'CMP-2511-BF';

export const CAMPAIGNS: readonly Campaign[] = [
  campaign('CMP-2301-SEOL', [2023, 1, 12], 10, 'kakao', 0.6),
  campaign('CMP-2303-SPRING', [2023, 3, 2], 11, 'email', 0.5),
  campaign('CMP-2305-FAMILY', [2023, 5, 1], 12, 'push', 0.8, 'app'),
  campaign('CMP-2307-SUMMER', [2023, 7, 10], 18, 'sms', 0.4),
  campaign('CMP-2309-CHUSEOK', [2023, 9, 14], 10, 'kakao', 0.6),
  campaign('CMP-2311-1111', [2023, 11, 10], 20, 'push', 0.8, 'app'),
  campaign('CMP-2311-BF', [2023, 11, 23], 9, 'email', 0.7),
  campaign('CMP-2401-SEOL', [2024, 1, 30], 10, 'kakao', 0.6),
  campaign('CMP-2404-SPRING', [2024, 4, 8], 11, 'email', 0.5),
  campaign('CMP-2406-MIDYEAR', [2024, 6, 19], 18, 'sms', 0.4),
  campaign('CMP-2408-WINBACK', [2024, 8, 20], 19, 'kakao', 0.9, 'lapsed'),
  campaign('CMP-2409-CHUSEOK', [2024, 9, 3], 10, 'kakao', 0.6),
  campaign('CMP-2411-1111', [2024, 11, 10], 20, 'push', 0.8, 'app'),
  campaign('CMP-2411-BF', [2024, 11, 28], 9, 'email', 0.7),
  campaign('CMP-2412-XMAS', [2024, 12, 16], 11, 'kakao', 0.5),
  campaign('CMP-2501-SEOL', [2025, 1, 16], 10, 'kakao', 0.6),
  campaign('CMP-2503-SPRING', [2025, 3, 3], 11, 'email', 0.5),
  campaign('CMP-2505-FAMILY', [2025, 5, 1], 12, 'push', 0.8, 'app'),
  campaign('CMP-2507-SUMMER', [2025, 7, 14], 18, 'sms', 0.4),
  campaign('CMP-2508-WINBACK', [2025, 8, 19], 19, 'kakao', 0.9, 'lapsed'),
  campaign('CMP-2509-CHUSEOK', [2025, 9, 24], 10, 'kakao', 0.6),
  campaign('CMP-2511-1111', [2025, 11, 10], 20, 'push', 0.8, 'app'),
  campaign(AB_TEST_CAMPAIGN, [2025, 11, 27], 10, 'kakao', 1, 'all', 1.7),
  campaign('CMP-2512-XMAS', [2025, 12, 15], 11, 'email', 0.6),
];

// Per channel: open rate (SMS opens are not trackable: null), click rate given an open (for SMS:
// of all sent), mean hours to open, unsubscribe rate per message.
const RATES: Record<MessageChannel, { open: number | null; click: number; openHours: number; unsubscribe: number }> = {
  email: { open: 0.2, click: 0.12, openHours: 6, unsubscribe: 0.004 },
  sms: { open: null, click: 0.025, openHours: 1, unsubscribe: 0.01 },
  push: { open: 0.08, click: 0.35, openHours: 0.5, unsubscribe: 0.003 },
  kakao: { open: 0.4, click: 0.2, openHours: 1.5, unsubscribe: 0.003 },
};

export interface SimMessage {
  campaign: string;
  variant: 'A' | 'B';
  channel: MessageChannel;
  sentAt: number;
  openedAt: number | null;
  clickedAt: number | null;
  unsubscribed: boolean;
}

function eligible(c: Campaign, p: CustomerProfile, orders: readonly SimOrder[]): boolean {
  if (p.signupDay >= c.day) return false;
  if (c.channel === 'push' && p.device !== 'app') return false;
  if (c.audience !== 'lapsed') return true;
  const before = orders.filter((o) => o.at < dayStart(c.day));
  return before.length > 0 && before[before.length - 1]!.at < dayStart(c.day - 90);
}

export function simulateMessages(p: CustomerProfile, orders: readonly SimOrder[], r: Random): SimMessage[] {
  if (!p.consent) return []; // advertising messages need consent (정보통신망법)
  const out: SimMessage[] = [];
  for (const c of CAMPAIGNS) {
    if (!eligible(c, p, orders) || r() >= c.reach) continue;
    const variant = r() < 0.5 ? 'A' : 'B';
    const active = p.spells.some((s) => s.from <= c.day && c.day < s.to);
    // Lapsed customers still get messages but rarely react, and are likelier to unsubscribe.
    const engagement = ARCHETYPES[p.archetype].engagement * (active ? 1 : 0.4);
    const rates = RATES[c.channel];
    const sentAt = dayStart(c.day) + c.hour * 3600 + uniformInt(r, 0, 1800);
    const later = (t: number, hours: number) => Math.min(AS_OF - 1, t + Math.round(exponential(r, hours * 3600)));
    const opened = rates.open === null ? false : r() < Math.min(0.95, rates.open * Math.sqrt(engagement));
    const openedAt = opened ? later(sentAt, rates.openHours) : null;
    const canClick = rates.open === null || opened;
    const click = rates.click * Math.sqrt(engagement) * (variant === 'B' ? c.liftB : 1);
    const clickedAt = canClick && r() < Math.min(0.95, click) ? later(openedAt ?? sentAt, openedAt === null ? rates.openHours : 0.05) : null;
    const unsubscribed = r() < rates.unsubscribe * (active ? 1 : 2);
    out.push({ campaign: c.id, variant, channel: c.channel, sentAt, openedAt, clickedAt, unsubscribed });
    if (unsubscribed) break; // 수신거부: no further marketing messages
  }
  return out;
}
