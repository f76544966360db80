import { ListSectionLayout, type ListSectionLayoutProps } from '@massar/ui';
import { ErrorState } from './ErrorState';

export interface ListSectionProps extends Omit<ListSectionLayoutProps, 'failure'> {
  /** The query's error, if it failed. */
  error?: unknown;
  onRetry?: () => void;
}

/** A titled section showing one queried list, with its loading, error (the server's message) and empty states. */
export function ListSection({ error, onRetry, ...layout }: ListSectionProps) {
  return <ListSectionLayout {...layout} failure={error ? <ErrorState error={error} onRetry={onRetry} /> : null} />;
}
