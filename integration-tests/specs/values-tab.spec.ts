import assert from 'node:assert/strict';
import type { Spec } from '../framework';

export const valuesTabSpecs: Spec[] = [
  {
    name: 'values tab: shows the seeded Istio values read-only and links to Edit values',
    instances: ['samples'],
    run: async (page) => {
      await page.goto('/k8s/cluster/sailoperator.io~v1~Istio/default');
      await page.getByRole('tab', { name: 'Values' }).click();
      await page.waitForURL('**/sailoperator.io~v1~Istio/default/values');
      const editor = page.locator('.monaco-editor').first();
      await editor.waitFor();
      await editor.getByText('accessLogFile').first().waitFor();
      // Read-only: typing changes nothing.
      await editor.click();
      await page.keyboard.type('zzz');
      assert.equal(await editor.getByText('zzz').count(), 0, 'the stored values are read-only');
      await page.getByRole('link', { name: 'Edit values' }).click();
      await page.waitForURL('**/service-mesh/istio/default/values');
      await page.getByRole('heading', { level: 1, name: 'Edit values of default' }).waitFor();
    },
  },
];
