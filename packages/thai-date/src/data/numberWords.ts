/** Thai words for the digits 0–9 as used in spelled-out numbers (ยี่ only before สิบ, เอ็ด only after a place word). */
export const THAI_DIGIT_WORDS: Readonly<Record<string, number>> = {
  ศูนย์: 0,
  หนึ่ง: 1,
  เอ็ด: 1,
  สอง: 2,
  ยี่: 2,
  สาม: 3,
  สี่: 4,
  ห้า: 5,
  หก: 6,
  เจ็ด: 7,
  แปด: 8,
  เก้า: 9,
};

/** Thai place words and the power of ten each one stands for. ล้าน (10⁶) repeats: หมื่นล้าน is 10¹⁰. */
export const THAI_PLACE_WORDS: Readonly<Record<string, number>> = {
  สิบ: 1,
  ร้อย: 2,
  พัน: 3,
  หมื่น: 4,
  แสน: 5,
  ล้าน: 6,
};

/** The power of ten of ล้าน, the place word that starts a new group of six digits. */
export const MILLION_EXPONENT = 6;
