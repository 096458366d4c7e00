import type { CurrencyCode } from './iso-codes';

/**
 * Where a currency stands relative to its number: Thai words and English words follow it
 * (`๕๐ ล้านบาท`, `5 million baht`), symbols precede it (`US$ 5 million`), ISO codes go either way.
 */
export type CurrencyPosition = 'after' | 'before' | 'either';

export interface CurrencyName {
  /** As written. Latin words match case-insensitively, ISO codes and symbols exactly. */
  readonly form: string;
  readonly code: CurrencyCode;
  readonly position: CurrencyPosition;
  readonly script: 'thai' | 'latin' | 'symbol';
  /** The word also multiplies the number: `ลบ.` is ล้านบาท, so `6.31 หมื่นลบ.` is 63,100 × 10⁶ baht. */
  readonly multiplier?: number;
  /** ISO codes are matched in capitals only (`USD`, not `usd`). */
  readonly caseSensitive?: boolean;
}

/**
 * Currency names as written in Thai and English reports. A bare `ดอลลาร์`/`dollar` is the
 * US dollar, a bare `เรียล` the Cambodian riel, a bare `รูปี` the Indian rupee and a bare `เปโซ`
 * the Philippine peso, as in ASEAN reporting; `¥` is the yen.
 */
export const CURRENCIES = [
  // Thai baht
  { form: 'บาท', code: 'THB', position: 'after', script: 'thai' },
  { form: 'ลบ.', code: 'THB', position: 'after', script: 'thai', multiplier: 1_000_000 },
  // US dollar
  { form: 'ดอลลาร์สหรัฐอเมริกา', code: 'USD', position: 'after', script: 'thai' },
  { form: 'ดอลลาร์สหรัฐฯ', code: 'USD', position: 'after', script: 'thai' },
  { form: 'ดอลลาร์สหรัฐ', code: 'USD', position: 'after', script: 'thai' },
  { form: 'ดอลลาร์ฯ', code: 'USD', position: 'after', script: 'thai' },
  { form: 'ดอลลาร์', code: 'USD', position: 'after', script: 'thai' },
  { form: 'ดอลล่าร์สหรัฐฯ', code: 'USD', position: 'after', script: 'thai' },
  { form: 'ดอลล่าร์สหรัฐ', code: 'USD', position: 'after', script: 'thai' },
  { form: 'ดอลล่าร์', code: 'USD', position: 'after', script: 'thai' },
  { form: 'เหรียญสหรัฐอเมริกา', code: 'USD', position: 'after', script: 'thai' },
  { form: 'เหรียญสหรัฐฯ', code: 'USD', position: 'after', script: 'thai' },
  { form: 'เหรียญสหรัฐ', code: 'USD', position: 'after', script: 'thai' },
  { form: 'เหรียญดอลลาร์สหรัฐ', code: 'USD', position: 'after', script: 'thai' },
  // other dollars
  { form: 'ดอลลาร์แคนาดา', code: 'CAD', position: 'after', script: 'thai' },
  { form: 'ดอลลาร์ออสเตรเลีย', code: 'AUD', position: 'after', script: 'thai' },
  { form: 'ดอลลาร์สิงคโปร์', code: 'SGD', position: 'after', script: 'thai' },
  { form: 'เหรียญสิงคโปร์', code: 'SGD', position: 'after', script: 'thai' },
  { form: 'ดอลลาร์ฮ่องกง', code: 'HKD', position: 'after', script: 'thai' },
  { form: 'ดอลลาร์ไต้หวันใหม่', code: 'TWD', position: 'after', script: 'thai' },
  { form: 'ดอลลาร์ไต้หวัน', code: 'TWD', position: 'after', script: 'thai' },
  { form: 'ดอลลาร์นิวซีแลนด์', code: 'NZD', position: 'after', script: 'thai' },
  { form: 'ดอลลาร์บรูไน', code: 'BND', position: 'after', script: 'thai' },
  // Europe
  { form: 'ยูโร', code: 'EUR', position: 'after', script: 'thai' },
  { form: 'ปอนด์สเตอร์ลิง', code: 'GBP', position: 'after', script: 'thai' },
  { form: 'ปอนด์อังกฤษ', code: 'GBP', position: 'after', script: 'thai' },
  { form: 'ปอนด์', code: 'GBP', position: 'after', script: 'thai' },
  { form: 'ฟรังก์สวิส', code: 'CHF', position: 'after', script: 'thai' },
  { form: 'รูเบิลรัสเซีย', code: 'RUB', position: 'after', script: 'thai' },
  { form: 'รูเบิล', code: 'RUB', position: 'after', script: 'thai' },
  { form: 'โครนสวีเดน', code: 'SEK', position: 'after', script: 'thai' },
  { form: 'โครนนอร์เวย์', code: 'NOK', position: 'after', script: 'thai' },
  { form: 'โครนเดนมาร์ก', code: 'DKK', position: 'after', script: 'thai' },
  { form: 'ลีราตุรกี', code: 'TRY', position: 'after', script: 'thai' },
  // East Asia
  { form: 'เยนญี่ปุ่น', code: 'JPY', position: 'after', script: 'thai' },
  { form: 'เยน', code: 'JPY', position: 'after', script: 'thai' },
  { form: 'หยวนจีน', code: 'CNY', position: 'after', script: 'thai' },
  { form: 'หยวน', code: 'CNY', position: 'after', script: 'thai' },
  { form: 'เหรินหมินปี้', code: 'CNY', position: 'after', script: 'thai' },
  { form: 'วอนเกาหลีใต้', code: 'KRW', position: 'after', script: 'thai' },
  { form: 'วอนเกาหลี', code: 'KRW', position: 'after', script: 'thai' },
  { form: 'วอน', code: 'KRW', position: 'after', script: 'thai' },
  { form: 'ปาตากา', code: 'MOP', position: 'after', script: 'thai' },
  // Southeast and South Asia
  { form: 'ริงกิตมาเลเซีย', code: 'MYR', position: 'after', script: 'thai' },
  { form: 'ริงกิต', code: 'MYR', position: 'after', script: 'thai' },
  { form: 'ดองเวียดนาม', code: 'VND', position: 'after', script: 'thai' },
  { form: 'ดอง', code: 'VND', position: 'after', script: 'thai' },
  { form: 'ด่อง', code: 'VND', position: 'after', script: 'thai' },
  { form: 'ด่ง', code: 'VND', position: 'after', script: 'thai' },
  { form: 'กีบลาว', code: 'LAK', position: 'after', script: 'thai' },
  { form: 'กีบ', code: 'LAK', position: 'after', script: 'thai' },
  { form: 'จ๊าดเมียนมา', code: 'MMK', position: 'after', script: 'thai' },
  { form: 'จ๊าด', code: 'MMK', position: 'after', script: 'thai' },
  { form: 'เรียลกัมพูชา', code: 'KHR', position: 'after', script: 'thai' },
  { form: 'เรียล', code: 'KHR', position: 'after', script: 'thai' },
  { form: 'เปโซฟิลิปปินส์', code: 'PHP', position: 'after', script: 'thai' },
  { form: 'เปโซ', code: 'PHP', position: 'after', script: 'thai' },
  { form: 'รูเปียห์อินโดนีเซีย', code: 'IDR', position: 'after', script: 'thai' },
  { form: 'รูเปียห์', code: 'IDR', position: 'after', script: 'thai' },
  { form: 'รูปีอินเดีย', code: 'INR', position: 'after', script: 'thai' },
  { form: 'รูปี', code: 'INR', position: 'after', script: 'thai' },
  { form: 'รูปีปากีสถาน', code: 'PKR', position: 'after', script: 'thai' },
  { form: 'รูปีศรีลังกา', code: 'LKR', position: 'after', script: 'thai' },
  { form: 'รูปีเนปาล', code: 'NPR', position: 'after', script: 'thai' },
  { form: 'ตากา', code: 'BDT', position: 'after', script: 'thai' },
  // elsewhere
  { form: 'ริยาลซาอุดีอาระเบีย', code: 'SAR', position: 'after', script: 'thai' },
  { form: 'ริยาล', code: 'SAR', position: 'after', script: 'thai' },
  { form: 'ดิรฮัม', code: 'AED', position: 'after', script: 'thai' },
  { form: 'เปโซเม็กซิโก', code: 'MXN', position: 'after', script: 'thai' },
  { form: 'เรียลบราซิล', code: 'BRL', position: 'after', script: 'thai' },
  { form: 'แรนด์', code: 'ZAR', position: 'after', script: 'thai' },

  // English words after the number
  { form: 'baht', code: 'THB', position: 'after', script: 'latin' },
  { form: 'US dollars', code: 'USD', position: 'after', script: 'latin' },
  { form: 'US dollar', code: 'USD', position: 'after', script: 'latin' },
  { form: 'U.S. dollars', code: 'USD', position: 'after', script: 'latin' },
  { form: 'U.S. dollar', code: 'USD', position: 'after', script: 'latin' },
  { form: 'dollars', code: 'USD', position: 'after', script: 'latin' },
  { form: 'dollar', code: 'USD', position: 'after', script: 'latin' },
  { form: 'Canadian dollars', code: 'CAD', position: 'after', script: 'latin' },
  { form: 'Australian dollars', code: 'AUD', position: 'after', script: 'latin' },
  { form: 'Singapore dollars', code: 'SGD', position: 'after', script: 'latin' },
  { form: 'Singapore dollar', code: 'SGD', position: 'after', script: 'latin' },
  { form: 'Hong Kong dollars', code: 'HKD', position: 'after', script: 'latin' },
  { form: 'Hong Kong dollar', code: 'HKD', position: 'after', script: 'latin' },
  { form: 'New Zealand dollars', code: 'NZD', position: 'after', script: 'latin' },
  { form: 'New Zealand dollar', code: 'NZD', position: 'after', script: 'latin' },
  { form: 'euros', code: 'EUR', position: 'after', script: 'latin' },
  { form: 'euro', code: 'EUR', position: 'after', script: 'latin' },
  { form: 'yen', code: 'JPY', position: 'after', script: 'latin' },
  { form: 'yuan', code: 'CNY', position: 'after', script: 'latin' },
  { form: 'renminbi', code: 'CNY', position: 'after', script: 'latin' },
  { form: 'won', code: 'KRW', position: 'after', script: 'latin' },
  { form: 'ringgit', code: 'MYR', position: 'after', script: 'latin' },
  { form: 'rupiah', code: 'IDR', position: 'after', script: 'latin' },
  { form: 'pesos', code: 'PHP', position: 'after', script: 'latin' },
  { form: 'peso', code: 'PHP', position: 'after', script: 'latin' },
  { form: 'kip', code: 'LAK', position: 'after', script: 'latin' },
  { form: 'kyat', code: 'MMK', position: 'after', script: 'latin' },
  { form: 'riel', code: 'KHR', position: 'after', script: 'latin' },
  { form: 'dong', code: 'VND', position: 'after', script: 'latin' },
  { form: 'rupees', code: 'INR', position: 'after', script: 'latin' },
  { form: 'pounds sterling', code: 'GBP', position: 'after', script: 'latin' },
  { form: 'Swiss francs', code: 'CHF', position: 'after', script: 'latin' },

  // ISO 4217 codes, before or after the number
  { form: 'USD', code: 'USD', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'THB', code: 'THB', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'EUR', code: 'EUR', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'JPY', code: 'JPY', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'CNY', code: 'CNY', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'KRW', code: 'KRW', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'GBP', code: 'GBP', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'SGD', code: 'SGD', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'MYR', code: 'MYR', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'IDR', code: 'IDR', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'PHP', code: 'PHP', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'VND', code: 'VND', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'LAK', code: 'LAK', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'KHR', code: 'KHR', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'MMK', code: 'MMK', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'BND', code: 'BND', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'INR', code: 'INR', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'AUD', code: 'AUD', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'NZD', code: 'NZD', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'CAD', code: 'CAD', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'HKD', code: 'HKD', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'TWD', code: 'TWD', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'CHF', code: 'CHF', position: 'either', script: 'latin', caseSensitive: true },
  { form: 'RMB', code: 'CNY', position: 'either', script: 'latin', caseSensitive: true },

  // symbols before the number
  { form: 'US$', code: 'USD', position: 'before', script: 'symbol', caseSensitive: true },
  { form: 'S$', code: 'SGD', position: 'before', script: 'symbol', caseSensitive: true },
  { form: 'HK$', code: 'HKD', position: 'before', script: 'symbol', caseSensitive: true },
  { form: 'A$', code: 'AUD', position: 'before', script: 'symbol', caseSensitive: true },
  { form: 'NZ$', code: 'NZD', position: 'before', script: 'symbol', caseSensitive: true },
  { form: 'C$', code: 'CAD', position: 'before', script: 'symbol', caseSensitive: true },
  { form: 'NT$', code: 'TWD', position: 'before', script: 'symbol', caseSensitive: true },
  { form: '$', code: 'USD', position: 'before', script: 'symbol', caseSensitive: true },
  { form: '€', code: 'EUR', position: 'before', script: 'symbol', caseSensitive: true },
  { form: '¥', code: 'JPY', position: 'before', script: 'symbol', caseSensitive: true },
  { form: '£', code: 'GBP', position: 'before', script: 'symbol', caseSensitive: true },
  { form: '฿', code: 'THB', position: 'before', script: 'symbol', caseSensitive: true },
  { form: '₩', code: 'KRW', position: 'before', script: 'symbol', caseSensitive: true },
  { form: '₫', code: 'VND', position: 'before', script: 'symbol', caseSensitive: true },
  { form: '₭', code: 'LAK', position: 'before', script: 'symbol', caseSensitive: true },
  { form: '₱', code: 'PHP', position: 'before', script: 'symbol', caseSensitive: true },
  { form: '₹', code: 'INR', position: 'before', script: 'symbol', caseSensitive: true },
  { form: 'RM', code: 'MYR', position: 'before', script: 'symbol', caseSensitive: true },
  { form: 'Rp', code: 'IDR', position: 'before', script: 'symbol', caseSensitive: true },
] as const satisfies readonly CurrencyName[];

/**
 * Words that begin with a currency name but are something else (`บาทหลวง`, a priest;
 * `เรียลไทม์`, real time): a number before them is no sum of money.
 */
export const NOT_CURRENCIES = ['บาทหลวง', 'เรียลไทม์', 'ดองกิ'] as const satisfies readonly string[];
