import type { CountryCode } from './iso-codes';

/**
 * The names one country goes by in Thai and English reports. The extractor matches these
 * literally (Latin forms also in ALL CAPS, with word boundaries), longest name first.
 */
export interface CountryNames {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: CountryCode;
  /** Thai names: the everyday short form first, then official long forms and variant spellings. */
  readonly th: readonly string[];
  /** English names: the everyday short form first, then official and variant forms. */
  readonly en: readonly string[];
  /**
   * Names (taken from `th` or `en`) that are also ordinary words or given names (`ชาด` is
   * vermilion and the start of `ชาดก`, `มาลี` a girl's name). They count only right after a
   * country prefix such as `ประเทศ`; their official long forms in `th`/`en` count anywhere.
   */
  readonly needsPrefix?: readonly string[];
}

/**
 * Every sovereign state (ISO 3166-1), plus Taiwan, Hong Kong, Macao and Palestine.
 * `ประเทศ…` needs no entry of its own: see {@link COUNTRY_PREFIXES}.
 */
export const COUNTRIES = [
  { code: 'AF', th: ['อัฟกานิสถาน', 'สาธารณรัฐอิสลามอัฟกานิสถาน'], en: ['Afghanistan'] },
  { code: 'AL', th: ['แอลเบเนีย', 'สาธารณรัฐแอลเบเนีย'], en: ['Albania'] },
  {
    code: 'DZ',
    th: ['แอลจีเรีย', 'สาธารณรัฐประชาธิปไตยประชาชนแอลจีเรีย'],
    en: ['Algeria'],
  },
  { code: 'AD', th: ['อันดอร์รา', 'ราชรัฐอันดอร์รา'], en: ['Andorra'] },
  { code: 'AO', th: ['แองโกลา', 'สาธารณรัฐแองโกลา'], en: ['Angola'] },
  { code: 'AG', th: ['แอนติกาและบาร์บูดา'], en: ['Antigua and Barbuda'] },
  {
    code: 'AR',
    th: ['อาร์เจนตินา', 'อาร์เจนติน่า', 'สาธารณรัฐอาร์เจนตินา'],
    en: ['Argentina', 'Argentine Republic'],
  },
  { code: 'AM', th: ['อาร์มีเนีย', 'อาร์เมเนีย', 'สาธารณรัฐอาร์มีเนีย'], en: ['Armenia'] },
  {
    code: 'AU',
    th: ['ออสเตรเลีย', 'เครือรัฐออสเตรเลีย'],
    en: ['Australia', 'Commonwealth of Australia'],
  },
  { code: 'AT', th: ['ออสเตรีย', 'สาธารณรัฐออสเตรีย'], en: ['Austria'] },
  { code: 'AZ', th: ['อาเซอร์ไบจาน', 'สาธารณรัฐอาเซอร์ไบจาน'], en: ['Azerbaijan'] },
  { code: 'BS', th: ['บาฮามาส', 'เครือรัฐบาฮามาส'], en: ['Bahamas', 'The Bahamas'] },
  { code: 'BH', th: ['บาห์เรน', 'ราชอาณาจักรบาห์เรน'], en: ['Bahrain'] },
  {
    code: 'BD',
    th: ['บังกลาเทศ', 'บังคลาเทศ', 'สาธารณรัฐประชาชนบังกลาเทศ', 'สาธารณรัฐประชาชนบังคลาเทศ'],
    en: ['Bangladesh'],
  },
  { code: 'BB', th: ['บาร์เบโดส'], en: ['Barbados'] },
  { code: 'BY', th: ['เบลารุส', 'สาธารณรัฐเบลารุส'], en: ['Belarus'] },
  { code: 'BE', th: ['เบลเยียม', 'เบลเยี่ยม', 'ราชอาณาจักรเบลเยียม'], en: ['Belgium'] },
  { code: 'BZ', th: ['เบลีซ'], en: ['Belize'] },
  { code: 'BJ', th: ['เบนิน', 'สาธารณรัฐเบนิน'], en: ['Benin'] },
  { code: 'BT', th: ['ภูฏาน', 'ภูฐาน', 'ราชอาณาจักรภูฏาน'], en: ['Bhutan'] },
  { code: 'BO', th: ['โบลิเวีย', 'รัฐพหุชนชาติแห่งโบลิเวีย'], en: ['Bolivia'] },
  {
    code: 'BA',
    th: ['บอสเนียและเฮอร์เซโกวีนา', 'บอสเนียและเฮอร์เซโกวินา', 'บอสเนีย'],
    en: ['Bosnia and Herzegovina', 'Bosnia'],
  },
  { code: 'BW', th: ['บอตสวานา', 'สาธารณรัฐบอตสวานา'], en: ['Botswana'] },
  { code: 'BR', th: ['บราซิล', 'สาธารณรัฐสหพันธ์บราซิล'], en: ['Brazil'] },
  {
    code: 'BN',
    th: ['บรูไน', 'บรูไนดารุสซาลาม', 'เนการาบรูไนดารุสซาลาม'],
    en: ['Brunei', 'Brunei Darussalam'],
  },
  { code: 'BG', th: ['บัลแกเรีย', 'สาธารณรัฐบัลแกเรีย'], en: ['Bulgaria'] },
  { code: 'BF', th: ['บูร์กินาฟาโซ'], en: ['Burkina Faso'] },
  { code: 'BI', th: ['บุรุนดี', 'สาธารณรัฐบุรุนดี'], en: ['Burundi'] },
  {
    code: 'CV',
    th: ['กาบูเวร์ดี', 'เคปเวิร์ด', 'สาธารณรัฐกาบูเวร์ดี'],
    en: ['Cabo Verde', 'Cape Verde'],
  },
  {
    code: 'KH',
    th: ['กัมพูชา', 'ราชอาณาจักรกัมพูชา'],
    en: ['Cambodia', 'Kingdom of Cambodia'],
  },
  { code: 'CM', th: ['แคเมอรูน', 'สาธารณรัฐแคเมอรูน'], en: ['Cameroon'] },
  { code: 'CA', th: ['แคนาดา'], en: ['Canada'] },
  { code: 'CF', th: ['สาธารณรัฐแอฟริกากลาง'], en: ['Central African Republic'] },
  { code: 'TD', th: ['ชาด', 'สาธารณรัฐชาด'], en: ['Chad', 'Republic of Chad'], needsPrefix: ['ชาด', 'Chad'] },
  { code: 'CL', th: ['ชิลี', 'สาธารณรัฐชิลี'], en: ['Chile'] },
  {
    code: 'CN',
    th: ['จีน', 'สาธารณรัฐประชาชนจีน', 'สป.จีน', 'จีนแผ่นดินใหญ่'],
    en: ['China', "People's Republic of China", 'PRC'],
  },
  { code: 'CO', th: ['โคลอมเบีย', 'โคลัมเบีย', 'สาธารณรัฐโคลอมเบีย'], en: ['Colombia'] },
  { code: 'KM', th: ['คอโมโรส', 'สหภาพคอโมโรส'], en: ['Comoros'] },
  {
    code: 'CG',
    th: ['คองโก', 'สาธารณรัฐคองโก'],
    en: ['Congo', 'Republic of the Congo', 'Congo-Brazzaville'],
  },
  {
    code: 'CD',
    th: ['สาธารณรัฐประชาธิปไตยคองโก', 'ดีอาร์คองโก'],
    en: ['Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa'],
  },
  { code: 'CR', th: ['คอสตาริกา', 'สาธารณรัฐคอสตาริกา'], en: ['Costa Rica'] },
  {
    code: 'CI',
    th: ['โกตดิวัวร์', 'ไอวอรีโคสต์', 'สาธารณรัฐโกตดิวัวร์'],
    en: ["Côte d'Ivoire", "Cote d'Ivoire", 'Ivory Coast'],
  },
  { code: 'HR', th: ['โครเอเชีย', 'สาธารณรัฐโครเอเชีย'], en: ['Croatia'] },
  { code: 'CU', th: ['คิวบา', 'สาธารณรัฐคิวบา'], en: ['Cuba'] },
  { code: 'CY', th: ['ไซปรัส', 'สาธารณรัฐไซปรัส'], en: ['Cyprus'] },
  {
    code: 'CZ',
    th: ['เช็ก', 'เช็ค', 'เช็กเกีย', 'สาธารณรัฐเช็ก', 'สาธารณรัฐเช็ค'],
    en: ['Czechia', 'Czech Republic'],
    needsPrefix: ['เช็ก', 'เช็ค'],
  },
  { code: 'DK', th: ['เดนมาร์ก', 'เดนมาร์ค', 'ราชอาณาจักรเดนมาร์ก'], en: ['Denmark'] },
  { code: 'DJ', th: ['จิบูตี', 'สาธารณรัฐจิบูตี'], en: ['Djibouti'] },
  { code: 'DM', th: ['โดมินิกา', 'เครือรัฐโดมินิกา'], en: ['Dominica'] },
  { code: 'DO', th: ['สาธารณรัฐโดมินิกัน', 'โดมินิกัน'], en: ['Dominican Republic'] },
  { code: 'EC', th: ['เอกวาดอร์', 'สาธารณรัฐเอกวาดอร์'], en: ['Ecuador'] },
  { code: 'EG', th: ['อียิปต์', 'สาธารณรัฐอาหรับอียิปต์'], en: ['Egypt'] },
  { code: 'SV', th: ['เอลซัลวาดอร์', 'สาธารณรัฐเอลซัลวาดอร์'], en: ['El Salvador'] },
  { code: 'GQ', th: ['อิเควทอเรียลกินี', 'สาธารณรัฐอิเควทอเรียลกินี'], en: ['Equatorial Guinea'] },
  { code: 'ER', th: ['เอริเทรีย', 'รัฐเอริเทรีย'], en: ['Eritrea'] },
  { code: 'EE', th: ['เอสโตเนีย', 'สาธารณรัฐเอสโตเนีย'], en: ['Estonia'] },
  {
    code: 'SZ',
    th: ['เอสวาตีนี', 'เอสวาตินี', 'สวาซิแลนด์', 'ราชอาณาจักรเอสวาตีนี'],
    en: ['Eswatini', 'Swaziland'],
  },
  {
    code: 'ET',
    th: ['เอธิโอเปีย', 'สหพันธ์สาธารณรัฐประชาธิปไตยเอธิโอเปีย'],
    en: ['Ethiopia'],
  },
  { code: 'FJ', th: ['ฟิจิ', 'สาธารณรัฐฟิจิ'], en: ['Fiji'] },
  { code: 'FI', th: ['ฟินแลนด์', 'สาธารณรัฐฟินแลนด์'], en: ['Finland'] },
  { code: 'FR', th: ['ฝรั่งเศส', 'สาธารณรัฐฝรั่งเศส'], en: ['France', 'French Republic'] },
  { code: 'GA', th: ['กาบอง', 'สาธารณรัฐกาบอง'], en: ['Gabon'] },
  { code: 'GM', th: ['แกมเบีย', 'สาธารณรัฐแกมเบีย'], en: ['Gambia', 'The Gambia'] },
  { code: 'GE', th: ['จอร์เจีย'], en: ['Georgia'] },
  {
    code: 'DE',
    th: ['เยอรมนี', 'เยอรมันนี', 'เยอรมัน', 'สหพันธ์สาธารณรัฐเยอรมนี'],
    en: ['Germany', 'Federal Republic of Germany'],
  },
  { code: 'GH', th: ['กานา', 'สาธารณรัฐกานา'], en: ['Ghana'] },
  {
    code: 'GR',
    th: ['กรีซ', 'สาธารณรัฐกรีซ', 'สาธารณรัฐเฮลเลนิก'],
    en: ['Greece', 'Hellenic Republic'],
  },
  { code: 'GD', th: ['เกรเนดา'], en: ['Grenada'] },
  { code: 'GT', th: ['กัวเตมาลา', 'สาธารณรัฐกัวเตมาลา'], en: ['Guatemala'] },
  { code: 'GN', th: ['กินี', 'สาธารณรัฐกินี'], en: ['Guinea'] },
  {
    code: 'GW',
    th: ['กินี-บิสเซา', 'กินีบิสเซา', 'สาธารณรัฐกินี-บิสเซา'],
    en: ['Guinea-Bissau'],
  },
  { code: 'GY', th: ['กายอานา', 'สาธารณรัฐสหกรณ์กายอานา'], en: ['Guyana'] },
  { code: 'HT', th: ['เฮติ', 'สาธารณรัฐเฮติ'], en: ['Haiti'] },
  { code: 'HN', th: ['ฮอนดูรัส', 'สาธารณรัฐฮอนดูรัส'], en: ['Honduras'] },
  { code: 'HU', th: ['ฮังการี'], en: ['Hungary'] },
  { code: 'IS', th: ['ไอซ์แลนด์'], en: ['Iceland'] },
  { code: 'IN', th: ['อินเดีย', 'สาธารณรัฐอินเดีย'], en: ['India', 'Republic of India'] },
  {
    code: 'ID',
    th: ['อินโดนีเซีย', 'สาธารณรัฐอินโดนีเซีย'],
    en: ['Indonesia', 'Republic of Indonesia'],
  },
  { code: 'IR', th: ['อิหร่าน', 'สาธารณรัฐอิสลามอิหร่าน'], en: ['Iran', 'Islamic Republic of Iran'] },
  { code: 'IQ', th: ['อิรัก', 'สาธารณรัฐอิรัก'], en: ['Iraq'] },
  { code: 'IE', th: ['ไอร์แลนด์'], en: ['Ireland'] },
  { code: 'IL', th: ['อิสราเอล', 'รัฐอิสราเอล'], en: ['Israel'] },
  { code: 'IT', th: ['อิตาลี', 'สาธารณรัฐอิตาลี'], en: ['Italy', 'Italian Republic'] },
  { code: 'JM', th: ['จาเมกา'], en: ['Jamaica'] },
  { code: 'JP', th: ['ญี่ปุ่น'], en: ['Japan'] },
  { code: 'JO', th: ['จอร์แดน', 'ราชอาณาจักรฮัชไมต์จอร์แดน'], en: ['Jordan', 'Hashemite Kingdom of Jordan'] },
  { code: 'KZ', th: ['คาซัคสถาน', 'คาซักสถาน', 'สาธารณรัฐคาซัคสถาน'], en: ['Kazakhstan'] },
  { code: 'KE', th: ['เคนยา', 'เคนย่า', 'สาธารณรัฐเคนยา'], en: ['Kenya'] },
  { code: 'KI', th: ['คิริบาส', 'คิริบาตี', 'สาธารณรัฐคิริบาส'], en: ['Kiribati'] },
  {
    code: 'KP',
    th: ['เกาหลีเหนือ', 'สาธารณรัฐประชาธิปไตยประชาชนเกาหลี', 'สปป.เกาหลี'],
    en: ['North Korea', "Democratic People's Republic of Korea", 'DPRK'],
  },
  {
    code: 'KR',
    th: ['เกาหลีใต้', 'เกาหลี', 'สาธารณรัฐเกาหลี'],
    en: ['South Korea', 'Korea', 'Republic of Korea', 'ROK'],
  },
  { code: 'KW', th: ['คูเวต', 'รัฐคูเวต'], en: ['Kuwait', 'State of Kuwait'] },
  { code: 'KG', th: ['คีร์กีซสถาน', 'คีร์กีซ', 'สาธารณรัฐคีร์กีซ'], en: ['Kyrgyzstan', 'Kyrgyz Republic'] },
  {
    code: 'LA',
    th: ['ลาว', 'สปป.ลาว', 'สปป. ลาว', 'สปป ลาว', 'ส.ป.ป.ลาว', 'สาธารณรัฐประชาธิปไตยประชาชนลาว'],
    en: ['Laos', 'Lao PDR', "Lao People's Democratic Republic"],
  },
  { code: 'LV', th: ['ลัตเวีย', 'สาธารณรัฐลัตเวีย'], en: ['Latvia'] },
  { code: 'LB', th: ['เลบานอน', 'สาธารณรัฐเลบานอน'], en: ['Lebanon'] },
  { code: 'LS', th: ['เลโซโท', 'ราชอาณาจักรเลโซโท'], en: ['Lesotho'] },
  { code: 'LR', th: ['ไลบีเรีย', 'สาธารณรัฐไลบีเรีย'], en: ['Liberia'] },
  { code: 'LY', th: ['ลิเบีย', 'รัฐลิเบีย'], en: ['Libya'] },
  { code: 'LI', th: ['ลิกเตนสไตน์', 'ราชรัฐลิกเตนสไตน์'], en: ['Liechtenstein'] },
  { code: 'LT', th: ['ลิทัวเนีย', 'สาธารณรัฐลิทัวเนีย'], en: ['Lithuania'] },
  { code: 'LU', th: ['ลักเซมเบิร์ก', 'ลักเซมเบอร์ก', 'ราชรัฐลักเซมเบิร์ก'], en: ['Luxembourg'] },
  { code: 'MG', th: ['มาดากัสการ์', 'สาธารณรัฐมาดากัสการ์'], en: ['Madagascar'] },
  { code: 'MW', th: ['มาลาวี', 'สาธารณรัฐมาลาวี'], en: ['Malawi'] },
  { code: 'MY', th: ['มาเลเซีย'], en: ['Malaysia'] },
  { code: 'MV', th: ['มัลดีฟส์', 'มัลดีฟ', 'สาธารณรัฐมัลดีฟส์'], en: ['Maldives'] },
  { code: 'ML', th: ['มาลี', 'สาธารณรัฐมาลี'], en: ['Mali', 'Republic of Mali'], needsPrefix: ['มาลี'] },
  { code: 'MT', th: ['มอลตา', 'สาธารณรัฐมอลตา'], en: ['Malta'] },
  { code: 'MH', th: ['หมู่เกาะมาร์แชลล์', 'สาธารณรัฐหมู่เกาะมาร์แชลล์'], en: ['Marshall Islands'] },
  { code: 'MR', th: ['มอริเตเนีย', 'สาธารณรัฐอิสลามมอริเตเนีย'], en: ['Mauritania'] },
  { code: 'MU', th: ['มอริเชียส', 'สาธารณรัฐมอริเชียส'], en: ['Mauritius'] },
  { code: 'MX', th: ['เม็กซิโก', 'แม็กซิโก', 'สหรัฐเม็กซิโก'], en: ['Mexico', 'United Mexican States'] },
  {
    code: 'FM',
    th: ['ไมโครนีเซีย', 'สหพันธรัฐไมโครนีเซีย'],
    en: ['Micronesia', 'Federated States of Micronesia'],
  },
  { code: 'MD', th: ['มอลโดวา', 'สาธารณรัฐมอลโดวา'], en: ['Moldova'] },
  { code: 'MC', th: ['โมนาโก', 'ราชรัฐโมนาโก'], en: ['Monaco'] },
  { code: 'MN', th: ['มองโกเลีย'], en: ['Mongolia'] },
  { code: 'ME', th: ['มอนเตเนโกร'], en: ['Montenegro'] },
  { code: 'MA', th: ['โมร็อกโก', 'โมรอคโค', 'ราชอาณาจักรโมร็อกโก'], en: ['Morocco'] },
  { code: 'MZ', th: ['โมซัมบิก', 'สาธารณรัฐโมซัมบิก'], en: ['Mozambique'] },
  {
    code: 'MM',
    th: ['เมียนมา', 'เมียนมาร์', 'พม่า', 'สาธารณรัฐแห่งสหภาพเมียนมา'],
    en: ['Myanmar', 'Burma', 'Republic of the Union of Myanmar'],
  },
  { code: 'NA', th: ['นามิเบีย', 'สาธารณรัฐนามิเบีย'], en: ['Namibia'] },
  { code: 'NR', th: ['นาอูรู', 'สาธารณรัฐนาอูรู'], en: ['Nauru'] },
  { code: 'NP', th: ['เนปาล', 'สหพันธ์สาธารณรัฐประชาธิปไตยเนปาล'], en: ['Nepal'] },
  {
    code: 'NL',
    th: ['เนเธอร์แลนด์', 'ฮอลแลนด์', 'ราชอาณาจักรเนเธอร์แลนด์'],
    en: ['Netherlands', 'the Netherlands', 'The Netherlands', 'Holland'],
  },
  { code: 'NZ', th: ['นิวซีแลนด์'], en: ['New Zealand'] },
  { code: 'NI', th: ['นิการากัว', 'สาธารณรัฐนิการากัว'], en: ['Nicaragua'] },
  { code: 'NE', th: ['ไนเจอร์', 'สาธารณรัฐไนเจอร์'], en: ['Niger'] },
  { code: 'NG', th: ['ไนจีเรีย', 'สหพันธ์สาธารณรัฐไนจีเรีย'], en: ['Nigeria'] },
  { code: 'MK', th: ['มาซิโดเนียเหนือ', 'สาธารณรัฐมาซิโดเนียเหนือ'], en: ['North Macedonia'] },
  { code: 'NO', th: ['นอร์เวย์', 'ราชอาณาจักรนอร์เวย์'], en: ['Norway'] },
  { code: 'OM', th: ['โอมาน', 'รัฐสุลต่านโอมาน'], en: ['Oman'] },
  { code: 'PK', th: ['ปากีสถาน', 'สาธารณรัฐอิสลามปากีสถาน'], en: ['Pakistan'] },
  { code: 'PW', th: ['ปาเลา', 'สาธารณรัฐปาเลา'], en: ['Palau'] },
  { code: 'PS', th: ['ปาเลสไตน์', 'รัฐปาเลสไตน์'], en: ['Palestine', 'State of Palestine'] },
  { code: 'PA', th: ['ปานามา', 'สาธารณรัฐปานามา'], en: ['Panama'] },
  { code: 'PG', th: ['ปาปัวนิวกินี', 'รัฐเอกราชปาปัวนิวกินี'], en: ['Papua New Guinea'] },
  { code: 'PY', th: ['ปารากวัย', 'สาธารณรัฐปารากวัย'], en: ['Paraguay'] },
  { code: 'PE', th: ['เปรู', 'สาธารณรัฐเปรู'], en: ['Peru'] },
  {
    code: 'PH',
    th: ['ฟิลิปปินส์', 'สาธารณรัฐฟิลิปปินส์'],
    en: ['Philippines', 'the Philippines', 'The Philippines', 'Republic of the Philippines'],
  },
  { code: 'PL', th: ['โปแลนด์', 'สาธารณรัฐโปแลนด์'], en: ['Poland'] },
  { code: 'PT', th: ['โปรตุเกส', 'สาธารณรัฐโปรตุเกส'], en: ['Portugal'] },
  { code: 'QA', th: ['กาตาร์', 'รัฐกาตาร์'], en: ['Qatar', 'State of Qatar'] },
  { code: 'RO', th: ['โรมาเนีย'], en: ['Romania'] },
  { code: 'RU', th: ['รัสเซีย', 'สหพันธรัฐรัสเซีย'], en: ['Russia', 'Russian Federation'] },
  { code: 'RW', th: ['รวันดา', 'สาธารณรัฐรวันดา'], en: ['Rwanda'] },
  { code: 'KN', th: ['เซนต์คิตส์และเนวิส'], en: ['Saint Kitts and Nevis'] },
  { code: 'LC', th: ['เซนต์ลูเซีย'], en: ['Saint Lucia'] },
  { code: 'VC', th: ['เซนต์วินเซนต์และเกรนาดีนส์'], en: ['Saint Vincent and the Grenadines'] },
  { code: 'WS', th: ['ซามัว', 'รัฐเอกราชซามัว'], en: ['Samoa'] },
  { code: 'SM', th: ['ซานมารีโน', 'สาธารณรัฐซานมารีโน'], en: ['San Marino'] },
  {
    code: 'ST',
    th: ['เซาตูเมและปรินซิปี', 'เซาโตเมและปรินซิปี'],
    en: ['Sao Tome and Principe', 'São Tomé and Príncipe'],
  },
  {
    code: 'SA',
    th: ['ซาอุดีอาระเบีย', 'ซาอุดิอาระเบีย', 'ซาอุดีอารเบีย', 'ซาอุดิอารเบีย', 'ซาอุฯ', 'ราชอาณาจักรซาอุดีอาระเบีย'],
    en: ['Saudi Arabia', 'Kingdom of Saudi Arabia'],
  },
  { code: 'SN', th: ['เซเนกัล', 'สาธารณรัฐเซเนกัล'], en: ['Senegal'] },
  { code: 'RS', th: ['เซอร์เบีย', 'สาธารณรัฐเซอร์เบีย'], en: ['Serbia'] },
  { code: 'SC', th: ['เซเชลส์', 'สาธารณรัฐเซเชลส์'], en: ['Seychelles'] },
  { code: 'SL', th: ['เซียร์ราลีโอน', 'สาธารณรัฐเซียร์ราลีโอน'], en: ['Sierra Leone'] },
  {
    code: 'SG',
    th: ['สิงคโปร์', 'สาธารณรัฐสิงคโปร์'],
    en: ['Singapore', 'Republic of Singapore'],
  },
  { code: 'SK', th: ['สโลวาเกีย', 'สาธารณรัฐสโลวัก'], en: ['Slovakia', 'Slovak Republic'] },
  { code: 'SI', th: ['สโลวีเนีย', 'สาธารณรัฐสโลวีเนีย'], en: ['Slovenia'] },
  { code: 'SB', th: ['หมู่เกาะโซโลมอน'], en: ['Solomon Islands'] },
  { code: 'SO', th: ['โซมาเลีย', 'สหพันธ์สาธารณรัฐโซมาเลีย'], en: ['Somalia'] },
  { code: 'ZA', th: ['แอฟริกาใต้', 'สาธารณรัฐแอฟริกาใต้'], en: ['South Africa'] },
  { code: 'SS', th: ['ซูดานใต้', 'สาธารณรัฐซูดานใต้'], en: ['South Sudan'] },
  { code: 'ES', th: ['สเปน', 'ราชอาณาจักรสเปน'], en: ['Spain', 'Kingdom of Spain'] },
  {
    code: 'LK',
    th: ['ศรีลังกา', 'สาธารณรัฐสังคมนิยมประชาธิปไตยศรีลังกา'],
    en: ['Sri Lanka'],
  },
  { code: 'SD', th: ['ซูดาน', 'สาธารณรัฐซูดาน'], en: ['Sudan'] },
  { code: 'SR', th: ['ซูรินาม', 'ซูรินาเม', 'สาธารณรัฐซูรินาม'], en: ['Suriname'] },
  { code: 'SE', th: ['สวีเดน', 'ราชอาณาจักรสวีเดน'], en: ['Sweden'] },
  {
    code: 'CH',
    th: ['สวิตเซอร์แลนด์', 'สวิสเซอร์แลนด์', 'สวิส', 'สมาพันธรัฐสวิส'],
    en: ['Switzerland', 'Swiss Confederation'],
  },
  { code: 'SY', th: ['ซีเรีย', 'สาธารณรัฐอาหรับซีเรีย'], en: ['Syria'] },
  {
    code: 'TW',
    th: ['ไต้หวัน', 'จีนไทเป', 'สาธารณรัฐจีน'],
    en: ['Taiwan', 'Chinese Taipei', 'Republic of China'],
  },
  { code: 'TJ', th: ['ทาจิกิสถาน', 'สาธารณรัฐทาจิกิสถาน'], en: ['Tajikistan'] },
  { code: 'TZ', th: ['แทนซาเนีย', 'สหสาธารณรัฐแทนซาเนีย'], en: ['Tanzania'] },
  { code: 'TH', th: ['ไทย', 'ราชอาณาจักรไทย'], en: ['Thailand', 'Kingdom of Thailand'] },
  {
    code: 'TL',
    th: ['ติมอร์-เลสเต', 'ติมอร์เลสเต', 'ติมอร์ตะวันออก', 'สาธารณรัฐประชาธิปไตยติมอร์-เลสเต'],
    en: ['Timor-Leste', 'East Timor'],
  },
  { code: 'TG', th: ['โตโก', 'สาธารณรัฐโตโก'], en: ['Togo'] },
  { code: 'TO', th: ['ตองกา', 'ราชอาณาจักรตองกา'], en: ['Tonga'] },
  { code: 'TT', th: ['ตรินิแดดและโตเบโก'], en: ['Trinidad and Tobago'] },
  { code: 'TN', th: ['ตูนิเซีย', 'สาธารณรัฐตูนิเซีย'], en: ['Tunisia'] },
  {
    code: 'TR',
    th: ['ตุรกี', 'ทูร์เคีย', 'ทือร์คีเย', 'สาธารณรัฐตุรกี', 'สาธารณรัฐทูร์เคีย'],
    en: ['Türkiye', 'Turkiye', 'Turkey'],
  },
  { code: 'TM', th: ['เติร์กเมนิสถาน'], en: ['Turkmenistan'] },
  { code: 'TV', th: ['ตูวาลู'], en: ['Tuvalu'] },
  { code: 'UG', th: ['ยูกันดา', 'สาธารณรัฐยูกันดา'], en: ['Uganda'] },
  { code: 'UA', th: ['ยูเครน'], en: ['Ukraine'] },
  {
    code: 'AE',
    th: ['สหรัฐอาหรับเอมิเรตส์', 'ยูเออี'],
    en: ['United Arab Emirates', 'UAE'],
  },
  {
    code: 'GB',
    th: [
      'สหราชอาณาจักร',
      'อังกฤษ',
      'สหราชอาณาจักรบริเตนใหญ่และไอร์แลนด์เหนือ',
      'บริเตนใหญ่',
      'ไอร์แลนด์เหนือ',
      'สกอตแลนด์',
    ],
    en: [
      'United Kingdom',
      'UK',
      'U.K.',
      'Great Britain',
      'Britain',
      'England',
      'Scotland',
      'Northern Ireland',
    ],
  },
  {
    code: 'US',
    th: ['สหรัฐอเมริกา', 'สหรัฐฯ', 'สหรัฐ', 'อเมริกา', 'สรอ.'],
    en: ['United States', 'United States of America', 'USA', 'U.S.A.', 'U.S.', 'US', 'America'],
  },
  { code: 'UY', th: ['อุรุกวัย', 'สาธารณรัฐบูรพาอุรุกวัย'], en: ['Uruguay'] },
  { code: 'UZ', th: ['อุซเบกิสถาน', 'สาธารณรัฐอุซเบกิสถาน'], en: ['Uzbekistan'] },
  { code: 'VU', th: ['วานูอาตู', 'สาธารณรัฐวานูอาตู'], en: ['Vanuatu'] },
  {
    code: 'VA',
    th: ['วาติกัน', 'นครรัฐวาติกัน', 'สันตะสำนัก'],
    en: ['Vatican', 'Holy See', 'Vatican City', 'Vatican City State'],
  },
  {
    code: 'VE',
    th: ['เวเนซุเอลา', 'สาธารณรัฐโบลีวาร์แห่งเวเนซุเอลา'],
    en: ['Venezuela'],
  },
  {
    code: 'VN',
    th: ['เวียดนาม', 'เวียตนาม', 'สาธารณรัฐสังคมนิยมเวียดนาม'],
    en: ['Viet Nam', 'Vietnam', 'Socialist Republic of Viet Nam', 'Socialist Republic of Vietnam'],
  },
  { code: 'YE', th: ['เยเมน', 'สาธารณรัฐเยเมน'], en: ['Yemen'] },
  { code: 'ZM', th: ['แซมเบีย', 'สาธารณรัฐแซมเบีย'], en: ['Zambia'] },
  { code: 'ZW', th: ['ซิมบับเว', 'สาธารณรัฐซิมบับเว'], en: ['Zimbabwe'] },
  {
    code: 'HK',
    th: ['ฮ่องกง', 'เขตบริหารพิเศษฮ่องกง'],
    en: ['Hong Kong', 'Hong Kong SAR'],
  },
  {
    code: 'MO',
    th: ['มาเก๊า', 'เขตบริหารพิเศษมาเก๊า'],
    en: ['Macao', 'Macau', 'Macao SAR'],
  },
] as const satisfies readonly CountryNames[];

/** A word written right before a country name that keeps it a country (`ประเทศไทย`, `Republic of Korea`). */
export interface CountryPrefix {
  readonly form: string;
  readonly script: 'thai' | 'latin';
  /**
   * Words that, right before the prefix, make it part of another word: `ต่างประเทศ`
   * (foreign) and `ระหว่างประเทศ` (international) do not introduce a country, so in
   * `กระทรวงการต่างประเทศญี่ปุ่น` the mention is `ญี่ปุ่น` alone.
   */
  readonly notAfter?: readonly string[];
}

/**
 * Prefixes that introduce a country name. A mention that starts with one includes it
 * (`ประเทศญี่ปุ่น`), and only after one do the {@link CountryNames.needsPrefix} names count
 * (`ประเทศชาด`). One space may stand between the prefix and the name.
 */
export const COUNTRY_PREFIXES = [
  { form: 'ประเทศ', script: 'thai', notAfter: ['ต่าง', 'ระหว่าง'] },
  { form: 'สาธารณรัฐ', script: 'thai' },
  { form: 'ราชอาณาจักร', script: 'thai' },
  { form: 'Republic of ', script: 'latin' },
  { form: 'Kingdom of ', script: 'latin' },
  { form: 'State of ', script: 'latin' },
] as const satisfies readonly CountryPrefix[];
