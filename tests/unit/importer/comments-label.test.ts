// The label that opens a page's comments, in the importer's languages.
import { describe, expect, test } from 'vitest';
import { isCommentsLabel } from '../../../src/importer/comments-label';

describe('isCommentsLabel', () => {
  test.each([
    ['34 responses to “Library Stays Open”'],
    ['Leave a Reply Cancel reply'],
    ['10 Comments'],
    ['Deixe uma resposta Cancelar resposta'],
    ['Lascia un commento Annulla risposta'],
    ['Добавить комментарий Отменить ответ'],
    ['Комментарии'],
    ['Tinggalkan Balasan Batalkan balasan'],
    ['Schreibe einen Kommentar'],
    ['发表评论'],
  ])('should read %j as the label of the comments', (text) => {
    expect(isCommentsLabel(text)).toBe(true);
  });

  test.each([
    ['Readers left 34 comments under the council’s post, most of them for the library.'],
    ['Comments from the mayor'],
    ['Reply'],
  ])('should not read %j as the label of the comments', (text) => {
    expect(isCommentsLabel(text)).toBe(false);
  });
});
