import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Spec } from '../framework';

const EDIT_VALUES = '/service-mesh/istio/default/values';

/** Opens the Edit values page of the seeded Istio "default" with real Monaco mounted. */
const openEditValues = async (page: Page) => {
  // Straight to the page: the shell loads the plugin first, and no earlier page is left loading.
  await page.goto(EDIT_VALUES);
  await page
    .getByRole('heading', { level: 1, name: 'Edit values of default' })
    .waitFor({ timeout: 20_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 20_000 });
  await page.getByRole('tab', { name: /^Hints/ }).waitFor();
  // Fonts still loading when a short spec ends would show up as aborted requests.
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
};

/** Replaces the document with `text`, written as one input (no auto-indent on the way). */
const setDocument = async (page: Page, text: string) => {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
};

const hintsList = (page: Page) => page.getByRole('list', { name: 'Problems in the values' });

/** The rendered line `line` (1-based) of the editor, while the document is scrolled to the top. */
const overlayOfLine = (page: Page, line: number) =>
  page.locator('.monaco-editor .view-overlays > div').nth(line - 1);

const useWarnMode = async (page: Page) => {
  const strict = page.getByRole('switch', { name: /Strict: unknown keys are errors/ });
  if (await strict.isChecked()) await strict.click();
};

const flows: { name: string; run: (page: Page) => Promise<void> }[] = [
  {
    name: 'marks a misspelled key with a warning and suggests the right one',
    run: async (page) => {
      await openEditValues(page);
      await useWarnMode(page);
      await setDocument(page, 'pilot:\n  autoscaleEnabeld: true\n');
      const item = hintsList(page).getByRole('listitem', {
        name: /^Warning: pilot\.autoscaleEnabeld:/,
      });
      await item.waitFor();
      await item.getByText('Did you mean "autoscaleEnabled"?').waitFor();
      await overlayOfLine(page, 2).locator('.squiggly-warning').waitFor();
      await item.getByRole('button', { name: 'Use "autoscaleEnabled"' }).click();
      await page.getByText('No problems found').waitFor();
      const text = await page.locator('.monaco-editor .view-lines').first().innerText();
      assert.match(text.replace(/\u00a0/g, ' '), /autoscaleEnabled: true/);
    },
  },
  {
    name: 'offers autoscaleEnabled in the completion list under pilot',
    run: async (page) => {
      await openEditValues(page);
      await setDocument(page, 'pilot:\n  auto');
      await page.keyboard.press('Control+Space');
      const row = page.locator('.suggest-widget .monaco-list-row', { hasText: 'autoscaleEnabled' });
      await row.first().waitFor();
    },
  },
  {
    name: 'describes a known key on hover',
    run: async (page) => {
      await openEditValues(page);
      await setDocument(page, 'pilot:\n  autoscaleEnabled: true\n');
      await page.keyboard.press('Escape');
      const key = page
        .locator('.monaco-editor .view-line span', { hasText: 'autoscaleEnabled' })
        .first();
      await key.hover();
      const hover = page.locator('.monaco-hover:not(.hidden)');
      await hover.getByText('pilot.autoscaleEnabled').first().waitFor();
      // The sample CRD and the upstream one word the description differently.
      await hover
        .getByText(/HorizontalPodAutoscaler/)
        .first()
        .waitFor();
    },
  },
  {
    name: 'reports a value outside an enum as an error',
    run: async (page) => {
      await openEditValues(page);
      await setDocument(page, 'meshConfig:\n  accessLogEncoding: XML\n');
      await hintsList(page)
        .getByRole('listitem', {
          name: /^Error: meshConfig\.accessLogEncoding: Unsupported value "XML"/,
        })
        .waitFor();
      await overlayOfLine(page, 2).locator('.squiggly-error').waitFor();
    },
  },
  {
    name: "runs the CRD's CEL rule on the spec under the page's CSP",
    run: async (page) => {
      await openEditValues(page);
      await setDocument(page, 'global:\n  istioNamespace: elsewhere\n');
      await hintsList(page)
        .getByRole('listitem', { name: /^Error: .*must match spec\.namespace/ })
        .waitFor();
      // The seeded Istio "default" runs in istio-system: the same rule now passes.
      await setDocument(page, 'global:\n  istioNamespace: istio-system\n');
      await page.getByText('No problems found').waitFor();
    },
  },
  {
    name: 'finds meshConfig.accessLogFile in the Explain panel',
    run: async (page) => {
      await openEditValues(page);
      await page.getByRole('tab', { name: 'Explain' }).click();
      await page.getByRole('textbox', { name: 'Search the values schema' }).fill('accessLogFile');
      const matches = page.getByRole('tree', { name: 'Matching fields' });
      await matches.getByText('meshConfig.accessLogFile', { exact: true }).click();
      await page
        .getByText(/File address for the proxy access log/)
        .first()
        .waitFor();
    },
  },
];

export const valuesEditorSpecs: Spec[] = flows.map((flow) => ({
  name: `values editor: ${flow.name}`,
  instances: ['samples', 'upstream-crds'],
  run: flow.run,
}));
