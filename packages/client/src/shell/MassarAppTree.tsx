import { MassarProvider, type MessageLoaders } from '@massar/ui';
import type { i18n as I18n } from 'i18next';
import { StrictMode, type ReactNode } from 'react';

export interface MassarAppTreeProps {
  messages: MessageLoaders;
  /** Already initialised (see MassarProvider): required when hydrating a page rendered at build time. */
  i18n?: I18n;
  /** The router: RouterProvider in the browser, StaticRouterProvider at build time. */
  children: ReactNode;
}

/** The tree of every Massar app, the same in the browser and in the build-time render that it hydrates. */
export function MassarAppTree({ messages, i18n, children }: MassarAppTreeProps) {
  return (
    <StrictMode>
      <MassarProvider messages={messages} i18n={i18n}>
        {children}
      </MassarProvider>
    </StrictMode>
  );
}
