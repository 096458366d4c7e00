/** What kind of title an honorific is. */
export type HonorificKind =
  | 'civil' // นาย, นาง, นางสาว, ฯพณฯ
  | 'academic' // ศาสตราจารย์, ดร.
  | 'professional' // นายแพทย์, ทันตแพทย์, เภสัชกร
  | 'army'
  | 'navy'
  | 'air-force'
  | 'police'
  | 'royal-noble' // หม่อมราชวงศ์, คุณหญิง
  | 'religious'
  | 'foreign'; // Mr., H.E., Dato'

export interface Honorific {
  /** The title spelled out, as written before a name. */
  readonly full: string;
  /** Abbreviated spellings of the same title (`พล.อ.` for `พลเอก`). */
  readonly abbreviations: readonly string[];
  readonly kind: HonorificKind;
}

/**
 * Titles written before a person's name. Every written form occurs once in the table: where
 * the services share an abbreviation (`ร.อ.` is ร้อยเอก, เรือเอก and เรืออากาศเอก; `น.อ.` is
 * นาวาเอก and นาวาอากาศเอก) it is listed under the army or navy rank, which is enough for
 * extraction because the honorific is kept as written.
 */
export const HONORIFICS = [
  // civil
  { full: 'นาย', abbreviations: [], kind: 'civil' },
  { full: 'นาง', abbreviations: [], kind: 'civil' },
  { full: 'นางสาว', abbreviations: ['น.ส.', 'นส.'], kind: 'civil' },
  { full: 'เด็กชาย', abbreviations: ['ด.ช.'], kind: 'civil' },
  { full: 'เด็กหญิง', abbreviations: ['ด.ญ.'], kind: 'civil' },
  { full: 'ท่าน', abbreviations: [], kind: 'civil' },
  { full: 'คุณ', abbreviations: [], kind: 'civil' },
  { full: 'ฯพณฯ', abbreviations: [], kind: 'civil' },

  // academic
  { full: 'ดอกเตอร์', abbreviations: ['ดร.'], kind: 'academic' },
  { full: 'ศาสตราจารย์', abbreviations: ['ศ.'], kind: 'academic' },
  { full: 'รองศาสตราจารย์', abbreviations: ['รศ.'], kind: 'academic' },
  { full: 'ผู้ช่วยศาสตราจารย์', abbreviations: ['ผศ.'], kind: 'academic' },
  { full: 'ศาสตราจารย์ ดร.', abbreviations: ['ศ.ดร.', 'ศ. ดร.'], kind: 'academic' },
  { full: 'รองศาสตราจารย์ ดร.', abbreviations: ['รศ.ดร.', 'รศ. ดร.'], kind: 'academic' },
  { full: 'ผู้ช่วยศาสตราจารย์ ดร.', abbreviations: ['ผศ.ดร.', 'ผศ. ดร.'], kind: 'academic' },
  { full: 'อาจารย์ ดร.', abbreviations: ['อ.ดร.', 'อ. ดร.'], kind: 'academic' },
  { full: 'ศาสตราจารย์เกียรติคุณ', abbreviations: [], kind: 'academic' },
  { full: 'ศาสตราจารย์พิเศษ', abbreviations: [], kind: 'academic' },
  { full: 'ศาสตราจารย์นายแพทย์', abbreviations: ['ศ.นพ.'], kind: 'academic' },
  { full: 'รองศาสตราจารย์นายแพทย์', abbreviations: ['รศ.นพ.'], kind: 'academic' },
  { full: 'ผู้ช่วยศาสตราจารย์นายแพทย์', abbreviations: ['ผศ.นพ.'], kind: 'academic' },

  // professional
  { full: 'นายแพทย์', abbreviations: ['นพ.'], kind: 'professional' },
  { full: 'แพทย์หญิง', abbreviations: ['พญ.'], kind: 'professional' },
  { full: 'ทันตแพทย์', abbreviations: ['ทพ.'], kind: 'professional' },
  { full: 'ทันตแพทย์หญิง', abbreviations: ['ทพญ.'], kind: 'professional' },
  { full: 'เภสัชกร', abbreviations: ['ภก.'], kind: 'professional' },
  { full: 'เภสัชกรหญิง', abbreviations: ['ภญ.'], kind: 'professional' },
  { full: 'นายสัตวแพทย์', abbreviations: ['น.สพ.'], kind: 'professional' },
  { full: 'สัตวแพทย์หญิง', abbreviations: ['สพ.ญ.'], kind: 'professional' },

  // army
  { full: 'จอมพล', abbreviations: [], kind: 'army' },
  { full: 'พลเอกอาวุโส', abbreviations: [], kind: 'army' },
  { full: 'พลเอก', abbreviations: ['พล.อ.'], kind: 'army' },
  { full: 'พลโท', abbreviations: ['พล.ท.'], kind: 'army' },
  { full: 'พลตรี', abbreviations: ['พล.ต.'], kind: 'army' },
  { full: 'พลจัตวา', abbreviations: [], kind: 'army' },
  { full: 'พันเอก', abbreviations: ['พ.อ.'], kind: 'army' },
  { full: 'พันโท', abbreviations: ['พ.ท.'], kind: 'army' },
  { full: 'พันตรี', abbreviations: ['พ.ต.'], kind: 'army' },
  { full: 'ร้อยเอก', abbreviations: ['ร.อ.'], kind: 'army' },
  { full: 'ร้อยโท', abbreviations: ['ร.ท.'], kind: 'army' },
  { full: 'ร้อยตรี', abbreviations: ['ร.ต.'], kind: 'army' },
  { full: 'ว่าที่ร้อยตรี', abbreviations: ['ว่าที่ ร.ต.', 'ว่าที่ร.ต.'], kind: 'army' },
  { full: 'ว่าที่ร้อยตรีหญิง', abbreviations: ['ว่าที่ ร.ต.หญิง', 'ว่าที่ร.ต.หญิง'], kind: 'army' },
  { full: 'จ่าสิบเอก', abbreviations: ['จ.ส.อ.'], kind: 'army' },
  { full: 'จ่าสิบโท', abbreviations: ['จ.ส.ท.'], kind: 'army' },
  { full: 'จ่าสิบตรี', abbreviations: ['จ.ส.ต.'], kind: 'army' },
  { full: 'สิบเอก', abbreviations: ['ส.อ.'], kind: 'army' },
  { full: 'สิบโท', abbreviations: ['ส.ท.'], kind: 'army' },
  { full: 'สิบตรี', abbreviations: ['ส.ต.'], kind: 'army' },

  // navy
  { full: 'จอมพลเรือ', abbreviations: [], kind: 'navy' },
  { full: 'พลเรือเอก', abbreviations: ['พล.ร.อ.'], kind: 'navy' },
  { full: 'พลเรือโท', abbreviations: ['พล.ร.ท.'], kind: 'navy' },
  { full: 'พลเรือตรี', abbreviations: ['พล.ร.ต.'], kind: 'navy' },
  { full: 'นาวาเอก', abbreviations: ['น.อ.'], kind: 'navy' },
  { full: 'นาวาโท', abbreviations: ['น.ท.'], kind: 'navy' },
  { full: 'นาวาตรี', abbreviations: ['น.ต.'], kind: 'navy' },
  { full: 'เรือเอก', abbreviations: [], kind: 'navy' }, // writes ร.อ., listed under ร้อยเอก
  { full: 'เรือโท', abbreviations: [], kind: 'navy' },
  { full: 'เรือตรี', abbreviations: [], kind: 'navy' },
  { full: 'พันจ่าเอก', abbreviations: ['พ.จ.อ.'], kind: 'navy' },
  { full: 'พันจ่าโท', abbreviations: ['พ.จ.ท.'], kind: 'navy' },
  { full: 'พันจ่าตรี', abbreviations: ['พ.จ.ต.'], kind: 'navy' },
  { full: 'จ่าเอก', abbreviations: ['จ.อ.'], kind: 'navy' },
  { full: 'จ่าโท', abbreviations: ['จ.ท.'], kind: 'navy' },
  { full: 'จ่าตรี', abbreviations: ['จ.ต.'], kind: 'navy' },

  // air force
  { full: 'จอมพลอากาศ', abbreviations: [], kind: 'air-force' },
  { full: 'พลอากาศเอก', abbreviations: ['พล.อ.อ.'], kind: 'air-force' },
  { full: 'พลอากาศโท', abbreviations: ['พล.อ.ท.'], kind: 'air-force' },
  { full: 'พลอากาศตรี', abbreviations: ['พล.อ.ต.'], kind: 'air-force' },
  { full: 'นาวาอากาศเอก', abbreviations: [], kind: 'air-force' }, // writes น.อ., listed under นาวาเอก
  { full: 'นาวาอากาศโท', abbreviations: [], kind: 'air-force' },
  { full: 'นาวาอากาศตรี', abbreviations: [], kind: 'air-force' },
  { full: 'เรืออากาศเอก', abbreviations: [], kind: 'air-force' },
  { full: 'เรืออากาศโท', abbreviations: [], kind: 'air-force' },
  { full: 'เรืออากาศตรี', abbreviations: [], kind: 'air-force' },
  { full: 'พันจ่าอากาศเอก', abbreviations: ['พ.อ.อ.'], kind: 'air-force' },
  { full: 'พันจ่าอากาศโท', abbreviations: ['พ.อ.ท.'], kind: 'air-force' },
  { full: 'พันจ่าอากาศตรี', abbreviations: ['พ.อ.ต.'], kind: 'air-force' },
  { full: 'จ่าอากาศเอก', abbreviations: [], kind: 'air-force' },
  { full: 'จ่าอากาศโท', abbreviations: [], kind: 'air-force' },
  { full: 'จ่าอากาศตรี', abbreviations: [], kind: 'air-force' },

  // police
  { full: 'พลตำรวจเอก', abbreviations: ['พล.ต.อ.'], kind: 'police' },
  { full: 'พลตำรวจโท', abbreviations: ['พล.ต.ท.'], kind: 'police' },
  { full: 'พลตำรวจตรี', abbreviations: ['พล.ต.ต.'], kind: 'police' },
  { full: 'พันตำรวจเอก', abbreviations: ['พ.ต.อ.'], kind: 'police' },
  { full: 'พันตำรวจโท', abbreviations: ['พ.ต.ท.'], kind: 'police' },
  { full: 'พันตำรวจตรี', abbreviations: ['พ.ต.ต.'], kind: 'police' },
  { full: 'ร้อยตำรวจเอก', abbreviations: ['ร.ต.อ.'], kind: 'police' },
  { full: 'ร้อยตำรวจโท', abbreviations: ['ร.ต.ท.'], kind: 'police' },
  { full: 'ร้อยตำรวจตรี', abbreviations: ['ร.ต.ต.'], kind: 'police' },
  { full: 'ดาบตำรวจ', abbreviations: ['ด.ต.'], kind: 'police' },
  { full: 'จ่าสิบตำรวจ', abbreviations: [], kind: 'police' }, // writes จ.ส.ต., listed under จ่าสิบตรี
  { full: 'สิบตำรวจเอก', abbreviations: ['ส.ต.อ.'], kind: 'police' },
  { full: 'สิบตำรวจโท', abbreviations: ['ส.ต.ท.'], kind: 'police' },
  { full: 'สิบตำรวจตรี', abbreviations: ['ส.ต.ต.'], kind: 'police' },

  // royal and noble
  { full: 'หม่อมเจ้า', abbreviations: ['ม.จ.'], kind: 'royal-noble' },
  { full: 'หม่อมราชวงศ์', abbreviations: ['ม.ร.ว.'], kind: 'royal-noble' },
  { full: 'หม่อมหลวง', abbreviations: ['ม.ล.'], kind: 'royal-noble' },
  { full: 'ท่านผู้หญิง', abbreviations: [], kind: 'royal-noble' },
  { full: 'คุณหญิง', abbreviations: [], kind: 'royal-noble' },

  // religious
  { full: 'พระครู', abbreviations: [], kind: 'religious' },
  { full: 'พระมหา', abbreviations: [], kind: 'religious' },
  { full: 'พระอธิการ', abbreviations: [], kind: 'religious' },

  // foreign, as written in English or transliterated
  { full: 'Mister', abbreviations: ['Mr.', 'Mr'], kind: 'foreign' },
  { full: 'Mrs.', abbreviations: ['Mrs'], kind: 'foreign' },
  { full: 'Ms.', abbreviations: ['Ms'], kind: 'foreign' },
  { full: 'Miss', abbreviations: [], kind: 'foreign' },
  { full: 'Doctor', abbreviations: ['Dr.', 'Dr'], kind: 'foreign' },
  { full: 'Professor', abbreviations: ['Prof.'], kind: 'foreign' },
  { full: 'His Excellency', abbreviations: ['H.E.'], kind: 'foreign' },
  { full: 'Her Excellency', abbreviations: [], kind: 'foreign' },
  { full: 'H.E. Mr.', abbreviations: [], kind: 'foreign' },
  { full: 'H.E. Mrs.', abbreviations: [], kind: 'foreign' },
  { full: 'H.E. Ms.', abbreviations: [], kind: 'foreign' },
  { full: 'H.E. Dr.', abbreviations: [], kind: 'foreign' },
  { full: 'Sir', abbreviations: [], kind: 'foreign' },
  { full: 'Dame', abbreviations: [], kind: 'foreign' },
  { full: "Dato'", abbreviations: [], kind: 'foreign' },
  { full: "Dato' Sri", abbreviations: [], kind: 'foreign' },
  { full: 'Datuk', abbreviations: [], kind: 'foreign' },
  { full: 'Tan Sri', abbreviations: [], kind: 'foreign' },
  { full: 'Pehin', abbreviations: [], kind: 'foreign' },
  { full: 'ดาโต๊ะ', abbreviations: [], kind: 'foreign' },
  // Malaysian titles come in several Thai spellings, with or without a space.
  { full: 'ดาโต๊ะศรี', abbreviations: [], kind: 'foreign' },
  { full: 'ดาโต๊ะ ศรี', abbreviations: [], kind: 'foreign' },
  { full: 'ดาโต๊ะซรี', abbreviations: [], kind: 'foreign' },
  { full: 'ดาโต๊ะ ซรี', abbreviations: [], kind: 'foreign' },
  { full: 'ดาโต๊ะเสรี', abbreviations: [], kind: 'foreign' },
  { full: 'ดาโต๊ะ เสรี', abbreviations: [], kind: 'foreign' },
  { full: 'ดาทุก', abbreviations: [], kind: 'foreign' },
  { full: 'ตันศรี', abbreviations: [], kind: 'foreign' },
  { full: 'ตันสรี', abbreviations: [], kind: 'foreign' },
  { full: 'ตัน ศรี', abbreviations: [], kind: 'foreign' },
  { full: 'มิสเตอร์', abbreviations: [], kind: 'foreign' },
] as const satisfies readonly Honorific[];

/** One written form of an honorific, for matching. */
export interface HonorificForm {
  readonly form: string;
  readonly full: string;
  readonly kind: HonorificKind;
  readonly abbreviated: boolean;
}

/**
 * Every written form of every honorific, longest first, so that a matcher trying them in
 * order takes `พล.ต.อ.` before `พล.ต.` and `นางสาว` before `นาง`.
 */
export const HONORIFIC_FORMS: readonly HonorificForm[] = HONORIFICS.flatMap(
  (honorific: Honorific): HonorificForm[] => [
    { form: honorific.full, full: honorific.full, kind: honorific.kind, abbreviated: false },
    ...honorific.abbreviations.map((form) => ({
      form,
      full: honorific.full,
      kind: honorific.kind,
      abbreviated: true,
    })),
  ],
).sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
