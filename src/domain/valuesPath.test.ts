/** @jest-environment node */
import { appendPathSegment, formatValuesPath } from './valuesPath';

describe('formatValuesPath', () => {
  it.each<[(string | number)[], string]>([
    [[], ''],
    [['pilot', 'autoscaleEnabled'], 'pilot.autoscaleEnabled'],
    [['global', 'proxy_init', 'image'], 'global.proxy_init.image'],
    [['gateways', 'istio-ingressgateway', 'name'], 'gateways.istio-ingressgateway.name'],
    [['pilot', 'env', 0, 'name'], 'pilot.env[0].name'],
    [
      ['pilot', 'podAnnotations', 'sidecar.istio.io/inject'],
      'pilot.podAnnotations["sidecar.istio.io/inject"]',
    ],
    [['sidecar.istio.io/inject'], '["sidecar.istio.io/inject"]'],
    [['labels', 'has space'], 'labels["has space"]'],
    [['labels', 'say "hi"'], 'labels["say \\"hi\\""]'],
    [['labels', '8080'], 'labels["8080"]'],
    [['labels', ''], 'labels[""]'],
    [[3], '[3]'],
  ])('formats %j as %s', (segments, expected) => {
    expect(formatValuesPath(segments)).toBe(expected);
  });

  it('appends to an existing path the way the full formatter does', () => {
    expect(appendPathSegment('pilot.podAnnotations', 'a/b')).toBe('pilot.podAnnotations["a/b"]');
  });
});
