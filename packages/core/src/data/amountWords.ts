/** Words that scale the number in front of them: `๕๐ ล้าน`, `6.31 หมื่น`, `2.5 million`. */
export interface AmountMultiplier {
  readonly form: string;
  readonly factor: number;
  /**
   * Thai multipliers are read together with their number by `parseThaiNumber`, which also
   * understands runs such as `หมื่นล้าน`; Latin ones are applied by the amount extractor.
   */
  readonly script: 'thai' | 'latin';
}

export const AMOUNT_MULTIPLIERS = [
  { form: 'พัน', factor: 1e3, script: 'thai' },
  { form: 'หมื่น', factor: 1e4, script: 'thai' },
  { form: 'แสน', factor: 1e5, script: 'thai' },
  { form: 'ล้าน', factor: 1e6, script: 'thai' },
  { form: 'thousand', factor: 1e3, script: 'latin' },
  { form: 'million', factor: 1e6, script: 'latin' },
  { form: 'mn', factor: 1e6, script: 'latin' },
  { form: 'billion', factor: 1e9, script: 'latin' },
  { form: 'bn', factor: 1e9, script: 'latin' },
  { form: 'trillion', factor: 1e12, script: 'latin' },
] as const satisfies readonly AmountMultiplier[];

/**
 * How a qualifier in front of a sum relates it to the real figure. `estimate` and the bounds
 * make the amount approximate; a `cap` (`ไม่เกิน ๕ ล้านบาท`, a budget ceiling) is the
 * figure itself and does not.
 */
export type AmountQualifierKind = 'estimate' | 'lower-bound' | 'upper-bound' | 'cap';

export interface AmountQualifier {
  readonly form: string;
  readonly kind: AmountQualifierKind;
  readonly script: 'thai' | 'latin';
  /**
   * Words that, written right before the qualifier, make it part of another word:
   * `ประมาณ` inside `งบประมาณ` (budget) is no estimate.
   */
  readonly notAfter?: readonly string[];
}

/**
 * Qualifiers written just before a sum (one space allowed). Thai also puts `กว่า` inside
 * the sum (`๒ ล้านกว่าบาท`, `๑๐๐ กว่าล้านบาท`); see {@link INNER_APPROXIMATION_WORDS}.
 */
export const AMOUNT_QUALIFIERS = [
  { form: 'ประมาณการ', kind: 'estimate', script: 'thai' },
  { form: 'ประมาณ', kind: 'estimate', script: 'thai', notAfter: ['งบ'] },
  { form: 'ราว ๆ', kind: 'estimate', script: 'thai' },
  { form: 'ราวๆ', kind: 'estimate', script: 'thai' },
  { form: 'ราว', kind: 'estimate', script: 'thai', notAfter: ['เรื่อง'] },
  { form: 'เกือบ', kind: 'estimate', script: 'thai' },
  { form: 'คาดว่า', kind: 'estimate', script: 'thai' },
  { form: 'กว่า', kind: 'lower-bound', script: 'thai' }, // also มากกว่า, เกินกว่า, ไม่ต่ำกว่า, ไม่น้อยกว่า
  { form: 'อย่างน้อย', kind: 'lower-bound', script: 'thai' },
  { form: 'ไม่เกิน', kind: 'cap', script: 'thai' },
  { form: 'สูงสุด', kind: 'cap', script: 'thai' },
  { form: 'approximately', kind: 'estimate', script: 'latin' },
  { form: 'approx.', kind: 'estimate', script: 'latin' },
  { form: 'about', kind: 'estimate', script: 'latin' },
  { form: 'around', kind: 'estimate', script: 'latin' },
  { form: 'roughly', kind: 'estimate', script: 'latin' },
  { form: 'nearly', kind: 'estimate', script: 'latin' },
  { form: 'almost', kind: 'estimate', script: 'latin' },
  { form: 'some', kind: 'estimate', script: 'latin' },
  { form: 'over', kind: 'lower-bound', script: 'latin' },
  { form: 'more than', kind: 'lower-bound', script: 'latin' },
  { form: 'at least', kind: 'lower-bound', script: 'latin' },
  { form: 'less than', kind: 'upper-bound', script: 'latin' },
  { form: 'up to', kind: 'cap', script: 'latin' },
] as const satisfies readonly AmountQualifier[];

/** Thai approximation words that may stand inside a sum: `๒ ล้านกว่าบาท`, `๑๐๐ กว่าล้านบาท`. */
export const INNER_APPROXIMATION_WORDS = ['กว่า'] as const satisfies readonly string[];

/**
 * Thai approximation words written right after the currency (`๕ ล้านบาทเศษ`, "five million
 * baht and some"). They mark the amount approximate but stay outside its span.
 */
export const TRAILING_APPROXIMATION_WORDS = ['เศษ', 'กว่า'] as const satisfies readonly string[];

/**
 * A sum written with multiplier words only (`หมื่นล้านดอลลาร์`) is a figure only after one of
 * these (one space allowed): `ละหมื่นบาท` (ten thousand baht each), `มูลค่าแสนล้านบาท`, or an
 * approximation qualifier. Elsewhere such words are vague (`หลายล้านบาท`, `หลักล้านบาท`) or
 * a unit label (`หน่วย: ล้านบาท`).
 */
export const WORD_ONLY_AMOUNT_CUES = [
  'ละ',
  'มูลค่า',
  'วงเงิน',
  'งบประมาณ',
  'จำนวน',
  'เป็นเงิน',
  'รวม',
] as const satisfies readonly string[];
