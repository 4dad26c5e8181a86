// `npm run bench:pdf`: time and size of the printable 登记表 with a 1000-字 事迹 (goals: < 500 ms, < 300 KB).
import { performance } from 'node:perf_hooks';
import { type RegistrationFormInput, renderRegistrationForm } from '../server/printable/registration-form-pdf';
import { sampleRegistrationFormInput } from '../server/printable/sample-input';

const RUNS = Number(process.argv[2] ?? 20);
const GOAL_MS = 500;
const GOAL_BYTES = 300 * 1024;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The page count, read from the PDF's page tree (`/Type /Pages /Count n`). */
function pageCount(pdf: Uint8Array): number {
  const match = Buffer.from(pdf)
    .toString('latin1')
    .match(/\/Type \/Pages\s+\/Count (\d+)/);
  return match ? Number(match[1]) : 0;
}

async function timed(input: RegistrationFormInput): Promise<{ ms: number; pdf: Uint8Array }> {
  const start = performance.now();
  const pdf = await renderRegistrationForm(input);
  return { ms: performance.now() - start, pdf };
}

async function measure(label: string, input: RegistrationFormInput, first: boolean): Promise<boolean> {
  const cold = await timed(input);
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push((await timed(input)).ms);
  const size = cold.pdf.length;
  const timeOk = cold.ms < GOAL_MS && median(warm) < GOAL_MS;
  const sizeOk = size < GOAL_BYTES;
  console.log(`\n${label}: ${pageCount(cold.pdf)} page(s)`);
  console.log(`  ${first ? 'first render (reads the 10 MB font) ' : 'first render of this form           '}${ms(cold.ms)}`);
  console.log(
    `  warm renders                         ${ms(median(warm))} median of ${RUNS} (min ${ms(Math.min(...warm))}, max ${ms(Math.max(...warm))})  [goal < ${GOAL_MS} ms: ${timeOk ? 'met' : 'MISSED'}]`,
  );
  console.log(`  PDF size                             ${kb(size)}  [goal < ${kb(GOAL_BYTES)}: ${sizeOk ? 'met' : 'MISSED'}]`);
  return timeOk && sizeOk;
}

async function main(): Promise<void> {
  console.log(`pdf bench — renderRegistrationForm, Node ${process.version}, ${RUNS} warm runs per form`);
  const atLimits = sampleRegistrationFormInput();
  const onePage = sampleRegistrationFormInput();
  onePage.form.honors = '2022年 全国三八红旗手；2021年 北京市先进工作者；2020年 首都劳动奖章';
  let allMet = await measure('1000-字 事迹 + 499-字 曾获荣誉 (the form’s limits)', atLimits, true);
  allMet = (await measure('1000-字 事迹 + three honours', onePage, false)) && allMet;
  console.log(`\n${allMet ? 'all goals met' : 'some goals MISSED'}`);
  if (!allMet) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
