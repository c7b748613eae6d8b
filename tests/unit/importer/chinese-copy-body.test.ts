// The body of a Chinese page copied whole by a reader service: the story's numbered key points and
// every paragraph stay; the source and editor credits, the save and comment buttons leave.
import { describe, expect, test } from 'vitest';
import { importInput } from '../../../src/importer/import-input';

const POINTS = ['①市议会周一投票决定，旧图书馆将继续开放五年；', '②大楼的新屋顶费用将从明年的预算中支出。'];
const STORY = [
  '示例新闻5月8日讯（记者 张三）市议会周一投票决定，在家长和教师长期呼吁之后，旧图书馆将继续开放五年。',
  '市长在投票后对记者表示，大楼需要一个新屋顶，费用将从明年的预算中支出。',
  '屋顶工程预计于春季开工，持续约六个月，其间阅览室照常开放。',
  '图书馆员说，自从呼吁活动开始以来，读者人数每年都在增长，其中大多数是放学后的孩子。',
];
const CHROME = ['来源：示例新闻', '（责任编辑：李四）', '收藏', '评论'];

const copy = [
  'Title: 市图书馆将继续开放五年_示例新闻',
  '',
  'URL Source: https://news.example.com/articles/3771861',
  '',
  'Published Time: 2026-05-08T12:30:54.000Z',
  '',
  'Markdown Content:',
  '*   [首页](https://news.example.com/)\n*   [电报](https://news.example.com/telegraph)\n*   [话题](https://news.example.com/subject)',
  '',
  '市图书馆将继续开放五年',
  '===========',
  '',
  ...['原创', ...POINTS, ...STORY, ...CHROME].flatMap((block) => [block, '']),
  '*   [关于我们](https://news.example.com/about)\n*   [联系我们](https://news.example.com/contact)',
].join('\n');

describe('a Chinese whole-page copy with key points above the story', () => {
  const body = importInput(copy, 'x.md').body;

  test('should keep the key points and every paragraph', () => {
    for (const block of [...POINTS, ...STORY]) expect(body).toContain(block);
  });

  test('should leave out the source and editor credits and the buttons under the story', () => {
    for (const block of CHROME) expect(body).not.toContain(block);
  });
});
