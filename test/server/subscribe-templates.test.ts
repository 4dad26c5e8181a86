import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywordValue, parseSubscribeTemplates, templateData } from '../../server/adapters/wx/subscribe-templates';

// The mapping a deployment starts from: every event's template with its keywords.
const example = JSON.parse(fs.readFileSync(path.join(__dirname, '../../deploy.example.json'), 'utf8')) as { subscribeTemplates: unknown };
const TEMPLATES = parseSubscribeTemplates(JSON.stringify(example.subscribeTemplates));

const han = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c));
// Long Chinese, any Unicode (emoji, line breaks), plain ASCII, and the empty string.
const text = fc.oneof(
  fc.string({ unit: han, maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ maxLength: 60 }),
  fc.constant(''),
);
const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const values = fc.record({
  unit: text,
  name: text,
  reason: text,
  title: text,
  result: fc.oneof(fc.constantFrom('已推荐', '未推荐'), text),
  time: instant,
  deadline: instant,
  days: fc.oneof(fc.integer({ min: 0, max: 400 }).map(String), text),
});

const length = (s: string) => Array.from(s).length;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const ASCII = /^[\x20-\x7e]+$/;

/** WeChat's rule for one keyword type (sendMessage's table of value types). */
function fits(type: string, value: string): boolean {
  if (value.length === 0) return false;
  switch (type) {
    case 'thing':
      return length(value) <= 20;
    case 'name':
      return ASCII.test(value) ? length(value) <= 20 : length(value) <= 10;
    case 'phrase':
      return HAN_ONLY.test(value) && length(value) <= 5;
    case 'time':
      return /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/.test(value);
    case 'date':
      return /^\d{4}年\d{1,2}月\d{1,2}日$/.test(value);
    case 'character_string':
      return /^[\x21-\x7e]+$/.test(value) && value.length <= 32;
    case 'number':
      return /^[\d.]+$/.test(value) && value.length <= 32;
    default:
      return false;
  }
}

describe('subscribe-message values', () => {
  it('the example configuration has a template for every event', () => {
    expect(Object.keys(TEMPLATES).sort()).toEqual(['accepted', 'deadline', 'decision', 'returned', 'scoringOpen', 'submitted']);
  });

  it("respect WeChat's limits for every template, whatever the unit, candidate and reasons are", () => {
    fc.assert(
      fc.property(values, (v) => {
        for (const template of Object.values(TEMPLATES)) {
          for (const [keyword, { value }] of Object.entries(templateData(template, v))) {
            const type = keyword.replace(/\d+$/, '');
            if (!fits(type, value)) throw new Error(`${keyword} = ${JSON.stringify(value)}`);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('each keyword type, for any text', () => {
    const types = ['thing', 'name', 'phrase', 'character_string', 'number'];
    fc.assert(fc.property(fc.constantFrom(...types), text, (type, value) => fits(type, keywordValue(`${type}7`, value))));
    fc.assert(fc.property(instant, (at) => fits('time', keywordValue('time3', at)) && fits('date', keywordValue('date2', at))));
  });

  it('keeps what fits as it is, in Beijing time', () => {
    expect(keywordValue('name1', '欧阳娜娜')).toBe('欧阳娜娜');
    expect(keywordValue('name1', 'Alexandra Ocasio-Cortez')).toBe('Alexandra Ocasio-Cor');
    expect(keywordValue('thing2', '北京市海淀区科学技术协会\n（推荐单位）意见')).toBe('北京市海淀区科学技术协会 （推荐单位）意');
    expect(keywordValue('phrase2', '已推荐')).toBe('已推荐');
    expect(keywordValue('time3', '2023-10-20T15:59:59.999Z')).toBe('2023年10月20日 23:59');
  });
});
