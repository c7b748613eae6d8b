/**
 * The label that opens a page's comments: the thread's heading (`34 responses to “…”`,
 * `Comments`) or the reply form's (`Leave a Reply Cancel reply`, as blog engines print it in the
 * site's language). Under a story it ends the story: what follows is readers' text and forms.
 * Language-aware: the labels of the languages the importer reads.
 */

// The whole block, after links and emphasis are read as text and the ends trimmed of punctuation.
const LABELS: RegExp[] = [
  /^(?:\d+\s+)?(?:comments?|responses?|replies|reactions?)(?:\s+(?:to|on)\s+.{1,160})?$/i,
  /^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment|join the (?:discussion|conversation)|discussion)(?:\s+cancel reply)?$/i,
  /^(?:deixe (?:uma resposta|um comentário)|(?:\d+\s+)?comentários?)(?:\s+cancelar resposta)?$/iu,
  /^(?:deja (?:una respuesta|un comentario)|(?:\d+\s+)?comentarios)(?:\s+cancelar respuesta)?$/iu,
  /^(?:lascia (?:un commento|una risposta)|(?:\d+\s+)?commenti)(?:\s+annulla risposta)?$/iu,
  /^(?:laisser un commentaire|laisser une réponse|(?:\d+\s+)?commentaires)(?:\s+annuler la réponse)?$/iu,
  /^(?:schreibe einen kommentar|kommentar (?:schreiben|hinterlassen)|(?:\d+\s+)?kommentare)(?:\s+antworten abbrechen)?$/iu,
  /^(?:добавить комментарий|оставить комментарий|оставьте комментарий|(?:\d+\s+)?комментари[йяи]\p{L}*)(?:\s+отменить ответ)?$/iu,
  /^(?:tinggalkan (?:balasan|komentar)|(?:\d+\s+)?komentar)(?:\s+batalkan balasan)?$/iu,
  /^(?:发表评论|网友评论|评论区|全部评论|\d+\s*条评论|コメントを書く|コメント一覧)$/u,
];

/** Whether `text` (a block read as plain text) is nothing but the label of a comment thread or form. */
export function isCommentsLabel(text: string): boolean {
  const label = text
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .trim();
  return label !== '' && label.length <= 200 && LABELS.some((pattern) => pattern.test(label));
}
