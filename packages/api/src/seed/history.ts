/**
 * The demo city's case history. Every message with an official reply becomes a case placed in the
 * last six months: it lands where the platform would put it, moves through the loop the way
 * Zhaoyuan's cases do (accepted, answered, escalated community → street → city, dispatched to a
 * department, returned and ruled on, handled jointly), is resolved with the real reply after the
 * real handling time, then rated — mostly satisfied, sometimes not, and then reopened and
 * handled again. Messages without a reply become the cases still open at `now`, stopped at
 * whatever point their handling has reached.
 */
import type { CaseKind, Channel, RatingLevel } from '@huying/core';
import type { BuildingRecord } from './buildings.js';
import { channelKnowsBuilding, channelOf, contactFor, kindOfRequest, urgencyOf } from './intake.js';
import { localizeText, type CasePlaces } from './localize.js';
import { cityUnitKey, zhaoyuanStreets } from './org-chart.js';
import * as phrases from './phrases.js';
import type { Random } from './random.js';
import { replayDemoCase, type UnitDirectory } from './replay.js';
import { isEvaluationMessage, wallClockDifference, type SourceMessage } from './sources.js';
import type { CategoryMatcher, CategoryRoute } from './taxonomy.js';
import {
  automaticCloseTime,
  day,
  hour,
  isoTime,
  minute,
  placeInHistory,
  placeNear,
  residentMoment,
  schedule,
  type PlannedStep,
  type StepTiming,
} from './timeline.js';
import type { DemoActor, DemoCase, DemoCommand, DemoStep, DemoUnit } from './types.js';
import { WordFinder } from './word-finder.js';

export interface HistoryInput {
  random: Random;
  now: Date;
  /** How many cases are still open at `now`, beyond the historical ones that happen to be. */
  openCaseCount: number;
  messages: readonly SourceMessage[];
  categories: readonly CategoryRoute[];
  matcher: CategoryMatcher;
  units: readonly DemoUnit[];
  directory: UnitDirectory;
  buildings: readonly BuildingRecord[];
}

/** Real handling times are kept between these bounds: a reply never comes in minutes, nor after a season. */
const shortestHandling = 2 * hour;
const longestHandling = 21 * day;
/** How long a resident may rate a reply before the nightly job closes the case. */
const ratingPeriod = 7 * day;

/**
 * The article's figures: 95.9 % satisfied at the first resolution, 99.6 % in the end. A first
 * reply is judged unsatisfying 4.1 % of the time; nearly all of those are reopened, and a second
 * handling rarely fails.
 */
const ratingOdds = {
  firstRound: { unsatisfied: 0.041, basically_satisfied: 0.14 },
  laterRound: { unsatisfied: 0.03, basically_satisfied: 0.25 },
  /** After a reopening, staff call the resident back for the rating (回访), so nearly all rate. */
  residentRates: { firstRound: 0.88, laterRound: 0.98 },
  unsatisfiedReopens: 0.97,
} as const;

/**
 * How long the quick moves take, whatever the case: the platform's time limits are hours for
 * accepting and routing. The deadline sweep escalates a case nobody accepted in about 4–6 hours.
 */
const quick = {
  accept: [5 * minute, 3 * hour],
  respond: [10 * minute, 6 * hour],
  dispatch: [10 * minute, 4 * hour],
  escalate: [30 * minute, 20 * hour],
  systemEscalate: [4 * hour, 6 * hour],
  return: [1 * hour, 20 * hour],
  rule: [20 * minute, 4 * hour],
  startJoint: [4 * hour, 36 * hour],
  hold: [1 * hour, 12 * hour],
} as const;

/** How the real handling time is shared among the steps that wait on work: the reply gets the most. */
const work = { note: 1.5, resume: 2, report: 2, resolve: 3 } as const;

type RouteName =
  | 'grid'
  | 'community'
  | 'property'
  | 'street'
  | 'streetJoint'
  | 'cityFromGrid'
  | 'consultOnSpot'
  | 'department'
  | 'wrongDepartment'
  | 'returnRejected'
  | 'cityJoint'
  | 'downToStreet'
  | 'cityAnswers';

/** The tree as the history needs it: names, parents, and which departments handle anything. */
class CityIndex {
  private readonly units = new Map<string, DemoUnit>();
  /** Departments that handle some category, by the level 1 of their categories; `*` holds them all. */
  private readonly departmentsByLevel1 = new Map<string, string[]>();
  readonly estates: WordFinder;
  readonly buildingsByEstate = new Map<string, BuildingRecord[]>();

  constructor(
    units: readonly DemoUnit[],
    categories: readonly CategoryRoute[],
    readonly buildings: readonly BuildingRecord[],
  ) {
    for (const unit of units) this.units.set(unit.key, unit);
    for (const category of categories) {
      if (!category.departmentKey) continue;
      for (const group of [category.level1, '*']) {
        const list = this.departmentsByLevel1.get(group) ?? [];
        if (!list.includes(category.departmentKey)) list.push(category.departmentKey);
        this.departmentsByLevel1.set(group, list);
      }
    }
    for (const building of buildings) {
      const list = this.buildingsByEstate.get(building.estate) ?? [];
      list.push(building);
      this.buildingsByEstate.set(building.estate, list);
    }
    this.estates = new WordFinder(this.buildingsByEstate.keys());
  }

  name(key: string): string {
    return this.units.get(key)?.name ?? key;
  }

  parent(key: string): string {
    const parentKey = this.units.get(key)?.parentKey;
    if (!parentKey) throw new Error(`unit ${key} has no parent`);
    return parentKey;
  }

  kind(key: string) {
    return this.units.get(key)?.kind;
  }

  /**
   * Departments a case of this category could plausibly go to besides `besides`: the ones handling
   * the same level 1 (where a wrong dispatch or a co-handler usually comes from), else any.
   */
  relatedDepartments(category: CategoryRoute, besides: string | null): string[] {
    const others = (group: string) => (this.departmentsByLevel1.get(group) ?? []).filter((key) => key !== besides);
    const related = others(category.level1);
    return related.length > 0 ? related : others('*');
  }

  siblingsOf(key: string): string[] {
    const parentKey = this.units.get(key)?.parentKey;
    return [...this.units.values()].filter((unit) => unit.parentKey === parentKey && unit.key !== key && unit.kind === this.kind(key)).map((unit) => unit.key);
  }
}

/**
 * Plans one handling round: each method issues a command as the unit that may issue it and
 * follows the case to its next holder, the way the state machine will.
 */
class RoutePlan {
  readonly steps: PlannedStep[] = [];

  constructor(
    public holder: string,
    private readonly city: CityIndex,
    private readonly random: Random,
  ) {}

  private staff(unitKey: string, command: PlannedStep['command'], timing: StepTiming) {
    this.steps.push({ actor: { type: 'staff', unitKey }, command, timing });
  }

  accept() {
    this.staff(this.holder, { type: 'accept' }, { quick: quick.accept });
  }

  respond() {
    const message = this.random.pick(phrases.firstResponses)(this.city.name(this.holder));
    this.staff(this.holder, { type: 'respond', message }, { quick: quick.respond });
  }

  /** Accept and answer the resident first, with now and then a progress note or a pause for details. */
  takeOn() {
    this.accept();
    this.respond();
    if (this.random.chance(0.2)) {
      this.staff(this.holder, { type: 'note', message: this.random.pick(phrases.progressNotes), visibleToResident: this.random.chance(0.6) }, { work: work.note });
    }
    if (this.random.chance(0.05)) {
      this.staff(this.holder, { type: 'hold', reason: this.random.pick(phrases.holdReasons) }, { quick: quick.hold });
      this.steps.push({ actor: { type: 'resident' }, command: { type: 'resume', note: this.random.pick(phrases.resumeNotes) }, timing: { work: work.resume } });
    }
  }

  escalate(reason: string, options: { automatic?: boolean } = {}) {
    const toKey = this.city.parent(this.holder);
    const actor: DemoActor = options.automatic ? { type: 'system' } : { type: 'staff', unitKey: this.holder };
    this.steps.push({ actor, command: { type: 'escalate', toKey, reason }, timing: { quick: options.automatic ? quick.systemEscalate : quick.escalate } });
    this.holder = toKey;
  }

  /** From the intake grid up to `levels` levels: the grid accepts and climbs, or the deadline sweep does it. */
  climbFromGrid(levels: number) {
    for (let level = 0; level < levels; level++) {
      const kind = this.city.kind(this.holder);
      if (level === 0 && this.random.chance(0.04)) {
        this.escalate(phrases.automaticEscalationReason, { automatic: true });
        continue;
      }
      this.accept();
      const reasons = kind === 'grid' ? phrases.escalationReasons.grid : kind === 'community' ? phrases.escalationReasons.community : phrases.escalationReasons.street;
      this.escalate(this.random.pick(reasons));
    }
  }

  dispatch(toKey: string) {
    const note = this.random.chance(0.7) ? this.random.pick(phrases.dispatchNotes) : undefined;
    this.staff(this.holder, { type: 'dispatch', toKey, ...(note && { note }) }, { quick: quick.dispatch });
    this.holder = toKey;
  }

  /** The receiver sends the case back to the unit that dispatched it. */
  returnTo(dispatcherKey: string, reason: string) {
    this.staff(this.holder, { type: 'return', reason }, { quick: quick.return });
    this.holder = dispatcherKey;
  }

  ruleReturn(upheld: boolean, returnedByKey: string) {
    const note = this.random.pick(upheld ? phrases.returnUpheldNotes : phrases.returnRejectedNotes);
    this.staff(this.holder, { type: 'rule_return', upheld, note }, { quick: quick.rule });
    if (!upheld) this.holder = returnedByKey;
  }

  /** The holder convenes a joint handling; each co-unit reports its share, most in time. */
  joint(leadKey: string, coUnitKeys: string[], meeting: boolean): { pendingParts: boolean } {
    const convener = this.holder;
    const shareFor = (key: string) => {
      const kind = this.city.kind(key);
      const shares = kind === 'department' ? phrases.jointShares.department : kind === 'street' ? phrases.jointShares.street : kind === 'property' ? phrases.jointShares.property : phrases.jointShares.community;
      return this.random.pick(shares);
    };
    const parts = coUnitKeys.map((unitKey) => ({ unitKey, share: shareFor(unitKey), dueInDays: this.random.int(3, 7) }));
    this.staff(
      convener,
      (at: number): DemoCommand => ({
        type: 'start_joint',
        leadKey,
        parts: parts.map((part) => ({ unitKey: part.unitKey, share: part.share, dueAt: isoTime(at + part.dueInDays * day) })),
        ...(meeting && {
          meeting: {
            heldAt: isoTime(at - 2 * hour),
            attendees: [convener, leadKey, ...coUnitKeys].map((key) => this.city.name(key)),
            decisions: phrases.jointDecisions(this.city.name(leadKey), coUnitKeys.map((key) => this.city.name(key))),
          },
        }),
      }),
      { quick: quick.startJoint },
    );
    this.holder = leadKey;
    let pendingParts = false;
    for (const part of parts) {
      if (this.random.chance(0.88)) this.staff(part.unitKey, { type: 'report_part', report: this.random.pick(phrases.partReports) }, { work: work.report });
      else pendingParts = true;
    }
    return { pendingParts };
  }

  resolve(reply: string, overrideReason?: string) {
    this.staff(this.holder, { type: 'resolve', reply, ...(overrideReason && { overrideReason }) }, { work: work.resolve });
  }
}

interface CaseFacts {
  kind: CaseKind;
  category: CategoryRoute;
  building: BuildingRecord | null;
  intakeKey: string;
}

function chooseRoute(facts: CaseFacts, random: Random, open: boolean): RouteName {
  const { category, building, kind } = facts;
  if (facts.intakeKey !== cityUnitKey) {
    const propertyFits = building?.propertyKey != null && /物业|小区|修缮|环境卫生|居民服务|园林绿化/.test(category.level3);
    return random.weighted<RouteName>({
      grid: 38,
      community: 20,
      property: propertyFits ? 26 : 0,
      street: 8,
      streetJoint: 3,
      cityFromGrid: 5,
    });
  }
  const owned = category.ownerKey !== null;
  return random.weighted<RouteName>({
    consultOnSpot: kind === 'consultation' && !open ? 45 : 0,
    department: owned ? 55 : 0,
    wrongDepartment: owned ? 6 : 0,
    returnRejected: owned ? 3 : 0,
    cityJoint: owned ? 6 : 0,
    downToStreet: building ? 8 : 0,
    cityAnswers: owned ? 4 : 30,
  });
}

/** Plans the first handling round along a route; the reply is the case's real one. */
function planFirstRound(route: RouteName, facts: CaseFacts, reply: string, city: CityIndex, random: Random): RoutePlan {
  const plan = new RoutePlan(facts.intakeKey, city, random);
  const otherDepartment = (besides: string | null) => random.pick(city.relatedDepartments(facts.category, besides));
  const supportDepartment = facts.category.departmentKey;

  switch (route) {
    case 'grid':
    case 'community':
    case 'street':
      // Handled where it lands, or one or two levels up: 社呼街应.
      plan.climbFromGrid({ grid: 0, community: 1, street: 2 }[route]);
      plan.takeOn();
      plan.resolve(reply);
      break;

    case 'property': {
      const propertyKey = facts.building?.propertyKey;
      if (!propertyKey) throw new Error('the property route needs a building with a property company');
      plan.climbFromGrid(1);
      // A company supervised by the street is reached through the street.
      if (city.parent(propertyKey) !== plan.holder) {
        plan.accept();
        plan.escalate(random.pick(phrases.escalationReasons.community));
      }
      const dispatcher = plan.holder;
      plan.accept();
      plan.dispatch(propertyKey);
      if (random.chance(0.1)) {
        plan.returnTo(dispatcher, random.pick(phrases.propertyReturnReasons));
        plan.ruleReturn(true, propertyKey);
        plan.respond();
      } else {
        plan.takeOn();
      }
      plan.resolve(reply);
      break;
    }

    case 'streetJoint': {
      plan.climbFromGrid(2);
      plan.accept();
      const communityKey = facts.building?.communityKey;
      if (!communityKey) throw new Error('a street joint handling needs the building community');
      const coUnits = [
        ...(supportDepartment ? [supportDepartment] : []),
        ...(facts.building?.propertyKey ? [facts.building.propertyKey] : []),
      ];
      if (coUnits.length === 0) coUnits.push(...city.siblingsOf(communityKey).slice(0, 1));
      if (coUnits.length === 0) {
        plan.respond();
        plan.resolve(reply);
        break;
      }
      const { pendingParts } = plan.joint(communityKey, coUnits, false);
      plan.resolve(reply, pendingParts ? phrases.jointOverrideReason : undefined);
      break;
    }

    case 'cityFromGrid':
      plan.climbFromGrid(3);
      plan.accept();
      plan.dispatch(supportDepartment ?? otherDepartment(null));
      plan.takeOn();
      plan.resolve(reply);
      break;

    case 'consultOnSpot':
      // 接诉即办: the information officer on duty answers from the knowledge base at once.
      plan.resolve(reply);
      break;

    case 'department':
    case 'wrongDepartment':
    case 'returnRejected': {
      const owner = facts.category.ownerKey ?? otherDepartment(null);
      if (random.chance(0.8)) plan.accept();
      if (route === 'wrongDepartment') {
        const wrong = otherDepartment(owner);
        plan.dispatch(wrong);
        plan.returnTo(cityUnitKey, random.pick(phrases.returnReasons)(city.name(wrong), city.name(owner)));
        plan.ruleReturn(true, wrong);
        plan.dispatch(owner);
      } else if (route === 'returnRejected') {
        plan.dispatch(owner);
        plan.returnTo(cityUnitKey, random.pick(phrases.returnReasons)(city.name(owner), city.name(otherDepartment(owner))));
        plan.ruleReturn(false, owner);
      } else {
        plan.dispatch(owner);
      }
      plan.takeOn();
      plan.resolve(reply);
      break;
    }

    case 'cityJoint': {
      const owner = facts.category.ownerKey ?? otherDepartment(null);
      plan.accept();
      const coUnits = [otherDepartment(owner), ...(facts.building ? [facts.building.streetKey] : [])];
      const { pendingParts } = plan.joint(owner, coUnits, true);
      plan.resolve(reply, pendingParts ? phrases.jointOverrideReason : undefined);
      break;
    }

    case 'downToStreet': {
      const building = facts.building;
      if (!building) throw new Error('dispatching down to a street needs the building');
      plan.accept();
      plan.dispatch(building.streetKey);
      plan.accept();
      plan.dispatch(building.communityKey);
      plan.takeOn();
      plan.resolve(reply);
      break;
    }

    case 'cityAnswers':
      plan.accept();
      plan.respond();
      plan.resolve(reply);
      break;
  }
  return plan;
}

/**
 * First ratings draw from an evenly spread sequence over the replied messages rather than
 * independently, so the few unsatisfied ones come out close to the article's share in every build
 * instead of wandering with the luck of the seed.
 */
const evenlySpread = (index: number) => ((index + 1) * 0.6180339887498949) % 1;

function ratingLevel(random: Random, round: number, firstRoundDraw: number): RatingLevel {
  const odds = round === 1 ? ratingOdds.firstRound : ratingOdds.laterRound;
  const draw = round === 1 ? firstRoundDraw : random.next();
  if (draw < odds.unsatisfied) return 'unsatisfied';
  if (draw < odds.unsatisfied + odds.basically_satisfied) return 'basically_satisfied';
  return 'satisfied';
}

/**
 * What follows a reply: the resident's rating (or none), the close, or — after an unsatisfied
 * rating — the reopening. Returns the reopening's reason and time when the case goes round again.
 */
function afterResolution(
  steps: DemoStep[],
  kind: CaseKind,
  resolver: string,
  round: number,
  random: Random,
  firstRoundDraw: number,
): { reopenedAt: number } | null {
  const resolvedAt = Date.parse(steps[steps.length - 1]?.at ?? '');
  const push = (at: number, actor: DemoActor, command: DemoCommand) => steps.push({ at: isoTime(Math.round(at / 1000) * 1000), actor, command });
  const closeAutomatically = () =>
    push(automaticCloseTime(resolvedAt, ratingPeriod), { type: 'system' }, { type: 'close', reason: phrases.closingNotes.automatic });

  // A consultation answered and a thank-you acknowledged are often closed at once.
  if ((kind === 'praise' || kind === 'consultation') && random.chance(kind === 'praise' ? 0.9 : 0.4)) {
    push(resolvedAt + random.between(5 * minute, 2 * hour), { type: 'staff', unitKey: resolver }, { type: 'close' });
    return null;
  }
  if (!random.chance(round === 1 ? ratingOdds.residentRates.firstRound : ratingOdds.residentRates.laterRound)) {
    closeAutomatically();
    return null;
  }
  const delay = random.weighted({ soon: 50, nextDay: 35, later: 15 });
  const ratedAt = residentMoment(
    resolvedAt,
    delay === 'soon' ? random.between(20 * minute, 6 * hour) : delay === 'nextDay' ? random.between(6 * hour, 30 * hour) : random.between(30 * hour, 3 * day),
    random,
  );
  const level = ratingLevel(random, round, firstRoundDraw);
  const comment = random.pick(phrases.ratingComments[level]);
  push(ratedAt, { type: 'resident' }, { type: 'rate', level, ...(comment && { comment }) });

  if (level === 'unsatisfied') {
    if (round === 1 && random.chance(ratingOdds.unsatisfiedReopens)) {
      const reopenedAt = ratedAt + random.between(1 * minute, 20 * minute);
      push(reopenedAt, { type: 'resident' }, { type: 'reopen', reason: comment ?? phrases.ratingComments.unsatisfied[0] });
      return { reopenedAt };
    }
    closeAutomatically();
    return null;
  }
  if (random.chance(0.4)) {
    push(ratedAt + random.between(10 * minute, 1 * day), { type: 'staff', unitKey: resolver }, { type: 'close', reason: phrases.closingNotes.staff });
  } else {
    closeAutomatically();
  }
  return null;
}

/** The handling time of a replied message, within sensible bounds; otherwise one drawn from the replied ones. */
function handlingTimeOf(message: SourceMessage): number | null {
  if (!message.replyTime) return null;
  const elapsed = wallClockDifference(message.time, message.replyTime);
  if (!(elapsed > 0)) return null;
  return Math.min(longestHandling, Math.max(shortestHandling, elapsed));
}

export function buildHistory(input: HistoryInput): DemoCase[] {
  const { random, matcher, directory } = input;
  const now = input.now.getTime();
  const city = new CityIndex(input.units, input.categories, input.buildings);
  const scheduleOptions = { roundTheClockUnitKey: cityUnitKey };

  // Open cases need handling times too; they borrow real ones, from the training split only.
  const realHandlingTimes = input.messages
    .filter((message) => !isEvaluationMessage(message.id))
    .flatMap((message) => {
      const handling = handlingTimeOf(message);
      return handling === null ? [] : [handling];
    });

  const replied = input.messages.filter((message) => message.reply !== null);
  const openCandidates = random
    .fork('open-cases')
    .shuffle(input.messages.filter((message) => message.reply === null && message.body.length >= 10 && message.body.length <= 2000))
    .slice(0, input.openCaseCount);

  const towns = zhaoyuanStreets.filter((street) => street.town).map((street) => street.name);
  const urbanStreets = zhaoyuanStreets.filter((street) => !street.town).map((street) => street.name);

  const buildCase = (message: SourceMessage, open: boolean, index: number): DemoCase => {
    const caseRandom = random.fork(`case:${message.id}`);
    const kind = kindOfRequest(message.subject, message.body);
    const { category } = matcher.match(message.subject, message.body, message.level1);
    const channel: Channel = channelOf(caseRandom, kind, category.local);
    const wantsBuilding = category.local || channelKnowsBuilding(channel) || caseRandom.chance(0.5);
    const building = wantsBuilding ? findBuilding(city, `${message.subject}${message.body}`, caseRandom) : null;
    const intakeKey = category.local && building ? building.gridKey : cityUnitKey;
    // With a building, every anonymised place in the text becomes the building's street or town.
    const places: CasePlaces = building
      ? { district: building.streetName, county: building.streetName }
      : { district: caseRandom.pick(urbanStreets), county: caseRandom.pick(towns) };
    const facts: CaseFacts = { kind, category, building, intakeKey };
    const route = chooseRoute(facts, caseRandom, open);
    const reply = message.reply ? withoutSigningDates(localizeText(message.reply, places)) : '';
    const plan = planFirstRound(route, facts, reply, city, caseRandom);

    let handling = handlingTimeOf(message) ?? caseRandom.pick(realHandlingTimes);
    if (route === 'consultOnSpot') handling = caseRandom.between(5 * minute, 40 * minute);
    const createdAt = open
      ? placeNear(message.time, now - handling * caseRandom.between(0.05, 0.95), now)
      : placeInHistory(message.time, now, caseRandom);

    let steps = schedule(createdAt, handling, plan.steps, caseRandom, scheduleOptions);
    if (open) {
      steps = steps.filter((step) => step.command.type !== 'resolve');
    } else {
      let resolver = plan.holder;
      for (let round = 1; ; round++) {
        const reopened = afterResolution(steps, kind, resolver, round, caseRandom, evenlySpread(index));
        if (!reopened) break;
        const again = new RoutePlan(resolver, city, caseRandom);
        again.takeOn();
        again.resolve(caseRandom.pick(phrases.followUpReplies)(city.name(resolver)));
        steps.push(...schedule(reopened.reopenedAt, caseRandom.between(1 * day, 5 * day), again.steps, caseRandom, scheduleOptions));
        resolver = again.holder;
      }
    }

    const contact = contactFor(caseRandom, channel);
    const demoCase: DemoCase = {
      key: `msg-${message.id}`,
      kind,
      channel,
      urgency: urgencyOf(message.subject, message.body),
      categoryCode: category.code,
      buildingKey: building?.key ?? null,
      address: building?.address ?? null,
      title: localizeText(message.subject, places),
      description: localizeText(message.body, places),
      ...contact,
      createdAt: isoTime(createdAt),
      intakeUnitKey: intakeKey,
      // What has not happened by `now` is not history yet.
      steps: steps.filter((step) => Date.parse(step.at) <= now),
    };
    // Every case is checked against the core state machine as it is built: a refusal is a bug here.
    replayDemoCase(demoCase, directory);
    return demoCase;
  };

  const cases = [
    ...replied.map((message, index) => buildCase(message, false, index)),
    ...openCandidates.map((message, index) => buildCase(message, true, index)),
  ];
  return cases.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.key.localeCompare(b.key));
}

/** The building a message is about: one in the estate it names, if the city has it; else any. */
function findBuilding(city: CityIndex, text: string, random: Random): BuildingRecord {
  // The longest name found wins over a shorter one it contains.
  const [estate] = [...city.estates.find(text)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const candidates = (estate && city.buildingsByEstate.get(estate)) || city.buildings;
  return random.pick(candidates);
}

/**
 * Official replies open or end with the date they were signed (2019年5月9日), which would
 * contradict the case's own timeline in the demo; the rest of the text stays as written.
 */
function withoutSigningDates(reply: string): string {
  const date = '\\d{4}年\\d{1,2}月\\d{1,2}日';
  const stripped = reply.replace(new RegExp(`^${date}\\s*`), '').replace(new RegExp(`[\\s，,。]*${date}[。.]?$`), '。');
  return stripped.replace(/。。$/, '。').trim() || reply;
}
