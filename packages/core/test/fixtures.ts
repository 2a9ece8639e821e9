import {
  chineseStatutoryHolidays,
  defaultLoopPolicy,
  loopTiming,
  ordinarySlaRule,
  type LoopPolicy,
  type LoopTiming,
  type SlaRule,
  type UnitKind,
  type UnitRef,
  type WorkingCalendar,
} from '../src/index.js';

/** A small city: enough levels and branches to exercise every routing rule. */
function tree() {
  const units: Record<string, UnitRef> = {};
  const add = (id: string, kind: UnitKind, parentId: string | null) => {
    const parent = parentId ? units[parentId] : undefined;
    units[id] = { id, kind, parentId, path: parent ? [...parent.path, id] : [id] };
  };
  add('city', 'city', null);
  add('street-a', 'street', 'city');
  add('street-b', 'street', 'city');
  add('community-a1', 'community', 'street-a');
  add('community-b1', 'community', 'street-b');
  add('grid-a1-1', 'grid', 'community-a1');
  add('grid-b1-1', 'grid', 'community-b1');
  add('dept-water', 'department', 'city');
  add('dept-housing', 'department', 'city');
  add('property-a1', 'property', 'community-a1');
  return units;
}

export const units = tree();
export const unit = (id: string): UnitRef => {
  const found = units[id];
  if (!found) throw new Error(`no unit ${id}`);
  return found;
};
export const unitIds = Object.keys(units);

export const shanghaiCalendar: WorkingCalendar = {
  timeZone: 'Asia/Shanghai',
  workingHours: defaultLoopPolicy.workingHours,
  years: chineseStatutoryHolidays,
};

/** The time limits of an ordinary case on the default policy, unless told otherwise. */
export const timing = (rule: SlaRule = ordinarySlaRule, policy: Partial<LoopPolicy> = {}): LoopTiming =>
  loopTiming({ ...defaultLoopPolicy, ...policy }, shanghaiCalendar, rule);

/** An instant from local Shanghai time, as the core stores instants. */
export const shanghai = (local: string) => new Date(`${local}+08:00`).toISOString();
