import { describe, expect, it } from 'vitest';
import { extractDataClasses } from './data-classes.js';
import { sents } from './testing/helpers.js';

const classes = (t: string) => new Set(extractDataClasses(sents(t), 'ja').map((f) => f.value));

describe("Family members' names (Japanese)", () => {
  it("reads a guardian's name listed beside a pupil's own data", () => {
    const c = classes('紛失した台帳には、園児名、生年月日、保護者氏名、在籍クラスが記載されていました。');
    expect(c.has("Family members' names")).toBe(true);
    expect(c.has('Names')).toBe(true);
    expect(classes('流出した名簿の項目:受講者名・父母の氏名・学年').has("Family members' names")).toBe(true);
  });
  it("gives Names alone when the guardian's own contact follows (the guardian is the person)", () => {
    const c = classes('流出した情報は、保護者の氏名及びメールアドレスです。');
    expect(c.has("Family members' names")).toBe(false);
    expect(c.has('Names')).toBe(true);
  });
});
