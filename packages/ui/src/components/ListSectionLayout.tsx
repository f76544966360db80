import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';
import { LoadingState } from './LoadingState';

export interface ListSectionLayoutProps {
  /** Id of the heading, which names the section. */
  id: string;
  title: ReactNode;
  /** True only while nothing has been received yet. */
  loading: boolean;
  /** Shown instead of the list when loading it failed (an ErrorAlert, say). */
  failure?: ReactNode;
  /** Shown when the list has no item. */
  empty: ReactNode;
  itemCount: number;
  /** The list itself, rendered when there are items. */
  children: ReactNode;
}

/** A titled section of a page showing one list, with its loading, failure and empty states. */
export function ListSectionLayout({ id, title, loading, failure, empty, itemCount, children }: ListSectionLayoutProps) {
  let content: ReactNode = children;
  if (loading) content = <LoadingState />;
  else if (failure) content = failure;
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
