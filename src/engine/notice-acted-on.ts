import type { NoticeStage } from './course.js';
import type { EventType } from './planned-event.js';

/**
 * Of one party's notices, the one an event acts on. A suspended notice does not bar a fresh
 * one (in Tokyo's view of 2020, stopping a renewal needed a new notice), so a party may have
 * one of each: a resumption acts on the suspended one; a suspension or a retraction on the
 * pending one, else the suspended one; only a pending notice bars a new notice.
 * noticeActedOn([KR 2019-08-23 suspended, KR 2020-08-24 pending], 'resumption') → the 2019 notice
 */
export function noticeActedOn<T extends { readonly stage: NoticeStage }>(notices: readonly T[], type: EventType): T | undefined {
  const open = notices.filter(({ stage }) => stage.state === 'pending' || stage.state === 'suspended');
  const wanted = type === 'resumption' ? 'suspended' : 'pending';
  return open.find(({ stage }) => stage.state === wanted) ?? (type === 'notice' ? undefined : open[0]);
}
