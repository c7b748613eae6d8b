import { describe, expect, test } from 'vitest';
import { readLocalLeadPhoto, readRemoteLeadPhoto } from '../../../src/importer/lead-photo';

const STORY = 'Hundreds of schools were closed on Wednesday as rivers burst their banks across the region.';
const read = (text: string) => readRemoteLeadPhoto(text.split('\n'), 0);

describe('readRemoteLeadPhoto', () => {
  test('should keep the caption and credit printed under the photo', () => {
    const lead = read(
      `\n![Flooded street](https://cdn.example.com/flood.jpg)\nA resident wades through a street. REUTERS/John Smith\n\n${STORY}`,
    );
    expect(lead).toEqual({
      image: { caption: 'A resident wades through a street.', credit: 'REUTERS/John Smith' },
      url: 'https://cdn.example.com/flood.jpg',
      line: 1,
      end: 3,
    });
  });

  test('should take a line right under the photo as its caption, and a credit after a blank line', () => {
    expect(read(`![x](https://a.example/p.jpg)\n*Rescuers at work.*\n\n${STORY}`)).toMatchObject({
      image: { caption: 'Rescuers at work.' },
      end: 2,
    });
    expect(read(`![x](https://a.example/p.jpg "t")\n\nAP Photo/Jane Doe\n\n${STORY}`)).toMatchObject({
      image: { caption: 'x', credit: 'AP Photo/Jane Doe' },
      end: 3,
    });
  });

  test('should fall back on the alt text, and leave the story where it is', () => {
    expect(read(`![Rescuers in a boat](https://a.example/p.jpg)\n\n${STORY}`)).toMatchObject({
      image: { caption: 'Rescuers in a boat' },
      end: 1,
    });
  });

  test.each([
    ['a photo that says nothing', `![image](https://a.example/p.jpg)\n\n${STORY}`],
    ['a local picture', `![Rescuers](photo.jpg)\nRescuers. AP\n\n${STORY}`],
    ['a story that starts with prose', `${STORY}\n\n![Rescuers](https://a.example/p.jpg)`],
  ])('should find none in %s', (_what, text) => {
    expect(read(text)).toBeUndefined();
  });
});

describe('readLocalLeadPhoto', () => {
  const local = (text: string) => readLocalLeadPhoto(text.split('\n'), 0);

  test('should take a picture beside the copy with its alt text, caption and credit', () => {
    expect(
      local(`\n![Rescuers in a boat](./flood.jpg)\nA boat on Main Street. Photo: Jane Doe\n\n${STORY}`),
    ).toEqual({
      image: {
        localSrc: './flood.jpg',
        alt: 'Rescuers in a boat',
        caption: 'A boat on Main Street.',
        credit: 'Jane Doe',
      },
      url: './flood.jpg',
      line: 1,
      end: 3,
    });
  });

  test('should read a path in <…> and take the title as the caption when no line gives one', () => {
    expect(local(`![Rescuers](<photos/the flood.jpg> "Rescuers at work.")\n\n${STORY}`)).toMatchObject({
      image: { localSrc: 'photos/the flood.jpg', alt: 'Rescuers', caption: 'Rescuers at work.' },
      end: 1,
    });
  });

  test.each([
    ['a picture without alt text', `![](./flood.jpg)\n\n${STORY}`],
    ['a picture on the web', `![Rescuers](https://a.example/p.jpg)\n\n${STORY}`],
    ['a picture at the root of a host', `![Rescuers](/p.jpg)\n\n${STORY}`],
    ['a story that starts with prose', `${STORY}\n\n![Rescuers](./flood.jpg)`],
  ])('should find none in %s', (_what, text) => {
    expect(local(text)).toBeUndefined();
  });
});
