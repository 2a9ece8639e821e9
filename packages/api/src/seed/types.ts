/**
 * The demo city as plain data: what the seeder inserts. Everything refers to everything else by
 * stable string keys, never by database ids, so the same build can be inserted into any database
 * and inserted again without creating duplicates.
 */
import type { CaseCommand, CaseKind, Channel, UnitKind, Urgency } from '@huying/core';

export type DemoScale = 'demo' | 'full';

export interface DemoCityOptions {
  /** The folder holding `messages/` and `service-guides/` (the shared real data). */
  dataDir: string;
  scale: DemoScale;
  /** The moment the history ends: nothing in the build happens after it. */
  now: Date;
  /** Changes every random choice; the same seed gives the same city. */
  seed?: number;
}

export interface DemoCityInfo {
  id: 'zhaoyuan';
  name: '招远市';
  nameEn: 'Zhaoyuan';
  province: '山东省';
  timeZone: 'Asia/Shanghai';
  hotline: string;
}

export interface DemoPhone {
  label: string;
  number: string;
}

export interface DemoUnit {
  key: string;
  kind: UnitKind;
  name: string;
  nameEn?: string;
  /** Always the key of a unit listed earlier. */
  parentKey: string | null;
  phones: DemoPhone[];
}

export interface DemoBuilding {
  key: string;
  name: string;
  address: string;
  gridKey: string;
  propertyKey: string | null;
  latitude: number;
  longitude: number;
}

export interface DemoCategory {
  /** Stable across builds: positions in the taxonomy file, e.g. `01.02.03`. */
  code: string;
  level1: string;
  level2: string;
  level3: string;
  /**
   * The department that owns requests of this kind: such cases land at the city command centre,
   * which dispatches them. Null for community matters (they land at the building's grid) and for
   * matters the command centre handles itself.
   */
  ownerKey: string | null;
}

/** A case command as the seeder stores it: unit references are unit keys. */
export type DemoCommand =
  | Exclude<CaseCommand, { type: 'dispatch' | 'escalate' | 'start_joint' | 'reopen' }>
  | { type: 'dispatch'; toKey: string; note?: string }
  | { type: 'escalate'; toKey: string; reason: string }
  | {
      type: 'start_joint';
      leadKey: string;
      parts: { unitKey: string; share: string; dueAt: string | null }[];
      meeting?: { heldAt: string; attendees: string[]; decisions: string };
    }
  | { type: 'reopen'; reason: string; toKey?: string };

export type DemoActor = { type: 'resident' } | { type: 'system' } | { type: 'staff'; unitKey: string };

export interface DemoStep {
  /** ISO 8601, never after `now`, never before the previous step. */
  at: string;
  actor: DemoActor;
  command: DemoCommand;
}

export interface DemoCase {
  /** From the source message id, e.g. `msg-2549`. */
  key: string;
  kind: CaseKind;
  channel: Channel;
  urgency: Urgency;
  categoryCode: string;
  buildingKey: string | null;
  address: string | null;
  title: string;
  description: string;
  contactName: string | null;
  contactPhone: string | null;
  createdAt: string;
  intakeUnitKey: string;
  steps: DemoStep[];
}

export interface DemoCity {
  city: DemoCityInfo;
  units: DemoUnit[];
  buildings: DemoBuilding[];
  categories: DemoCategory[];
  cases: DemoCase[];
}

