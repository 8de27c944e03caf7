/** @jest-environment node */
import type { TestCluster } from './testServer';
import { ISTIOS, istio, startCluster } from './testServer';

let cluster: TestCluster;
afterEach(() => cluster.close());

const mergePatch = 'application/merge-patch+json';
const summary = (events: { type: string; object: { metadata: { name: string } } }[]) =>
  events.map((e) => `${e.type} ${e.object.metadata.name}`);

describe('watch', () => {
  beforeEach(async () => {
    cluster = await startCluster({ seed: 'none', reconcileDelayMs: 60_000 });
  });

  it('streams chunked newline-delimited JSON after the list resourceVersion, in order', async () => {
    const namespaces = '/api/v1/namespaces';
    const list = (await cluster.get(namespaces)).body;
    const watch = cluster.watch(
      `${namespaces}?watch=true&resourceVersion=${list.metadata.resourceVersion}`,
    );
    const response = await watch.response;
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    await cluster.request('POST', namespaces, { metadata: { name: 'team-a' } });
    await cluster.request(
      'PATCH',
      `${namespaces}/team-a`,
      { metadata: { labels: { x: 'y' } } },
      mergePatch,
    );
    await cluster.request('DELETE', `${namespaces}/team-a`);
    const events = await watch.take(3);
    expect(summary(events)).toEqual(['ADDED team-a', 'MODIFIED team-a', 'DELETED team-a']);
    expect(events[0].object).toMatchObject({ kind: 'Namespace', apiVersion: 'v1' });
    const versions = events.map((e) => Number(e.object.metadata.resourceVersion));
    expect(versions).toEqual([...versions].sort((x, y) => x - y));
    expect(Number(versions[0])).toBeGreaterThan(Number(list.metadata.resourceVersion));
  });

  it('replays the events after a given resourceVersion when resuming', async () => {
    const created = (await cluster.request('POST', ISTIOS, istio('a'))).body;
    await cluster.request('POST', ISTIOS, istio('b'));
    const watch = cluster.watch(
      `${ISTIOS}?watch=1&resourceVersion=${created.metadata.resourceVersion}`,
    );
    const [first] = await watch.take(1);
    expect(first.type).not.toBe('ERROR');
    expect(Number(first.object.metadata.resourceVersion)).toBeGreaterThan(
      Number(created.metadata.resourceVersion),
    );
  });

  it('starts with ADDED events for existing objects when no resourceVersion is given', async () => {
    await cluster.request('POST', ISTIOS, istio('a'));
    await cluster.request('POST', ISTIOS, istio('b'));
    const watch = cluster.watch(`${ISTIOS}?watch=true`);
    expect(summary(await watch.take(2))).toEqual(['ADDED a', 'ADDED b']);
  });

  it('honours fieldSelector, turning a change out of the selection into DELETED', async () => {
    await cluster.request('POST', ISTIOS, {
      ...istio('a'),
      metadata: { name: 'a', labels: { env: 'prod' } },
    });
    await cluster.request('POST', ISTIOS, istio('b'));
    const rv = (await cluster.get(ISTIOS)).body.metadata.resourceVersion;
    const watch = cluster.watch(
      `${ISTIOS}?watch=true&resourceVersion=${rv}&labelSelector=env%3Dprod&fieldSelector=metadata.name%3Da`,
    );
    await cluster.request(
      'PATCH',
      `${ISTIOS}/b`,
      { metadata: { labels: { env: 'prod' } } },
      mergePatch,
    );
    await cluster.request(
      'PATCH',
      `${ISTIOS}/a`,
      { metadata: { labels: { env: 'dev' } } },
      mergePatch,
    );
    expect(summary(await watch.take(1))).toEqual(['DELETED a']);
  });

  it('fires no event for a dry-run create', async () => {
    const rv = (await cluster.get(ISTIOS)).body.metadata.resourceVersion;
    const watch = cluster.watch(`${ISTIOS}?watch=true&resourceVersion=${rv}`);
    await cluster.request('POST', `${ISTIOS}?dryRun=All`, istio('ghost'));
    await cluster.request('POST', ISTIOS, istio('real'));
    const [first] = await watch.take(1);
    expect(first).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'real' } } });
  });

  it('ends open watches when a dropWatches fault is posted', async () => {
    const watch = cluster.watch(`${ISTIOS}?watch=true`);
    await watch.response;
    const res = await cluster.request('POST', '/__harness/faults', { type: 'dropWatches' });
    expect(res.body.dropped).toBe(1);
    expect(await watch.ended()).toEqual([]);
  });

  it('ends the stream after timeoutSeconds', async () => {
    const watch = cluster.watch(`${ISTIOS}?watch=true&timeoutSeconds=1`);
    await expect(watch.ended(2500)).resolves.toEqual([]);
  });
});

describe('watch history', () => {
  it('sends a 410 Expired ERROR event when the resourceVersion is older than the kept history', async () => {
    cluster = await startCluster({ seed: 'none', reconcileDelayMs: 60_000, watchHistoryLimit: 5 });
    const first = (await cluster.request('POST', ISTIOS, istio('a'))).body;
    for (const label of ['1', '2', '3', '4', '5', '6']) {
      await cluster.request(
        'PATCH',
        `${ISTIOS}/a`,
        { metadata: { labels: { n: label } } },
        mergePatch,
      );
    }
    const watch = cluster.watch(
      `${ISTIOS}?watch=true&resourceVersion=${first.metadata.resourceVersion}`,
    );
    const events = await watch.ended();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'ERROR',
      object: { kind: 'Status', code: 410, reason: 'Expired' },
    });
    expect(events[0].object.message).toMatch(/^too old resource version: \d+ \(\d+\)$/);
  });
});
