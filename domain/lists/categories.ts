import { z } from 'zod';
import { frozen } from './list-item';

/** The notice's four 2023 focus categories (重点选树): its numbering as code, its heading as label, its paragraph verbatim. */
export const CATEGORY_KEYS = ['scientific-innovation', 'manufacturing-and-services', 'new-forms-of-work', 'rural-revitalization'] as const;
export const categoryKeySchema = z.enum(CATEGORY_KEYS);
export type CategoryKey = z.infer<typeof categoryKeySchema>;

export interface Category {
  readonly code: string;
  readonly key: CategoryKey;
  readonly label: string;
  readonly description: string;
}

export const CATEGORIES: readonly Category[] = frozen<Category>([
  {
    code: '1',
    key: 'scientific-innovation',
    label: '科研创新女性科技工作者',
    description:
      '发扬创新精神，积极融入新发展格局，助力国际科创中心和全球数字经济标杆城市建设，承担国家重点实验室研发计划、工信部揭榜挂帅项目，解决卡脖子难题攻关、引领全国乃至国际产业发展方向，在同行业具有带动力和影响力，取得尖端成果、作出卓越贡献的学科带头人和行业领军女性。',
  },
  {
    code: '2',
    key: 'manufacturing-and-services',
    label: '先进制造业和现代服务业女性',
    description:
      '促进先进制造业和现代服务业融合发展，服务“北京智造”“北京服务”品牌创建，在生物医药、人工智能、新一代信息技术、新能源等智能经济新业态领域深耕不辍，为培育现代化产业体系、实现首都高质量发展进行全新探索的高端顶尖女性人才。',
  },
  {
    code: '3',
    key: 'new-forms-of-work',
    label: '新业态、新就业群体女性',
    description:
      '坚持党建引领行业治理，牢记初心使命，承担社会责任，积极参与国家和北京市重点项目建设，开展重点活动任务保障，胸怀大局，奋勇担当，埋头苦干，勇毅前行的新业态、新就业群体中的优秀女企业家,以女快递员、外卖员、家政服务员、互联网从业人员为代表的女性员工。',
  },
  {
    code: '4',
    key: 'rural-revitalization',
    label: '乡村振兴新型女农人',
    description:
      '依靠科技进步实现农业现代化，带领农村妇女投入美丽乡村建设、落实乡村振兴战略，因地制宜发展农村电商、乡村旅游的女性农业合作社带头人、返乡创业女农人等。',
  },
]);
