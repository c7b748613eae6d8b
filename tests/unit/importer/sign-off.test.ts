import { describe, expect, test } from 'vitest';
import type { ArticleDraft } from '../../../src/importer/draft';
import { takeSignOff } from '../../../src/importer/sign-off';

const STORY = [
  'The council voted on Monday to keep the old library open for another five years.',
  '',
  'Work on the roof is due to start in the spring and to last about six months.',
];
const KO = [
  '시의회는 월요일 오래된 도서관을 앞으로 5년 더 운영하기로 결정했다.',
  '',
  '지붕 공사는 봄에 시작해 약 여섯 달 동안 이어질 예정이다.',
];

function draft(body: string[], byline?: string): ArticleDraft {
  return { title: 'T', body: body.join('\n'), related: [], warnings: [], ...(byline && { byline }) };
}

describe('takeSignOff', () => {
  test.each([
    [
      [...KO, '', '홍길동 기자 [hong@news.example](mailto:hong@news.example)', '', '[사진=뉴스예시]'],
      '홍길동 기자',
      '홍길동',
    ],
    [
      [...KO, '', '칼럼니스트 김영희 kim@mail.example', '', '저작권자 ⓒ 뉴스예시, 무단전재 및 재배포금지'],
      '칼럼니스트 김영희',
      '김영희',
    ],
    [
      [...STORY, '', 'Reporting by Jane Doe and John Roe; Editing by Sam Poe'],
      'Jane Doe and John Roe',
      'Jane Doe',
    ],
    [[...STORY, '', '(Writing by Ana Lopes; Editing by Sam Poe)'], 'Ana Lopes', 'Ana Lopes'],
    [
      [...STORY, '', 'Reporting by Jane Doe in Lagos and John Roe in New York; Editing by Sam Poe'],
      'Jane Doe and John Roe',
      'Jane Doe',
    ],
    [[...STORY, '', 'Reporting by Mei Lin in Hong Kong; Writing by Ana Lopes'], 'Mei Lin', 'Mei Lin'],
  ])('should read the sign-off of %j and leave it out of the body', (body, byline, first) => {
    const read = draft(body);
    takeSignOff(read);
    expect(read.byline).toBe(byline);
    expect(read.authors?.[0]).toBe(first);
    expect(read.body).not.toContain(byline.split(' ')[0]);
    expect(read.guessed).toContain('byline: read from the end of the story');
  });

  test.each([
    ['a byline found above the story', draft([...STORY, '', 'Reporting by Jane Doe'], 'Agency')],
    [
      'a credit line in the middle of a long story',
      draft(['Reporting by Jane Doe', ...Array.from({ length: 8 }, () => STORY[0] ?? '')]),
    ],
    ['a sentence naming a reporter', draft([...KO, '', '기자회견에서 홍길동 시장은 이렇게 말했다.'])],
    ['editors alone', draft([...STORY, '', 'Editing by Sam Poe'])],
  ])('should leave %s alone', (_what, read) => {
    const before = read.body;
    takeSignOff(read);
    expect(read.body).toBe(before);
  });
});
