import type { Page } from 'playwright-core';

export interface SeededDraft {
  form: Record<string, string>;
  version: number;
  step: number;
}

/**
 * Puts a tab's local draft in place, as the app keeps it on H5: per tab, under the tab id in
 * sessionStorage (Taro's storage wraps the value in `{ data }`). The next load carries on from it.
 */
export async function seedDraft(page: Page, unitId: string, draft: SeededDraft): Promise<void> {
  await page.evaluate(
    ([unit, seeded]) => {
      const tab = `seed${Math.random().toString(36).slice(2, 8)}`;
      sessionStorage.setItem('jinguo.tab', tab);
      const value = {
        form: seeded.form,
        version: seeded.version,
        baseForm: seeded.form,
        dirty: false,
        step: seeded.step,
        reached: seeded.step,
      };
      localStorage.setItem(`jinguo.draft.${unit}.${tab}`, JSON.stringify({ data: value }));
    },
    [unitId, draft] as const,
  );
}
