import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

export interface ListSectionProps {
  /** Id of the heading, which names the section. */
  id: string;
  title: ReactNode;
  /** True only while nothing has been received yet. */
  loading: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** Shown when the list has no item. */
  empty: ReactNode;
  itemCount: number;
  /** The list itself, rendered when there are items. */
  children: ReactNode;
}

/** A titled section of a page showing one list, with its loading, error and empty states. */
export function ListSection({ id, title, loading, error, onRetry, empty, itemCount, children }: ListSectionProps) {
  let content: ReactNode = children;
  if (loading) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={onRetry} />;
  else if (itemCount === 0) content = <EmptyState>{empty}</EmptyState>;
  return (
    <Stack component="section" gap="sm" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {content}
    </Stack>
  );
}
