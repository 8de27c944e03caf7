// The console provides the SDK at run time; tests get small typed stand-ins, one file per area in
// __mocks__/sdk/, so that a signature change in the SDK breaks the type-check instead of a page.
export * from '../sdk/k8s';
export * from '../sdk/page';
export * from '../sdk/editor';
export * from '../sdk/create';
