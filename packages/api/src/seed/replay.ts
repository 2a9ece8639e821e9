/**
 * Replaying a demo case through the core state machine. The seeder stores steps with unit keys;
 * here they become core commands with `UnitRef`s and run through `decide`/`evolve`, so every
 * stored history is one the platform itself would have accepted. The builder uses this to check
 * each case it writes, and the database seeder to produce the events it inserts.
 */
import {
  childPath,
  decide,
  evolve,
  initialCaseState,
  type Actor,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type UnitRef,
} from '@huying/core';
import type { DemoActor, DemoCase, DemoCommand, DemoStep, DemoUnit } from './types.js';

/**
 * The units of a demo city as the core sees them: `UnitRef`s found by unit key (as steps name
 * them) or by id (as case states hold them). `idOf` maps a key to the id the refs carry: the key
 * itself by default, database ids when seeding.
 */
export class UnitDirectory {
  private readonly refsByKey = new Map<string, UnitRef>();
  private readonly refsById = new Map<string, UnitRef>();

  constructor(units: readonly DemoUnit[], idOf: (key: string) => string = (key) => key) {
    for (const unit of units) {
      const parent = unit.parentKey === null ? null : this.refsByKey.get(unit.parentKey);
      if (parent === undefined) throw new Error(`unit ${unit.key} is listed before its parent ${unit.parentKey}`);
      const id = idOf(unit.key);
      const ref: UnitRef = { id, kind: unit.kind, parentId: parent?.id ?? null, path: childPath(parent, id) };
      this.refsByKey.set(unit.key, ref);
      this.refsById.set(id, ref);
    }
  }

  byKey(key: string): UnitRef {
    const ref = this.refsByKey.get(key);
    if (!ref) throw new Error(`no unit with key ${key}`);
    return ref;
  }

  byId(id: string): UnitRef {
    const ref = this.refsById.get(id);
    if (!ref) throw new Error(`no unit with id ${id}`);
    return ref;
  }
}

export function toCaseCommand(command: DemoCommand, units: UnitDirectory): CaseCommand {
  const unit = (key: string) => units.byKey(key);
  switch (command.type) {
    case 'dispatch':
      return { type: 'dispatch', to: unit(command.toKey), ...(command.note !== undefined && { note: command.note }) };
    case 'escalate':
      return { type: 'escalate', to: unit(command.toKey), reason: command.reason };
    case 'start_joint':
      return {
        type: 'start_joint',
        lead: unit(command.leadKey),
        parts: command.parts.map((part) => ({ unit: unit(part.unitKey), share: part.share, dueAt: part.dueAt })),
        ...(command.meeting !== undefined && { meeting: command.meeting }),
      };
    case 'reopen':
      return { type: 'reopen', reason: command.reason, ...(command.toKey !== undefined && { to: unit(command.toKey) }) };
    default:
      return command;
  }
}

export function toActor(actor: DemoActor, units: UnitDirectory): Actor {
  if (actor.type !== 'staff') return actor;
  return { type: 'staff', accountId: `demo-staff-${actor.unitKey}`, unit: units.byKey(actor.unitKey) };
}

export class DemoReplayError extends Error {
  constructor(
    readonly caseKey: string,
    readonly stepIndex: number,
    reason: string,
  ) {
    super(`case ${caseKey}, step ${stepIndex + 1}: ${reason}`);
    this.name = 'DemoReplayError';
  }
}

/** Applies one step to a case's state, or throws with the state machine's reason. */
export function applyDemoStep(
  state: CaseState,
  step: DemoStep,
  units: UnitDirectory,
  where: { caseKey: string; stepIndex: number },
): { state: CaseState; event: CaseEvent } {
  const decision = decide(state, toCaseCommand(step.command, units), {
    actor: toActor(step.actor, units),
    holder: units.byId(state.holderUnitId),
    now: step.at,
  });
  if (!decision.ok) throw new DemoReplayError(where.caseKey, where.stepIndex, `${step.command.type}: ${decision.refusal.reason}`);
  return { state: evolve(state, decision.event), event: decision.event };
}

/** Runs a case's whole history; the final state is where the case stands at `now`. */
export function replayDemoCase(demoCase: DemoCase, units: UnitDirectory): { state: CaseState; events: CaseEvent[] } {
  let state = initialCaseState(demoCase.kind, units.byKey(demoCase.intakeUnitKey).id);
  const events: CaseEvent[] = [];
  demoCase.steps.forEach((step, stepIndex) => {
    const applied = applyDemoStep(state, step, units, { caseKey: demoCase.key, stepIndex });
    state = applied.state;
    events.push(applied.event);
  });
  return { state, events };
}
