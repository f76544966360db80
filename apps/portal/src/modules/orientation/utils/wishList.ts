import { MAX_WISHES } from '../constants/OrientationRules';

/** The ranked stream codes a family is composing, first choice first. */
export type WishList = readonly string[];

/** The list with the wish at `index` moved by `delta` places (−1: up); unchanged at either end. */
export function moveWish(list: WishList, index: number, delta: -1 | 1): WishList {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The list with `code` added last; unchanged when it is there already or the list is full. */
export function addWish(list: WishList, code: string, max: number = MAX_WISHES): WishList {
  if (list.includes(code) || list.length >= max) return list;
  return [...list, code];
}

/** The list without `code` (the ranks below it move up). */
export function removeWish(list: WishList, code: string): WishList {
  return list.filter((c) => c !== code);
}

/** Whether two lists hold the same codes in the same order (the form has nothing new to send). */
export function sameWishes(a: WishList, b: WishList): boolean {
  return a.length === b.length && a.every((code, i) => code === b[i]);
}
