/** One letter then nine digits (J130024519), as typed with spaces around or in lower case. */
export const normalizeCodeMassar = (value: string) => value.trim().toUpperCase();

export const isCodeMassar = (value: string) => /^[A-Z]\d{9}$/.test(normalizeCodeMassar(value));
