/**
 * Invented meeting reports in the style of Thai ministry reports, for tests and the benchmark.
 * Every person, committee, venue and sum here is made up. `inventedReport(n)` is deterministic
 * and varies the header, digits, meeting, mode, people, countries and sums with n.
 */

const PEOPLE = [
  ['นาย', 'สมมุติ ใจดี'],
  ['นางสาว', 'มาลี ศรีสุข'],
  ['ดร.', 'วิชัย มั่นคง'],
  ['นาง', 'วันดี สุขใจ'],
  ['นาย', 'อนันต์ รักชาติ'],
  ['นางสาว', 'กานดา ทองดี'],
  ['พลตรี', 'ประยงค์ กล้าหาญ'],
] as const;

const POSITIONS = [
  'รองปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์',
  'ผู้อำนวยการกองการต่างประเทศ',
  'อธิบดีกรมกิจการผู้สูงอายุ',
  'ผู้ตรวจราชการกระทรวง',
  'เลขานุการกรมส่งเสริมความเท่าเทียม',
] as const;

const AGENCIES = ['กระทรวง พม.', 'กรมกิจการผู้สูงอายุ', 'กองการต่างประเทศ', 'สำนักงานปลัดกระทรวง'] as const;

const MEETINGS = [
  ['การประชุมคณะทำงานด้านสวัสดิการสังคม', 'Working Group on Social Welfare', 'WGSW'],
  ['การประชุมเจ้าหน้าที่อาวุโสด้านการพัฒนาชนบท', 'Senior Officials Meeting on Rural Development', 'SOMRD'],
  ['การประชุมคณะกรรมการร่วมว่าด้วยความร่วมมือด้านแรงงาน', 'Joint Committee on Labour Cooperation', 'JCLC'],
  ['การประชุมหารือระดับภูมิภาคว่าด้วยสังคมสูงวัย', 'Regional Dialogue on Ageing Societies', 'RDAS'],
] as const;

const MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

const COUNTRIES = ['ญี่ปุ่น', 'เวียดนาม', 'มาเลเซีย', 'กัมพูชา', 'สาธารณรัฐเกาหลี', 'แคนาดา', 'ฟิลิปปินส์'] as const;

const MODES = [
  'ผ่านระบบการประชุมทางไกล',
  'ณ ห้องประชุม ๑ ชั้น ๓ อาคารศูนย์ราชการตัวอย่าง',
  'ณ ห้องประชุมใหญ่ ชั้น ๗ และผ่านระบบการประชุมทางไกล',
  'ผ่านระบบ Video Conference',
] as const;

const SUMS = [
  'ประมาณ ๒.๕ ล้านบาท',
  'จำนวน 150,000 ดอลลาร์สหรัฐ',
  'วงเงิน ๓ ล้านเยน',
  'ประมาณ 1.2 ล้านยูโร',
] as const;

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;

/** Thai digits for Arabic ones: `2564` → `๒๕๖๔`. */
export function thaiDigits(text: string | number): string {
  return String(text).replace(/\d/g, (digit) => String.fromCharCode(0x0e50 + Number(digit)));
}

export function inventedReport(n: number): string {
  const useThaiDigits = n % 2 === 0;
  const digits = (value: string | number) => (useThaiDigits ? thaiDigits(value) : String(value));
  const [honorific, name] = pick(PEOPLE, n);
  const [secondHonorific, secondName] = pick(PEOPLE, n + 3);
  const [nameTh, nameEn, abbr] = pick(MEETINGS, n);
  const day = (n % 28) + 1;
  const month = pick(MONTHS, n);
  const year = 2560 + (n % 7);
  const ordinal = (n % 40) + 1;
  const meetingDate = `${digits(day)} ${month} ${digits(year)}`;
  const title = `${pick(AGENCIES, n)}ร่วม${nameTh} ครั้งที่ ${digits(ordinal)}`;

  const header = [
    `${title}\n${digits(Math.min(day + 1, 28))} ${month} ${digits(year)}\n`,
    `${title}\n${title}\nPOSTED ON ${digits(String(day).padStart(2, '0'))}/${digits(String((n % 12) + 1).padStart(2, '0'))}/${digits(year)} | ${(n * 37) % 9000} view\n`,
    `${title}\n`,
    '',
  ][n % 4];

  const body = [
    `เมื่อวันที่ ${meetingDate} เวลา ${digits('09.00')} – ${digits('12.30')} น. ${honorific}${name} ${pick(POSITIONS, n)} ได้เข้าร่วม${nameTh} (${nameEn}: ${abbr}) ครั้งที่ ${digits(ordinal)} ${pick(MODES, n)} โดยมีผู้แทนจาก${pick(COUNTRIES, n)} และ${pick(COUNTRIES, n + 2)} เข้าร่วมการประชุม`,
    `ในการนี้ ${secondHonorific}${secondName} ${pick(POSITIONS, n + 1)} ได้นำเสนอความคืบหน้าของโครงการความร่วมมือ ${pick(SUMS, n)} และที่ประชุมเห็นชอบให้จัดการประชุมครั้งต่อไปในเดือน${pick(MONTHS, n + 4)} ${digits(year + 1)}`,
  ];
  if (n % 3 === 0) {
    body.push(
      `ทั้งนี้ ที่ประชุมได้ทบทวนผลการประชุมครั้งที่ ${digits(Math.max(1, ordinal - 1))} ซึ่งจัดขึ้นระหว่างวันที่ ${digits('22-23')} ${pick(MONTHS, n + 7)} ${digits(year - 1)}`,
    );
  }
  return `${header}\n${body.join('\n\n')}\n`;
}
