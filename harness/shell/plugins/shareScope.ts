import * as React from 'react';
import reactPackage from 'react/package.json';
import * as ReactI18next from 'react-i18next';
import reactI18nextPackage from 'react-i18next/package.json';
import * as ReactRedux from 'react-redux';
import reactReduxPackage from 'react-redux/package.json';
import * as ReactRouter from 'react-router';
import reactRouterPackage from 'react-router/package.json';
import * as Redux from 'redux';
import reduxPackage from 'redux/package.json';
import * as ReduxThunk from 'redux-thunk';
import reduxThunkPackage from 'redux-thunk/package.json';
import { sdkModule, SDK_VERSION } from '../sdk';

/** One provided version of a module in a webpack share scope (the shape container.init expects). */
type SharedModuleEntry = {
  get: () => Promise<() => unknown>;
  from: string;
  eager: boolean;
  loaded?: 1;
};
export type ShareScope = Record<string, Record<string, SharedModuleEntry>>;

const provide = (module: unknown): SharedModuleEntry => ({
  get: () => Promise.resolve(() => module),
  from: 'openshift-console',
  eager: true,
  loaded: 1,
});

/**
 * The console's shared modules (see dynamic-plugin-sdk-webpack's sharedPluginModules), at the
 * versions installed here. Plugins take these singletons instead of bundling their own copies;
 * the SDK is the harness's run-time implementation.
 */
export const createShareScope = (): ShareScope => ({
  react: { [reactPackage.version]: provide(React) },
  'react-i18next': { [reactI18nextPackage.version]: provide(ReactI18next) },
  'react-router': { [reactRouterPackage.version]: provide(ReactRouter) },
  'react-redux': { [reactReduxPackage.version]: provide(ReactRedux) },
  redux: { [reduxPackage.version]: provide(Redux) },
  'redux-thunk': { [reduxThunkPackage.version]: provide(ReduxThunk) },
  '@openshift-console/dynamic-plugin-sdk': { [SDK_VERSION]: provide(sdkModule) },
});
