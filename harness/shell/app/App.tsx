import { Page, PageSidebar, PageSidebarBody } from '@patternfly/react-core';
import type { FC } from 'react';
import { Provider as ReduxProvider } from 'react-redux';
import { BrowserRouter } from 'react-router';
import { applyMiddleware, legacy_createStore as createReduxStore } from 'redux';
import { thunk } from 'redux-thunk';
import { OverlayHost } from '../sdk/components/overlays';
import { AppRoutes } from './AppRoutes';
import { Masthead } from './Masthead';
import { Navigation } from './Navigation';
import { PluginStatusAlerts } from './PluginStatusAlerts';

// Plugins may use react-redux hooks (the console shares redux); they get an empty store.
const reduxStore = createReduxStore(
  (state: Record<string, unknown> = {}) => state,
  applyMiddleware(thunk),
);

export const App: FC = () => (
  <ReduxProvider store={reduxStore}>
    <BrowserRouter>
      <Page
        masthead={<Masthead />}
        sidebar={
          <PageSidebar>
            <PageSidebarBody>
              <Navigation />
            </PageSidebarBody>
          </PageSidebar>
        }
        isManagedSidebar
      >
        <PluginStatusAlerts />
        <AppRoutes />
      </Page>
      <OverlayHost />
    </BrowserRouter>
  </ReduxProvider>
);
