import { describe, expect, it } from 'vitest';
import {
  datelineDay,
  enLeadName,
  expandInitials,
  namedAsVendor,
  newsLeadName,
  sharedSubject,
  subjectForm,
  subjectKeys,
  subjectLookupKeys,
  subjectNames,
  titleLines,
} from './subject.js';

/** Every name, host and sentence here is fictional, written for this test. */
const names = (text: string, org: string | null = null) =>
  subjectNames(text, titleLines(text, null, null), org);

describe('subjectNames: whom a page is about, by its title', () => {
  it('takes the body a headline names, not the agency its text mentions most after it', () => {
    const text = `Ashby Council hit by cyber attack
The National Cyber Agency is helping after an attack took down services at Ashby Council on Tuesday. A spokesperson for Ashby Council said staff were working hard.`;
    expect(names(text)).toEqual(['Ashby Council']);
  });

  it('finds no name in a title that names nobody, nor in a first word every headline capitalises', () => {
    expect(
      names('Update on the attack on our services\nOur staff are working to restore the systems.'),
    ).toEqual([]);
    expect(names('Hackers publish stolen files\nThe files were posted on a leak site, police said.')).toEqual(
      [],
    );
  });

  it('reads a Japanese title’s leading name, and its Latin spelling when the title writes both', () => {
    expect(names('サンプル精機にて社員PCに侵入\nサンプル精機は3月1日、PCが攻撃を受けたと発表した。')).toEqual(
      ['サンプル精機'],
    );
    expect(
      names(
        'サンプル精機 SAMPLESEIKI STORE 不正アクセス\nサンプル精機は、SAMPLESEIKI STOREへの攻撃について発表した。',
      ),
    ).toEqual(['サンプル精機', 'SAMPLESEIKI']);
  });

  it('reads a headline that opens with its topic, or with a regional paper’s place tag', () => {
    expect(
      names('個人情報600人分を誤送信 北浜県\n北浜県は12日、名簿つきのメールを取り違えて送信したと発表した。'),
    ).toEqual(['北浜県']);
    expect(
      names('【北浜】市教委が生徒の名簿を紛失\n北浜市教委によりますと、名簿は職員室で見当たらなくなった。'),
    ).toEqual(['北浜市教委']);
    // A stage after a space, or a name the body never makes a topic, is nobody.
    expect(
      names('受注サーバーへの侵入の件 第2報\n第2報としてお知らせします。第2報は以下のとおりです。'),
    ).toEqual([]);
    expect(names('名簿を誤送信 北浜県\n北浜県内の事業所あてのメールで起きた。')).toEqual([]);
  });

  it('names a unit of the body the title names (a subsidiary’s breach is its own)', () => {
    const text =
      'サンプル精機 タイ現地法人のサーバーに侵入\nサンプル精機は、タイ現地法人のサーバーが攻撃を受けたと発表した。';
    expect(names(text, 'サンプル精機')).toEqual(['サンプル精機 タイ現地法人']);
  });

  it('leaves out a name the text gives its supplier', () => {
    const text = `Orvane incident
Our web shop is run for us by a third-party platform provider, Orvane, which told us of an intrusion.`;
    expect(names(text)).toEqual([]);
    expect(namedAsVendor('Orvane, our payment vendor, runs the checkout of our stores.', 'Orvane')).toBe(
      true,
    );
    expect(namedAsVendor('委託先のサンプル商事で不正アクセスがありました。', 'サンプル商事')).toBe(true);
    expect(namedAsVendor('Orvane said that its shop was attacked.', 'Orvane')).toBe(false);
    expect(
      namedAsVendor(
        'Brookfield Health, a healthcare provider in the county, was attacked.',
        'Brookfield Health',
      ),
    ).toBe(false);
  });
});

describe('sharedSubject', () => {
  it('joins a name to the host that bears it, and two spellings of one name', () => {
    expect(
      sharedSubject(
        { subjects: ['Ashby Council'], site: 'paper.example.co.uk' },
        { site: 'news.ashby.gov.uk' },
      ),
    ).toBe('Ashby Council');
    expect(
      sharedSubject({ subjects: ['SAMPLESEIKI'], site: null }, { subjects: ['Sampleseiki'], site: null }),
    ).toBe('SAMPLESEIKI');
  });

  it('does not join a client’s own page about its supplier to the supplier’s own host', () => {
    const client = { subjects: ['Quarry Labs'], site: 'www.heathfield.example', firstPerson: true };
    expect(sharedSubject(client, { site: 'www.quarrylabs.example' })).toBeNull();
    expect(sharedSubject({ ...client, firstPerson: false }, { site: 'www.quarrylabs.example' })).toBe(
      'Quarry Labs',
    );
  });

  it('matches a name to the host a page was read from when that host is no evidence of its publisher', () => {
    const first = { subjects: ['Vaultmere'], site: null, host: 'blog.vaultmere.example', firstPerson: true };
    const update = { site: null, host: 'blog.vaultmere.example' };
    expect(sharedSubject(update, first)).toBe('Vaultmere');
    expect(subjectLookupKeys(update)).toEqual(['vaultmere']);
  });

  it('does not join two bodies’ pages that both name the agency called in', () => {
    const a = { subjects: ['Ashby Council', 'National Cyber Agency'], site: null };
    const b = { subjects: ['Corley Council', 'National Cyber Agency'], site: null };
    expect(sharedSubject(a, b)).toBeNull();
  });

  it('reads the short forms news writes for one body as that body', () => {
    expect(
      sharedSubject(
        { subjects: ['架空医大東杉台病院'], site: null },
        { subjects: ['架空医科大学東杉台病院'], site: null },
      ),
    ).toBe('架空医大東杉台病院');
    expect(subjectForm('北浜大学病院')).toBe(subjectForm('北浜大病院'));
    const board = { subjects: ['Fernvale County Board of Education'], site: null };
    expect(sharedSubject({ subjects: ['Fernvale County Schools'], site: null }, board)).toBe(
      'Fernvale County Schools',
    );
    expect(subjectForm("Fernvale County School's")).toBe(subjectForm('Fernvale County Public Schools'));
    expect(subjectLookupKeys(board)).toEqual(['fernvalecountyschools']);
  });

  it('reads a name without the place a news writer puts before it ("Ore.-based")', () => {
    expect(subjectForm('Ore.-based Maple Ridge Hospital')).toBe(subjectForm('Maple Ridge Hospital'));
    expect(subjectForm('New Mexico-based Pinon Health')).toBe(subjectForm('Pinon Health'));
    expect(subjectForm('Ore.-based Maple Ridge Hospital')).not.toBe(subjectForm('Ridge Hospital'));
  });

  it('keeps a county and its school system, and two districts of one place name, apart', () => {
    const schools = { subjects: ['Fernvale County Schools'], site: null };
    expect(sharedSubject({ subjects: ['Fernvale County'], site: null }, schools)).toBeNull();
    expect(sharedSubject({ subjects: ['Fernvale Central School District'], site: null }, schools)).toBeNull();
  });

  it('looks a page up by its names, else by its own host', () => {
    expect(subjectLookupKeys({ site: 'news.ashby.gov.uk' })).toEqual(['ashby']);
    expect(subjectLookupKeys({ subjects: ['Ashby Council'], site: null })).toEqual(['ashbycouncil']);
  });
});

describe('datelineDay', () => {
  it('reads a dateline split over lines, a news dateline, a Japanese one, and a month alone', () => {
    expect(datelineDay('Ashby,\n13\nMarch\n2031\n|\n17:46\n\nUpdate on the attack')).toBe('2031-03-13');
    expect(datelineDay('Criminals publish data\n\n2 May 2031, 13:44\n\nData taken in March')).toBe(
      '2031-05-02',
    );
    expect(datelineDay('発表日時2031/3/1\nサンプル精機にて')).toBe('2031-03-01');
    expect(datelineDay('Brookfield Health faced an attack late in November 2031.')).toBe('2031-11-15');
    expect(datelineDay('No date here at all.')).toBeNull();
  });
});

describe('initials in a title', () => {
  it('reads them as the name they stand for in the text', () => {
    expect(expandInitials('GVB', 'Staff at the Glenvale Valley Bank were told on Monday.')).toBe(
      'Glenvale Valley Bank',
    );
    expect(expandInitials('BO', 'A letter from the Bank of Ormsby went out.')).toBe('Bank of Ormsby');
    // A longer run is another name; initials the text does not spell out stand for nothing.
    expect(expandInitials('GV', 'Staff at the Glenvale Valley Bank were told.')).toBeNull();
    expect(expandInitials('GVB', 'The bank was attacked on Monday.')).toBeNull();
    const text =
      'Hackers leak GVB files\n\nFiles of Glenvale Valley Bank customers were posted, Glenvale Valley Bank said.';
    expect(names(text)).toEqual(['Glenvale Valley Bank']);
  });

  it('reads a state university’s short form, its place’s initial and U', () => {
    expect(expandInitials('CU', 'The University of Corvale said that CU files were taken.')).toBe(
      'University of Corvale',
    );
    expect(expandInitials('CU', 'The University of Corvale Springs said so.')).toBeNull();
    expect(
      names(
        'CU says files taken in vendor attack\nThe University of Corvale said on Tuesday that CU files were taken.',
      ),
    ).toEqual(['University of Corvale']);
  });
});

describe('newsLeadName', () => {
  it('reads the body a news lead says announced, quoted or with its seat, with the day after it', () => {
    expect(newsLeadName('北浜医院(北市)は4日、患者情報が漏れたかもしれないと発表した。')).toBe('北浜医院');
    expect(newsLeadName('北市の民間病院「北浜病院」は4日、データが漏れたかもしれないと明らかにした。')).toBe(
      '北浜病院',
    );
    // No day after the topic, a word pointing back, or nothing announced: no lead.
    expect(newsLeadName('北浜市教育委員会は、昨年度の名簿が漏れたと発表しました。')).toBeNull();
    expect(newsLeadName('同病院は27日、名簿の置き忘れを公表した。')).toBeNull();
    expect(newsLeadName('北浜医院は4日、新しい病棟を開いた。')).toBeNull();
    expect(newsLeadName('北浜県警は4日、元社員を逮捕したと発表した。')).toBeNull();
  });
});

describe('a one-word title name', () => {
  it('counts only where the body writes it as a name of its own, not inside a longer one', () => {
    expect(
      names('Recent Incidents in Education\nIt came after the State Department of Education was hit.'),
    ).toEqual([]);
    expect(
      names('Technology office reports breach\nThe Office of Information Technology found copied files.'),
    ).toEqual([]);
    // A name written with a capital inside its first word ("inCorvo Health") is one name, not "Health".
    expect(names('inCorvo Health, Inc.\n\nA phishing message was sent to inCorvo Health in June.')).toEqual(
      [],
    );
    expect(
      names(
        'Corvex hit by cyber attack\nServices at Corvex were down, and Corvex said data may be affected.',
      ),
    ).toEqual(['Corvex']);
  });
});

describe('subjectKeys: every key a page is stored under', () => {
  it('keeps each title name and the host, not only the most-used name', () => {
    const r = { subjects: ['Filemover', 'Tollbridge College'], site: 'www.tollbridge.example' };
    expect(subjectKeys(r)).toEqual(['filemover', 'tollbridgecollege', 'tollbridge']);
  });
});

describe('subjectNames: a long Japanese headline of phrases set apart by spaces', () => {
  it('reads the body a long spaced headline leads with, but not a long sentence of the body', () => {
    const headline =
      'ミナト精工、不正アクセスで取引先3万1200人分の個人情報流出を確認 専用の問い合わせ窓口を開設 拡散行為には法的措置も検討と説明';
    expect(headline.length).toBeGreaterThan(60);
    const text = `${headline}\nミナト精工<1234>は2日、4月に受けたサイバー攻撃の調査結果を公表した。ミナト精工によると、取引先の氏名や連絡先が流出した。`;
    expect(names(text)).toContain('ミナト精工');
    const sentence =
      'ミナト精工は2日、4月に受けたサイバー攻撃について外部の専門家による調査の結果を公表し、取引先3万1200人分の個人情報の流出を確認したと明らかにした。';
    expect(sentence.length).toBeGreaterThan(60);
    expect(names(`${sentence}\nミナト精工によると、流出した情報の悪用は確認されていない。`)).toEqual([]);
  });
});

describe('enLeadName: an English lead’s subject', () => {
  it('reads the body the opening sentence tells of, when the text names it again', () => {
    const text = `April 3, 2031
Tarnwick Foods says another 9,000 diners were affected by the breach it disclosed last month.
The review by the forensic firm Orlane Labs is complete, Tarnwick Foods said.`;
    expect(enLeadName(text)).toBe('Tarnwick Foods');
    expect(
      enLeadName(
        'HARBOUR CITY — Tarnwick Foods, the regional grocer, announced a breach. Tarnwick Foods apologised.',
      ),
    ).toBe('Tarnwick Foods');
  });
  it('reads no name from a lead about officials or a name said once', () => {
    expect(
      enLeadName('Officials said the network was down on Monday. Officials are investigating.'),
    ).toBeNull();
    expect(enLeadName('Orlane Labs said the attack was contained. The county thanked residents.')).toBeNull();
  });
});
