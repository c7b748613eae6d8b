/**
 * Words that pages print as chrome, not as part of a story: skip links, advertising labels, promo
 * and teaser headings, player fallbacks, caption toggles, share and follow prompts. A block counts
 * only when it is nothing but such a label (a sentence that mentions one stays). Language-aware:
 * the common labels of the languages the importer reads.
 */

// The whole block, after links and emphasis are read as text and the ends trimmed of punctuation.
const LABELS: RegExp[] = [
  // Skip links and navigation
  /^skip (?:to|navigation)\b.{0,30}$/i,
  /^(?:zum inhalt springen|aller au contenu(?: principal)?|saltar al contenido(?: principal)?|перейти к (?:содержанию|основному содержанию))$/i,
  /^(?:menu|main menu|navigation|search|sign in|log ?in|subscribe|close|open|share|home)$/i,
  // Toggles of boxes and menus
  /^(?:show|hide|show more|show less|show all|expand all|collapse)$/i,
  // Advertising
  /^(?:advertisement|advertising|sponsored(?: content)?|ad|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|реклама|إعلان|広告|scroll to continue(?: with content)?)(?:\s*[·•|-]\s*(?:scroll to continue(?: with content)?|continue reading below))?$/i,
  /^(?:story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading (?:below|the main story))$/i,
  // Teasers and promos
  /^(?:read next|read more|more from .{1,40}|more on this story|more stories|most read|most popular|trending(?: now)?|related(?: stories| articles| coverage| content| topics)?|recommended(?: for you)?|you may also like|you might also like|don[’']t miss|see more|see also|also read|further reading|top stories|latest (?:news|stories)|editor[’']s picks)$/i,
  /^(?:mehr zu diesem thema|mehr zum thema|das könnte sie auch interessieren|lesen sie auch|auch interessant|weitere artikel|meistgelesen)$/i,
  /^(?:lire aussi|à lire aussi|voir aussi|sur le même sujet|les plus lus|dans la même rubrique)$/i,
  /^(?:lee también|leer más|te puede interesar|más noticias|lo más leído|noticias relacionadas|leggi anche|leia também|veja também)$/i,
  /^(?:читайте также|читайте еще|по теме|ещё по теме|самое читаемое|اقرأ أيضا|اقرأ أيضاً|関連記事|あわせて読みたい|相关阅读|相关新闻|推荐阅读|相关推荐|最热文章|热门文章|热门资讯|网友点击)$/i,
  // Chinese credit lines under a story: its source and the editors on duty (`责任编辑：李四`).
  /^(?:文章)?(?:来源|來源|责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對|监制|監製)\s*[:：]\s*[^。！？]{1,30}$/u,
  /^(?:写评论|我要评论|热门评论|加载更多|收藏|评论|分享|登录(?: ?\/ ?注册)?|注册 ?\| ?登录|コメント|シェア|ログイン)$/,
  /^(?:风险提示及免责条款|风险提示|免责声明|免责条款|继续滑动看下一个|向上滑动看下一个|阅读原文)$/,
  /^(?:previous|next)(?: article| story| post)?$/i,
  // Newsletter, share and follow prompts
  /^(?:sign up for (?:our|the) .{1,40}newsletter.{0,60}|subscribe to (?:our|the) .{1,40}newsletter.{0,60}|get (?:our|the) .{1,40}newsletter.{0,60})$/i,
  /^(?:share (?:this|on) .{0,30}|follow us(?: on .{0,30})?|share this (?:article|story|page)|copy link|print|email|comments?)$/i,
  /^purchase licensing rights(?:, opens new tab)?$/i,
  // Media player fallbacks and caption toggles
  /^your browser does not support the (?:video|audio)(?: tag| element)?.{0,40}$/i,
  /^(?:hide|toggle|show) caption$/i,
  /^(?:image|photo|video)(?:\s+\d+)?(?:\s+of\s+\d+)?$/i,
  /^(?:enlarge this image|expand|play video|watch(?: video)?|\d+ min(?:ute)? (?:read|listen))$/i,
];

// A page's legal line, which ends it: `© 2026 Example Media`, `Copyright © 2026. All Rights Reserved.`
const LEGAL_START = /^(?:©|\(c\)\s|copyright\b)/iu;
const LEGAL_END =
  /(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|все права защищены|جميع الحقوق محفوظة|版权所有|版權所有|無断転載を禁じます)[.。]?$/iu;

/** Whether `text` (a block read as plain text) is a page's copyright line. */
export function isLegalLine(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= 200 && (LEGAL_START.test(line) || LEGAL_END.test(line));
}

/** Whether `text` (a block read as plain text) is nothing but a chrome label. */
export function isChromeLabel(text: string): boolean {
  if (isLegalLine(text)) return true;
  const label = text
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .trim();
  return label !== '' && label.length <= 120 && LABELS.some((pattern) => pattern.test(label));
}
