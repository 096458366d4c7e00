/**
 * Phrases that contain a country name but do not mention the country. The country matcher
 * takes the longest phrase starting at each position, so listing `ทะเลจีนใต้` here hides the
 * `จีน` inside it. Currency names (`ดอลลาร์สหรัฐ`, `เยนญี่ปุ่น`) are not repeated here: the
 * matcher also treats every name in `CURRENCIES` (./currencies) as a non-mention.
 */

export type NotCountryKind =
  | 'sea' // seas, gulfs, oceans, straits, canals, rivers
  | 'region' // continents, peninsulas, sub-regions, islands that are not the state
  | 'city' // cities named like their country, provinces, districts
  | 'organisation' // ministries, agencies, companies, parties, media whose name holds a country word
  | 'building'
  | 'brand' // products, programmes, slogans
  | 'festival'
  | 'language'
  | 'word'; // ordinary words that merely contain the letters of a country name

export interface NotCountry {
  readonly phrase: string;
  readonly kind: NotCountryKind;
}

export const NOT_COUNTRIES = [
  // Seas, gulfs, oceans (most are also caught by NOT_COUNTRY_PREFIXES; listed for clarity).
  { phrase: 'ทะเลจีนใต้', kind: 'sea' },
  { phrase: 'ทะเลจีนตะวันออก', kind: 'sea' },
  { phrase: 'ทะเลจีน', kind: 'sea' },
  { phrase: 'ทะเลญี่ปุ่น', kind: 'sea' },
  { phrase: 'ทะเลฟิลิปปินส์', kind: 'sea' },
  { phrase: 'อ่าวไทย', kind: 'sea' },
  { phrase: 'อ่าวเม็กซิโก', kind: 'sea' },
  { phrase: 'มหาสมุทรอินเดีย', kind: 'sea' },
  { phrase: 'ช่องแคบไต้หวัน', kind: 'sea' },
  { phrase: 'ช่องแคบอังกฤษ', kind: 'sea' },
  { phrase: 'คลองปานามา', kind: 'sea' },
  { phrase: 'South China Sea', kind: 'sea' },
  { phrase: 'East China Sea', kind: 'sea' },
  { phrase: 'Sea of Japan', kind: 'sea' },
  { phrase: 'Gulf of Thailand', kind: 'sea' },
  { phrase: 'Gulf of Mexico', kind: 'sea' },
  { phrase: 'Panama Canal', kind: 'sea' },
  { phrase: 'Taiwan Strait', kind: 'sea' },

  // Regions, continents, peninsulas.
  { phrase: 'คาบสมุทรเกาหลี', kind: 'region' },
  { phrase: 'อินโด-แปซิฟิก', kind: 'region' },
  { phrase: 'อินโด - แปซิฟิก', kind: 'region' },
  { phrase: 'อินโดแปซิฟิก', kind: 'region' },
  { phrase: 'อินโดจีน', kind: 'region' },
  { phrase: 'อเมริกาใต้', kind: 'region' },
  { phrase: 'อเมริกาเหนือ', kind: 'region' },
  { phrase: 'อเมริกากลาง', kind: 'region' },
  { phrase: 'อเมริกาลาติน', kind: 'region' },
  { phrase: 'ละตินอเมริกา', kind: 'region' },
  { phrase: 'ลาตินอเมริกา', kind: 'region' },
  { phrase: 'นิวกินี', kind: 'region' },
  { phrase: 'Indo-Pacific', kind: 'region' },
  { phrase: 'Korean Peninsula', kind: 'region' },
  { phrase: 'South America', kind: 'region' },
  { phrase: 'North America', kind: 'region' },
  { phrase: 'Central America', kind: 'region' },
  { phrase: 'Latin America', kind: 'region' },
  { phrase: 'New Guinea', kind: 'region' },

  // Cities and provinces that carry a country name.
  { phrase: 'ปราจีนบุรี', kind: 'city' },
  { phrase: 'ปราจีน', kind: 'city' },
  { phrase: 'เม็กซิโกซิตี้', kind: 'city' },
  { phrase: 'เม็กซิโกซิตี', kind: 'city' },
  { phrase: 'ปานามาซิตี้', kind: 'city' },
  { phrase: 'ปานามาซิตี', kind: 'city' },
  { phrase: 'คูเวตซิตี้', kind: 'city' },
  { phrase: 'คูเวตซิตี', kind: 'city' },
  { phrase: 'กัวเตมาลาซิตี้', kind: 'city' },
  { phrase: 'กัวเตมาลาซิตี', kind: 'city' },
  { phrase: 'Mexico City', kind: 'city' },
  { phrase: 'Panama City', kind: 'city' },
  { phrase: 'Kuwait City', kind: 'city' },
  { phrase: 'Guatemala City', kind: 'city' },
  { phrase: 'Luxembourg City', kind: 'city' },

  // Organisations whose name holds a country word.
  { phrase: 'มหาดไทย', kind: 'organisation' }, // กระทรวงมหาดไทย, the Ministry of Interior
  { phrase: 'แห่งประเทศไทย', kind: 'organisation' }, // การท่องเที่ยว/ธนาคาร/สภาหอการค้า…แห่งประเทศไทย
  { phrase: 'รัฐธรรมนูญแห่งราชอาณาจักรไทย', kind: 'organisation' },
  { phrase: 'กรมอเมริกาและแปซิฟิกใต้', kind: 'organisation' },
  { phrase: 'การบินไทย', kind: 'organisation' },
  { phrase: 'สภากาชาดไทย', kind: 'organisation' },
  { phrase: 'หอการค้าไทย', kind: 'organisation' },
  { phrase: 'สำนักข่าวไทย', kind: 'organisation' },
  { phrase: 'ไทยพีบีเอส', kind: 'organisation' },
  { phrase: 'ไทยรัฐ', kind: 'organisation' },
  { phrase: 'ไทยโพสต์', kind: 'organisation' },
  { phrase: 'ไทยคม', kind: 'organisation' },
  { phrase: 'ไทยเบฟ', kind: 'organisation' },
  { phrase: 'ไทยออยล์', kind: 'organisation' },
  { phrase: 'ไทยสมายล์', kind: 'organisation' },
  { phrase: 'ไทยแอร์เอเชีย', kind: 'organisation' },
  { phrase: 'ไทยไลอ้อนแอร์', kind: 'organisation' },
  { phrase: 'ไทยเวียตเจ็ท', kind: 'organisation' },
  { phrase: 'ไทยประกันชีวิต', kind: 'organisation' },
  { phrase: 'ไทยพาณิชย์', kind: 'organisation' },
  { phrase: 'กสิกรไทย', kind: 'organisation' },
  { phrase: 'ปูนซิเมนต์ไทย', kind: 'organisation' },
  { phrase: 'พรรคเพื่อไทย', kind: 'organisation' },
  { phrase: 'ภูมิใจไทย', kind: 'organisation' },
  { phrase: 'ไทยรักไทย', kind: 'organisation' },
  { phrase: 'รวมไทยสร้างชาติ', kind: 'organisation' },
  { phrase: 'ไทยสร้างไทย', kind: 'organisation' },
  { phrase: 'ชาติไทยพัฒนา', kind: 'organisation' },
  { phrase: 'องค์การความร่วมมือระหว่างประเทศแห่งญี่ปุ่น', kind: 'organisation' },
  { phrase: 'องค์การความร่วมมือระหว่างประเทศของญี่ปุ่น', kind: 'organisation' },
  { phrase: 'องค์การความร่วมมือระหว่างประเทศเกาหลี', kind: 'organisation' },
  { phrase: 'Tourism Authority of Thailand', kind: 'organisation' },
  { phrase: 'Electricity Generating Authority of Thailand', kind: 'organisation' },
  { phrase: 'State Railway of Thailand', kind: 'organisation' },
  { phrase: 'Stock Exchange of Thailand', kind: 'organisation' },
  { phrase: 'Thai Airways', kind: 'organisation' },
  { phrase: 'Japan International Cooperation Agency', kind: 'organisation' },
  { phrase: 'Japan External Trade Organization', kind: 'organisation' },
  { phrase: 'Japan Foundation', kind: 'organisation' },
  { phrase: 'Korea International Cooperation Agency', kind: 'organisation' },

  // Buildings.
  { phrase: 'ตึกไทยคู่ฟ้า', kind: 'building' },
  { phrase: 'ไทยคู่ฟ้า', kind: 'building' },

  // Brands, programmes, slogans.
  { phrase: 'ไทยแลนด์', kind: 'brand' }, // ไทยแลนด์ 4.0, ทีมไทยแลนด์
  { phrase: 'ไทยนิยม', kind: 'brand' },
  { phrase: 'ไทยเข้มแข็ง', kind: 'brand' },
  { phrase: 'ไทยเที่ยวไทย', kind: 'brand' },
  { phrase: 'ไทยชนะ', kind: 'brand' },
  { phrase: 'นมไทย-เดนมาร์ค', kind: 'brand' },
  { phrase: 'นมไทยเดนมาร์ค', kind: 'brand' },
  { phrase: 'นมไทย-เดนมาร์ก', kind: 'brand' },
  { phrase: 'โคนมไทย-เดนมาร์ค', kind: 'brand' },

  // Festivals.
  { phrase: 'ตรุษจีน', kind: 'festival' },

  // Languages and scripts not covered by the ภาษา/อักษร prefixes.
  { phrase: 'จีนกลาง', kind: 'language' },

  // Ordinary words that contain the letters of a country name.
  { phrase: 'ลาวา', kind: 'word' }, // lava
  { phrase: 'หลาว', kind: 'word' }, // a spear
  { phrase: 'คลาวด์', kind: 'word' }, // cloud (computing)
  { phrase: 'ลาวด์', kind: 'word' }, // loud(speaker)
  { phrase: 'ซีเรียส', kind: 'word' }, // serious
  { phrase: 'ปรัสเซีย', kind: 'word' }, // Prussia, not Russia
  { phrase: 'อินเดียน', kind: 'word' }, // อินเดียนแดง, อินเดียนา
  { phrase: 'ชาดก', kind: 'word' }, // Jataka tales
  { phrase: 'เช็กอิน', kind: 'word' },
  { phrase: 'เช็คอิน', kind: 'word' },
  { phrase: 'เช็กเอาต์', kind: 'word' },
  { phrase: 'เช็คเอาท์', kind: 'word' },
] as const satisfies readonly NotCountry[];

/** A word that, right before a country name, makes the whole a non-mention (`ภาษาไทย`). */
export interface NotCountryPrefix {
  readonly form: string;
  readonly kind: NotCountryKind;
}

/**
 * A country name right after one of these (one space allowed between) is part of a
 * language, a sea, a city or a department, not a mention: `ภาษาจีน`, `อ่าวไทย`,
 * `คาบสมุทรเกาหลี`, `กรุงคูเวต`, `กรุงไทย` (a bank), `นครไทย` (a district).
 */
export const NOT_COUNTRY_PREFIXES = [
  { form: 'ภาษา', kind: 'language' },
  { form: 'อักษร', kind: 'language' },
  { form: 'ทะเล', kind: 'sea' },
  { form: 'อ่าว', kind: 'sea' },
  { form: 'มหาสมุทร', kind: 'sea' },
  { form: 'ช่องแคบ', kind: 'sea' },
  { form: 'แม่น้ำ', kind: 'sea' },
  { form: 'คลอง', kind: 'sea' },
  { form: 'คาบสมุทร', kind: 'region' },
  { form: 'ทวีป', kind: 'region' },
  { form: 'กรุง', kind: 'city' },
  { form: 'นคร', kind: 'city' },
  { form: 'กรม', kind: 'organisation' },
  { form: 'Bank of ', kind: 'organisation' },
  { form: 'Sea of ', kind: 'sea' },
  { form: 'Gulf of ', kind: 'sea' },
  { form: 'Bay of ', kind: 'sea' },
] as const satisfies readonly NotCountryPrefix[];

/**
 * Words that introduce a quoted proper name (`โครงการ “…”`): country words inside the
 * quotes belong to the name of a project or brand and are not mentions.
 */
export const QUOTED_NAME_INTRODUCERS = [
  'โครงการ',
  'แคมเปญ',
  'แบรนด์',
  'ผลิตภัณฑ์',
  'ภายใต้ชื่อ',
  'ชื่อว่า',
] as const satisfies readonly string[];

/** Quotation marks that may open or close such a name; Thai pages use `”` on both sides. */
export const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»'] as const satisfies readonly string[];
