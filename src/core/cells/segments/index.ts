// The segment cells beyond RFM: lifecycle states, behaviour rules, and segment profiles with
// persona cards. Each reads one chosen input and compiles at run time (core/cells/derived.ts).

import { segbookError, type SegbookError } from '../../errors';
import { defaultCleanSettings } from '../../clean/schema';
import { defaultJoinSettings } from '../../join/defaults';
import { defaultBehaviourSettings } from '../../segments/behaviour/defaults';
import { defaultLifecycleSettings } from '../../segments/lifecycle/defaults';
import { defaultPersonaSettings } from '../../segments/persona/defaults';
import { defaultProfileSettings } from '../../segments/profile/defaults';
import type { BehaviourCell, CleanCell, JoinCell, LifecycleCell, ProfileCell, ProfileCellSettings } from '../../workbook/types';

export const lifecycleDefaultName = 'lifecycle';
export const behaviourDefaultName = 'behaviour';
export const profileDefaultName = 'profile';
export const cleanDefaultName = 'cleaned';
export const joinDefaultName = 'joined';
export const defaultCleanCellSettings = () => defaultCleanSettings();
export const defaultJoinCellSettings = () => defaultJoinSettings();

export const defaultLifecycleCellSettings = () => defaultLifecycleSettings();
export const defaultBehaviourCellSettings = () => defaultBehaviourSettings('cart_abandoners');
export function defaultProfileCellSettings(): ProfileCellSettings {
  return { profile: defaultProfileSettings(), persona: defaultPersonaSettings() };
}

export function validateSingleInput(cell: LifecycleCell | BehaviourCell | ProfileCell | CleanCell | JoinCell): SegbookError | null {
  if (cell.inputs.length === 0) return segbookError('cell.noInput', { name: cell.name });
  return null;
}
