import { describe, expect, test } from 'vitest';
import { parseByline } from '../../../src/importer/byline';
import { parseCjkByline, parseCjkName } from '../../../src/importer/cjk-byline';

describe('parseCjkByline', () => {
  test.each([
    ['记者 张三 李四', '张三 李四', ['张三', '李四']],
    ['作者：王五', '王五', ['王五']],
    ['文／赵六', '赵六', ['赵六']],
    ['本报记者 钱七、孙八', '钱七、孙八', ['钱七', '孙八']],
  ])('%j → %j', (line, byline, authors) => {
    expect(parseCjkByline(line)).toEqual({ byline, authors });
    expect(parseByline(line)).toEqual({ byline, authors });
  });

  test.each([['记者从市教育局获悉，今年共有三万名考生报名'], ['文化新闻'], ['作者：'], ['来源：新华社']])(
    'should not read %j',
    (line) => {
      expect(parseCjkByline(line)).toBeUndefined();
    },
  );
});

describe('parseCjkName', () => {
  test('should read a name of two to four Han characters, and nothing longer', () => {
    expect(parseCjkName(' 葛冬瑾 ')).toEqual({ byline: '葛冬瑾', authors: ['葛冬瑾'] });
    expect(parseCjkName('华尔街见闻快讯')).toBeUndefined();
  });
});
