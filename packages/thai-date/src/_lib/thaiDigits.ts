/** UTF-16 code of the Thai digit zero (๐, U+0E50); the ten Thai digits follow it in order. */
export const THAI_ZERO = 0x0e50;

/** UTF-16 code of the Arabic digit zero ('0'). */
export const ARABIC_ZERO = 0x30;

/** Matches one Thai digit. */
export const THAI_DIGIT = /[๐-๙]/g;

/** Matches one Arabic digit. */
export const ARABIC_DIGIT = /[0-9]/g;
