import { dedupePeople, findPeople, parseReport } from '@prachum/core';
import { describe, expect, it } from 'vitest';
import { cpuTimed, LINEAR_BOUND_MS, repeatPieces } from './support/linear';

/** The fields a reader checks, without spans. */
const people = (text: string) =>
  findPeople(text).map(({ honorific, name, nameLatin, position }) => ({
    honorific,
    name,
    nameLatin,
    position,
  }));
const names = (text: string) => findPeople(text).map((person) => person.name);
const positions = (text: string) => findPeople(text).map((person) => person.position);

describe('findPeople: honorifics', () => {
  it('reads a glued honorific, the name with one space and the post after it', () => {
    const text = 'นายสมชาย ใจดี รองปลัดกระทรวงการต่างประเทศ ได้เข้าร่วมการประชุม';
    expect(findPeople(text)).toEqual([
      {
        text: 'นายสมชาย ใจดี',
        span: [0, 13],
        honorific: 'นาย',
        name: 'สมชาย ใจดี',
        nameLatin: null,
        position: 'รองปลัดกระทรวงการต่างประเทศ',
        positionSpan: [14, 41],
      },
    ]);
  });

  it('reads an honorific glued to the word before it', () => {
    expect(people('โดยนายธนวัฒน์ รุ่งเรืองศรี ผู้อำนวยการกองแผนงาน ซึ่งเป็นผู้แทนไทย')).toEqual([
      { honorific: 'นาย', name: 'ธนวัฒน์ รุ่งเรืองศรี', nameLatin: null, position: 'ผู้อำนวยการกองแผนงาน' },
    ]);
  });

  it('reads ท่าน glued to a word that introduces a person, not the pronoun nor ทุกท่าน', () => {
    expect(people('โดยมีท่านบุนมี สีหาลาด รองเจ้าแขวงสะหวันนะเขต ให้การต้อนรับ')).toEqual([
      { honorific: 'ท่าน', name: 'บุนมี สีหาลาด', nameLatin: null, position: 'รองเจ้าแขวงสะหวันนะเขต' },
    ]);
    expect(names('ได้ให้การต้อนรับท่านวันนา สีสุลาด เจ้าแขวงจำปาสัก')).toEqual(['วันนา สีสุลาด']);
    expect(people('ขอขอบคุณผู้เข้าร่วมทุกท่านที่มา ร่วมงาน')).toEqual([]);
    expect(people('ขอให้ท่านช่วยกัน ดูแลพื้นที่')).toEqual([]);
    expect(people('ยกระดับการศึกษาและคุณภาพ ชีวิตของประชาชน')).toEqual([]);
  });

  it('reads a word-like abbreviated title glued to the word before it, not a dotted rank', () => {
    expect(people('โดยมีนพ.กิตติพงษ์ แสงอรุณ ผู้อำนวยการโรงพยาบาลจังหวัด เป็นประธาน')).toEqual([
      {
        honorific: 'นพ.',
        name: 'กิตติพงษ์ แสงอรุณ',
        nameLatin: null,
        position: 'ผู้อำนวยการโรงพยาบาลจังหวัด',
      },
    ]);
    expect(people('ต้อนรับพญ.วรรณา ศรีสุข ผู้อำนวยการกองระบาดวิทยา และคณะ').map((p) => p.honorific)).toEqual([
      'พญ.',
    ]);
    // A dotted rank glued to a Thai letter is more likely the end of another abbreviation.
    expect(people('ผู้แทนกร.อ.สมชาย ใจดี')).toEqual([]);
  });

  it('reads a post glued to the surname, and the next person or a verb glued to the post', () => {
    expect(people('นายธนวัฒน์ รุ่งเรืองศรีอธิบดีกรมประมงมอบหมายให้นางสมศรี ใจดี ผู้อำนวยการกองแผนงาน เป็นผู้แทน')).toEqual([
      { honorific: 'นาย', name: 'ธนวัฒน์ รุ่งเรืองศรี', nameLatin: null, position: 'อธิบดีกรมประมง' },
      { honorific: 'นาง', name: 'สมศรี ใจดี', nameLatin: null, position: 'ผู้อำนวยการกองแผนงาน' },
    ]);
    expect(people('นายวิรัตน์ ทองประเสริฐ ผู้ว่าราชการจังหวัดน่านและนายคำพอง สีสะหวัด เจ้าแขวงไชยบุรี ร่วมประชุม')).toEqual([
      { honorific: 'นาย', name: 'วิรัตน์ ทองประเสริฐ', nameLatin: null, position: 'ผู้ว่าราชการจังหวัดน่าน' },
      { honorific: 'นาย', name: 'คำพอง สีสะหวัด', nameLatin: null, position: 'เจ้าแขวงไชยบุรี' },
    ]);
    // A transliterated name with a third part, the post glued to it; an abbreviated post.
    expect(people('นายเหงียน วัน ทังรองนายกรัฐมนตรีเวียดนาม กล่าวว่า').map((p) => [p.name, p.position])).toEqual([
      ['เหงียน วัน ทัง', 'รองนายกรัฐมนตรีเวียดนาม'],
    ]);
    expect(people('นายสมชาย ใจดีรมว.แรงงาน เดินทางถึง').map((p) => [p.name, p.position])).toEqual([
      ['สมชาย ใจดี', 'รมว.แรงงาน'],
    ]);
    // The deputy prime minister is a post, not a person named นาย…
    expect(people('นางสาวอรุณี แสงทอง ผู้แทนรองนายกรัฐมนตรี กล่าวว่า').map((p) => p.position)).toEqual([
      'ผู้แทนรองนายกรัฐมนตรี',
    ]);
  });

  it('reads no person in a place whose name starts like a title (นางรอง, นายาง, ตลาดนางเลิ้ง)', () => {
    expect(people('ประชุมที่อำเภอนางรอง จังหวัดบุรีรัมย์ และตำบลนายาง อำเภอเมือง')).toEqual([]);
    expect(people('ร้านค้าในตลาดนางเลิ้ง ป้อมปราบ และซอยนายเลิศ ถนนเพลินจิต')).toEqual([]);
    expect(people('กลุ่มนายทุน ต่างชาติ และนายจ้าง สถานประกอบการ')).toEqual([]);
    // A house is a person's: บ้านนาย… names them.
    expect(people('ที่บ้านนายสมชาย ใจดี ผู้ใหญ่บ้าน').map((p) => p.name)).toEqual(['สมชาย ใจดี']);
    expect(people('นายสมชาย ใจดี นายอำเภอนางรอง จังหวัดบุรีรัมย์ กล่าวว่า').map((p) => [p.name, p.position])).toEqual([
      ['สมชาย ใจดี', 'นายอำเภอนางรอง จังหวัดบุรีรัมย์'],
    ]);
  });

  it('reads a spaced honorific', () => {
    expect(people('นาย วิรัตน์ ทองประเสริฐ อธิบดีกรมประมง กล่าวว่า')).toEqual([
      { honorific: 'นาย', name: 'วิรัตน์ ทองประเสริฐ', nameLatin: null, position: 'อธิบดีกรมประมง' },
    ]);
  });

  it('reads police and military ranks, glued or spaced', () => {
    expect(people('พล.ต.อ.สมศักดิ์ กล้าณรงค์ ผู้บัญชาการตำรวจแห่งชาติ ในฐานะประธานกรรมการ')).toEqual([
      {
        honorific: 'พล.ต.อ.',
        name: 'สมศักดิ์ กล้าณรงค์',
        nameLatin: null,
        position: 'ผู้บัญชาการตำรวจแห่งชาติ',
      },
    ]);
    expect(people('พลเอก ประวิทย์ ทองคำแท้ รองนายกรัฐมนตรี พร้อมด้วยคณะ')).toEqual([
      { honorific: 'พลเอก', name: 'ประวิทย์ ทองคำแท้', nameLatin: null, position: 'รองนายกรัฐมนตรี' },
    ]);
  });

  it('reads stacked academic titles and the short form of นางสาว as written', () => {
    expect(people('ศ.ดร.วิชัย ปัญญาวงศ์ อธิการบดีมหาวิทยาลัยเชียงใหม่ และคณะ เดินทางถึง')).toEqual([
      { honorific: 'ศ.ดร.', name: 'วิชัย ปัญญาวงศ์', nameLatin: null, position: 'อธิการบดีมหาวิทยาลัยเชียงใหม่' },
    ]);
    expect(people('น.ส.กมลวรรณ ศรีสุขใส นักวิเคราะห์นโยบายและแผน เข้าร่วมประชุม')).toEqual([
      {
        honorific: 'น.ส.',
        name: 'กมลวรรณ ศรีสุขใส',
        nameLatin: null,
        position: 'นักวิเคราะห์นโยบายและแผน',
      },
    ]);
  });

  it('reads อาจารย์ ดร. and the Thai spellings of Malaysian titles', () => {
    expect(people('อาจารย์ ดร.ปวีณา แสงจันทร์ อาจารย์ประจำสาขาวิชาเคมี เข้าร่วม')).toEqual([
      { honorific: 'อาจารย์ ดร.', name: 'ปวีณา แสงจันทร์', nameLatin: null, position: 'อาจารย์ประจำสาขาวิชาเคมี' },
    ]);
    expect(people('ได้หารือกับดาโต๊ะ ซรี ฮาซัน รอสลี รัฐมนตรีว่าการกระทรวงการค้าระหว่างประเทศมาเลเซีย')).toEqual([
      {
        honorific: 'ดาโต๊ะ ซรี',
        name: 'ฮาซัน รอสลี',
        nameLatin: null,
        position: 'รัฐมนตรีว่าการกระทรวงการค้าระหว่างประเทศมาเลเซีย',
      },
    ]);
    expect(names('ตันสรี มูฮัมหมัด อาลี ประธานสภาธุรกิจ')).toEqual(['มูฮัมหมัด อาลี']);
  });

  it('reads names that open like a clause word or a title (ณัฐพล, อาทิตย์, คุณากร, คุณวุฒิ)', () => {
    expect(names('นายณัฐพล ศรีวิไล และนางสาวณิชา อาทิตย์ตั้ง เข้าร่วม')).toEqual(['ณัฐพล ศรีวิไล', 'ณิชา อาทิตย์ตั้ง']);
    expect(names('นายอาทิตย์ ประกาศิตกุล ผู้อำนวยการกอง')).toEqual(['อาทิตย์ ประกาศิตกุล']);
    expect(names('นางสมใจ คุณากรวงศ์ และนายชัยพร ยินดีสุข')).toEqual(['สมใจ คุณากรวงศ์', 'ชัยพร ยินดีสุข']);
    expect(people('นายคุณวุฒิ ทองมา และนางสาว คุณัญญา มีสุข')).toEqual([
      { honorific: 'นาย', name: 'คุณวุฒิ ทองมา', nameLatin: null, position: null },
      { honorific: 'นางสาว', name: 'คุณัญญา มีสุข', nameLatin: null, position: null },
    ]);
    // `ณ` alone still ends a name, and still joins a lineage surname.
    expect(people('นายวีระ ทองดี ณ ห้องประชุม')[0]?.name).toBe('วีระ ทองดี');
    expect(names('นายวีระ ทองดี ณ อยุธยา กล่าวว่า')).toEqual(['วีระ ทองดี ณ อยุธยา']);
  });

  it('reads a Latin-script name after a Thai honorific and after an English one', () => {
    expect(people('นาย John Carter Whitfield ผู้อำนวยการฝ่ายโครงการ กล่าวว่า')).toEqual([
      { honorific: 'นาย', name: 'John Carter Whitfield', nameLatin: null, position: 'ผู้อำนวยการฝ่ายโครงการ' },
    ]);
    expect(names('จากนั้น Ms. Teresa Lindqvist ได้นำเสนอกรณีศึกษา')).toEqual(['Teresa Lindqvist']);
  });

  it('ends a Latin name before an English post, and reads an English title only as a whole word', () => {
    expect(people('จากนั้น Dr. Helena Moss Director of Programmes ได้กล่าว')).toEqual([
      { honorific: 'Dr.', name: 'Helena Moss', nameLatin: null, position: 'Director of Programmes' },
    ]);
    expect(people('Ms. Ingrid Vale Head of Mission กล่าว')).toEqual([
      { honorific: 'Ms.', name: 'Ingrid Vale', nameLatin: null, position: 'Head of Mission' },
    ]);
  });

  it('takes a Latin rendering in parentheses after a Thai name as nameLatin, without its honorifics', () => {
    const text = 'นายทาเคชิ ยามาโมริ (H.E. Mr. Takeshi Yamamori) เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย ได้เข้าพบ';
    const [person] = findPeople(text);
    expect(person).toMatchObject({
      text: 'นายทาเคชิ ยามาโมริ (H.E. Mr. Takeshi Yamamori)',
      name: 'ทาเคชิ ยามาโมริ',
      nameLatin: 'Takeshi Yamamori',
      position: 'เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย',
    });
    expect(findPeople('นางเอมิลี ฮาร์ทลีย์ (Emily Hartley) ผู้แทนองค์การยูนิเซฟ')[0]?.nameLatin).toBe('Emily Hartley');
  });

  it('reads นายแพทย์สาธารณสุขจังหวัด as a post, not a title', () => {
    expect(people('นายแพทย์ชัยยุทธ ศรีนวล นายแพทย์สาธารณสุขจังหวัดแพร่ กล่าวว่า')).toEqual([
      { honorific: 'นายแพทย์', name: 'ชัยยุทธ ศรีนวล', nameLatin: null, position: 'นายแพทย์สาธารณสุขจังหวัดแพร่' },
    ]);
    expect(people('นายแพทย์สาธารณสุขจังหวัดแพร่ กล่าวว่า')).toEqual([]);
  });

  it('does not take นายกรัฐมนตรี, นายอำเภอ or นายกเทศมนตรี for a person', () => {
    expect(findPeople('นายกรัฐมนตรีได้มอบหมายให้ผู้แทนเข้าร่วม')).toEqual([]);
    expect(findPeople('นายอำเภอเมืองลำปางและนายกเทศมนตรีนครลำปาง ร่วมประชุม')).toEqual([]);
    expect(people('นายกรัฐมนตรีได้มอบหมายให้ นายวีระพล ชัยชนะกุล รัฐมนตรีว่าการกระทรวงพาณิชย์ เป็นผู้แทน')).toEqual([
      {
        honorific: 'นาย',
        name: 'วีระพล ชัยชนะกุล',
        nameLatin: null,
        position: 'รัฐมนตรีว่าการกระทรวงพาณิชย์',
      },
    ]);
  });

  it('needs a surname: a given name alone, an honorific inside a word or a bare title is no person', () => {
    expect(findPeople('ต่อมาคุณสมหญิงได้กล่าวขอบคุณ')).toEqual([]);
    expect(findPeople('การประชุมครั้งนี้มีคุณภาพสูง')).toEqual([]);
    expect(findPeople('ท่านผู้ว่าราชการจังหวัดกล่าวเปิด')).toEqual([]);
  });
});

describe('findPeople: where the post ends', () => {
  it('stops at ซึ่ง, ในฐานะ, พร้อมด้วย and และคณะ', () => {
    expect(positions('นายอดิศร มั่นคงดี อธิบดีกรมอาเซียน ซึ่งเป็นหัวหน้าคณะผู้แทนไทย')).toEqual(['อธิบดีกรมอาเซียน']);
    expect(positions('นางมาลัย ดวงแก้ว ผู้ว่าราชการจังหวัดน่าน ในฐานะประธานคณะกรรมการ')).toEqual([
      'ผู้ว่าราชการจังหวัดน่าน',
    ]);
    expect(positions('นายปกรณ์ ศรีเมือง รองอธิบดีกรมการค้าต่างประเทศ พร้อมด้วยเจ้าหน้าที่กรม')).toEqual([
      'รองอธิบดีกรมการค้าต่างประเทศ',
    ]);
    expect(positions('ศ.ดร.วิชัย ปัญญาวงศ์ อธิการบดีมหาวิทยาลัยขอนแก่น และคณะ ได้เดินทางถึง')).toEqual([
      'อธิการบดีมหาวิทยาลัยขอนแก่น',
    ]);
  });

  it('stops at a nationality, spaced or glued, but not at a group of people', () => {
    expect(positions('นายวีระ ทองมา ผู้เชี่ยวชาญด้านการเกษตร ชาวญี่ปุ่น ได้บรรยาย')).toEqual(['ผู้เชี่ยวชาญด้านการเกษตร']);
    expect(positions('นายวีระ ทองมา ผู้เชี่ยวชาญด้านการเกษตรสัญชาติเกาหลี เข้าร่วม')).toEqual(['ผู้เชี่ยวชาญด้านการเกษตร']);
    expect(positions('นายวีระ ทองมา ที่ปรึกษาเชื้อสายจีนประจำสมาคม')).toEqual(['ที่ปรึกษา']);
    expect(positions('นายวีระ ทองมา ผู้แทนกลุ่มชาวประมง เข้าร่วม')).toEqual(['ผู้แทนกลุ่มชาวประมง']);
  });

  it('stops where a verb or clause word is glued to the post', () => {
    expect(positions('นางมาลัย ดวงแก้ว ผู้ว่าราชการจังหวัดลำปางได้เดินทางไปตรวจเยี่ยม')).toEqual([
      'ผู้ว่าราชการจังหวัดลำปาง',
    ]);
    expect(positions('นายชยพล สุขเกษม รัฐมนตรีว่าการกระทรวงแรงงานเป็นประธานการประชุม')).toEqual([
      'รัฐมนตรีว่าการกระทรวงแรงงาน',
    ]);
    expect(positions('นายชยพล สุขเกษม อธิบดีกรมการจัดหางานพร้อมด้วยคณะ')).toEqual(['อธิบดีกรมการจัดหางาน']);
    for (const verb of ['ให้เกียรติเป็นประธาน', 'มอบนโยบาย', 'บรรยายพิเศษ', 'เยี่ยมชมโครงการ', 'ลงนามบันทึก']) {
      expect(positions(`นายชยพล สุขเกษม นายอำเภอเมืองแพร่${verb} ณ หอประชุม`)).toEqual(['นายอำเภอเมืองแพร่']);
    }
  });

  it('stops where the next person starts, and gives each person their own post', () => {
    expect(people('นายอดิศร มั่นคงดี อธิบดีกรมอาเซียน นางสาวพรทิพย์ ศรีงามวงศ์ ผู้อำนวยการกองการเมืองและความมั่นคง')).toEqual(
      [
        { honorific: 'นาย', name: 'อดิศร มั่นคงดี', nameLatin: null, position: 'อธิบดีกรมอาเซียน' },
        {
          honorific: 'นางสาว',
          name: 'พรทิพย์ ศรีงามวงศ์',
          nameLatin: null,
          position: 'ผู้อำนวยการกองการเมืองและความมั่นคง',
        },
      ],
    );
  });

  it('gives null when a verb follows the name', () => {
    expect(positions('นางสมศรี ใจดีงาม เข้าร่วมการประชุมด้วย')).toEqual([null]);
    expect(positions('ต่อมานายธนวัฒน์ รุ่งเรืองศรี ได้กล่าวปิดการประชุม')).toEqual([null]);
  });

  it('keeps the words of a post written with spaces', () => {
    expect(positions('นายเกียรติศักดิ์ มีสุขสม ประธานคณะกรรมาธิการการต่างประเทศ สภาผู้แทนราษฎร ได้ให้การต้อนรับ')).toEqual([
      'ประธานคณะกรรมาธิการการต่างประเทศ สภาผู้แทนราษฎร',
    ]);
    expect(positions('นายปกรณ์ ศรีเมือง ผู้อำนวยการกองความร่วมมือเฉพาะด้าน กรมอาเซียน กล่าวว่า')).toEqual([
      'ผู้อำนวยการกองความร่วมมือเฉพาะด้าน กรมอาเซียน',
    ]);
    expect(positions('นางสุภาพร รักษ์ไทย เอกอัครราชทูต ณ กรุงโตเกียว ได้หารือ')).toEqual(['เอกอัครราชทูต ณ กรุงโตเกียว']);
  });

  it('keeps อดีต, ว่าที่ and ภริยา before a post, and the post’s village, sub-district, company or acronym', () => {
    expect(
      positions(
        'นายประเสริฐ แก้วกล้า อดีตรัฐมนตรีว่าการกระทรวงคมนาคม นางสาวพิกุล ทองงาม ภริยาเอกอัครราชทูต และนายเอก ชัยชนะ ว่าที่ผู้ว่าราชการจังหวัดแพร่ ร่วมงาน',
      ),
    ).toEqual(['อดีตรัฐมนตรีว่าการกระทรวงคมนาคม', 'ภริยาเอกอัครราชทูต', 'ว่าที่ผู้ว่าราชการจังหวัดแพร่']);
    expect(positions('นายบุญมี ศรีนวล ผู้ใหญ่บ้านหมู่ที่ 7 ตำบลดอนแก้ว กล่าวว่า')).toEqual(['ผู้ใหญ่บ้านหมู่ที่ 7 ตำบลดอนแก้ว']);
    expect(positions('นายวสันต์ มีทรัพย์ กรรมการผู้จัดการบริษัท รุ่งเรืองการเกษตร จำกัด กล่าวว่า')).toEqual([
      'กรรมการผู้จัดการบริษัท รุ่งเรืองการเกษตร จำกัด',
    ]);
    expect(positions('นายอนุชา ดีพร้อม รองอธิบดีกรมประมง รักษาราชการแทนอธิบดีกรมประมง เป็นประธาน')).toEqual([
      'รองอธิบดีกรมประมง รักษาราชการแทนอธิบดีกรมประมง',
    ]);
    expect(positions('Ms. Anna Berg ผู้แทน UNICEF ประจำประเทศไทย กล่าว')).toEqual([
      'ผู้แทน UNICEF ประจำประเทศไทย',
    ]);
    expect(positions('นายเอก ชัยชนะ ผู้อำนวยการสำนักงานส่งเสริมเศรษฐกิจดิจิทัล (องค์การมหาชน) (สศด.) กล่าว')).toEqual([
      'ผู้อำนวยการสำนักงานส่งเสริมเศรษฐกิจดิจิทัล (องค์การมหาชน)',
    ]);
    // A channel is no organisation of the post.
    expect(positions('นายอนุชา ดีพร้อม ผู้อำนวยการกองแผนงาน VDO Conference')).toEqual(['ผู้อำนวยการกองแผนงาน']);
  });

  it('keeps the number of a numbered unit in the post, but no number after other words', () => {
    expect(
      positions(
        'พลตำรวจตรี ชาตรี มั่นคง ผู้บังคับการตำรวจภูธรภาค 9 นายวิรัช แก้วใส ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต 2 และนางพรรณี ศรีทอง ผู้อำนวยการศูนย์อนามัยที่ 11 จังหวัดนครศรีธรรมราช เข้าร่วมประชุม',
      ),
    ).toEqual([
      'ผู้บังคับการตำรวจภูธรภาค 9',
      'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต 2',
      'ผู้อำนวยการศูนย์อนามัยที่ 11 จังหวัดนครศรีธรรมราช',
    ]);
    expect(positions('นายสมปอง ดีเด่น ผู้อำนวยการกองคลัง 2567 ได้กล่าว')).toEqual(['ผู้อำนวยการกองคลัง']);
  });

  it('reads a person in parentheses after a post as the holder of that post', () => {
    const text = 'ผู้อำนวยการกองความร่วมมือระหว่างประเทศ (น.ส.สุดารัตน์ ทองแท้จริง) ได้กล่าวรายงาน';
    const [person] = findPeople(text);
    expect(person).toMatchObject({
      text: 'น.ส.สุดารัตน์ ทองแท้จริง',
      honorific: 'น.ส.',
      name: 'สุดารัตน์ ทองแท้จริง',
      position: 'ผู้อำนวยการกองความร่วมมือระหว่างประเทศ',
      positionSpan: [0, 38],
    });
    expect(text.slice(...(person?.positionSpan ?? [0, 0]))).toBe(person?.position);
  });

  it('keeps positionSpan pointing at the post as written', () => {
    const text = 'นางวรรณภา จันทร์เพ็ญดี รองปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ เป็นประธาน';
    for (const person of findPeople(text)) {
      expect(text.slice(...person.span)).toBe(person.text);
      expect(person.positionSpan).not.toBeNull();
      expect(text.slice(...(person.positionSpan ?? [0, 0]))).toBe(person.position);
    }
  });

  it('keeps a Thai abbreviation written after the post, and stays linear on a long one', () => {
    expect(positions('นายสมชาย ใจดี ผู้อำนวยการ อ.ส.ค. กล่าวว่า')).toEqual(['ผู้อำนวยการ อ.ส.ค.']);
    // A dotted word that never ends cost exponential time: 30 letters took 20 s.
    const text = `นายสมชาย ใจดี ผู้อำนวยการ ก.${'ก'.repeat(100_000)}!`;
    const { result, ms } = cpuTimed(() => positions(text));
    expect(result).toEqual(['ผู้อำนวยการ']);
    expect(ms).toBeLessThan(LINEAR_BOUND_MS);
  });

  it('stops before และผู้แทนจาก…, which adds other people, not a second post', () => {
    // Actual: 'ผู้อำนวยการกองแผนงาน และผู้แทนจากกรมประมง'.
    expect(positions('โดยมีนางสาวรัตนา ชัยมงคลศรี ผู้อำนวยการกองแผนงาน และผู้แทนจากกรมประมงเข้าร่วมด้วย')).toEqual([
      'ผู้อำนวยการกองแผนงาน',
    ]);
  });
});

describe('findPeople: doubled spaces', () => {
  it('reads a name whose honorific, given name and surname are two or three spaces apart', () => {
    expect(people('พลโท  สุรเชษฐ์  ทองมณี  รองนายกรัฐมนตรี  ได้เดินทางไปตรวจราชการ')).toEqual([
      { honorific: 'พลโท', name: 'สุรเชษฐ์ ทองมณี', nameLatin: null, position: 'รองนายกรัฐมนตรี' },
    ]);
    expect(people('โดยมีนาย   กิตติพงษ์   วัฒนากร   อธิบดีกรมการค้าภายใน   เป็นประธาน')).toEqual([
      { honorific: 'นาย', name: 'กิตติพงษ์ วัฒนากร', nameLatin: null, position: 'อธิบดีกรมการค้าภายใน' },
    ]);
  });

  it('reads a leader named after the title, followed by แห่ง and the country, with no post', () => {
    expect(people('ได้เข้าเยี่ยมคารวะประธานาธิบดีมาร์โก เวสเตอร์ แห่งสาธารณรัฐออสเตรีย ณ ทำเนียบ')).toEqual([
      { honorific: null, name: 'มาร์โก เวสเตอร์', nameLatin: null, position: null },
    ]);
  });

  it('reads a leader named after the title with a doubled space before the surname', () => {
    expect(people('หารือกับประธานาธิบดีอาดาม  โคโรมา  และคณะ')).toEqual([
      { honorific: null, name: 'อาดาม โคโรมา', nameLatin: null, position: null },
    ]);
  });

  it('reads a Latin name whose parts are two or three spaces apart', () => {
    expect(people('นาย  Martin  Kessler  เอกอัครราชทูตเดนมาร์กประจำประเทศไทย  ได้เข้าพบ')).toEqual([
      {
        honorific: 'นาย',
        name: 'Martin Kessler',
        nameLatin: null,
        position: 'เอกอัครราชทูตเดนมาร์กประจำประเทศไทย',
      },
    ]);
    expect(names('โดยมีนาง  Helena   Vos  Lindqvist  ผู้แทนพิเศษ')).toEqual(['Helena Vos Lindqvist']);
    expect(names('และนาย  Peter  J.  Morrow  ที่ปรึกษา')).toEqual(['Peter J. Morrow']);
  });

  it('does not join words across a line break or a wider gap', () => {
    expect(findPeople('นาย Martin\nKessler เอกอัครราชทูต')).toEqual([]);
    expect(findPeople('นาย Martin    Kessler เอกอัครราชทูต')).toEqual([]);
    expect(findPeople('นาย    สมชาย ใจดี กล่าวว่า')).toEqual([]);
    expect(findPeople('หารือกับประธานาธิบดีอาดาม    โคโรมา และคณะ')).toEqual([]);
  });

  it('ends a venue where a person with doubled spaces starts', () => {
    const report = parseReport(
      'เมื่อวันที่ ๙ มีนาคม ๒๕๖๖ ณ  บริเวณสนามหญ้าหน้าตึกสันติไมตรี  ทำเนียบรัฐบาล  พลเอก  ประวิทย์  ทองคำแท้  รองนายกรัฐมนตรี  เป็นประธานการประชุมคณะกรรมการส่งเสริมกีฬาชายแดน ครั้งที่ ๒\n',
    );
    expect(report.meeting?.venue).toBe('บริเวณสนามหญ้าหน้าตึกสันติไมตรี ทำเนียบรัฐบาล');
    expect(report.people.map(({ name, position }) => ({ name, position }))).toEqual([
      { name: 'ประวิทย์ ทองคำแท้', position: 'รองนายกรัฐมนตรี' },
    ]);
  });

  it('stays linear on a long text of honorifics and words apart by runs of spaces', () => {
    const text = repeatPieces(['นาย   ', 'สมชาย   ', 'Ab   ', 'ประธานาธิบดีอาดาม   ', 'A  ']);
    const { ms } = cpuTimed(() => findPeople(text));
    expect(ms).toBeLessThan(LINEAR_BOUND_MS);
  });
});

describe('dedupePeople', () => {
  it('keeps one entry per person in first-mention order, the first post carried', () => {
    const text =
      'นายธนวัฒน์ รุ่งเรืองศรี รองปลัดกระทรวง กล่าวเปิด นางสาวอรุณี แสงทองดี กล่าวรายงาน ต่อมานายธนวัฒน์ รุ่งเรืองศรี ได้กล่าวปิด';
    const mentions = findPeople(text);
    expect(mentions.map((person) => person.name)).toEqual([
      'ธนวัฒน์ รุ่งเรืองศรี',
      'อรุณี แสงทองดี',
      'ธนวัฒน์ รุ่งเรืองศรี',
    ]);
    expect(dedupePeople(mentions).map((person) => [person.name, person.position])).toEqual([
      ['ธนวัฒน์ รุ่งเรืองศรี', 'รองปลัดกระทรวง'],
      ['อรุณี แสงทองดี', null],
    ]);
  });

  it('takes the post from a later mention when the first gives none', () => {
    const text = 'ต่อมานายธนวัฒน์ รุ่งเรืองศรี ได้กล่าวปิด และนายธนวัฒน์ รุ่งเรืองศรี รองปลัดกระทรวงการคลัง กล่าวขอบคุณ';
    const [person, ...rest] = dedupePeople(findPeople(text));
    expect(rest).toEqual([]);
    expect(person).toMatchObject({ name: 'ธนวัฒน์ รุ่งเรืองศรี', position: 'รองปลัดกระทรวงการคลัง' });
    // The entry keeps the first mention's span and the later post's span.
    expect(text.slice(...(person?.span ?? [0, 0]))).toBe('นายธนวัฒน์ รุ่งเรืองศรี');
    expect(text.slice(...(person?.positionSpan ?? [0, 0]))).toBe('รองปลัดกระทรวงการคลัง');
  });

  it('matches names however they are spaced', () => {
    const mentions = findPeople('นายวีรพล  ชัยชนะกุล อธิบดีกรมประมง กล่าว และนาย วีรพล ชัยชนะกุล ได้มอบ');
    expect(dedupePeople(mentions)).toHaveLength(1);
  });
});

describe('people in parseReport', () => {
  it('lists every person once, in document order', () => {
    const report = parseReport(
      'เมื่อวันที่ ๔ ตุลาคม ๒๕๖๕ นางสาวอรุณี แสงทองดี อธิบดีกรมเอเชียตะวันออก หารือกับนายทาเคชิ ยามาโมริ (Takeshi Yamamori) อธิบดีกรมแรงงานต่างประเทศ ต่อมานางสาวอรุณี แสงทองดี ได้มอบของที่ระลึก\n',
    );
    expect(report.people.map(({ name, nameLatin, position }) => ({ name, nameLatin, position }))).toEqual([
      { name: 'อรุณี แสงทองดี', nameLatin: null, position: 'อธิบดีกรมเอเชียตะวันออก' },
      { name: 'ทาเคชิ ยามาโมริ', nameLatin: 'Takeshi Yamamori', position: 'อธิบดีกรมแรงงานต่างประเทศ' },
    ]);
    // A Latin rendering that belongs to a person is not a term.
    expect(report.terms).toEqual([]);
  });
});
