/**
 * How a demo case arrives: what kind of request it is (read from the subject's wording), how
 * urgent, through which channel, and who left which contact details. Hand-written rules: nothing
 * is learnt from the messages.
 */
import type { CaseKind, Channel, Urgency } from '@huying/core';
import { syntheticMobile } from './phones.js';
import { givenNames, surnames } from './phrases.js';
import type { Random } from './random.js';

/** The subject says what the resident wants; the body tells a plea for help from a complaint. */
export function kindOfRequest(subject: string, body: string): CaseKind {
  if (/表扬|感谢|点赞|致谢|锦旗|称赞|赞扬/.test(subject)) return 'praise';
  if (/咨询|请问|询问|问一下|问问/.test(subject)) return 'consultation';
  if (/求助|求救|救救|帮帮|帮助|帮忙|救命|困难|救助|帮扶|无力|看病难|无家可归/.test(subject)) return 'help';
  if (/建议|提议|倡议|呼吁|希望|增设|增开|能否|可否/.test(subject)) return 'suggestion';
  if (/求助|帮帮|救救|请求帮助|走投无路|无依无靠|生活困难/.test(body)) return 'help';
  if (/是否|怎么办|如何|怎样|什么时候|何时|多久|哪里|吗[？?]?$|[？?]/.test(subject)) return 'consultation';
  return 'complaint';
}

const urgentSubject = /紧急|急需|危险|隐患|倒塌|坍塌|塌陷|火灾|起火|漏电|触电|漏气|燃气泄漏|爆炸|溺水|生命安全|停水|停电|断水|断电|被困|救命/;
const urgentBody = /火灾|起火|坍塌|倒塌|漏气|燃气泄漏|被困|触电/;

export function urgencyOf(subject: string, body: string): Urgency {
  return urgentSubject.test(subject) || urgentBody.test(body) ? 'urgent' : 'normal';
}

/**
 * Channel shares. Community matters come mostly from the grid members' patrols (the article's
 * 873 members collected 11,700 reports) and the sign on the building; departmental ones through
 * the sign, the hotline and the web.
 */
const localChannelWeights: Record<Channel, number> = { patrol: 45, qr: 30, hotline: 10, web: 6, kiosk: 4, counter: 3, open311: 2 };
const departmentalChannelWeights: Record<Exclude<Channel, 'patrol'>, number> = { qr: 30, hotline: 30, web: 19, kiosk: 8, counter: 7, open311: 6 };
const { patrol: _patrol, ...localResidentChannelWeights } = localChannelWeights;

/**
 * Grid members report what they find on patrol: problems in their grid, not consultations,
 * praise or departmental matters.
 */
export function channelOf(random: Random, kind: CaseKind, local: boolean): Channel {
  if (!local) return random.weighted(departmentalChannelWeights);
  const patrolFits = kind === 'complaint' || kind === 'suggestion' || kind === 'help';
  return random.weighted<Channel>(patrolFits ? localChannelWeights : localResidentChannelWeights);
}

/** Channels that put the building on the case by themselves (the sign, the grid member). */
export function channelKnowsBuilding(channel: Channel): boolean {
  return channel === 'qr' || channel === 'patrol';
}

export interface Contact {
  contactName: string | null;
  contactPhone: string | null;
}

/** Synthetic contact details: a surname and title, sometimes a full name; some residents stay anonymous. */
export function contactFor(random: Random, channel: Channel): Contact {
  if (channel === 'patrol' || random.chance(0.12)) return { contactName: null, contactPhone: null };
  const surname = random.pick(surnames);
  const contactName = random.chance(0.6) ? `${surname}${random.chance(0.5) ? '先生' : '女士'}` : `${surname}${random.pick(givenNames)}`;
  return { contactName, contactPhone: syntheticMobile(random) };
}
