import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { FC } from 'react';
import { useCallback } from 'react';
import { createStore, useStore } from '../store';

type OpenOverlay = {
  id: string;
  Component: FC<Record<string, unknown>>;
  props: Record<string, unknown>;
  closeProp: 'closeModal' | 'closeOverlay';
};

const overlayStore = createStore<OpenOverlay[]>([]);
let nextId = 0;

const close = (id: string) => overlayStore.set((open) => open.filter((o) => o.id !== id));

const launch = (
  component: unknown,
  props: unknown,
  closeProp: OpenOverlay['closeProp'],
  id?: string,
) => {
  const overlayId = id ?? `overlay-${(nextId += 1)}`;
  overlayStore.set((open) => [
    ...open.filter((o) => o.id !== overlayId),
    {
      id: overlayId,
      Component: component as OpenOverlay['Component'],
      props: (props ?? {}) as Record<string, unknown>,
      closeProp,
    },
  ]);
};

/** Components launched with useModal / useOverlay receive closeModal / closeOverlay. */
export const useModal: typeof SDK.useModal = () =>
  useCallback((component, extraProps, id) => launch(component, extraProps, 'closeModal', id), []);

export const useOverlay: typeof SDK.useOverlay = () =>
  useCallback((component, extraProps) => launch(component, extraProps, 'closeOverlay'), []);

/** Rendered once by the shell, where the console renders its modal and overlay providers. */
export const OverlayHost: FC = () => {
  const open = useStore(overlayStore);
  return (
    <>
      {open.map(({ id, Component, props, closeProp }) => (
        <Component key={id} {...props} {...{ [closeProp]: () => close(id) }} />
      ))}
    </>
  );
};
