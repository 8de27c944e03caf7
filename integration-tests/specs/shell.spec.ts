import assert from 'node:assert/strict';
import type { Spec } from '../framework';

export const shellSpecs: Spec[] = [
  {
    name: 'the page CSP refuses eval, as a console enforcing its CSP does',
    instances: ['samples'],
    expectedConsoleErrors: [/unsafe-eval|Content Security Policy/],
    run: async (page) => {
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: 'Dynamic plugins' }).waitFor();
      // Code evaluated through DevTools is exempt from CSP; a timer's string is compiled by the page.
      const violation = page.waitForEvent('console', (m) => /unsafe-eval/.test(m.text()));
      await page.evaluate(() => {
        window.setTimeout('document.documentElement.dataset.evaluated = "yes"', 0);
      });
      await violation;
      assert.equal(
        await page.evaluate(() => document.documentElement.dataset.evaluated),
        undefined,
      );
    },
  },
  {
    name: 'generic resource pages list namespaces and show one as YAML in monaco',
    instances: ['samples'],
    run: async (page) => {
      await page.goto('/k8s/cluster/core~v1~Namespace');
      await page.getByRole('heading', { level: 1, name: 'Namespaces' }).waitFor();
      await page.getByRole('link', { name: 'bookinfo', exact: true }).click();
      await page.waitForURL('**/k8s/cluster/core~v1~Namespace/bookinfo');
      const lines = page.locator('.monaco-editor .view-lines');
      await lines.filter({ hasText: 'istio-injection' }).waitFor({ timeout: 20_000 });
      assert.match((await lines.textContent()) ?? '', /kind:\s*Namespace/);
    },
  },
  {
    name: 'the theme toggle switches PatternFly to its dark theme',
    instances: ['samples'],
    run: async (page) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Dark' }).click();
      await page.waitForFunction(() =>
        document.documentElement.classList.contains('pf-v6-theme-dark'),
      );
      await page.getByRole('button', { name: 'Light' }).click();
      await page.waitForFunction(
        () => !document.documentElement.classList.contains('pf-v6-theme-dark'),
      );
    },
  },
];
