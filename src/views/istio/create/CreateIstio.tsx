import { DocumentTitle, useAccessReview, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { ActionGroup, Alert, Button, Form, PageSection, Title } from '@patternfly/react-core';
import type { FC, FormEvent } from 'react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useValuesSchema } from '../../../hooks/useValuesSchema';
import { useVersionCatalog } from '../../../hooks/useVersionCatalog';
import { useSailTranslation } from '../../../utils/useSailTranslation';
import { checkDraft } from './draft';
import { collectFieldErrors } from './fieldErrors';
import { formStateFromResource } from './formState';
import type { IstioApi } from './istioApis';
import { IstioForm } from './IstioForm';
import { namespaceToCreate } from './NamespaceField';
import type { FormProblem } from './problems';
import { SubmitErrorAlert } from './SubmitErrorAlert';
import { useCreateIstio } from './useCreateIstio';
import { useIstioDraft } from './useIstioDraft';
import { useNamespaceNames } from './useNamespaceNames';
import { useProblemText } from './useProblemText';
import { validateForm } from './validateForm';
import { preselectedVersion } from './versionOptions';
import { ViewSwitcher } from './ViewSwitcher';
import { YamlView } from './YamlView';

export type CreateIstioProps = { api: IstioApi; namespace?: string };

/** The create page for either Istio API: form or YAML over one draft, dry run, then create. */
export const CreateIstio: FC<CreateIstioProps> = ({ api, namespace }) => {
  const { t } = useSailTranslation();
  const navigate = useNavigate();
  const describe = useProblemText();
  const catalogState = useVersionCatalog(api.model);
  const schemaState = useValuesSchema(api.model);
  const isOpenShift = useFlag('OPENSHIFT') ?? false;
  const namespaces = useNamespaceNames();
  const { draft, editForm, editYaml, switchView } = useIstioDraft(
    api,
    namespace,
    preselectedVersion(catalogState.catalog),
  );
  const { inProgress, failure, create } = useCreateIstio(api);
  const [createNamespace, setCreateNamespace] = useState(true);
  const [submitProblems, setSubmitProblems] = useState<FormProblem[]>([]);

  const [canCreate, accessLoading] = useAccessReview({
    group: api.model.apiGroup,
    resource: api.model.plural,
    verb: 'create',
    namespace: api.model.namespaced ? draft.form.namespace || undefined : undefined,
  });

  const profileEnum = schemaState.schema?.spec?.properties?.profile?.enum;
  const profiles = {
    names: profileEnum?.filter((p): p is string => typeof p === 'string'),
    loaded: schemaState.loaded,
  };

  const liveProblems = draft.view === 'form' ? validateForm(draft.form) : [];
  const problems = [...liveProblems, ...draft.switchProblems, ...submitProblems];
  const fieldErrors = collectFieldErrors(problems, describe, failure?.error.fieldMessages);
  // In the YAML view no field is on screen; in the form, a refused switch needs saying too.
  const alertProblems = draft.view === 'yaml' ? problems : draft.switchProblems;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDraft(draft, api);
    setSubmitProblems(checked.problems);
    if (!checked.resource || checked.problems.length > 0) return;
    const target = formStateFromResource(checked.resource, api).namespace;
    void create(checked.resource, namespaceToCreate(target, namespaces, createNamespace));
  };

  const title = t('Create {{kind}}', { kind: api.model.label });
  return (
    <>
      <DocumentTitle>{title}</DocumentTitle>
      <PageSection>
        <Title headingLevel="h1">{title}</Title>
        {api.key === 'early' ? <p>{t('Uses the early operator.istio.io/v1alpha1 API.')}</p> : null}
      </PageSection>
      <PageSection>
        <Form onSubmit={onSubmit} isWidthLimited={draft.view === 'form'}>
          <ViewSwitcher
            view={draft.view}
            onSwitch={(view) => {
              setSubmitProblems([]);
              switchView(view);
            }}
          />
          {draft.view === 'form' ? (
            <IstioForm
              api={api}
              form={draft.form}
              onChange={editForm}
              errors={fieldErrors}
              serverDiagnostics={failure?.error.valuesDiagnostics ?? []}
              catalogState={catalogState}
              profiles={profiles}
              isOpenShift={isOpenShift}
              namespaces={namespaces}
              createNamespace={createNamespace}
              onCreateNamespaceChange={setCreateNamespace}
            />
          ) : (
            <YamlView value={draft.yamlText} onChange={editYaml} />
          )}
          {alertProblems.length > 0 ? (
            <Alert
              variant="danger"
              isInline
              title={
                draft.switchProblems.length > 0
                  ? t('Fix the problems below to switch views')
                  : t('Fix the problems below to create the Istio')
              }
            >
              <ul>
                {alertProblems.map((problem, index) => (
                  <li key={index}>{describe(problem)}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {!accessLoading && !canCreate ? (
            <Alert
              variant="warning"
              isInline
              title={t('You do not have permission to create {{kind}} resources.', {
                kind: api.model.label,
              })}
            />
          ) : null}
          {failure ? (
            <SubmitErrorAlert failure={failure} listFieldFindings={draft.view === 'yaml'} />
          ) : null}
          <ActionGroup>
            <Button
              type="submit"
              variant="primary"
              isDisabled={inProgress || accessLoading || !canCreate}
              isLoading={inProgress}
            >
              {t('Create')}
            </Button>
            <Button variant="link" onClick={() => navigate(-1)}>
              {t('Cancel')}
            </Button>
          </ActionGroup>
        </Form>
      </PageSection>
    </>
  );
};
