import { lastAtOrBefore, SpanIndex } from '../_lib/spans';
import { cleanQuoted, cleanValue, type Span, squash } from '../_lib/text';
import { WordList } from '../_lib/wordList';
import { isNamed, isOtherMeeting, type MeetingMention, meetingKey, takesPart } from '../extract/meetings';
import type { VenueMatch } from '../extract/venues';
import {
  EVENT_VERBS,
  HYBRID_WORDING,
  ON_SITE_WORDING,
  REMOTE_WORDING,
  STATEMENT_VERBS,
  THEME_OPENINGS,
  VISIT_WORDING,
} from '../grammar/meetings';
import { LEAD_OPENINGS } from '../grammar/page';
import type { DateRef, Meeting, MeetingMode, MeetingTime } from '../schema';

export interface TimeRef {
  text: string;
  span: Span;
  start: string;
  end: string | null;
}

export interface MeetingContext {
  input: string;
  title: Span | null;
  body: readonly Span[];
  mentions: readonly MeetingMention[];
  /** The dates a meeting can be held on: days and ranges of days, in document order. */
  dates: readonly DateRef[];
  times: readonly TimeRef[];
  venues: readonly VenueMatch[];
  /** Spans no meeting wording is read from (site chrome). */
  chrome: readonly Span[];
}

export interface ResolvedMeetings {
  meeting: Meeting | null;
  related: Meeting[];
}

const FOLLOWING_DATE_DISTANCE = 130;
const TIME_AFTER_DATE = 60;
const TIME_BEFORE_DATE = 40;
const VENUE_AFTER_MENTION = 220;
const VENUE_AFTER_DATE = 260;
const MAIN_MEETING_THRESHOLD = 3;
const MIN_CONTAINED_KEY = 8;
const MAX_FUZZY_GROUPS = 64;

interface MeetingGroup {
  key: string;
  mentions: MeetingMention[];
  score: number;
  /** What the mentions say, kept as sets so that matching a new mention costs the same each time. */
  ordinals: Set<number>;
  abbrs: Set<string>;
  englishNames: Set<string>;
}

/**
 * The refiner that turns meeting mentions into the report's meeting and its related meetings:
 * mentions of one meeting are merged; the meeting the report is about is the one the headline
 * and the lead sentence name, that someone takes part in; its date is the one written with it
 * (else the lead sentence's), its time the one beside that date, its venue the place after it,
 * its mode what the text says about how it was held.
 *
 * @example resolveMeetings(context).meeting?.nameTh // 'การประชุมเจ้าหน้าที่อาวุโสอาเซียน-ญี่ปุ่น'
 */
export function resolveMeetings(context: MeetingContext): ResolvedMeetings {
  const paragraphs = context.title ? [context.title, ...context.body] : [...context.body];
  const dayDates = new SpanIndex(context.dates.filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date.start)));
  const venues = new SpanIndex(context.venues);
  const named = new SpanIndex(context.mentions.filter(isNamed));
  const lead = leadParagraph(context, venues, dayDates);
  const groups = groupMentions(context.mentions);
  for (const group of groups) group.score = scoreGroup(group, context.title, lead);
  const main = pickMain(groups);

  // Title then body: in document order, so the paragraph holding a position is found by bisection.
  const paragraphStarts = paragraphs.map(([start]) => start);
  const paragraphOf = (at: number) => {
    const paragraph = paragraphs[lastAtOrBefore(paragraphStarts, at)];
    return paragraph && at < paragraph[1] ? paragraph : null;
  };
  const dateOfMention = (mention: MeetingMention) => mentionDate(mention, dayDates, named, paragraphOf);

  let anchor: MeetingMention | null = null;
  let date: DateRef | null = null;
  for (const mention of main?.mentions ?? []) {
    anchor ??= mention;
    const found = dateOfMention(mention);
    if (found) {
      date = found;
      anchor = mention;
      break;
    }
  }
  if (!main) {
    const nameless = context.mentions.find(
      (mention) =>
        !isNamed(mention) &&
        lead !== null &&
        within(mention.span[0], lead) &&
        followingDate(mention, dayDates, paragraphOf),
    );
    if (nameless) {
      anchor = nameless;
      date = followingDate(nameless, dayDates, paragraphOf);
    }
  }
  if (!date && lead) date = leadDate(context.input, lead, dayDates.items, context.mentions, main);

  const time = meetingTime(context, date, lead);
  const venue = meetingVenue(context, venues, named, main, anchor, date, lead, paragraphOf);
  const mode = meetingMode(context, venue);
  const theme = meetingTheme(context);

  const related = groups
    .filter((group) => group !== main)
    .map((group) =>
      toMeeting(group, lead, context.title, dateFor(group, dateOfMention), null, null, null, null),
    );
  if (!main && date === null && time === null && venue === null && mode === null)
    return { meeting: null, related };
  return { meeting: toMeeting(main, lead, context.title, date, time, mode, venue, theme), related };
}

function dateFor(
  group: MeetingGroup,
  dateOfMention: (mention: MeetingMention) => DateRef | null,
): DateRef | null {
  for (const mention of group.mentions) {
    const date = dateOfMention(mention);
    if (date) return date;
  }
  return null;
}

function groupMentions(mentions: readonly MeetingMention[]): MeetingGroup[] {
  const groups: MeetingGroup[] = [];
  const byKey = new Map<string, MeetingGroup>();
  for (const mention of mentions) {
    const key = meetingKey(mention);
    if (key === null) continue;
    const exact = byKey.get(key);
    // Reports name a handful of meetings: fuzzy merging looks at the first few groups only, so
    // a text that names thousands stays linear.
    const group =
      exact && sameMeeting(exact, mention, key)
        ? exact
        : groups.slice(0, MAX_FUZZY_GROUPS).find((candidate) => sameMeeting(candidate, mention, key));
    const target = group ?? newGroup(key);
    if (!group) {
      groups.push(target);
      if (!byKey.has(key)) byKey.set(key, target);
    }
    target.mentions.push(mention);
    if (mention.ordinal !== null) target.ordinals.add(mention.ordinal);
    if (mention.abbr !== null) target.abbrs.add(mention.abbr.toLowerCase());
    if (mention.nameEn !== null) target.englishNames.add(mention.nameEn);
  }
  return groups;
}

function newGroup(key: string): MeetingGroup {
  return { key, mentions: [], score: 0, ordinals: new Set(), abbrs: new Set(), englishNames: new Set() };
}

function sameMeeting(group: MeetingGroup, mention: MeetingMention, key: string): boolean {
  const first = group.mentions[0] as MeetingMention;
  if (mention.ordinal !== null && group.ordinals.size > 0 && !group.ordinals.has(mention.ordinal))
    return false;
  if (group.key === key || sameNameWrittenLonger(group.key, key) || sameNameWrittenLonger(key, group.key))
    return true;
  // A short form inside the full name (`หัวหน้าส่วนราชการ` in `คณะกรมการจังหวัด หัวหน้าส่วนราชการ นัดพิเศษ`).
  const shorter = group.key.length < key.length ? group.key : key;
  const longer = shorter === key ? group.key : key;
  if (shorter.length >= MIN_CONTAINED_KEY && longer.indexOf(shorter) > 0) return true;
  const abbr = mention.abbr?.toLowerCase();
  return (
    (abbr !== undefined && group.abbrs.has(abbr)) ||
    (mention.nameEn !== null && group.englishNames.has(mention.nameEn)) ||
    (first.abbr !== null && first.abbr.toLowerCase() === key)
  );
}

/**
 * `longer` names the meeting `shorter` names when it only adds a qualifier (`… ประจำปี ๒๕๕๙`,
 * `… สมัยพิเศษ`) or `shorter` was cut short with `ฯ`; `…อาเซียนกับญี่ปุ่น` is another meeting.
 */
function sameNameWrittenLonger(shorter: string, longer: string): boolean {
  if (shorter.endsWith('ฯ')) return longer.startsWith(shorter.slice(0, -1));
  if (longer.length <= shorter.length || !longer.startsWith(shorter)) return false;
  return NAME_QUALIFIERS.some((qualifier) => longer.startsWith(qualifier, shorter.length));
}

const NAME_QUALIFIERS = ['ประจำ', 'สมัย', 'นัด', 'ครั้ง', 'รอบ', 'ฯ'] as const;

function scoreGroup(group: MeetingGroup, title: Span | null, lead: Span | null): number {
  let score = 0;
  const inTitle = title ? group.mentions.filter((m) => within(m.span[0], title)) : [];
  if (inTitle.length > 0) {
    // A headline names its meeting with the words of taking part, a round number, or up front;
    // otherwise (`…เตรียมประชุมประเมินสถานการณ์`) it is a verb, not a name.
    const namesIt =
      group.mentions.length > inTitle.length ||
      inTitle.some(
        (m) => takesPart(m) || m.ordinal !== null || (title !== null && m.span[0] - title[0] <= 1),
      );
    score += namesIt ? 4 : 1;
  }
  if (lead && group.mentions.some((m) => within(m.span[0], lead))) score += 3;
  if (group.mentions.some(takesPart)) score += 2;
  if (group.mentions.every(isOtherMeeting)) score -= 4;
  if (group.mentions.some((m) => m.ordinal !== null)) score += 1;
  score += Math.min(group.mentions.length - 1, 3) * 0.5;
  return score;
}

function pickMain(groups: readonly MeetingGroup[]): MeetingGroup | null {
  let best: MeetingGroup | null = null;
  for (const group of groups) {
    if (group.score >= MAIN_MEETING_THRESHOLD && (best === null || group.score > best.score)) best = group;
  }
  return best;
}

/** The paragraph that tells the event: the first that opens like a lead or holds a full date. */
function leadParagraph(
  context: MeetingContext,
  venues: SpanIndex<VenueMatch>,
  dayDates: SpanIndex<DateRef>,
): Span | null {
  for (const paragraph of context.body) {
    const text = cleanedOpening(context.input, paragraph);
    if (LEAD_OPENINGS.some((opening) => text.startsWith(opening))) return paragraph;
    if (venues.startingIn(paragraph[0], paragraph[0] + 5).length > 0) return paragraph;
    if (dayDates.startingIn(paragraph[0], paragraph[1]).length > 0) return paragraph;
  }
  return context.body[0] ?? null;
}

const OPENING_CHARS = 64;

/**
 * The start of the paragraph as {@link cleanValue} writes it, long enough to tell how it opens:
 * cleaning a whole paragraph to read its first words would cost its length.
 */
function cleanedOpening(input: string, [start, end]: Span): string {
  if (end - start <= OPENING_CHARS) return cleanValue(input.slice(start, end));
  const opening = cleanValue(input.slice(start, start + OPENING_CHARS));
  // Runs of spaces or invisible characters shrank it: clean it all to be sure of its first words.
  return opening.length >= OPENING_CHARS / 2 ? opening : cleanValue(input.slice(start, end));
}

function within(at: number, [start, end]: Span): boolean {
  return at >= start && at < end;
}

/** The date written with a mention: right after it (`… ในวันที่ ๑๗ …`), else the nearest before it. */
function mentionDate(
  mention: MeetingMention,
  dates: SpanIndex<DateRef>,
  named: SpanIndex<MeetingMention>,
  paragraphOf: (at: number) => Span | null,
): DateRef | null {
  const following = followingDate(mention, dates, paragraphOf);
  if (following) return following;
  const paragraph = paragraphOf(mention.span[0]);
  if (!paragraph) return null;
  const before = dates.lastBefore(mention.span[0]);
  const nearest =
    before && before.span[1] <= mention.span[0] && before.span[0] >= paragraph[0] ? before : null;
  if (!nearest) return null;
  const between = named.startingIn(nearest.span[1] + 1, mention.span[0]).some((other) => other !== mention);
  return between ? null : nearest;
}

function followingDate(
  mention: MeetingMention,
  dates: SpanIndex<DateRef>,
  paragraphOf: (at: number) => Span | null,
): DateRef | null {
  const paragraph = paragraphOf(mention.span[0]);
  const date = dates.firstFrom(mention.span[1]);
  if (!date || date.span[0] - mention.span[1] > FOLLOWING_DATE_DISTANCE) return null;
  return !paragraph || date.span[0] < paragraph[1] ? date : null;
}

/** The lead sentence's date, unless it is written with another meeting. */
function leadDate(
  input: string,
  lead: Span,
  dates: readonly DateRef[],
  mentions: readonly MeetingMention[],
  main: MeetingGroup | null,
): DateRef | null {
  const date = dates.find((candidate) => within(candidate.span[0], lead));
  if (!date) return null;
  if (!main && isStatementDate(input, date, lead)) return null;
  const other = mentions.find(
    (mention) =>
      isNamed(mention) &&
      !main?.mentions.includes(mention) &&
      within(mention.span[0], lead) &&
      Math.abs(mention.span[0] - date.span[0]) < FOLLOWING_DATE_DISTANCE,
  );
  return other ? null : date;
}

/**
 * `วันที่ 3 กรกฎาคม 2567 นายสมชาย ใจดี โฆษก… เปิดเผยว่า …`: the date of a statement, not of a
 * meeting, when the reporting verb comes before any word of meeting, visiting or receiving.
 */
function isStatementDate(input: string, date: DateRef, lead: Span): boolean {
  const sentence = input.slice(date.span[1], lead[1]);
  const reported = REPORTING_VERBS.exec(sentence);
  if (!reported) return false;
  const event = EVENT_WORDS.exec(sentence);
  return !event || event.index > reported.index;
}

const REPORTING_VERBS = new RegExp(STATEMENT_VERBS.join('|'));
const EVENT_WORDS = new RegExp(EVENT_VERBS.join('|'));

function meetingTime(context: MeetingContext, date: DateRef | null, lead: Span | null): MeetingTime | null {
  let time: TimeRef | undefined;
  if (date) {
    time = context.times.find(
      (t) =>
        (t.span[0] >= date.span[1] && t.span[0] - date.span[1] <= TIME_AFTER_DATE) ||
        (t.span[1] <= date.span[0] && date.span[0] - t.span[1] <= TIME_BEFORE_DATE),
    );
  }
  if (!time && lead) time = context.times.find((t) => within(t.span[0], lead));
  if (!time) return null;
  return { start: time.start, end: time.end, text: time.text, span: time.span };
}

function meetingVenue(
  context: MeetingContext,
  venues: SpanIndex<VenueMatch>,
  named: SpanIndex<MeetingMention>,
  main: MeetingGroup | null,
  anchor: MeetingMention | null,
  date: DateRef | null,
  lead: Span | null,
  paragraphOf: (at: number) => Span | null,
): VenueMatch | null {
  // The first place after `from` is the only one that can qualify: a later one is further away,
  // in the same or a later paragraph, with the same meetings named before it.
  const ofMain = new Set(main?.mentions ?? []);
  const after = (from: number, distance: number) => {
    const venue = venues.firstFrom(from);
    if (!venue || venue.span[0] - from > distance) return null;
    const paragraph = paragraphOf(from);
    if (paragraph && venue.span[0] >= paragraph[1]) return null;
    const otherMeetingBetween = named.startingIn(from + 1, venue.span[0]).some((other) => !ofMain.has(other));
    return otherMeetingBetween ? null : venue;
  };
  // Headlines have no clause structure to end a place with: body mentions first.
  const inBody = (mention: MeetingMention) => !context.title || !within(mention.span[0], context.title);
  const candidates = [...(anchor ? [anchor] : []), ...(main?.mentions ?? [])];
  for (const mention of [...candidates.filter(inBody), ...candidates.filter((m) => !inBody(m))]) {
    const venue = after(mention.span[1], VENUE_AFTER_MENTION);
    if (venue) return venue;
  }
  if (date) {
    const venue = after(date.span[1], VENUE_AFTER_DATE);
    if (venue) return venue;
  }
  if (lead) return context.venues.find((venue) => within(venue.span[0], lead)) ?? null;
  return null;
}

function meetingMode(context: MeetingContext, venue: VenueMatch | null): MeetingMode | null {
  const said = wordingIn(context);
  if (said.has('hybrid') || (said.has('on-site') && said.has('remote'))) return 'hybrid';
  if (said.has('remote')) return 'virtual';
  if (venue) return 'in-person';
  if (said.has('visit')) return 'in-person';
  return null;
}

type Wording = 'hybrid' | 'on-site' | 'remote' | 'visit';

const WORDING = new Map<string, Wording>([
  ...VISIT_WORDING.map((word) => [word, 'visit'] as const),
  ...REMOTE_WORDING.map((word) => [word, 'remote'] as const),
  ...HYBRID_WORDING.map((word) => [word, 'hybrid'] as const),
  ...ON_SITE_WORDING.map((word) => [word, 'on-site'] as const),
]);
const WORDING_WORDS = new WordList(WORDING.keys());

/**
 * What the headline and the body say about how the meeting was held: one pass over the text
 * with the word trie (its two-character filter skips plain text faster than a regular-expression
 * alternation of the words), keeping the words that lie inside the headline or a paragraph.
 */
function wordingIn(context: MeetingContext): Set<Wording> {
  const said = new Set<Wording>();
  const { input } = context;
  const parts = context.title ? [context.title, ...context.body] : context.body;
  let part = 0;
  for (let at = WORDING_WORDS.indexIn(input, parts[0]?.[0] ?? input.length); at >= 0; ) {
    while (part < parts.length && (parts[part] as Span)[1] <= at) part++;
    const current = parts[part];
    if (current === undefined) break;
    const word = WORDING_WORDS.matchAt(input, at) as string;
    if (at >= current[0] && at + word.length <= current[1]) {
      said.add(WORDING.get(word) as Wording);
      at = WORDING_WORDS.indexIn(input, at + word.length);
    } else {
      at = WORDING_WORDS.indexIn(input, Math.max(at + 1, current[0]));
    }
  }
  return said;
}

const THEME_WORDS = new WordList(THEME_OPENINGS);

function meetingTheme(context: MeetingContext): { text: string; span: Span } | null {
  const parts = context.title ? [context.title, ...context.body] : context.body;
  // Where the next opening word stands: most paragraphs have none and are passed over.
  let next = -1;
  for (const [start, end] of parts) {
    if (next < start) next = THEME_WORDS.indexIn(context.input, start);
    if (next < 0) return null;
    if (next >= end) continue;
    const text = context.input.slice(start, end);
    for (const opening of THEME_OPENINGS) {
      const at = text.indexOf(opening);
      if (at < 0) continue;
      const from = start + at + opening.length;
      const theme = readTheme(context.input, from, end);
      if (theme) return theme;
    }
  }
  return null;
}

function readTheme(input: string, from: number, limit: number): { text: string; span: Span } | null {
  let cursor = from;
  while (cursor < limit && /[\s:คือ]/.test(input[cursor] ?? '') && cursor - from < 6) cursor++;
  const open = input[cursor];
  if (open === '“' || open === '"' || open === '?' || open === '‘') {
    const close = input.slice(cursor + 1, limit).search(/[”"?’]/);
    if (close > 0) {
      const end = cursor + 1 + close;
      return { text: cleanQuoted(input.slice(cursor + 1, end)), span: [cursor + 1, end] };
    }
  }
  const rest = input.slice(cursor, Math.min(limit, cursor + 240));
  const stop = rest.search(/\s*\(|\s+(?:ร่วมกับ|โดย|ซึ่ง|เพื่อ|ผ่าน|ณ|มีวัตถุประสงค์|นำเสนอ)/);
  const end = cursor + (stop >= 0 ? stop : rest.length);
  const text = cleanQuoted(input.slice(cursor, end));
  return text.length >= 3 ? { text, span: [cursor, end] } : null;
}

/**
 * The Thai name as the lead sentence writes it; the headline's when it is the same name written
 * out further (`…หน้ากากอนามัยฯ`). Else the first mention's.
 */
function preferredThaiName(
  mentions: readonly MeetingMention[],
  lead: Span | null,
  title: Span | null,
): MeetingMention | null {
  const named = mentions.filter((mention) => mention.nameTh !== null);
  const inLead = lead ? named.find((mention) => within(mention.span[0], lead)) : undefined;
  const inTitle = title ? named.find((mention) => within(mention.span[0], title)) : undefined;
  if (inLead && inTitle) {
    const leadKey = squash(inLead.nameTh ?? '');
    const titleKey = squash(inTitle.nameTh ?? '');
    // The headline's name when it writes the same name out further, or shortens it with `ฯ`.
    const extends_ = titleKey.length > leadKey.length && titleKey.startsWith(leadKey);
    const shortens = titleKey.endsWith('ฯ') && leadKey.startsWith(titleKey.slice(0, -1));
    return extends_ || shortens ? inTitle : inLead;
  }
  return inLead ?? named[0] ?? null;
}

function toMeeting(
  group: MeetingGroup | null,
  lead: Span | null,
  title: Span | null,
  date: DateRef | null,
  time: MeetingTime | null,
  mode: MeetingMode | null,
  venue: VenueMatch | null,
  theme: { text: string; span: Span } | null,
): Meeting {
  const mentions = group?.mentions ?? [];
  const first = <K extends 'nameTh' | 'nameEn' | 'abbr' | 'ordinal'>(field: K) =>
    mentions.find((mention) => mention[field] !== null) ?? null;
  const nameTh = preferredThaiName(mentions, lead, title);
  const nameEn = first('nameEn');
  const abbr = first('abbr');
  const ordinal = first('ordinal');
  const spans: NonNullable<Meeting['spans']> = {};
  if (nameTh?.nameThSpan) spans.nameTh = nameTh.nameThSpan;
  if (nameEn?.nameEnSpan) spans.nameEn = nameEn.nameEnSpan;
  if (abbr?.abbrSpan) spans.abbr = abbr.abbrSpan;
  if (ordinal?.ordinalSpan) spans.ordinal = ordinal.ordinalSpan;
  if (venue) spans.venue = venue.span;
  if (theme) spans.theme = theme.span;
  return {
    nameTh: nameTh?.nameTh ?? null,
    nameEn: nameEn?.nameEn ?? null,
    abbr: abbr?.abbr ?? null,
    ordinal: ordinal?.ordinal ?? null,
    date,
    time,
    mode,
    venue: venue?.value ?? null,
    theme: theme?.text ?? null,
    spans,
  };
}
