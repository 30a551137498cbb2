import { describe, expect, it } from 'vitest';
import { extractOrganization } from './org.js';
import { expandAcronym, isVendor } from './org-en.js';
import { splitLines } from './segment.js';
import { sents } from './testing/helpers.js';

const org = (t: string) => extractOrganization(splitLines(t), sents(t), 'en')?.value ?? null;

describe('extractOrganization (English): the issuer, not its vendor', () => {
  it('skips a vendor that told the letter its story and takes the one it served', () => {
    expect(
      org(
        'Cloudly Widgets provides a login service used by online shops. Cloudly Widgets informed Fernbrook Outfitters that it had removed unauthorized code. We removed the code from our website.',
      ),
    ).toBe('Fernbrook Outfitters');
    expect(
      org(
        'Quillsoft, our former order management provider, told us that its systems were compromised and that data of several of its customers, including Maplegrove. The access ran for months.',
      ),
    ).toBe('Maplegrove');
  });
  it('reads own things with a qualifier, one member or a wrapped line (issue 12)', () => {
    expect(org('Someone reached certain Brightwell internal systems between May and June.')).toBe(
      'Brightwell',
    );
    expect(org('A statement for you was sent to another\nHollyoak Health member by mistake.')).toBe(
      'Hollyoak Health',
    );
  });
  it('reads the letter’s own platform or internal systems in the possessive (issue 12)', () => {
    expect(org('Intruders reached Copperleaf Home’s e-commerce platform and took card data.')).toBe(
      'Copperleaf Home',
    );
    expect(org('An intruder used Stonegate’s internal network for two weeks.')).toBe('Stonegate');
  });
  it('reads a name that opens with a few lower-case letters (issue 12)', () => {
    expect(org('Someone opened an inbox that belongs to a plusLEDGER employee.')).toBe('plusLEDGER');
  });
  it('skips a product that many bodies use (issue 12)', () => {
    expect(
      org(
        'In May 2021, Rollbook Software became aware of attempts to access its system. Rollbook is used by districts across the state. The District was told of it later.',
      ),
    ).toBeNull();
  });
  it('takes the one a vendor provides services to, or that people gave their data to (issue 12)', () => {
    expect(
      org(
        'Bookwise Systems provides booking services to The Harbor Lantern Inn. Bookwise Systems notified us on June 6 that an intruder used stolen credentials.',
      ),
    ).toBe('Harbor Lantern Inn');
    expect(
      org(
        'Donorbase recently informed us of an incident that may involve members of our community who provided information to Wrenfield Music Society. We then reviewed the files.',
      ),
    ).toBe('Wrenfield Music Society');
  });
  it('does not name a vendor when the letter never names itself', () => {
    expect(
      org(
        'The School uses the Gradebook Nine system. Gradebook Nine notified the School that a person may have accessed it.',
      ),
    ).toBeNull();
  });
  it('reads the letter’s own things named with its name', () => {
    expect(org('We learned that an unknown party accessed the Pinecrest servers and copied card data.')).toBe(
      'Pinecrest',
    );
    expect(org('We are writing about the theft of a Lakeview-issued laptop computer.')).toBe('Lakeview');
    expect(
      org('A file was stored on servers owned and managed by a Northwind Mobile supplier. It held names.'),
    ).toBe('Northwind Mobile');
  });
  it('reads a subject with more predicates and a short form in brackets', () => {
    expect(org('Harbor Point Clinic, Inc. manages several practices in the region.')).toBe(
      'Harbor Point Clinic',
    );
    expect(
      org(
        'On May 2, 2021, Example Children’s Hospital – Bayside (ECHB) became aware that a disc was sent out.',
      ),
    ).toBe('Example Children’s Hospital – Bayside');
    expect(org('In June 2020, Samplecorp was contacted by a researcher who found an open database.')).toBe(
      'Samplecorp',
    );
  });
  it('never names a credit bureau or law enforcement', () => {
    expect(
      org('We were notified by the FBI that data may have been taken. Experian will provide monitoring.'),
    ).toBeNull();
  });
  it('reads a defined short form back as the full name', () => {
    expect(
      expandAcronym('EVWD', 'Example Valley Water District (“EVWD”) learned of it. EVWD then acted.'),
    ).toBe('Example Valley Water District');
    expect(expandAcronym('Acme', 'Acme learned of it.')).toBe('Acme');
  });
  it('reads the first definition of a short form, whatever its brackets and quotes (one pattern for every name)', () => {
    const text =
      'A note about EWC (see below). Example Widget Company ( the "EWC" ) and Other Trust Corp. (EWC) wrote. EWC acted.';
    expect(expandAcronym('EWC', text)).toBe('Example Widget Company');
    expect(expandAcronym('EWC', 'Only EWC (EWCX) and (EWC acted).')).toBe('EWC');
    // The text holding the private-use mark itself takes the pattern made for the name.
    expect(expandAcronym('EWC', 'Mark \uE000 here. Example Widget Company (EWC) wrote.')).toBe(
      'Example Widget Company',
    );
  });
  it('reads a short form defined sentences before the one naming the issuer (issue 12)', () => {
    expect(
      org(
        'Notice of Data Security Incident\nThe Example Department of Parks (EDP) writes to tell you about an incident. We value your trust. EDP discovered that a roster was posted on an internal page.',
      ),
    ).toBe('Example Department of Parks');
    expect(
      expandAcronym(
        '2020sc',
        '2020 Sample Counsel, LLC (“2020sc”) sent this letter. A 2020sc employee erred.',
      ),
    ).toBe('2020 Sample Counsel, LLC');
  });
});

describe('extractOrganization (English): the subject of the letter’s own story', () => {
  it('reads a name that opens a clause before a finite verb', () => {
    expect(org('Example Widgets has detected that someone tried many passwords on our app.')).toBe(
      'Example Widgets',
    );
    expect(org('On March 3, 2021, Bluefern Imaging was the victim of a ransomware attack.')).toBe(
      'Bluefern Imaging',
    );
    expect(org('In 2019, Harrow Lane Bank closed one data center and moved its servers.')).toBe(
      'Harrow Lane Bank',
    );
    expect(org('eSample Taps received a call from a shopper who saw a strange charge.')).toBe('eSample Taps');
    expect(org('Pinewood Toys appears to have had code placed on its checkout page.')).toBe('Pinewood Toys');
  });
  it('reads the one that speaks of its own care for the data (issue 12)', () => {
    expect(
      org(
        'We learned that a clinic inbox was opened by someone else. Because Maple Valley Health takes the privacy of our members very seriously, we are writing to you.',
      ),
    ).toBe('Maple Valley Health');
    expect(org('Stopping fraud is a high priority for Quickfile. We saw odd sign-ins on your account.')).toBe(
      'Quickfile',
    );
    expect(org('We value your employment with Ironbark Fitness and write about stolen laptops.')).toBe(
      'Ironbark Fitness',
    );
  });
  it('reads a subject with a legal form, a defined term, an appositive or a press verb (issue 12)', () => {
    expect(org('On May 1, 2020, Fennimore & Pike, APC (the “Firm”) was the victim of an attack.')).toBe(
      'Fennimore & Pike',
    );
    expect(org('Coldbrook Dental Group was targeted by a scheme in which a scammer posed as our head.')).toBe(
      'Coldbrook Dental Group',
    );
    expect(
      org('Tallgrass Outfitters, a seller of camping gear, said that card data may have been copied.'),
    ).toBe('Tallgrass Outfitters');
  });
  it('skips a vendor described in an aside before it told the letter (issue 12)', () => {
    expect(
      org('Printwell, a company that mails our statements, informed us that a box of letters was lost.'),
    ).toBeNull();
  });
  it('reads the one a credential-stuffing letter says the passwords did not come from (issue 12)', () => {
    expect(
      org(
        'Someone signed in to your account with a password taken from sites not related to Bramblefield Books. We reset it.',
      ),
    ).toBe('Bramblefield Books');
    expect(org('We found that the information other than Social Security numbers was not taken.')).toBeNull();
  });
  it('never takes a pronoun for a name', () => {
    expect(org('We hired a firm to help. They confirmed that a script copied card data.')).toBeNull();
  });
  it('reads the one a letter speaks for', () => {
    expect(org('On behalf of Example Widgets Inc., I am writing to tell you about an incident.')).toBe(
      'Example Widgets Inc.',
    );
  });
  it('skips an audit firm that serves the issuer and takes the one it serves', () => {
    expect(
      org(
        'Sample & Partners serves as the audit firm for Northgate’s pension plan. Recently, Sample & Partners mailed a drive that went missing.',
      ),
    ).toBe('Northgate');
  });
  it('reads the one a provider named among its clients', () => {
    expect(
      org(
        'Cloudgift works with many charities, including the Example Wildlife Trust. Cloudgift notified us that it was attacked.',
      ),
    ).toBe('Example Wildlife Trust');
  });
  it('reads the holder of the data or the staff', () => {
    expect(org('A server held a form which you provided to Examplia when you applied.')).toBe('Examplia');
    expect(org('A former Example Savings, LLC loan representative may have kept copies of files.')).toBe(
      'Example Savings',
    );
    expect(org('Tax records at the Example County Department of Parks were exposed in 2012.')).toBe(
      'Example County Department of Parks',
    );
    expect(org('We have no evidence that any Example Games’\nusers’ data was misused.')).toBe(
      'Example Games',
    );
  });
  it('reads a team named with the issuer’s name', () => {
    expect(org('Afterwards, Example Rentals’ Information Security and Legal teams reviewed the file.')).toBe(
      'Example Rentals',
    );
  });
});

describe('extractOrganization (English): a name opening a sentence with no other capital', () => {
  it('reads the name at the start of a lower-case sentence', () => {
    expect(org('Upon review,\nWidgetcorp immediately informed the recipient of the error.')).toBe(
      'Widgetcorp',
    );
  });
  it('does not read a pronoun or a numeral opening a sentence as a name', () => {
    expect(org('They immediately informed the recipient of the error.')).toBeNull();
    expect(org('Two employees received the file by mistake.')).toBeNull();
  });
});

describe('extractOrganization (English): an adverb of error or time before the verb', () => {
  it('reads "X inadvertently sent" and "X previously became aware"', () => {
    expect(org('On May 2, 2099, Widgetcorp inadvertently sent a payroll report to another client.')).toBe(
      'Widgetcorp',
    );
    expect(org('Widgetcorp previously became aware of odd activity in one mailbox.')).toBe('Widgetcorp');
  });
  it('does not read any -ly word as such an adverb', () => {
    expect(org('Snoopcorp privately contacted us to report a possible issue.')).toBeNull();
  });
});

describe('extractOrganization (English): the place an incident occurred', () => {
  it('reads "an incident that (has) occurred (on a date) at X"', () => {
    expect(
      org('We are writing about a security incident that has occurred at Example Widgets. We are sorry.'),
    ).toBe('Example Widgets');
    expect(
      org('This letter concerns an incident that occurred on May 2, 2099 at Example Widgets, Inc. in Ohio.'),
    ).toMatch(/^Example Widgets/);
  });
});

describe('extractOrganization (English): openers, generic nouns and agencies are not the issuer', () => {
  it('skips "Once" before a name and a bare "the Companies"/"the Resort"', () => {
    expect(org('Once discovered, Widgetcorp disabled access to the account.')).toBe('Widgetcorp');
    expect(org('On May 2, 2099, the Resort discovered odd files on its systems.')).toBeNull();
  });
  it('does not name the Secret Service or a postal inspector as the issuer', () => {
    expect(org('The United States Secret Service confirmed the theft of the list.')).toBeNull();
    expect(org('The Postal Service Inspector confirmed that the list came from an office.')).toBeNull();
  });
});

describe('extractOrganization (English): the letter’s own department named with its name', () => {
  it('reads "Widgetcorp’s payroll department" as Widgetcorp', () => {
    expect(org('Last week Widgetcorp’s payroll department was targeted by a phishing scam.')).toBe(
      'Widgetcorp',
    );
  });
});

describe('extractOrganization (English): letterhead and signature of a full letter (issue 12)', () => {
  it('takes a letterhead name set in capitals above its address', () => {
    expect(
      org(
        'NORTHBAY SURGICAL PARTNERS, INC.\n412 Alder Street\nEureka, CA 95501\n\nDear Patient:\n\nNotice of Data Security Incident\n\nWe are writing to tell you about an incident that may involve your information. An unknown person opened an inbox.',
      ),
    ).toBe('NORTHBAY SURGICAL PARTNERS, INC.');
  });
  it('skips a return-mail centre and a signer’s title, and reads the signature further down', () => {
    expect(
      org(
        'Return Mail Processing Center\nP.O. Box 1234\nPortland, OR 97228\n\nDear Member:\nWe are writing to tell you about an incident.\n\nSincerely,\n\nDana Reyes\nVice President, Member Services\nHollis Valley Credit Union\n',
      ),
    ).toBe('Hollis Valley Credit Union');
  });
});

describe('extractOrganization (English): the subject of the story, more forms (session 7)', () => {
  it('reads a long name with "&" and "of the", and a name opening with digits', () => {
    expect(
      org(
        'On June 2, 2023, Fern & Thistle Medical Group of the Lake Area discovered that its office was entered overnight.',
      ),
    ).toBe('Fern & Thistle Medical Group of the Lake Area');
    expect(org('4-Seasons Garden Supply discovered in May that a file was exposed.')).toBe(
      '4-Seasons Garden Supply',
    );
  });
  it('reads a subject after a date opener without a comma, after "the", and after a dateline dash', () => {
    expect(org('On March 3, 2024 Brambleton Tool Works learned that an intruder read one inbox.')).toBe(
      'Brambleton Tool Works',
    );
    expect(
      org(
        'On July 1, 2022, the Harrowgate Library Foundation was informed by its software vendor of an attack.',
      ),
    ).toBe('Harrowgate Library Foundation');
    expect(
      org('SPRINGFIELD, Ill. – May 4, 2024 – Quarry Lane Bakery said today that a card reader was altered.'),
    ).toBe('Quarry Lane Bakery');
  });
  it('reads "X has been the victim", "X has not identified" and "X has reason to believe"', () => {
    expect(org('Orlex Freight has been the victim of a cyber attack on its payroll system.')).toBe(
      'Orlex Freight',
    );
    expect(org('Tallow Candle Co has not identified any misuse of the data.')).toBe('Tallow Candle Co');
    expect(org('Pinecrest Registry has reason to believe that passwords were taken.')).toBe(
      'Pinecrest Registry',
    );
  });
  it('does not read "Some of the" or an ordinal as a name', () => {
    expect(org('Some of the compromised accounts included reports.')).toBeNull();
    expect(org('On May 21st we discovered that an inbox was read.')).toBeNull();
  });
});

describe('extractOrganization (English): own things after a preposition (session 7)', () => {
  it('reads "targeting X employees", "on X servers", "at all X locations"', () => {
    expect(org('We looked into phishing emails targeting Quillmark Lending employees last spring.')).toBe(
      'Quillmark Lending',
    );
    expect(org('Someone may have reached files on Brindle Toys servers in March.')).toBe('Brindle Toys');
    expect(org('Malware ran on payment systems at all Kettlebrook Market locations.')).toBe(
      'Kettlebrook Market',
    );
  });
  it('does not read "US customers" as a name', () => {
    expect(org('The file listed some of US customers and their orders.')).toBeNull();
  });
});

describe('extractOrganization (English): own offices, policies and teams in the possessive (session 7)', () => {
  it('reads "X’s office", "X’ policy", "X’s executive leadership team", "X’s Privacy Office"', () => {
    expect(org('Last week, Marlow Talent’s office in the city was broken into.')).toBe('Marlow Talent');
    expect(org('Under Ridgeway Autosports’ policy no card numbers are stored.')).toBe('Ridgeway Autosports');
    expect(org('Someone posed as a member of Tenwick’s executive leadership team.')).toBe('Tenwick');
    expect(org('A caller reached Corvale’s Privacy Office in May.')).toBe('Corvale');
  });
});

describe('extractOrganization (English): "At X we" and "seriously at X" (session 7)', () => {
  it('reads "At X we" without a comma and "At X, the privacy of"', () => {
    expect(org('At Harbin Loan Center we guard your account closely. An inbox was read.')).toBe(
      'Harbin Loan Center',
    );
    expect(org('At Orchard & Vine Studies, the privacy of student records matters to us.')).toBe(
      'Orchard & Vine Studies',
    );
  });
  it('reads "we take security seriously at X"', () => {
    expect(org('We take security very seriously at Plumtree and want you to know what happened.')).toBe(
      'Plumtree',
    );
  });
});

describe('extractOrganization (English): vendors told by their products and their many clients (session 7)', () => {
  it('skips the maker of a system the letter "uses"', () => {
    expect(
      org(
        'The District uses the Larkspur Student Records System to share grades. In late 2023, Larkspur learned that an intruder used a flaw in its code.',
      ),
    ).not.toBe('Larkspur');
  });
  it('skips a vendor that notified many of its clients', () => {
    expect(
      org('Aptly Cloud notified over 200 school districts, including ours, that its portal was breached.'),
    ).toBeNull();
  });
  it('knows a vendor with a legal form after its name', () => {
    expect(isVendor('Quorra Systems, Inc.', new Set(['quorra systems']))).toBe(true);
    expect(isVendor('Quorra Bakery', new Set(['quorra systems']))).toBe(false);
  });
});

describe('extractOrganization (English): the sender of the letter (session 7)', () => {
  it('reads "correspondence from X" and "a notice from the X"', () => {
    expect(org('This is official correspondence from Veltrane Health, Inc. about a stolen laptop.')).toBe(
      'Veltrane Health',
    );
    expect(org('You are receiving this notice from the Hollis Board of Nursing about an error.')).toBe(
      'Hollis Board of Nursing',
    );
  });
});

describe('extractOrganization (English): a body named with its initials where it happened (session 7)', () => {
  it('reads "employees of X (XY)" and "within the X (XY)" when the short form is the initials', () => {
    expect(org('Someone asked for the tax forms of all employees of Tamsin Care Corporation (TCC).')).toBe(
      'Tamsin Care Corporation',
    );
    expect(org('We write about an incident within the Oakdale Department of Parks (ODP) last month.')).toBe(
      'Oakdale Department of Parks',
    );
  });
  it('does not read a short form that is not the initials, nor a body the letter reported to', () => {
    expect(org('Someone read files of Tamsin Care Corporation (TAMS) last week.')).toBeNull();
    expect(org('We reported it to the police and the Regional Trade Authority (RTA).')).toBeNull();
  });
});

describe('extractOrganization (English): a defined term that is someone else’s (session 8)', () => {
  it('skips a term the sentence calls a vendor or one that keeps our data, and reads the next', () => {
    expect(
      org(
        'We learned of a breach involving Norvale Insurance Inc. (“Norvale”) whom Pellit Farms, Inc. (“Pellit”) used for its health plan.',
      ),
    ).toBe('Pellit Farms, Inc.');
    expect(
      org(
        'We were told that Quintex Audit LLP (“Quintex”), which keeps some of our members’ records, sent a file to the wrong bank.',
      ),
    ).toBeNull();
    expect(
      org(
        'Our schools use a grading platform operated by Gradewell Inc. (“Gradewell”) to store test results.',
      ),
    ).toBeNull();
  });
  it('skips a forensic firm named with a plural role, a payment-card standard and the writer’s own system', () => {
    expect(
      org(
        'Tidewell Shoes retained outside forensic experts Brickmoor Consulting, Inc. (“Brickmoor”) to help.',
      ),
    ).not.toBe('Brickmoor Consulting, Inc.');
    expect(org('Lantern Goods is Payment Card Industry Data Standards Council (“PCI”) compliant.')).not.toBe(
      'Payment Card Industry Data Standards Council',
    );
    expect(org('Files in our Corvo Student Records System (“SRS”) were opened.')).toBeNull();
  });
});

describe('extractOrganization (English): more ways a letter names its vendor (session 8)', () => {
  it('skips a party whose words the letter reports and one that found it out', () => {
    expect(
      org(
        'Halvern Health announced it was the target of an attack. Halvern states that data of Bellcrest Tools employees was taken.',
      ),
    ).toBe('Bellcrest Tools');
    expect(
      org(
        'We were notified on May 3 that Carlow Print had determined that files of certain Wexley Mills employees were copied.',
      ),
    ).toBe('Wexley Mills');
  });
  it('skips "X, the company that provided …" and "X, the audit firm which …"', () => {
    expect(
      org(
        'We were alerted of an incident at Marrow Commerce, Inc. (Marrow), the company that managed our online store.',
      ),
    ).toBeNull();
    expect(
      org(
        'A laptop of Dunmore Audit, the CPA firm which audits the Plan, was stolen from a Dunmore Audit car.',
      ),
    ).toBeNull();
  });
  it('reads no name from "Our POS Vendor" nor "retained by, X"', () => {
    expect(org('Our POS Vendor began an investigation.')).toBeNull();
    expect(
      org(
        'Forms are given to, and retained by, Ferrow Legal as part of hiring. Ferrow Legal was informed by the police.',
      ),
    ).toBe('Ferrow Legal');
  });
});

describe('extractOrganization (English): more of the letter’s own things (session 8)', () => {
  it('reads own things after a count, after to/for/by, a facility, data with two words between', () => {
    expect(org('Someone opened the inboxes of three Farrowby employees in May.')).toBe('Farrowby');
    expect(org('The list held the emails of 12.4 million Plumtree users.')).toBe('Plumtree');
    expect(org('A file was emailed from a Hestor Health facility to an outside address.')).toBe(
      'Hestor Health',
    );
    expect(org('A researcher found some Quayline independent contractor data online.')).toBe('Quayline');
    expect(org('Code was placed on the checkout page of the Wrenfield Website.')).toBe('Wrenfield');
    expect(org('Malware was found on the Ostby e-commerce web platform.')).toBe('Ostby');
  });
  it('reads no product, nationality or word made from a name', () => {
    expect(org('The district uses the Corvex Student information system for grades.')).toBeNull();
    expect(org('Attackers struck a Mexican facility over the weekend.')).toBeNull();
    expect(org('The intruder used Nolan-specific account credentials.')).toBeNull();
    expect(org('A person reached Nolan’s IT systems.')).toBeNull();
  });
});

describe('extractOrganization (English): the one the staff, the systems and the customers belong to (session 8)', () => {
  it('reads employees of X, a department at X, systems used by X and a customer of X', () => {
    expect(
      org(
        'We are writing to all current employees of Harwick-Lane and to those who worked at Harwick-Lane before.',
      ),
    ).toBe('Harwick-Lane');
    expect(org('As we said, the payroll department at Tolvey was the victim of a scam.')).toBe('Tolvey');
    expect(org('Someone reached two cloud providers used by Zennor and copied a file.')).toBe('Zennor');
    expect(org('As a customer of QBX Fitness, you should know that our server was reached.')).toBe(
      'QBX Fitness',
    );
  });
  it('reads where the reader shopped or signed up', () => {
    expect(org('The card you used at Ashgrove Supplies last spring may be at risk.')).toBe(
      'Ashgrove Supplies',
    );
    expect(org('Our records show that you signed up for Pollyfit during this time.')).toBe('Pollyfit');
  });
});

describe('extractOrganization (English): the writer named beside its own word (session 8)', () => {
  it('reads "our company, X", "We, X," and a law firm’s "our client, X"', () => {
    expect(org('Someone reached a website maintained by our company, Tallow Press Company.')).toBe(
      'Tallow Press Company',
    );
    expect(org('We, Brisco Labs, a maker of test kits, found malware on a server.')).toBe('Brisco Labs');
    expect(
      org('On behalf of our client, The Marlow Inn Group (“MIG”), we are providing notice of an incident.'),
    ).toBe('Marlow Inn Group');
  });
});

describe('extractOrganization (English): a vendor told by the issuer, a place named with its short form (session 8)', () => {
  it('keeps the one that told a vendor the letter names by role', () => {
    expect(
      org(
        'On June 4, Pemberly Care discovered that files were left open by one of our vendors, Dovecot Billing. When Pemberly Care found this, Pemberly Care notified Dovecot Billing of the issue.',
      ),
    ).toBe('Pemberly Care');
  });
  it('reads an incident at a name with "on" in it and a short form opened with ”', () => {
    expect(
      org('We write about an incident that occurred on May 2, 2019 at\nInstitute on Rivers (“IoR”).'),
    ).toBe('Institute on Rivers');
    expect(org('Hollin Loans LLC d/b/a Mr. Penny (”Mr. Penny”) found that a letter went astray.')).toBe(
      'Mr. Penny',
    );
  });
  it('reads a subject with a two-word short form and systems in the possessive after plain words', () => {
    expect(org('On May 7, Ravel School of Music (RSM SOM) became aware of an open file.')).toBe(
      'Ravel School of Music',
    );
    expect(
      org('Malware reached the servers that host Brinlow Health’s patient registration and billing systems.'),
    ).toBe('Brinlow Health');
  });
  it('does not take the office the letter reported to', () => {
    expect(org('I notified the Pell County Sheriff’s office and a report was filed.')).toBeNull();
  });
});

describe('extractOrganization (English): sentences cut by a wrapped line (session 8)', () => {
  it('reads a vendor’s story across a line wrapped before a capital', () => {
    expect(
      org(
        'Following a review, Tessaly confirmed to Harrow Inns\nand Suites on May 6 that someone reached card data processed through Tessaly’s system.',
      ),
    ).toBe('Harrow Inns and Suites');
    expect(org('Someone read the names of 4.1 million\nOrchardly users in March.')).toBe('Orchardly');
  });
  it('does not join across a blank line, and skips a product a vendor operates', () => {
    expect(
      org('https://example.org/notice_letter.pdf\n\nBrimley’s commitments to privacy are a priority.'),
    ).toBe('Brimley');
    expect(
      org(
        'A company named Quorra Travel operates the Lyris Booking\nsystem (LBS). Quorra notified Galen Tours, which uses the Lyris Booking system, of the breach.',
      ),
    ).not.toBe('Lyris Booking');
  });
});

describe('extractOrganization (English): a subject after a subordinator (session 8)', () => {
  it('reads "While X does not store …" and "Since then X has worked …"', () => {
    expect(org('While Lumen Stage does not store card numbers, the code could read them.')).toBe(
      'Lumen Stage',
    );
    expect(org('Since then Harlow Inns has worked with the provider to learn more.')).toBe('Harlow Inns');
  });
});
