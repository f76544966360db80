import { ErrorAlert } from '@massar/ui';
import { serverErrorMessage } from '../errors/serverErrorMessage';

export interface ErrorStateProps {
  /** A failed query or mutation, as Apollo reports it. */
  error: unknown;
  onRetry?: () => void;
}

/** The server's message when it sent one (GraphQL errors carry safe, translated messages), else a generic one. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  return <ErrorAlert message={serverErrorMessage(error)} onRetry={onRetry} />;
}
