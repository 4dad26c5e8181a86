import type { NominationForm } from '../../domain/form/nomination-form';
import { idCheckChar } from '../../domain/identity/id-number';

const CATEGORIES = ['scientific-innovation', 'manufacturing-and-services', 'new-forms-of-work', 'rural-revitalization'];
// GB/T 4658 labels: mostly graduates, with the vocational schools candidates of categories 3 and 4 often have.
const EDUCATION = [
  '博士研究生',
  '硕士研究生',
  '大学本科',
  '大学专科',
  '博士研究生',
  '大学本科',
  '中等专科',
  '职业高中',
  '技工学校',
  '普通高中',
];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = ['芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '秀英', '桂兰', '玉梅', '晓红'];

/** A woman's valid 居民身份证号 (Beijing 海淀, born 1970–1994), different for each `i` below 10,000. */
export function demoIdNumber(i: number): string {
  const birth = `${1970 + (i % 25)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`;
  // The 17th digit is even for a woman.
  const sequence = `${String(Math.floor(i / 5) % 100).padStart(2, '0')}${(i % 5) * 2}`;
  const first17 = `110108${birth}${sequence}`;
  return first17 + idCheckChar(first17);
}

/** A complete 登记表 that passes `submit`'s validation: the i-th demo candidate. */
export function demoForm(i: number): NominationForm {
  const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}`;
  return {
    category: CATEGORIES[i % CATEGORIES.length],
    name,
    education: EDUCATION[i % EDUCATION.length],
    politicalStatus: i % 3 === 0 ? '群众' : '中共党员',
    ethnicity: i % 7 === 0 ? '回族' : '汉族',
    // Every third contact gives a Beijing landline, with an extension now and then, as units do.
    phone: i % 3 === 2 ? `010-6${String(1_000_000 + i).slice(-7)}${i % 2 ? '-8513' : ''}` : `139${String(10_000_000 + i).slice(-8)}`,
    workUnitAndPost: `北京市第${(i % 40) + 1}研究所 高级工程师`,
    idNumber: demoIdNumber(i),
    honors: i % 2 === 0 ? '2021年 北京市三八红旗手' : '',
    deeds: `${name}同志扎根一线${10 + (i % 15)}年，带领团队攻克关键技术难题，成果在全市推广应用。`,
    unitOpinion: '经研究，同意推荐。',
  };
}
