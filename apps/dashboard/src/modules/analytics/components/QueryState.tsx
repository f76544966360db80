import { ErrorState } from '@massar/client/shell';
import { EmptyState, LoadingState } from '@massar/ui';
import type { ReactNode } from 'react';

interface Props<T> {
  loading: boolean;
  error: unknown;
  data: T | null | undefined;
  /** True when there is nothing to show (an empty list). */
  isEmpty?: (data: T) => boolean;
  empty: string;
  onRetry: () => void;
  children: (data: T) => ReactNode;
}

/** A query's loading, error and empty states, then its content. */
export function QueryState<T>({ loading, error, data, isEmpty, empty, onRetry, children }: Props<T>) {
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  if (!data || isEmpty?.(data)) return <EmptyState>{empty}</EmptyState>;
  return <>{children(data)}</>;
}
