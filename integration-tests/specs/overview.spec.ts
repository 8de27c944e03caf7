import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Spec } from '../framework';

const PLUGIN = 'sail-console-plugin';

const waitForPluginLoaded = async (page: Page) => {
  await page.goto('/');
  // The console marks elements for tests with data-test.
  const status = page.locator(`[data-test="plugin-status-${PLUGIN}"]`);
  await status.filter({ hasText: /^(loaded|failed)/ }).waitFor({ timeout: 20_000 });
  assert.match((await status.textContent()) ?? '', /^loaded · [1-9]\d* extensions$/);
};

const openOverview = async (page: Page) => {
  await waitForPluginLoaded(page);
  const nav = page.getByRole('navigation', { name: 'Administrator navigation' });
  await nav.getByRole('link', { name: 'Overview', exact: true }).click();
  await page.waitForURL('**/service-mesh/overview');
  await page.getByRole('heading', { level: 1, name: 'Service Mesh overview' }).waitFor();
};

export const overviewSpecs: Spec[] = [
  {
    name: 'loads the plugin without page errors or failed requests',
    instances: ['samples', 'empty', 'upstream-crds'],
    run: waitForPluginLoaded,
  },
  {
    name: 'shows the Service Mesh nav section with an Overview link',
    instances: ['samples', 'upstream-crds'],
    run: async (page) => {
      await waitForPluginLoaded(page);
      const nav = page.getByRole('navigation', { name: 'Administrator navigation' });
      const section = nav.getByRole('button', { name: 'Service Mesh' });
      await section.waitFor();
      const links = nav.getByRole('link', { name: 'Overview', exact: true });
      await links.first().waitFor();
      assert.equal(await links.count(), 1, 'exactly one Overview link (the flags pick one API)');
      assert.equal(await links.getAttribute('href'), '/service-mesh/overview');
    },
  },
  {
    name: 'lists the seeded Istio "default" on the Overview',
    instances: ['samples', 'upstream-crds'],
    run: async (page) => {
      await openOverview(page);
      const list = page.getByRole('list', { name: 'Istio control planes' });
      await list.getByText('default', { exact: true }).waitFor();
      assert.equal(await page.title(), 'Service Mesh overview · OpenShift');
    },
  },
  {
    name: 'shows the empty state on the Overview when no Istio exists',
    instances: ['empty'],
    run: async (page) => {
      await openOverview(page);
      await page.getByRole('heading', { name: 'No Istio control planes found' }).waitFor();
    },
  },
];
