import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/*
 * The one check of a person's (or a place's) name, wherever one is accepted, and the one way
 * two spellings of a name are compared.
 */

// Format characters (Unicode Cf: the bidi embeddings, overrides and isolates U+202A–U+202E and
// U+2066–U+2069, the marks U+200E/U+200F, zero-width spaces and joiners, the soft hyphen…) show
// as nothing but can reorder or disguise the text around them; control characters and line or
// paragraph separators have no place in a name either. Refused rather than stripped, so that
// what is stored is exactly what was typed.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

export const NAME_MAX_LENGTH = 80;

export type NameProblem = 'BLANK' | 'TOO_LONG' | 'INVISIBLE_CHARACTER';

/** What is wrong with a name as typed (it is stored trimmed), or null when it is fine. */
export function nameProblem(value: unknown, max = NAME_MAX_LENGTH): NameProblem | null {
  if (typeof value !== 'string' || value.trim() === '') return 'BLANK';
  if (INVISIBLE.test(value)) return 'INVISIBLE_CHARACTER';
  if ([...value.trim()].length > max) return 'TOO_LONG';
  return null;
}

const MESSAGES: Record<NameProblem, (max: number) => string> = {
  BLANK: () => 'A name cannot be blank',
  TOO_LONG: (max) => `A name has at most ${max} characters`,
  INVISIBLE_CHARACTER: () => 'A name cannot contain invisible or text-direction characters',
};

/** class-validator: a name, not blank, at most `max` characters, with no invisible character. */
export function IsPersonName(max = NAME_MAX_LENGTH, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPersonName',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => nameProblem(value, max) === null,
        defaultMessage: (args?: ValidationArguments) => MESSAGES[nameProblem(args?.value, max) ?? 'BLANK'](max),
      },
    });
}

// Arabic letters a secretary's keyboard may type either way: alef wasla, teh marbuta / heh,
// alef maqsura / yeh. (Hamza forms of alef, waw and yeh decompose to the bare letter under NFD.)
const ARABIC_VARIANTS: Record<string, string> = { 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي' };

/**
 * A name reduced to what identifies it: trimmed, inner spaces collapsed, lower case, accents,
 * Arabic short vowels and hamza signs removed, tatweel dropped, letter variants unified.
 * "  Élodie " and "elodie" compare equal, as do "أحمد" and "احمد".
 */
export function comparableName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .replace(/[ٱةى]/g, (c) => ARABIC_VARIANTS[c])
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

export const sameName = (a: string, b: string) => comparableName(a) === comparableName(b);
