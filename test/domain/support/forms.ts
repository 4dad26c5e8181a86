/** A complete, valid 登记表 in storage form (the GB 11643 example ID is a woman born 1949-12-31). */
export const VALID_FORM = {
  category: 'scientific-innovation',
  name: '李娜',
  education: '博士研究生',
  politicalStatus: '中共党员',
  ethnicity: '汉族',
  phone: '13800138000',
  workUnitAndPost: '北京某研究院 研究员',
  idNumber: '11010519491231002X',
  honors: '2022年 北京市三八红旗手',
  deeds: '她扎根科研一线二十年，带领团队攻克关键技术难题。',
  unitOpinion: '同意推荐。',
};
