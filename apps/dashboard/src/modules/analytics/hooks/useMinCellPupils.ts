import { createContext, useContext } from 'react';

/** The suppression threshold of the analytics settings (data, default 10), given once by the page. */
export const MinCellPupilsContext = createContext(10);

export function useMinCellPupils(): number {
  return useContext(MinCellPupilsContext);
}
