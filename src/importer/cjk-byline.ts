/**
 * Bylines as Chinese and Japanese pages print them: a label, then names of two to four Han
 * characters (`记者 张三 李四`, `作者：王五`, `文／赵六`, `本报记者 钱七`, `記者：鈴木一郎` is too long
 * and left alone), and a writer's name printed alone beside the date (`葛冬瑾 05-08 12:30`).
 */
import type { Byline } from './byline';

// `记者`, `作者`, `撰文`, `编译` with or without a colon; `文` only with a slash or colon after it.
const LABEL =
  /^(?:本报|本報|特约|特約)*(?:(?:记者|記者|作者|撰文|编译|編譯|通讯员|通訊員)\s*[:：/／]?|文\s*[/／:：])\s*/u;
const NAME = /^[\p{Script=Han}·]{2,4}$/u;
const MAX_NAMES = 6;

/** The names of a labelled CJK byline line, or `undefined` when it is something else. */
export function parseCjkByline(line: string): Byline | undefined {
  const label = LABEL.exec(line.trim());
  if (!label) return undefined;
  const rest = line.trim().slice(label[0].length).trim();
  const names = rest.split(/[\s、，,]+/u).filter((name) => name !== '');
  if (names.length === 0 || names.length > MAX_NAMES || !names.every((name) => NAME.test(name))) {
    return undefined;
  }
  return { byline: rest, authors: names };
}

/** A writer's name printed alone beside the date (two to four Han characters), or `undefined`. */
export function parseCjkName(text: string): Byline | undefined {
  const name = text.trim();
  return NAME.test(name) ? { byline: name, authors: [name] } : undefined;
}
