/** The portal's pages of one child, by code Massar (routes in app/router.tsx). */
export const childPaths = (codeMassar: string) => {
  const base = `/children/${encodeURIComponent(codeMassar)}`;
  return { results: base, schooling: `${base}/schooling`, orientation: `${base}/orientation`, support: `${base}/support` };
};

export type ChildPage = keyof ReturnType<typeof childPaths>;
