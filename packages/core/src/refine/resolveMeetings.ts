import { lastAtOrBefore, SpanIndex } from '../_lib/spans';
import { cleanQuoted, cleanValue, type Span, spacedForms, squash } from '../_lib/text';
import { foldedPairAt, WordList } from '../_lib/wordList';
import { startsWithCountry } from '../extract/countries';
import { isNamed, isOtherMeeting, type MeetingMention, meetingKey, takesPart } from '../extract/meetings';
import type { VenueMatch } from '../extract/venues';
import { REGION_PREFIXES } from '../grammar/clauses';
import {
  ALSO_REMOTE_WORDING,
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
  const { title, body } = context;
  const dayDates = new SpanIndex(context.dates.filter(isDay));
  const venues = new SpanIndex(context.venues);
  const named = new SpanIndex(context.mentions.filter(isNamed));
  const lead = leadParagraph(context, venues, dayDates);
  const groups = groupMentions(context.mentions);
  for (const group of groups) group.score = scoreGroup(group, context.title, lead);
  const main = pickMain(groups);

  // Title then body: in document order, so the paragraph holding a position is found by bisection.
  const bodyStarts = body.map(([start]) => start);
  const paragraphOf = (at: number) => {
    if (title && within(at, title)) return title;
    const paragraph = body[lastAtOrBefore(bodyStarts, at)];
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
  if (!main && lead) {
    for (const mention of context.mentions) {
      if (isNamed(mention) || !within(mention.span[0], lead)) continue;
      const following = followingDate(mention, dayDates, paragraphOf(mention.span[0]));
      if (following) {
        anchor = mention;
        date = following;
        break;
      }
    }
  }
  if (!date && lead) {
    const opensBody = lead[0] === context.body[0]?.[0];
    date = leadDate(context.input, lead, dayDates, context.mentions, main, opensBody);
  }

  const time = meetingTime(context, date, lead);
  const venue = meetingVenue(context, venues, named, main, anchor, date, lead, paragraphOf);
  const written = readWording(context);
  const mode = meetingMode(written.wording, venue);

  const related: Meeting[] = [];
  for (const group of groups) {
    if (group !== main)
      related.push(
        toMeeting(group, lead, context.title, dateFor(group, dateOfMention), null, null, null, null),
      );
  }
  if (!main && date === null && time === null && venue === null && mode === null)
    return { meeting: null, related };
  return { meeting: toMeeting(main, lead, context.title, date, time, mode, venue, written.theme), related };
}

/** A date of one day (`2024-05-17`), not a month or a year: told by its length before the pattern. */
function isDay(date: DateRef): boolean {
  return date.start.length === 10 && DAY.test(date.start);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

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
    const abbr = mention.abbr?.toLowerCase();
    const exact = byKey.get(key);
    let group = exact && sameMeeting(exact, mention, key, abbr) ? exact : undefined;
    // Reports name a handful of meetings: fuzzy merging looks at the first few groups only, so
    // a text that names thousands stays linear.
    for (let i = 0; group === undefined && i < groups.length && i < MAX_FUZZY_GROUPS; i++) {
      const candidate = groups[i] as MeetingGroup;
      if (sameMeeting(candidate, mention, key, abbr)) group = candidate;
    }
    const target = group ?? newGroup(key);
    if (!group) {
      groups.push(target);
      if (!byKey.has(key)) byKey.set(key, target);
    }
    target.mentions.push(mention);
    if (mention.ordinal !== null) target.ordinals.add(mention.ordinal);
    if (abbr !== undefined) target.abbrs.add(abbr);
    if (mention.nameEn !== null) target.englishNames.add(mention.nameEn);
  }
  return groups;
}

function newGroup(key: string): MeetingGroup {
  return { key, mentions: [], score: 0, ordinals: new Set(), abbrs: new Set(), englishNames: new Set() };
}

/** `abbr` is the mention's abbreviation in lower case, as the group keeps them. */
function sameMeeting(
  group: MeetingGroup,
  mention: MeetingMention,
  key: string,
  abbr: string | undefined,
): boolean {
  const first = group.mentions[0] as MeetingMention;
  if (mention.ordinal !== null && group.ordinals.size > 0 && !group.ordinals.has(mention.ordinal))
    return false;
  if (group.key === key || sameNameWrittenLonger(group.key, key) || sameNameWrittenLonger(key, group.key))
    return true;
  // A short form inside the full name (`หัวหน้าส่วนราชการ` in `คณะกรมการจังหวัด หัวหน้าส่วนราชการ นัดพิเศษ`).
  const shorter = group.key.length < key.length ? group.key : key;
  const longer = shorter === key ? group.key : key;
  if (shorter.length >= MIN_CONTAINED_KEY && longer.indexOf(shorter) > 0) return true;
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
  let inTitle = 0;
  let namedInTitle = false;
  let inLead = false;
  let takingPart = false;
  let allOther = true;
  let numbered = false;
  for (const mention of group.mentions) {
    const takes = takesPart(mention);
    // A headline names its meeting with the words of taking part, a round number, or up front;
    // otherwise (`…เตรียมประชุมประเมินสถานการณ์`) it is a verb, not a name.
    if (title && within(mention.span[0], title)) {
      inTitle++;
      namedInTitle ||= takes || mention.ordinal !== null || mention.span[0] - title[0] <= 1;
    }
    inLead ||= lead !== null && within(mention.span[0], lead);
    takingPart ||= takes;
    allOther &&= isOtherMeeting(mention);
    numbered ||= mention.ordinal !== null;
  }
  let score = 0;
  if (inTitle > 0) score += group.mentions.length > inTitle || namedInTitle ? 4 : 1;
  if (inLead) score += 3;
  if (takingPart) score += 2;
  if (allOther) score -= 4;
  if (numbered) score += 1;
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
    // The place and the date are looked up before the opening is cleaned, which costs more.
    if (startsIn(venues, paragraph[0], paragraph[0] + 5)) return paragraph;
    if (startsIn(dayDates, paragraph[0], paragraph[1])) return paragraph;
    const text = cleanedOpening(context.input, paragraph);
    if (LEAD_OPENINGS.some((opening) => text.startsWith(opening))) return paragraph;
  }
  return context.body[0] ?? null;
}

/** True when an item of `index` starts in `[start, end)`. */
function startsIn<T extends { span: readonly [number, number] }>(
  index: SpanIndex<T>,
  start: number,
  end: number,
): boolean {
  const first = index.firstFrom(start);
  return first !== undefined && first.span[0] < end;
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
  const paragraph = paragraphOf(mention.span[0]);
  const following = followingDate(mention, dates, paragraph);
  if (following) return following;
  if (!paragraph) return null;
  const before = dates.lastBefore(mention.span[0]);
  const nearest =
    before && before.span[1] <= mention.span[0] && before.span[0] >= paragraph[0] ? before : null;
  if (!nearest) return null;
  // The mention itself starts at the end of that range: any named mention in it is another one.
  return startsIn(named, nearest.span[1] + 1, mention.span[0]) ? null : nearest;
}

/** The date right after a mention, in its paragraph (the one it starts in, if any). */
function followingDate(
  mention: MeetingMention,
  dates: SpanIndex<DateRef>,
  paragraph: Span | null,
): DateRef | null {
  const date = dates.firstFrom(mention.span[1]);
  if (!date || date.span[0] - mention.span[1] > FOLLOWING_DATE_DISTANCE) return null;
  return !paragraph || date.span[0] < paragraph[1] ? date : null;
}

/** The lead sentence's date, unless it is written with another meeting. */
function leadDate(
  input: string,
  lead: Span,
  dates: SpanIndex<DateRef>,
  mentions: readonly MeetingMention[],
  main: MeetingGroup | null,
  opensBody: boolean,
): DateRef | null {
  const date = dates.firstFrom(lead[0]);
  if (!date || date.span[0] >= lead[1]) return null;
  if (!main && isStatementDate(input, date, lead)) return null;
  // Position first: looking a mention up among the main meeting's costs their number. A meeting
  // the text places before, after or around the report's own (`เพื่อเตรียมการสำหรับการประชุม…`)
  // leaves the date to it, and so does one the body's opening sentence takes part in: that is
  // the event the report tells, named otherwise in the headline.
  const other = mentions.some(
    (mention) =>
      within(mention.span[0], lead) &&
      Math.abs(mention.span[0] - date.span[0]) < FOLLOWING_DATE_DISTANCE &&
      isNamed(mention) &&
      !isOtherMeeting(mention) &&
      !(opensBody && takesPart(mention)) &&
      !main?.mentions.includes(mention),
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
  const mentions = main?.mentions ?? [];
  // Made when a named mention stands between a place and where it is looked for from.
  let ofMain: Set<MeetingMention> | null = null;
  // The first place after `from` is the only one that can qualify: a later one is further away,
  // in the same or a later paragraph, with the same meetings named before it.
  const placeAfter = (from: number, searchFrom: number, distance: number) => {
    const venue = venues.firstFrom(searchFrom);
    if (!venue || venue.span[0] - from > distance) return null;
    const paragraph = paragraphOf(from);
    if (paragraph && venue.span[0] >= paragraph[1]) return null;
    for (const other of named.startingIn(from + 1, venue.span[0])) {
      ofMain ??= new Set(mentions);
      if (!ofMain.has(other)) return null;
    }
    return venue;
  };
  // A city or a country is where the trip went; a room, building or centre named soon after it
  // is where the meeting sat: `ที่กรุงมะนิลา … ที่ศูนย์การประชุมระหว่างประเทศ…`.
  const after = (from: number, distance: number) => {
    const venue = placeAfter(from, from, distance);
    if (!venue || !namesOnlyARegion(venue.value)) return venue;
    const sat = placeAfter(from, venue.span[1], distance);
    return sat && !namesOnlyARegion(sat.value) ? sat : venue;
  };
  // Headlines have no clause structure to end a place with: body mentions first.
  const inHeadline = (mention: MeetingMention) =>
    context.title !== null && within(mention.span[0], context.title);
  const candidates = anchor ? [anchor, ...mentions] : mentions;
  for (const headline of BODY_THEN_HEADLINE) {
    for (const mention of candidates) {
      const venue = inHeadline(mention) === headline ? after(mention.span[1], VENUE_AFTER_MENTION) : null;
      if (venue) return venue;
    }
  }
  if (date) {
    const venue = after(date.span[1], VENUE_AFTER_DATE);
    if (venue) return venue;
  }
  if (lead) return context.venues.find((venue) => within(venue.span[0], lead)) ?? null;
  return null;
}

const BODY_THEN_HEADLINE = [false, true] as const;

const REGION_WORDS = new WordList(REGION_PREFIXES);

/** `กรุงมะนิลา สาธารณรัฐฟิลิปปินส์`, `จังหวัดระยอง`, `ญี่ปุ่น`: no place narrower than a city. */
function namesOnlyARegion(place: string): boolean {
  return place.split(' ').every((word) => REGION_WORDS.startsText(word) || startsWithCountry(word));
}

function meetingMode(said: ReadonlySet<Wording>, venue: VenueMatch | null): MeetingMode | null {
  const remote = said.has('remote') || said.has('also-remote');
  if (said.has('hybrid') || (said.has('on-site') && remote)) return 'hybrid';
  if (said.has('also-remote')) return venue ? 'hybrid' : 'virtual';
  if (remote) return 'virtual';
  if (venue) return 'in-person';
  if (said.has('visit')) return 'in-person';
  return null;
}

type Wording = 'hybrid' | 'on-site' | 'remote' | 'also-remote' | 'visit';

// A phrase of the lists is found with a doubled space too: `VDO  Conference`.
const WORDING = new Map<string, Wording>([
  ...VISIT_WORDING.flatMap(spacedForms).map((word) => [word, 'visit'] as const),
  ...REMOTE_WORDING.flatMap(spacedForms).map((word) => [word, 'remote'] as const),
  ...HYBRID_WORDING.flatMap(spacedForms).map((word) => [word, 'hybrid'] as const),
  ...ON_SITE_WORDING.flatMap(spacedForms).map((word) => [word, 'on-site'] as const),
  ...ALSO_REMOTE_WORDING.flatMap(spacedForms).map((word) => [word, 'also-remote'] as const),
]);
const WORDING_BY_PAIR = wordsByPair(WORDING.keys());
const OPENINGS_BY_PAIR = wordsByPair(THEME_OPENINGS);
/**
 * The words of a list by the pair of code units they start with, longest first, the pair folded
 * to its low 7 bits (Thai and ASCII each fit in them). A word is then checked with `startsWith`,
 * which costs less than walking a trie through the common words that begin some of them
 * (`ประชุม…`, `ระบบ…`). A map of the few pairs, not a table of all: it stays in the cache.
 */
function wordsByPair(list: Iterable<string>): Map<number, string[]> {
  const byPair = new Map<number, string[]>();
  for (const word of [...list].sort((a, b) => b.length - a.length)) {
    const high = (word.charCodeAt(0) & 0x7f) << 7;
    // A one-character word starts whatever follows it: its whole row lists it.
    const first = word.length > 1 ? high | (word.charCodeAt(1) & 0x7f) : high;
    const last = word.length > 1 ? first : high | 0x7f;
    for (let pair = first; pair <= last; pair++) {
      const words = byPair.get(pair) ?? [];
      words.push(word);
      byPair.set(pair, words);
    }
  }
  return byPair;
}

const LISTED = [...WORDING.keys(), ...THEME_OPENINGS];
/** The scan looks at one position in STRIDE: no word is shorter than STRIDE - 1. */
const STRIDE = Math.min(4, Math.min(...LISTED.map((word) => word.length)) + 1);
/**
 * For each pair of code units (folded), where a word of either list may start around it: bit k
 * when one may start k - 1 positions before the pair. A word is marked under its pairs at offsets
 * 0 to STRIDE - 1, where the pair at its last character stands for all those that begin with it
 * (a row) and a word STRIDE - 1 long is marked at offset -1 too, under all the pairs that end with
 * its first character (a column): wherever a word starts, one of the pairs looked at shows it.
 */
const NEAR_PAIR = nearPairs(LISTED);

function nearPairs(words: readonly string[]): Uint8Array {
  const near = new Uint8Array(1 << 14);
  const mark = (first: number, last: number, step: number, bit: number) => {
    for (let pair = first; pair <= last; pair += step) near[pair] = (near[pair] as number) | bit;
  };
  for (const word of words) {
    const fold = (at: number) => word.charCodeAt(at) & 0x7f;
    const lowest = Math.min(0, word.length - STRIDE);
    for (let offset = lowest; offset < lowest + STRIDE; offset++) {
      const bit = 1 << (offset + 1);
      if (offset === -1) mark(fold(0), fold(0) | (0x7f << 7), 1 << 7, bit);
      else if (offset === word.length - 1) mark(fold(offset) << 7, (fold(offset) << 7) | 0x7f, 1, bit);
      else mark((fold(offset) << 7) | fold(offset + 1), (fold(offset) << 7) | fold(offset + 1), 1, bit);
    }
  }
  return near;
}

const NO_WORDS: readonly string[] = [];

/** The longest of `words` that starts at `at`, or null. */
function longestAt(input: string, at: number, words: readonly string[] | undefined): string | null {
  if (words === undefined) return null;
  for (const word of words) {
    // The last character first: most candidates are common words the word only begins with (`ประชุม…`).
    const last = at + word.length - 1;
    if (
      last < input.length &&
      input.charCodeAt(last) === word.charCodeAt(word.length - 1) &&
      input.startsWith(word, at)
    )
      return word;
  }
  return null;
}

interface Theme {
  text: string;
  span: Span;
}

interface Written {
  /** The words of how the meeting was held. */
  wording: Set<Wording>;
  theme: Theme | null;
}

/**
 * What the headline and the body say about how the meeting was held, and its theme: one pass
 * over each of them. A word of how it was held counts when it lies inside the headline or a
 * paragraph (the longest word at a position, then the next from its end); the theme is read
 * after the first opening (by order of the openings) of the first paragraph that has one.
 */
function readWording(context: MeetingContext): Written {
  const written: Written = { wording: new Set(), theme: null };
  if (context.title) readParagraph(context.input, context.title, written);
  for (const paragraph of context.body) readParagraph(context.input, paragraph, written);
  return written;
}

/** Adds to `written` what the headline or the paragraph `[start, end)` says. */
function readParagraph(input: string, [start, end]: Span, written: Written): void {
  const { wording } = written;
  let from = start;
  // The last position a word was looked for at: the positions come in order, the one after a
  // pair looked at twice (from it and from the next).
  let checked = start - 1;
  // Where each opening of a theme first starts in the paragraph, once one does.
  let openings: Map<string, number> | null = null;
  const stop = Math.min(end + STRIDE - 1, input.length);
  for (let pairFrom = start; pairFrom < stop; pairFrom += STRIDE) {
    // Highest bit first: the positions in order.
    for (let near = NEAR_PAIR[foldedPairAt(input, pairFrom)] as number; near !== 0; ) {
      const bit = 31 - Math.clz32(near);
      near ^= 1 << bit;
      const at = pairFrom - bit + 1;
      if (at <= checked || at >= end) continue;
      checked = at;
      const pair = foldedPairAt(input, at);
      const word = at >= from ? longestAt(input, at, WORDING_BY_PAIR.get(pair)) : null;
      // A word that runs on past the paragraph is not said in it; a word inside it may be.
      if (word !== null && at + word.length <= end) {
        wording.add(WORDING.get(word) as Wording);
        from = at + word.length;
      }
      const starting = written.theme === null ? OPENINGS_BY_PAIR.get(pair) : undefined;
      for (const opening of starting ?? NO_WORDS) {
        if (openings?.has(opening) || !input.startsWith(opening, at)) continue;
        openings ??= new Map();
        openings.set(opening, at);
      }
    }
  }
  if (written.theme === null && openings !== null) written.theme = themeIn(input, openings, end);
}

/** The theme after an opening of the paragraph ending at `end`, given where each opening first starts in it. */
function themeIn(input: string, openings: ReadonlyMap<string, number>, end: number): Theme | null {
  for (const opening of THEME_OPENINGS) {
    // Only its first occurrence: if that one runs past the paragraph, so do the later ones.
    const at = openings.get(opening);
    if (at === undefined || at + opening.length > end) continue;
    const theme = readTheme(input, at + opening.length, end);
    if (theme) return theme;
  }
  return null;
}

function readTheme(input: string, from: number, limit: number): Theme | null {
  let cursor = from;
  while (cursor < limit && THEME_LEAD_IN.test(input[cursor] ?? '') && cursor - from < 6) cursor++;
  const open = input[cursor];
  if (open === '“' || open === '"' || open === '?' || open === '‘') {
    const close = input.slice(cursor + 1, limit).search(CLOSING_QUOTE);
    if (close > 0) {
      const end = cursor + 1 + close;
      return { text: cleanQuoted(input.slice(cursor + 1, end)), span: [cursor + 1, end] };
    }
  }
  const rest = input.slice(cursor, Math.min(limit, cursor + 240));
  const stop = rest.search(THEME_END);
  const end = cursor + (stop >= 0 ? stop : rest.length);
  const text = cleanQuoted(input.slice(cursor, end));
  return text.length >= 3 ? { text, span: [cursor, end] } : null;
}

const THEME_LEAD_IN = /[\s:คือ]/;
const CLOSING_QUOTE = /[”"?’]/;
const THEME_END = /\s*\(|\s+(?:ร่วมกับ|โดย|ซึ่ง|เพื่อ|ผ่าน|ณ|มีวัตถุประสงค์|นำเสนอ)/;

/**
 * The Thai name as the lead sentence writes it; the headline's when it is the same name written
 * out further (`…หน้ากากอนามัยฯ`). Else the first mention's.
 */
function preferredThaiName(
  mentions: readonly MeetingMention[],
  lead: Span | null,
  title: Span | null,
): MeetingMention | null {
  let first: MeetingMention | undefined;
  let inLead: MeetingMention | undefined;
  let inTitle: MeetingMention | undefined;
  for (const mention of mentions) {
    if (mention.nameTh === null) continue;
    first ??= mention;
    if (!inLead && lead && within(mention.span[0], lead)) inLead = mention;
    if (!inTitle && title && within(mention.span[0], title)) inTitle = mention;
  }
  if (inLead && inTitle) {
    const leadKey = squash(inLead.nameTh ?? '');
    const titleKey = squash(inTitle.nameTh ?? '');
    // The headline's name when it writes the same name out further, or shortens it with `ฯ`.
    const extends_ = titleKey.length > leadKey.length && titleKey.startsWith(leadKey);
    const shortens = titleKey.endsWith('ฯ') && leadKey.startsWith(titleKey.slice(0, -1));
    return extends_ || shortens ? inTitle : inLead;
  }
  return inLead ?? first ?? null;
}

function toMeeting(
  group: MeetingGroup | null,
  lead: Span | null,
  title: Span | null,
  date: DateRef | null,
  time: MeetingTime | null,
  mode: MeetingMode | null,
  venue: VenueMatch | null,
  theme: Theme | null,
): Meeting {
  const mentions = group?.mentions ?? [];
  const nameTh = preferredThaiName(mentions, lead, title);
  let nameEn: MeetingMention | null = null;
  let abbr: MeetingMention | null = null;
  let ordinal: MeetingMention | null = null;
  for (const mention of mentions) {
    if (!nameEn && mention.nameEn !== null) nameEn = mention;
    if (!abbr && mention.abbr !== null) abbr = mention;
    if (!ordinal && mention.ordinal !== null) ordinal = mention;
  }
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
