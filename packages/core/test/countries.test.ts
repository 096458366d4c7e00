import { describe, expect, it } from 'vitest';
import { findCountries, startsWithCountry } from '../src/extract/countries';
import { EXAMPLES_DIR, FIXTURES_DIR, textsIn } from './support/corpus';
import { cpuTimed, LINEAR_BOUND_MS, repeatPieces } from './support/linear';

const codes = (text: string) => findCountries(text).map((mention) => mention.code);
const texts = (text: string) => findCountries(text).map((mention) => mention.text);

describe('findCountries', () => {
  it('finds Thai short names in document order with exact spans', () => {
    const text = 'คณะผู้แทนญี่ปุ่นเดินทางเยือนกัมพูชาและเวียดนามเพื่อหารือเรื่องการค้า';
    const mentions = findCountries(text);
    expect(mentions.map((m) => m.code)).toEqual(['JP', 'KH', 'VN']);
    for (const mention of mentions) expect(text.slice(...mention.span)).toBe(mention.text);
  });

  it('matches the doc-comment example', () => {
    expect(findCountries('ฝ่ายไทยหารือกับ สปป. ลาว ที่กรุงจาการ์ตา')).toEqual([
      { code: 'TH', text: 'ไทย', span: [4, 7] },
      { code: 'LA', text: 'สปป. ลาว', span: [16, 24] },
    ]);
  });

  it('counts adjectival uses', () => {
    expect(codes('รัฐบาลไทยและเยาวชนไทยร่วมกิจกรรม')).toEqual(['TH', 'TH']);
    expect(codes('นายสมมติ ใจดี เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย')).toEqual(['JP', 'TH']);
    expect(codes('การประชุมคณะกรรมการร่วมไทย-ลาว และไทย – เวียดนาม')).toEqual(['TH', 'LA', 'TH', 'VN']);
  });

  it('takes the longest name', () => {
    expect(texts('ผู้แทนสาธารณรัฐสังคมนิยมเวียดนามกล่าวเปิด')).toEqual(['สาธารณรัฐสังคมนิยมเวียดนาม']);
    expect(codes('ความร่วมมือกับเกาหลีใต้และเกาหลีเหนือ')).toEqual(['KR', 'KP']);
    expect(codes('เกาหลีส่งคณะมาเยือน')).toEqual(['KR']);
    expect(codes('ซูดานใต้แยกตัวจากซูดาน')).toEqual(['SS', 'SD']);
    expect(codes('ชาวสหรัฐอาหรับเอมิเรตส์ และสหรัฐอเมริกา')).toEqual(['AE', 'US']);
    expect(texts('สาธารณรัฐประชาธิปไตยประชาชนลาวเป็นเจ้าภาพ')).toEqual(['สาธารณรัฐประชาธิปไตยประชาชนลาว']);
    expect(codes('ผู้แทนสาธารณรัฐประชาชนจีน')).toEqual(['CN']);
    expect(codes('สาธารณรัฐจีน (ไต้หวัน)')).toEqual(['TW', 'TW']);
    expect(codes('ทีมจีนไทเปคว้าเหรียญ')).toEqual(['TW']);
    expect(codes('ความสัมพันธ์ระหว่างอินเดียกับอินโดนีเซีย')).toEqual(['IN', 'ID']);
    expect(codes('ออสเตรียและออสเตรเลีย')).toEqual(['AT', 'AU']);
    expect(codes('ไนเจอร์ ไนจีเรีย')).toEqual(['NE', 'NG']);
    expect(codes('โดมินิกาและสาธารณรัฐโดมินิกัน')).toEqual(['DM', 'DO']);
    expect(codes('ไอร์แลนด์เหนือกับไอร์แลนด์')).toEqual(['GB', 'IE']);
    expect(codes('ปาปัวนิวกินีและกินี')).toEqual(['PG', 'GN']);
  });

  it('knows the many ways to write Laos, the US and Myanmar', () => {
    expect(codes('สปป.ลาว สปป. ลาว ลาว')).toEqual(['LA', 'LA', 'LA']);
    expect(codes('สหรัฐฯ สหรัฐ สหรัฐอเมริกา อเมริกา')).toEqual(['US', 'US', 'US', 'US']);
    expect(codes('เมียนมา เมียนมาร์ พม่า')).toEqual(['MM', 'MM', 'MM']);
    expect(codes('บรูไนดารุสซาลาม บรูไน')).toEqual(['BN', 'BN']);
    expect(codes('เดนมาร์ก เดนมาร์ค บังกลาเทศ บังคลาเทศ')).toEqual(['DK', 'DK', 'BD', 'BD']);
    expect(codes('ราชอาณาจักรกัมพูชา ราชอาณาจักรไทย สาธารณรัฐอิตาลี')).toEqual(['KH', 'TH', 'IT']);
  });

  it('includes the prefix ประเทศ in the mention, but not ต่างประเทศ', () => {
    expect(texts('เดินทางไปประเทศญี่ปุ่น')).toEqual(['ประเทศญี่ปุ่น']);
    expect(texts('เดินทางไปประเทศ ญี่ปุ่น')).toEqual(['ประเทศ ญี่ปุ่น']);
    expect(texts('กระทรวงการต่างประเทศญี่ปุ่น')).toEqual(['ญี่ปุ่น']);
    expect(findCountries('กรมความร่วมมือระหว่างประเทศ')).toEqual([]);
  });

  it('reads English names with word boundaries and in capitals', () => {
    expect(codes('ASEAN-Japan Centre, Thailand and Viet Nam')).toEqual(['JP', 'TH', 'VN']);
    expect(codes('Lao PDR, Myanmar, the Philippines, Vietnam')).toEqual(['LA', 'MM', 'PH', 'VN']);
    expect(codes('the United States and the Republic of Korea')).toEqual(['US', 'KR']);
    expect(codes('THAILAND AND JAPAN')).toEqual(['TH', 'JP']);
    expect(texts('the Republic of the Philippines')).toEqual(['Republic of the Philippines']);
    expect(codes("People's Republic of China and Republic of China")).toEqual(['CN', 'TW']);
    expect(codes('Romania, Somalia, Nigeria, Chadwick, Omani')).toEqual(['RO', 'SO', 'NG']);
    expect(codes('Indiana and Indian Ocean')).toEqual([]);
  });

  it('ignores currencies named after a country', () => {
    expect(findCountries('งบประมาณ ๕๐ ล้านดอลลาร์สหรัฐ และ ๓ ล้านดอลลาร์สหรัฐฯ')).toEqual([]);
    expect(findCountries('มูลค่า ๒ ล้านเหรียญสหรัฐ ๑ ล้านดอลลาร์แคนาดา ๔ ล้านดอลลาร์สิงคโปร์')).toEqual([]);
    expect(findCountries('๑๐๐ ล้านเยนญี่ปุ่น และ ๕ ล้านหยวนจีน')).toEqual([]);
    expect(findCountries('a grant of 5 million US dollars')).toEqual([]);
    expect(findCountries('US$ 5 million')).toEqual([]);
  });

  it('ignores seas, peninsulas, regions and cities', () => {
    expect(findCountries('สถานการณ์ในทะเลจีนใต้และทะเลจีนตะวันออก')).toEqual([]);
    expect(findCountries('สันติภาพบนคาบสมุทรเกาหลี')).toEqual([]);
    expect(findCountries('ประมงในอ่าวไทยและมหาสมุทรอินเดีย')).toEqual([]);
    expect(findCountries('ยุทธศาสตร์อินโด-แปซิฟิกและภูมิภาคอินโดจีน')).toEqual([]);
    expect(findCountries('ตลาดในอเมริกาใต้และละตินอเมริกา')).toEqual([]);
    expect(findCountries('ประชุม ณ กรุงจาการ์ตา นครโอซากา กรุงเทพฯ และเวียงจันทน์')).toEqual([]);
    expect(findCountries('เยือนกรุงคูเวตและเม็กซิโกซิตี้')).toEqual([]);
    expect(findCountries('South China Sea and the Korean Peninsula, Indo-Pacific')).toEqual([]);
  });

  it('ignores ASEAN itself', () => {
    expect(findCountries('ประชาคมอาเซียนและเลขาธิการอาเซียน ASEAN')).toEqual([]);
  });

  it('ignores languages', () => {
    expect(findCountries('เอกสารภาษาไทย ภาษาจีน ภาษาอังกฤษ และภาษาลาว')).toEqual([]);
    expect(findCountries('สอนภาษาจีนกลางด้วยอักษรไทย')).toEqual([]);
  });

  it('ignores country words inside organisations, buildings and brands', () => {
    expect(findCountries('ผู้แทนการท่องเที่ยวแห่งประเทศไทยและธนาคารแห่งประเทศไทย')).toEqual([]);
    expect(findCountries('ประชุม ณ ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล')).toEqual([]);
    expect(findCountries('เที่ยวบินของการบินไทย สภากาชาดไทย')).toEqual([]);
    expect(findCountries('รัฐมนตรีว่าการกระทรวงมหาดไทย')).toEqual([]);
    expect(findCountries('นโยบายไทยแลนด์ 4.0 ผ่านธนาคารกรุงไทย')).toEqual([]);
    expect(findCountries('อธิบดีกรมอเมริกาและแปซิฟิกใต้')).toEqual([]);
  });

  it('ignores country words inside a quoted project name', () => {
    expect(findCountries('ดำเนินโครงการ ” ส่งนมไทย-เดนมาร์คถึงโรงเรียน ” ต่อไป')).toEqual([]);
    expect(findCountries('โครงการ “มิตรภาพจีนสู่ชุมชน” ปีนี้')).toEqual([]);
    // outside the quotes, or without an introducer, a mention still counts
    expect(codes('โครงการ “สายใยรัก” ร่วมกับญี่ปุ่น')).toEqual(['JP']);
    expect(codes('“จีน” เป็นคู่ค้าสำคัญ')).toEqual(['CN']);
    // an unclosed quote hides nothing
    expect(codes('โครงการ “ความร่วมมือไทย')).toEqual(['TH']);
  });

  it('is not fooled by country names inside longer Thai words', () => {
    expect(findCountries('ผู้ว่าราชการจังหวัดปราจีนบุรี')).toEqual([]);
    expect(findCountries('ภูเขาไฟพ่นลาวาออกมา')).toEqual([]);
    expect(findCountries('ระบบคลาวด์ของหน่วยงาน')).toEqual([]);
    expect(findCountries('นางสาวลาวัณย์ ใจงาม')).toEqual([]);
    expect(findCountries('อย่าซีเรียสเกินไป')).toEqual([]);
    expect(findCountries('ประวัติศาสตร์ปรัสเซีย')).toEqual([]);
    expect(findCountries('ชนพื้นเมืองอินเดียนแดง')).toEqual([]);
    expect(findCountries('เทศกาลตรุษจีน')).toEqual([]);
  });

  it('requires ประเทศ/สาธารณรัฐ before names that are also ordinary words', () => {
    expect(findCountries('นิทานชาดกเรื่องพระเวสสันดร ทาชาดสีแดง')).toEqual([]);
    expect(findCountries('นางมาลี ใจดี ครูประจำชั้น')).toEqual([]);
    expect(findCountries('เช็กอินที่โรงแรม')).toEqual([]);
    expect(texts('ความช่วยเหลือแก่ประเทศชาดและสาธารณรัฐมาลี')).toEqual(['ประเทศชาด', 'สาธารณรัฐมาลี']);
    expect(codes('ผู้แทนประเทศมาลีและสาธารณรัฐชาด')).toEqual(['ML', 'TD']);
  });

  it('reads แ typed as two เ', () => {
    const text = 'ผู้แทนเเคนาดาและนิวซีเเลนด์';
    const mentions = findCountries(text);
    expect(mentions.map((m) => m.code)).toEqual(['CA', 'NZ']);
    expect(mentions.map((m) => m.text)).toEqual(['เเคนาดา', 'นิวซีเเลนด์']);
  });

  it('reads names at the very start and end of the text', () => {
    expect(texts('ไทย')).toEqual(['ไทย']);
    expect(texts('UK')).toEqual(['UK']);
    expect(texts('to the US')).toEqual(['US']);
    expect(texts('เเคนาดาและไทย')).toEqual(['เเคนาดา', 'ไทย']);
    expect(texts('\nจีน\n')).toEqual(['จีน']);
    expect(texts('ประเทศ ไทย')).toEqual(['ประเทศ ไทย']);
    expect(findCountries('ประเทศไท')).toEqual([]);
  });

  it('closes a quoted name at the next quotation mark, on the same line', () => {
    expect(codes('โครงการ “จีน”ลาว')).toEqual(['LA']);
    expect(codes("โครงการ 'จีน' และ 'ลาว'")).toEqual(['LA']);
    expect(codes('แคมเปญ«ไทย»ญี่ปุ่น')).toEqual(['JP']);
    // up to three spaces between the word and the quote
    expect(codes('โครงการ   “จีน”')).toEqual([]);
    expect(codes('โครงการ    “จีน”')).toEqual(['CN']);
    // a line break ends it; a closing mark may open the next name
    expect(codes('โครงการ “ไทย\nจีน”')).toEqual(['TH', 'CN']);
    expect(codes('โครงการ “โครงการ “ไทย” จีน”')).toEqual(['CN']);
    // a quotation mark inside a name counts too
    expect(findCountries('โครงการ "People\'s Republic of China" ปีนี้')).toEqual([]);
  });

  it('returns nothing for an empty string', () => {
    expect(findCountries('')).toEqual([]);
  });

  it('keeps spans in UTF-16 units of the original string', () => {
    const text = '🇹🇭 ผู้แทน😀ญี่ปุ่น และ Japan';
    for (const mention of findCountries(text)) expect(text.slice(...mention.span)).toBe(mention.text);
    expect(codes(text)).toEqual(['JP', 'JP']);
  });

  it('runs in linear time on 1 MB of quotation marks and line breaks', () => {
    const pieces = ['โครงการ “', 'ไทย', '\n', 'โครงการ ”จีน', '"', 'ลาว ', "'"];
    const { result: mentions, ms } = cpuTimed(() => findCountries(repeatPieces(pieces)));
    expect(mentions.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(LINEAR_BOUND_MS);
  });

  it('runs in linear time on 1 MB of adversarial text', () => {
    const pieces = [
      'สาธารณรัฐประชาธิปไตยประชาชนเกาหลี'.slice(0, -1),
      'สาธารณรัฐ',
      'ประเทศ ',
      'เเเเ',
      'ไทยคู่ฟ',
      'โครงการ “',
      'Republic of ',
      'จีน',
    ];
    const { result: mentions, ms } = cpuTimed(() => findCountries(repeatPieces(pieces)));
    expect(mentions.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(LINEAR_BOUND_MS);
  });
});

describe('startsWithCountry', () => {
  const corpus = [...textsIn(FIXTURES_DIR), ...textsIn(EXAMPLES_DIR)].map(([, text]) => text);

  it('has texts to check', () => {
    expect(corpus.length).toBeGreaterThan(0);
  });

  // The definition startsWithCountry keeps, cheaply: the text's first mention starts at 0.
  const mismatches = (texts: string[]) =>
    texts.filter((text) => startsWithCountry(text) !== (findCountries(text)[0]?.span[0] === 0));

  it('is true exactly when the first mention starts the text, on every suffix of the corpus', () => {
    for (const text of corpus) {
      const suffixes = Array.from({ length: text.length }, (_, start) => text.slice(start));
      expect(mismatches(suffixes)).toEqual([]);
    }
  });

  it('agrees with findCountries on short slices too', () => {
    for (const text of corpus) {
      const slices = [2, 3, 4, 6, 9, 14].flatMap((length) =>
        Array.from({ length: text.length }, (_, start) => text.slice(start, start + length)),
      );
      expect(mismatches(slices)).toEqual([]);
    }
  });

  it('reads only the start of the text', () => {
    expect(startsWithCountry('สหรัฐฯ ประจำประเทศไทย')).toBe(true);
    expect(startsWithCountry('ประเทศญี่ปุ่น')).toBe(true);
    expect(startsWithCountry('ดอลลาร์สหรัฐ')).toBe(false);
    expect(startsWithCountry('นายไทย')).toBe(false);
    expect(startsWithCountry('')).toBe(false);
    const long = `ญี่ปุ่น${'ก'.repeat(1_000_000)}`;
    const { ms } = cpuTimed(() => {
      for (let i = 0; i < 1000; i++) startsWithCountry(long);
    });
    expect(ms).toBeLessThan(LINEAR_BOUND_MS);
  });
});
