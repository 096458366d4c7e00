/**
 * A decimal number kept as an integer and a count of decimal places (3653.72 is
 * `{ units: 365372, places: 2 }`), so that multiplying by a power of ten is exact:
 * 3653.72 × 10⁶ must be 3653720000, not 3653720000.0000005 as with floats.
 */
export interface ExactDecimal {
  readonly units: number;
  readonly places: number;
}

/**
 * Reads a plain decimal numeral such as '3653.72' (no sign, no commas).
 *
 * @example
 * decimalFromNumeral('3653.72'); // { units: 365372, places: 2 }
 */
export function decimalFromNumeral(numeral: string): ExactDecimal {
  const point = numeral.indexOf('.');
  if (point === -1) return { units: Number(numeral), places: 0 };
  return {
    units: Number(numeral.slice(0, point) + numeral.slice(point + 1)),
    places: numeral.length - point - 1,
  };
}

/**
 * Multiplies by 10^exponent without rounding error while the result is a safe integer.
 *
 * @example
 * shiftDecimal({ units: 365372, places: 2 }, 6); // { units: 3653720000, places: 0 }
 */
export function shiftDecimal(value: ExactDecimal, exponent: number): ExactDecimal {
  if (exponent >= value.places) return { units: value.units * 10 ** (exponent - value.places), places: 0 };
  return { units: value.units, places: value.places - exponent };
}

/**
 * Adds two decimals exactly by bringing them to the same number of places.
 *
 * @example
 * addDecimals({ units: 15, places: 1 }, { units: 2, places: 0 }); // { units: 35, places: 1 }
 */
export function addDecimals(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const places = Math.max(a.places, b.places);
  return { units: a.units * 10 ** (places - a.places) + b.units * 10 ** (places - b.places), places };
}

/**
 * The nearest double: one division of an integer by a power of ten rounds correctly.
 *
 * @example
 * decimalToNumber({ units: 35, places: 1 }); // 3.5
 */
export function decimalToNumber(value: ExactDecimal): number {
  return value.places === 0 ? value.units : value.units / 10 ** value.places;
}
