/** The portal's pages of one child, by code Massar (routes in app/router.tsx). */
export const childPaths = (codeMassar: string) => {
  const base = `/children/${encodeURIComponent(codeMassar)}`;
  return {
    results: base,
    timetable: `${base}/timetable`,
    absences: `${base}/absences`,
    schooling: `${base}/schooling`,
    orientation: `${base}/orientation`,
    support: `${base}/support`,
  };
};

export type ChildPage = keyof ReturnType<typeof childPaths>;
