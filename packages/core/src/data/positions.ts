/** What sort of post a head word starts. */
export type PositionKind =
  | 'political' // ministers, prime minister, heads of state, members of parliament
  | 'civil-service' // permanent secretaries, directors-general, directors, officers
  | 'provincial' // governors, district chiefs, Lao provincial governors
  | 'diplomatic'
  | 'military-police'
  | 'academic'
  | 'organisation' // chairs, secretaries-general, advisers, representatives
  | 'royal'
  | 'acting'; // รักษาการ…, a prefix to another post

export interface PositionHead {
  /** The head word as written at the start of a post. */
  readonly form: string;
  readonly kind: PositionKind;
  readonly script: 'thai' | 'latin';
  /** Abbreviations (`รมว.`, `ผวจ.`) stand for a longer head word. */
  readonly abbreviation?: true;
}

/**
 * Words that start a post written after a person's name (`นายสมชาย ใจดี รองอธิบดีกรม…`).
 * A post continues past the head word; where it ends is the person extractor's business (the
 * clause words of grammar/clauses and the nationality markers below).
 */
export const POSITION_HEADS = [
  // political
  { form: 'นายกรัฐมนตรี', kind: 'political', script: 'thai' },
  { form: 'รองนายกรัฐมนตรี', kind: 'political', script: 'thai' },
  { form: 'รัฐมนตรี', kind: 'political', script: 'thai' },
  { form: 'รัฐมนตรีว่าการ', kind: 'political', script: 'thai' },
  { form: 'รัฐมนตรีช่วยว่าการ', kind: 'political', script: 'thai' },
  { form: 'รัฐมนตรีประจำสำนักนายกรัฐมนตรี', kind: 'political', script: 'thai' },
  { form: 'ผู้ช่วยรัฐมนตรี', kind: 'political', script: 'thai' },
  { form: 'รมว.', kind: 'political', script: 'thai', abbreviation: true },
  { form: 'รมช.', kind: 'political', script: 'thai', abbreviation: true },
  { form: 'รมต.', kind: 'political', script: 'thai', abbreviation: true },
  { form: 'นายกฯ', kind: 'political', script: 'thai', abbreviation: true },
  { form: 'รองนายกฯ', kind: 'political', script: 'thai', abbreviation: true },
  { form: 'ประธานาธิบดี', kind: 'political', script: 'thai' },
  { form: 'รองประธานาธิบดี', kind: 'political', script: 'thai' },
  { form: 'ประธานประเทศ', kind: 'political', script: 'thai' },
  { form: 'ผู้นำ', kind: 'political', script: 'thai' },
  { form: 'สมาชิกสภาผู้แทนราษฎร', kind: 'political', script: 'thai' },
  { form: 'สมาชิกวุฒิสภา', kind: 'political', script: 'thai' },
  { form: 'ส.ส.', kind: 'political', script: 'thai', abbreviation: true },
  { form: 'ส.ว.', kind: 'political', script: 'thai', abbreviation: true },
  { form: 'โฆษก', kind: 'political', script: 'thai' },
  { form: 'รองโฆษก', kind: 'political', script: 'thai' },

  // civil service
  { form: 'ปลัดกระทรวง', kind: 'civil-service', script: 'thai' },
  { form: 'รองปลัดกระทรวง', kind: 'civil-service', script: 'thai' },
  { form: 'ผู้ช่วยปลัดกระทรวง', kind: 'civil-service', script: 'thai' },
  { form: 'ปลัด', kind: 'civil-service', script: 'thai' },
  { form: 'รองปลัด', kind: 'civil-service', script: 'thai' },
  { form: 'ผู้ช่วยปลัด', kind: 'civil-service', script: 'thai' },
  { form: 'อธิบดี', kind: 'civil-service', script: 'thai' },
  { form: 'รองอธิบดี', kind: 'civil-service', script: 'thai' },
  { form: 'ผู้ช่วยอธิบดี', kind: 'civil-service', script: 'thai' },
  { form: 'ผู้อำนวยการ', kind: 'civil-service', script: 'thai' },
  { form: 'รองผู้อำนวยการ', kind: 'civil-service', script: 'thai' },
  { form: 'ผู้ช่วยผู้อำนวยการ', kind: 'civil-service', script: 'thai' },
  { form: 'ผอ.', kind: 'civil-service', script: 'thai', abbreviation: true },
  { form: 'รอง ผอ.', kind: 'civil-service', script: 'thai', abbreviation: true },
  { form: 'รองผอ.', kind: 'civil-service', script: 'thai', abbreviation: true },
  { form: 'เลขาธิการ', kind: 'civil-service', script: 'thai' },
  { form: 'รองเลขาธิการ', kind: 'civil-service', script: 'thai' },
  { form: 'ผู้ช่วยเลขาธิการ', kind: 'civil-service', script: 'thai' },
  { form: 'ผู้ตรวจราชการ', kind: 'civil-service', script: 'thai' },
  { form: 'ผู้เชี่ยวชาญ', kind: 'civil-service', script: 'thai' },
  { form: 'นักพัฒนาสังคม', kind: 'civil-service', script: 'thai' },
  { form: 'นักวิเคราะห์', kind: 'civil-service', script: 'thai' },
  { form: 'นักวิชาการ', kind: 'civil-service', script: 'thai' },
  { form: 'นักการทูต', kind: 'civil-service', script: 'thai' },
  { form: 'เจ้าหน้าที่', kind: 'civil-service', script: 'thai' },
  { form: 'หัวหน้า', kind: 'civil-service', script: 'thai' },
  { form: 'รองหัวหน้า', kind: 'civil-service', script: 'thai' },

  // provincial and local
  { form: 'ผู้ว่าราชการ', kind: 'provincial', script: 'thai' },
  { form: 'รองผู้ว่าราชการ', kind: 'provincial', script: 'thai' },
  { form: 'นายแพทย์สาธารณสุข', kind: 'provincial', script: 'thai' },
  { form: 'ผวจ.', kind: 'provincial', script: 'thai', abbreviation: true },
  { form: 'รองผวจ.', kind: 'provincial', script: 'thai', abbreviation: true },
  { form: 'ผู้ว่าฯ', kind: 'provincial', script: 'thai', abbreviation: true },
  { form: 'รองผู้ว่าฯ', kind: 'provincial', script: 'thai', abbreviation: true },
  { form: 'ปลัดจังหวัด', kind: 'provincial', script: 'thai' },
  { form: 'นายอำเภอ', kind: 'provincial', script: 'thai' },
  { form: 'ศึกษาธิการ', kind: 'provincial', script: 'thai' },
  { form: 'พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด', kind: 'provincial', script: 'thai' },
  { form: 'นายกองค์การบริหารส่วนจังหวัด', kind: 'provincial', script: 'thai' },
  { form: 'นายก อบจ.', kind: 'provincial', script: 'thai', abbreviation: true },
  { form: 'นายกเทศมนตรี', kind: 'provincial', script: 'thai' },
  { form: 'เจ้าแขวง', kind: 'provincial', script: 'thai' },
  { form: 'รองเจ้าแขวง', kind: 'provincial', script: 'thai' },
  { form: 'เจ้าเมือง', kind: 'provincial', script: 'thai' },
  { form: 'กำนัน', kind: 'provincial', script: 'thai' },
  { form: 'ผู้ใหญ่บ้าน', kind: 'provincial', script: 'thai' },

  // diplomatic
  { form: 'เอกอัครราชทูต', kind: 'diplomatic', script: 'thai' },
  { form: 'อัครราชทูต', kind: 'diplomatic', script: 'thai' },
  { form: 'อัครราชทูตที่ปรึกษา', kind: 'diplomatic', script: 'thai' },
  { form: 'เอกอัครราชทูตผู้แทนถาวร', kind: 'diplomatic', script: 'thai' },
  { form: 'ผู้แทนถาวร', kind: 'diplomatic', script: 'thai' },
  { form: 'อุปทูต', kind: 'diplomatic', script: 'thai' },
  { form: 'กงสุลใหญ่', kind: 'diplomatic', script: 'thai' },
  { form: 'กงสุล', kind: 'diplomatic', script: 'thai' },
  { form: 'เอกอัครราชทูตฯ', kind: 'diplomatic', script: 'thai', abbreviation: true },
  { form: 'ออท.', kind: 'diplomatic', script: 'thai', abbreviation: true },

  // military and police
  { form: 'ผู้บัญชาการ', kind: 'military-police', script: 'thai' },
  { form: 'รองผู้บัญชาการ', kind: 'military-police', script: 'thai' },
  { form: 'ผู้ช่วยผู้บัญชาการ', kind: 'military-police', script: 'thai' },
  { form: 'ผู้บัญชาการทหารสูงสุด', kind: 'military-police', script: 'thai' },
  { form: 'ผู้บัญชาการตำรวจแห่งชาติ', kind: 'military-police', script: 'thai' },
  { form: 'ผู้บังคับการ', kind: 'military-police', script: 'thai' },
  { form: 'รองผู้บังคับการ', kind: 'military-police', script: 'thai' },
  { form: 'ผู้กำกับการ', kind: 'military-police', script: 'thai' },
  { form: 'ผู้บังคับบัญชา', kind: 'military-police', script: 'thai' },
  { form: 'ผบ.', kind: 'military-police', script: 'thai', abbreviation: true },
  { form: 'ผบ.ตร.', kind: 'military-police', script: 'thai', abbreviation: true },
  { form: 'ผบ.ทสส.', kind: 'military-police', script: 'thai', abbreviation: true },
  { form: 'ผบ.ทบ.', kind: 'military-police', script: 'thai', abbreviation: true },
  { form: 'ผบก.', kind: 'military-police', script: 'thai', abbreviation: true },
  { form: 'ผกก.', kind: 'military-police', script: 'thai', abbreviation: true },
  { form: 'เสนาธิการ', kind: 'military-police', script: 'thai' },

  // academic
  { form: 'อธิการบดี', kind: 'academic', script: 'thai' },
  { form: 'รองอธิการบดี', kind: 'academic', script: 'thai' },
  { form: 'คณบดี', kind: 'academic', script: 'thai' },
  { form: 'รองคณบดี', kind: 'academic', script: 'thai' },
  { form: 'อาจารย์', kind: 'academic', script: 'thai' },

  // organisation roles
  { form: 'ประธาน', kind: 'organisation', script: 'thai' },
  { form: 'รองประธาน', kind: 'organisation', script: 'thai' },
  { form: 'ประธานกรรมการ', kind: 'organisation', script: 'thai' },
  { form: 'กรรมการ', kind: 'organisation', script: 'thai' },
  { form: 'อนุกรรมการ', kind: 'organisation', script: 'thai' },
  { form: 'ที่ปรึกษา', kind: 'organisation', script: 'thai' },
  { form: 'ผู้แทน', kind: 'organisation', script: 'thai' },
  { form: 'ผู้แทนพิเศษ', kind: 'organisation', script: 'thai' },
  { form: 'ผู้ประสานงาน', kind: 'organisation', script: 'thai' },
  { form: 'ผู้จัดการ', kind: 'organisation', script: 'thai' },
  { form: 'กรรมการผู้จัดการ', kind: 'organisation', script: 'thai' },
  { form: 'ผู้ทรงคุณวุฒิ', kind: 'organisation', script: 'thai' },
  { form: 'นายก', kind: 'organisation', script: 'thai' }, // นายกสมาคม…

  // royal
  { form: 'สมเด็จพระราชาธิบดี', kind: 'royal', script: 'thai' },
  { form: 'สมเด็จพระราชินี', kind: 'royal', script: 'thai' },
  { form: 'สุลต่าน', kind: 'royal', script: 'thai' },

  // acting
  { form: 'รักษาการ', kind: 'acting', script: 'thai' },
  { form: 'รักษาราชการแทน', kind: 'acting', script: 'thai' },
  { form: 'ทำการแทน', kind: 'acting', script: 'thai' },

  // English
  { form: 'Prime Minister', kind: 'political', script: 'latin' },
  { form: 'Deputy Prime Minister', kind: 'political', script: 'latin' },
  { form: 'Minister', kind: 'political', script: 'latin' },
  { form: 'Deputy Minister', kind: 'political', script: 'latin' },
  { form: 'Vice Minister', kind: 'political', script: 'latin' },
  { form: 'Assistant Deputy Minister', kind: 'political', script: 'latin' },
  { form: 'Assistant Minister', kind: 'political', script: 'latin' },
  { form: 'Secretary of State', kind: 'political', script: 'latin' },
  { form: 'President', kind: 'political', script: 'latin' },
  { form: 'Vice President', kind: 'political', script: 'latin' },
  { form: 'Spokesperson', kind: 'political', script: 'latin' },
  { form: 'Spokesman', kind: 'political', script: 'latin' },
  { form: 'Permanent Secretary', kind: 'civil-service', script: 'latin' },
  { form: 'Deputy Permanent Secretary', kind: 'civil-service', script: 'latin' },
  { form: 'Director-General', kind: 'civil-service', script: 'latin' },
  { form: 'Director General', kind: 'civil-service', script: 'latin' },
  { form: 'Deputy Director-General', kind: 'civil-service', script: 'latin' },
  { form: 'Director', kind: 'civil-service', script: 'latin' },
  { form: 'Deputy Director', kind: 'civil-service', script: 'latin' },
  { form: 'Secretary-General', kind: 'civil-service', script: 'latin' },
  { form: 'Deputy Secretary-General', kind: 'civil-service', script: 'latin' },
  { form: 'Governor', kind: 'provincial', script: 'latin' },
  { form: 'Ambassador', kind: 'diplomatic', script: 'latin' },
  { form: 'Permanent Representative', kind: 'diplomatic', script: 'latin' },
  { form: 'Consul-General', kind: 'diplomatic', script: 'latin' },
  { form: 'Consul General', kind: 'diplomatic', script: 'latin' },
  { form: 'Chargé d’Affaires', kind: 'diplomatic', script: 'latin' },
  { form: "Chargé d'Affaires", kind: 'diplomatic', script: 'latin' },
  { form: 'Commander', kind: 'military-police', script: 'latin' },
  { form: 'Chairman', kind: 'organisation', script: 'latin' },
  { form: 'Chairperson', kind: 'organisation', script: 'latin' },
  { form: 'Chair', kind: 'organisation', script: 'latin' },
  { form: 'Deputy', kind: 'organisation', script: 'latin' },
  { form: 'Head', kind: 'organisation', script: 'latin' },
  { form: 'Advisor', kind: 'organisation', script: 'latin' },
  { form: 'Adviser', kind: 'organisation', script: 'latin' },
  { form: 'Special Envoy', kind: 'organisation', script: 'latin' },
  { form: 'Representative', kind: 'organisation', script: 'latin' },
  { form: 'Chief Executive Officer', kind: 'organisation', script: 'latin' },
  { form: 'CEO', kind: 'organisation', script: 'latin', abbreviation: true },
  { form: 'Rector', kind: 'academic', script: 'latin' },
  { form: 'Dean', kind: 'academic', script: 'latin' },
] as const satisfies readonly PositionHead[];

/** {@link POSITION_HEADS} longest first, for a matcher that tries them in order. */
export const POSITION_HEAD_FORMS: readonly PositionHead[] = [...POSITION_HEADS].sort(
  (a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0),
);

/**
 * Words written before a Thai post that keep it a post of the person named:
 * `อดีตรัฐมนตรีว่าการกระทรวงพาณิชย์`, `ว่าที่ผู้ว่าราชการจังหวัด…`, `ภริยาเอกอัครราชทูต…`.
 */
export const POST_PREFIXES = ['อดีต', 'ว่าที่', 'ภริยา', 'ภรรยา', 'คู่สมรส'] as const satisfies readonly string[];

/**
 * Words that start a nationality after a post; the post ends before them
 * (`…ที่ปรึกษาโครงการ ชาวญี่ปุ่น`, `ผู้เชี่ยวชาญสัญชาติเกาหลี`). Each is followed by a country
 * name, which `findCountries` reads.
 */
export const NATIONALITY_MARKERS = ['สัญชาติ', 'ชาว', 'เชื้อสาย'] as const satisfies readonly string[];
