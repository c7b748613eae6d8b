/**
 * A newsletter, subscription or donation prompt printed among a story's paragraphs: a short block
 * that asks the reader to sign up or subscribe to a newsletter, to get something in their inbox, or
 * to pay for the outlet's journalism. Unlike
 * ./chrome-labels.ts the prompt may hold other words (the newsletter's name, what it offers), so
 * it is read by what it asks, and only in a block too short to be a paragraph of the story.
 */

// Longer than this is a paragraph that may mention a newsletter, not a prompt.
const MAX_CHARS = 220;

const PROMPTS: RegExp[] = [
  // English
  /\b(?:sign up|subscribe|join|register)\b[^.!?]{0,60}\bnewsletters?\b/i,
  /\bnewsletters?\b[^]{0,120}\b(?:sign up|subscribe)(?: here| now| today)?[.!:]?$/i,
  /\b(?:delivered |straight |right )?(?:to|in) your inbox\b/i,
  // Appeals for money: support or donate to the outlet's journalism
  /\b(?:support|donate to|contribute to|fund)\b[^.!?]{0,60}\b(?:journalism|reporting|newsroom)\b/i,
  /^(?:donate|donate now|make a donation|become a (?:member|supporter))$/i,
  // An investment disclaimer printed under market news
  /^(?:市场有风险，投资需谨慎|投资有风险，入市需谨慎)/,
  /\b(?:does not|do not) constitute (?:personal )?(?:investment|financial) advice\b/i,
  // German, French, Spanish, Italian, Portuguese
  /\bnewsletter\b[^.!?]{0,40}\b(?:abonnieren|bestellen|anmelden)\b/i,
  /\b(?:abonnez-vous|inscrivez-vous)\b[^.!?]{0,40}\bnewsletter\b/i,
  /\b(?:suscr[íi]bete|reg[íi]strate|iscriviti|assine|inscreva-se)\b[^.!?]{0,40}\b(?:newsletter|bolet[íi]n)\b/i,
];

/** Whether `text` (a block read as plain text) is a newsletter or subscription prompt. */
export function isPromoLine(text: string): boolean {
  const line = text
    .replace(/\s+/g, ' ')
    .replace(/ ([.!?:,])/g, '$1')
    .trim();
  return line !== '' && line.length <= MAX_CHARS && PROMPTS.some((pattern) => pattern.test(line));
}
