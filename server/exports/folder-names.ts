import { UNIT_TYPE_KEYS } from '../../domain/lists/unit-types';
import { safeFileName } from '../../domain/text/safe-text';
import type { UnitRecord } from '../core/repositories';

const UNIT_TYPE_ORDER = UNIT_TYPE_KEYS;

/** `<单位>-<姓名>`, safe as a folder name in any zip reader; invisible characters (U+202E …) are stripped, not shown. */
export function folderName(unitName: string, candidate: string): string {
  const clean = safeFileName;
  const name = [clean(unitName), clean(candidate) || '未填姓名'].join('-');
  return name.slice(0, 80).replace(/[. ]+$/, '') || '未命名';
}

interface Named {
  unitId: string;
  folder: string;
}

/** By unit type (区科协, 市学会, 基金会, 基层组织), then by name in pinyin order; equal folder names get （2）, （3）… */
export function orderAndDedupe<T extends Named>(items: readonly T[], units: ReadonlyMap<string, UnitRecord>): T[] {
  const rank = (item: T) => {
    const index = UNIT_TYPE_ORDER.indexOf(units.get(item.unitId)?.type ?? 'grassroots');
    return index < 0 ? UNIT_TYPE_ORDER.length : index;
  };
  const sorted = [...items].sort((a, b) => rank(a) - rank(b) || a.folder.localeCompare(b.folder, 'zh-Hans-CN-u-co-pinyin'));
  const seen = new Map<string, number>();
  return sorted.map((item) => {
    const n = (seen.get(item.folder) ?? 0) + 1;
    seen.set(item.folder, n);
    return n === 1 ? item : { ...item, folder: `${item.folder}（${n}）` };
  });
}
