import { useQuery } from '@apollo/client/react';
import type { ViewerFieldsFragment } from '../generated/graphql';
import { ME } from '../operations/me';

export type Viewer = ViewerFieldsFragment;

export interface ViewerState {
  viewer: Viewer | null;
  loading: boolean;
  error: Error | undefined;
  refetch: () => void;
}

/** Who is logged in (null when nobody is), from the `me` query. */
export function useViewer(): ViewerState {
  const { data, loading, error, refetch } = useQuery(ME);
  return {
    viewer: data?.me ?? null,
    loading,
    error,
    refetch: () => void refetch().catch(() => undefined),
  };
}
