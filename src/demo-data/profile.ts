// One customer's hidden profile (archetype, habits, spend level) and their customers row.

import { ARCHETYPES, ARCHETYPE_NAMES, ARCHETYPE_SHARES, DAYS_PER_MONTH, REACTIVATED_LAST_SIGNUP, planSpells, type Archetype, type Spell } from './archetypes';
import { DAYS, SHOPPING_DAYS, dayStart, sampleDay } from './calendar';
import { CATEGORIES, DEVICES, REGION_NAMES, REGION_WEIGHTS, SIGNUP_CHANNELS, SIGNUP_CHANNEL_SHARE, type Device } from './catalog';
import { normal, pickWeighted, type Random } from './random';
import type { Row } from './schema';

export interface CustomerProfile {
  id: number;
  archetype: Archetype;
  /** Day index of sign-up; negative for members who joined before 2023. */
  signupDay: number;
  age: number | null;
  gender: 'F' | 'M' | null;
  region: string;
  signupChannel: string;
  device: Device;
  consent: boolean;
  /** Habitual time of day: index into TIME_SLOT_HOURS / PREFERRED_TIMES. */
  timeSlot: number;
  /** Favourite category: index into CATEGORIES. */
  favourite: number;
  /** Typical basket in KRW; log-normal across customers, which makes spend heavy-tailed. */
  spendLevel: number;
  /** Chance an order uses a coupon or sale price outside promotion windows. */
  discountPropensity: number;
  ordersPerDay: number;
  spells: Spell[];
}

// The median customer's typical basket: around 30,000 KRW.
const MEDIAN_BASKET = 30_000;
const SPEND_SPREAD = 0.4;

function sampleAge(r: Random): number | null {
  if (r() < 0.12) return null; // not every member fills in a birth year
  const age = Math.round(36 + 11 * normal(r));
  return Math.min(75, Math.max(18, age));
}

function sampleGender(r: Random): 'F' | 'M' | null {
  const u = r();
  return u < 0.56 ? 'F' : u < 0.93 ? 'M' : null;
}

function sampleDevice(r: Random, age: number | null): Device {
  // Younger members live in the app; older ones use a desktop more.
  const shares = age === null ? [0.5, 0.2, 0.3] : age < 30 ? [0.5, 0.12, 0.38] : age < 50 ? [0.5, 0.2, 0.3] : [0.45, 0.35, 0.2];
  return DEVICES[pickWeighted(r, shares)]!;
}

function sampleFavourite(r: Random, gender: 'F' | 'M' | null, age: number | null): number {
  const weights = CATEGORIES.map((c) => {
    let w = 1;
    if (gender === 'F') w *= c === '뷰티' ? 1.8 : c === '패션' ? 1.3 : c === '가전' ? 0.6 : c === '스포츠' ? 0.7 : 1;
    if (gender === 'M') w *= c === '가전' ? 1.8 : c === '스포츠' ? 1.6 : c === '뷰티' ? 0.3 : c === '패션' ? 0.8 : 1;
    if (age !== null && age >= 28 && age <= 45 && c === '유아') w *= 2;
    if (age !== null && age >= 50) w *= c === '식품' ? 1.5 : c === '생활' ? 1.3 : 1;
    return w;
  });
  return pickWeighted(r, weights);
}

// A third of the members joined before the data starts (2019-2022, more of them recently), so the
// shop has a customer base on 2023-01-01 instead of growing from nothing.
const EXISTING_MEMBER_SHARE = 0.3;
const EXISTING_MEMBER_DAYS = 4 * 365;

function sampleSignupDay(r: Random, archetype: Archetype): number {
  // Reactivated members must show their first spell inside the data, so they join from 2023 on.
  if (archetype !== 'reactivated' && r() < EXISTING_MEMBER_SHARE) return -1 - Math.floor(EXISTING_MEMBER_DAYS * r() * r());
  const last = archetype === 'reactivated' ? REACTIVATED_LAST_SIGNUP : DAYS;
  return sampleDay(r, SHOPPING_DAYS, 0, last);
}

export function simulateProfile(r: Random, id: number): CustomerProfile {
  const archetype = ARCHETYPE_NAMES[pickWeighted(r, ARCHETYPE_SHARES)]!;
  const spec = ARCHETYPES[archetype];
  const signupDay = sampleSignupDay(r, archetype);
  const age = sampleAge(r);
  const gender = sampleGender(r);
  const signupChannel = SIGNUP_CHANNELS[pickWeighted(r, SIGNUP_CHANNEL_SHARE)]!;
  const [lo, hi] = spec.ordersPerMonth;
  const ordersPerMonth = lo === 0 ? 0 : lo * Math.pow(hi / lo, r());
  return {
    id,
    archetype,
    signupDay,
    age,
    gender,
    region: REGION_NAMES[pickWeighted(r, REGION_WEIGHTS)]!,
    signupChannel,
    device: sampleDevice(r, age),
    consent: r() < (signupChannel === 'kakao' ? 0.75 : 0.58),
    timeSlot: pickWeighted(r, [0.12, 0.2, 0.5, 0.18]),
    favourite: sampleFavourite(r, gender, age),
    spendLevel: MEDIAN_BASKET * Math.exp(spec.spendOffset + SPEND_SPREAD * normal(r)),
    discountPropensity: archetype === 'discount_only' ? 1 : 0.05 + 0.4 * r() * r(),
    ordersPerDay: ordersPerMonth / DAYS_PER_MONTH,
    spells: planSpells(archetype, r, signupDay),
  };
}

export function customerRow(p: CustomerProfile): Row {
  return [p.id, dayStart(p.signupDay), p.age, p.gender, p.region, p.signupChannel, p.device, p.consent];
}
