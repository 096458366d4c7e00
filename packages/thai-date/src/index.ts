export { parseThaiNumber } from './parseThaiNumber';
export { toArabicDigits } from './toArabicDigits';
export { toThaiDigits } from './toThaiDigits';
