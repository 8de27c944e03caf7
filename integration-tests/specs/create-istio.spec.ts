import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Spec } from '../framework';

const PLUGIN = 'sail-console-plugin';
const V1_NEW = '/k8s/cluster/sailoperator.io~v1~Istio/~new';
const EARLY_NEW = '/k8s/ns/istio-system/operator.istio.io~v1alpha1~Istio/~new';
const V1_ISTIOS = '/api/kubernetes/apis/sailoperator.io/v1/istios';
const EARLY_ISTIOS =
  '/api/kubernetes/apis/operator.istio.io/v1alpha1/namespaces/istio-system/istios';

/** Back to the seeded samples, so each flow starts from the same cluster. */
const resetCluster = async (page: Page) => {
  const response = await page.request.post('/__harness/reset', { data: { seed: 'samples' } });
  assert.ok(response.ok(), `reset failed: HTTP ${response.status()}`);
};

const openCreatePage = async (page: Page, url: string) => {
  await resetCluster(page);
  await page.goto('/');
  const status = page.locator(`[data-test="plugin-status-${PLUGIN}"]`);
  await status.filter({ hasText: /^(loaded|failed)/ }).waitFor({ timeout: 20_000 });
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Create Istio' }).waitFor();
  // The version drop-down appears once the version catalog has loaded.
  await page.getByRole('button', { name: /^Version/ }).waitFor({ timeout: 20_000 });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
};

const fillName = (page: Page, name: string) =>
  page.getByRole('textbox', { name: /^Name/ }).fill(name);

const clickCreate = (page: Page) =>
  page.getByRole('button', { name: 'Create', exact: true }).click();

/** Replaces the text of the `index`-th Monaco editor on the page in one input. */
const setEditorText = async (page: Page, index: number, text: string) => {
  await page.locator('.monaco-editor .view-lines').nth(index).waitFor({ timeout: 20_000 });
  await page.locator('.monaco-editor .view-lines').nth(index).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
};

const editorText = async (page: Page, index: number) =>
  (await page.locator('.monaco-editor .view-lines').nth(index).innerText()).replace(/\u00a0/g, ' ');

const getJson = async (page: Page, url: string) => {
  const response = await page.request.get(url);
  return { status: response.status(), body: response.ok() ? await response.json() : undefined };
};

const flows: {
  name: string;
  instances?: Spec['instances'];
  expectedHttpErrors?: RegExp[];
  run: (page: Page) => Promise<void>;
}[] = [
  {
    name: 'creates a v1 Istio with a chosen version and a new namespace, then opens it',
    run: async (page) => {
      await openCreatePage(page, V1_NEW);
      await fillName(page, 'mesh-e2e');
      await page.getByRole('combobox', { name: /^Control plane namespace/ }).fill('istio-e2e');
      await page.getByText('Namespace istio-e2e does not exist yet.').waitFor();
      assert.ok(
        await page.getByRole('checkbox', { name: 'Create namespace istio-e2e first' }).isChecked(),
      );
      await page.getByRole('button', { name: /^Version/ }).click();
      const releases = page.getByRole('listbox', { name: 'Releases' }).getByRole('option');
      assert.ok((await releases.count()) >= 2, 'at least two supported releases to choose from');
      const chosen = ((await releases.nth(1).innerText()).split(/\s/)[0] ?? '').trim();
      await releases.nth(1).click();
      assert.match(
        (await page.getByRole('button', { name: /^Version/ }).innerText()).trim(),
        new RegExp(`^${chosen}`),
      );
      await clickCreate(page);
      await page.waitForURL('**/k8s/cluster/sailoperator.io~v1~Istio/mesh-e2e');
      const istio = await getJson(page, `${V1_ISTIOS}/mesh-e2e`);
      assert.equal(istio.status, 200);
      assert.equal(istio.body.spec.version, chosen);
      assert.equal(istio.body.spec.namespace, 'istio-e2e');
      assert.equal(
        (await getJson(page, '/api/kubernetes/api/v1/namespaces/istio-e2e')).status,
        200,
      );
    },
  },
  {
    name: 'shows end-of-life versions disabled so they cannot be picked',
    instances: ['samples', 'upstream-crds'],
    run: async (page) => {
      await openCreatePage(page, V1_NEW);
      const toggle = page.getByRole('button', { name: /^Version/ });
      const before = (await toggle.innerText()).trim();
      await toggle.click();
      const eol = page.getByRole('listbox', { name: 'End of life' }).getByRole('option');
      assert.ok((await eol.count()) > 0, 'the CRD lists end-of-life versions');
      assert.ok(await eol.first().isDisabled(), 'end-of-life options are disabled');
      await eol.first().click({ force: true });
      assert.equal((await toggle.innerText()).trim(), before);
    },
  },
  {
    name: 'shows an unknown values key from the strict dry run inline and creates nothing',
    expectedHttpErrors: [/\/istios\?dryRun=All/, /\/istios\/typo-e2e$/],
    run: async (page) => {
      await openCreatePage(page, V1_NEW);
      await fillName(page, 'typo-e2e');
      await setEditorText(page, 0, 'pilot:\n  autoscaleMinn: 2\n');
      await clickCreate(page);
      await page.getByText('The server does not know some fields').waitFor();
      await page
        .getByRole('list', { name: 'Problems in the values' })
        .getByRole('listitem', { name: /^Error: pilot\.autoscaleMinn:/ })
        .waitFor();
      assert.equal((await getJson(page, `${V1_ISTIOS}/typo-e2e`)).status, 404);
    },
  },
  {
    name: 'shows AlreadyExists next to the name and keeps the draft',
    expectedHttpErrors: [/\/istios\?dryRun=All/],
    run: async (page) => {
      await openCreatePage(page, V1_NEW);
      await fillName(page, 'default');
      await page.getByRole('button', { name: /^Profile/ }).click();
      await page.getByRole('option', { name: /^demo/ }).click();
      await clickCreate(page);
      await page.getByText('An Istio with this name already exists').waitFor();
      const name = page.getByRole('textbox', { name: /^Name/ });
      await page
        .locator('#istio-name-helper')
        .getByText(/already exists/)
        .waitFor();
      assert.equal(await name.inputValue(), 'default');
      assert.match(await page.getByRole('button', { name: /^Profile/ }).innerText(), /demo/);
      assert.ok(page.url().endsWith(V1_NEW));
    },
  },
  {
    name: 'keeps an annotation through YAML → form → YAML and creates it',
    run: async (page) => {
      await openCreatePage(page, V1_NEW);
      await page.getByRole('radio', { name: 'YAML view' }).check();
      // One line in flow style: Monaco re-indents typed block YAML line by line.
      const yaml =
        '{apiVersion: sailoperator.io/v1, kind: Istio, metadata: {name: annotated-e2e, ' +
        'annotations: {example.com/owner: platform-team}}, spec: {namespace: istio-system}}';
      await setEditorText(page, 0, yaml);
      await page.getByRole('radio', { name: 'Form view' }).check();
      assert.equal(
        await page.getByRole('textbox', { name: /^Name/ }).inputValue(),
        'annotated-e2e',
      );
      await page.getByRole('radio', { name: 'YAML view' }).check();
      await page.locator('.monaco-editor .view-lines').first().waitFor();
      assert.match(await editorText(page, 0), /example\.com\/owner: platform-team/);
      await clickCreate(page);
      await page.waitForURL('**/k8s/cluster/sailoperator.io~v1~Istio/annotated-e2e');
      const istio = await getJson(page, `${V1_ISTIOS}/annotated-e2e`);
      assert.equal(istio.body.metadata.annotations['example.com/owner'], 'platform-team');
    },
  },
  {
    name: 'creates an early-API Istio with rawValues in its namespace',
    run: async (page) => {
      await openCreatePage(page, EARLY_NEW);
      await fillName(page, 'early-e2e');
      await page.getByText('Raw values are not validated').waitFor();
      await setEditorText(page, 1, 'custom:\n  anything: 1\n');
      await clickCreate(page);
      await page.waitForURL('**/k8s/ns/istio-system/operator.istio.io~v1alpha1~Istio/early-e2e');
      const istio = await getJson(page, `${EARLY_ISTIOS}/early-e2e`);
      assert.equal(istio.status, 200);
      assert.deepEqual(istio.body.spec.rawValues, { custom: { anything: 1 } });
    },
  },
];

export const createIstioSpecs: Spec[] = flows.map((flow) => ({
  name: `create Istio: ${flow.name}`,
  instances: flow.instances ?? ['samples'],
  expectedHttpErrors: flow.expectedHttpErrors,
  run: flow.run,
}));
