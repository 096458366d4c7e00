import { describe, expect, it } from 'vitest';
import { AMOUNT_MULTIPLIERS, AMOUNT_QUALIFIERS, WORD_ONLY_AMOUNT_CUES } from '../src/data/amountWords';
import { COUNTRIES, COUNTRY_PREFIXES, type CountryNames } from '../src/data/countries';
import { CURRENCIES, NOT_CURRENCIES } from '../src/data/currencies';
import { HONORIFIC_FORMS, HONORIFICS } from '../src/data/honorifics';
import { ISO_3166_ALPHA2, ISO_4217 } from '../src/data/iso-codes';
import { NOT_COUNTRIES, NOT_COUNTRY_PREFIXES } from '../src/data/notCountries';
import { ENGLISH_ORDINALS, parseEnglishOrdinal } from '../src/data/ordinals';
import { NATIONALITY_MARKERS, POSITION_HEAD_FORMS, POSITION_HEADS } from '../src/data/positions';

const countries: readonly CountryNames[] = COUNTRIES;

const duplicates = (items: readonly string[]): string[] =>
  items.filter((item, index) => items.indexOf(item) !== index);

describe('country table', () => {
  it('uses valid ISO 3166-1 codes, each once', () => {
    const valid = new Set<string>(ISO_3166_ALPHA2);
    for (const { code } of countries) expect(valid.has(code), code).toBe(true);
    expect(duplicates(countries.map(({ code }) => code))).toEqual([]);
  });

  it('covers the sovereign states and Taiwan, Hong Kong, Macao and Palestine', () => {
    expect(countries.length).toBeGreaterThanOrEqual(197);
    const codes = new Set(countries.map(({ code }) => code));
    for (const code of [
      'TW',
      'HK',
      'MO',
      'PS',
      'TH',
      'LA',
      'MM',
      'VN',
      'KH',
      'BN',
      'TL',
      'SS',
      'VA',
      'KP',
      'KR',
    ])
      expect(codes.has(code as CountryNames['code']), code).toBe(true);
  });

  it('gives every country a Thai and an English name', () => {
    for (const country of countries) {
      expect(country.th.length, country.code).toBeGreaterThan(0);
      expect(country.en.length, country.code).toBeGreaterThan(0);
    }
  });

  it('maps no name to two countries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const country of countries) {
      for (const name of new Set([...country.th, ...country.en])) {
        const previous = owner.get(name);
        if (previous !== undefined && previous !== country.code)
          clashes.push(`${name}: ${previous}/${country.code}`);
        owner.set(name, country.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('writes Thai names in Thai script and English names in Latin script', () => {
    for (const country of countries) {
      for (const name of country.th) expect(/[\u0e00-\u0e7f]/.test(name), name).toBe(true);
      for (const name of country.en) expect(/^[A-Za-z\u00c0-\u024f' .-]+$/.test(name), name).toBe(true);
    }
  });

  it('guards only names the country actually has', () => {
    for (const country of countries) {
      for (const guarded of country.needsPrefix ?? [])
        expect([...country.th, ...country.en], country.code).toContain(guarded);
    }
  });

  it('blocks no phrase that is itself a country name', () => {
    const names = new Set(countries.flatMap((country) => [...country.th, ...country.en]));
    for (const { phrase } of NOT_COUNTRIES) expect(names.has(phrase), phrase).toBe(false);
    expect(duplicates(NOT_COUNTRIES.map(({ phrase }) => phrase))).toEqual([]);
    const prefixes = [...COUNTRY_PREFIXES, ...NOT_COUNTRY_PREFIXES].map(({ form }) => form);
    expect(duplicates(prefixes)).toEqual([]);
  });
});

describe('currency table', () => {
  it('uses valid ISO 4217 codes', () => {
    const valid = new Set<string>(ISO_4217);
    for (const { form, code } of CURRENCIES) expect(valid.has(code), `${form} → ${code}`).toBe(true);
  });

  it('lists every written form once', () => {
    expect(duplicates(CURRENCIES.map(({ form }) => form))).toEqual([]);
  });

  it('spells ISO-code entries as their code', () => {
    for (const currency of CURRENCIES) {
      if (currency.script === 'latin' && currency.position === 'either' && currency.form !== 'RMB')
        expect(currency.form).toBe(currency.code);
    }
  });

  it('reads ลบ. as million baht and the bare dollar as USD', () => {
    expect(CURRENCIES.find(({ form }) => form === 'ลบ.')).toMatchObject({
      code: 'THB',
      multiplier: 1_000_000,
    });
    expect(CURRENCIES.find(({ form }) => form === 'ดอลลาร์')?.code).toBe('USD');
    expect(CURRENCIES.find(({ form }) => form === 'เรียล')?.code).toBe('KHR');
  });

  it('keeps non-currency words and amount words distinct', () => {
    const forms = new Set<string>(CURRENCIES.map(({ form }) => form));
    for (const word of NOT_CURRENCIES) expect(forms.has(word), word).toBe(false);
    expect(duplicates(AMOUNT_MULTIPLIERS.map(({ form }) => form))).toEqual([]);
    expect(duplicates(AMOUNT_QUALIFIERS.map(({ form }) => form))).toEqual([]);
    expect(duplicates([...WORD_ONLY_AMOUNT_CUES])).toEqual([]);
  });
});

describe('honorifics', () => {
  it('has every written form once', () => {
    expect(duplicates(HONORIFIC_FORMS.map(({ form }) => form))).toEqual([]);
    expect(duplicates(HONORIFICS.map(({ full }) => full))).toEqual([]);
  });

  it('sorts the forms longest first', () => {
    for (let index = 1; index < HONORIFIC_FORMS.length; index++) {
      const previous = HONORIFIC_FORMS[index - 1]?.form ?? '';
      expect(previous.length).toBeGreaterThanOrEqual(HONORIFIC_FORMS[index]?.form.length ?? 0);
    }
  });

  it('keeps abbreviations with their rank', () => {
    const byForm = new Map(HONORIFIC_FORMS.map((form) => [form.form, form]));
    expect(byForm.get('พล.อ.')).toMatchObject({ full: 'พลเอก', kind: 'army', abbreviated: true });
    expect(byForm.get('พล.ต.อ.')).toMatchObject({ full: 'พลตำรวจเอก', kind: 'police' });
    expect(byForm.get('พล.ร.อ.')).toMatchObject({ full: 'พลเรือเอก', kind: 'navy' });
    expect(byForm.get('พล.อ.อ.')).toMatchObject({ full: 'พลอากาศเอก', kind: 'air-force' });
    expect(byForm.get('น.ส.')).toMatchObject({ full: 'นางสาว', kind: 'civil' });
    expect(byForm.get('ม.ร.ว.')).toMatchObject({ kind: 'royal-noble' });
    expect(byForm.get('H.E. Mr.')).toMatchObject({ kind: 'foreign', abbreviated: false });
    expect(byForm.get('ว่าที่ ร.ต.')).toMatchObject({ full: 'ว่าที่ร้อยตรี' });
  });
});

describe('positions', () => {
  it('has every head word once, sorted longest first', () => {
    expect(duplicates(POSITION_HEADS.map(({ form }) => form))).toEqual([]);
    expect(POSITION_HEAD_FORMS).toHaveLength(POSITION_HEADS.length);
    for (let index = 1; index < POSITION_HEAD_FORMS.length; index++) {
      const previous = POSITION_HEAD_FORMS[index - 1]?.form ?? '';
      expect(previous.length).toBeGreaterThanOrEqual(POSITION_HEAD_FORMS[index]?.form.length ?? 0);
    }
  });

  it('lists nationality markers', () => {
    expect(NATIONALITY_MARKERS).toContain('สัญชาติ');
    expect(NATIONALITY_MARKERS).toContain('ชาว');
  });
});

describe('English ordinals', () => {
  const units = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];

  it('has every number from 1 to 50', () => {
    const values = new Set(ENGLISH_ORDINALS.values());
    for (let value = 1; value <= 50; value++) expect(values.has(value), String(value)).toBe(true);
    expect(Math.max(...values)).toBe(50);
  });

  it('reads words in any case, hyphenated or spaced', () => {
    expect(parseEnglishOrdinal('First')).toBe(1);
    expect(parseEnglishOrdinal('Sixteenth')).toBe(16);
    expect(parseEnglishOrdinal('TWELFTH')).toBe(12);
    expect(parseEnglishOrdinal('Twenty-First')).toBe(21);
    expect(parseEnglishOrdinal('Thirty-sixth')).toBe(36);
    expect(parseEnglishOrdinal('thirty sixth')).toBe(36);
    expect(parseEnglishOrdinal('Forty – Ninth')).toBe(49);
    expect(parseEnglishOrdinal('Fiftieth')).toBe(50);
    units.forEach((unit, index) => {
      expect(parseEnglishOrdinal(`twenty-${unit}`)).toBe(21 + index);
    });
  });

  it('reads digits with a suffix', () => {
    expect(parseEnglishOrdinal('3rd')).toBe(3);
    expect(parseEnglishOrdinal('16th')).toBe(16);
    expect(parseEnglishOrdinal('21st')).toBe(21);
    expect(parseEnglishOrdinal('22nd')).toBe(22);
    expect(parseEnglishOrdinal('112TH')).toBe(112);
  });

  it('returns null for anything else', () => {
    expect(parseEnglishOrdinal('Meeting')).toBeNull();
    expect(parseEnglishOrdinal('')).toBeNull();
    expect(parseEnglishOrdinal('0th')).toBeNull();
    expect(parseEnglishOrdinal('fifty-first')).toBeNull();
    expect(parseEnglishOrdinal('16')).toBeNull();
  });
});
