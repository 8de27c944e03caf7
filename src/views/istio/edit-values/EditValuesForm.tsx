import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import {
  ActionGroup,
  Alert,
  Button,
  Form,
  FormGroup,
  ToggleGroup,
  ToggleGroupItem,
} from '@patternfly/react-core';
import { useState, type FC } from 'react';
import { useNavigate } from 'react-router';
import { ValuesEditor } from '../../../components/values-editor';
import { useSailTranslation } from '../../../utils/useSailTranslation';
import type { EditableIstio } from './hooks/useIstioResource';
import { useSaveValues, type ValuesDrafts, type ValuesField } from './hooks/useSaveValues';
import { detailsPath } from '../routes';
import { SaveOutcomeAlert } from './SaveOutcomeAlert';
import { valuesToText } from './valuesText';

type EditValuesFormProps = {
  model: K8sModel;
  /** The resource as the watch sees it now. */
  latest: EditableIstio;
  readOnly: boolean;
};

const fieldsOf = (model: K8sModel): ValuesField[] =>
  model.namespaced ? ['values', 'rawValues'] : ['values'];

const draftsOf = (resource: EditableIstio, fields: ValuesField[]): ValuesDrafts =>
  Object.fromEntries(
    fields.map((f) => [
      f,
      valuesToText((resource.spec as Record<string, unknown> | undefined)?.[f]),
    ]),
  );

/** Edits spec.values (and rawValues on the early API) of one Istio; Save dry-runs first. */
export const EditValuesForm: FC<EditValuesFormProps> = ({ model, latest, readOnly }) => {
  const { t } = useSailTranslation();
  const navigate = useNavigate();
  const fields = fieldsOf(model);
  // The version the draft started from; a save against an older one is a conflict.
  const [base, setBase] = useState(latest);
  const [drafts, setDrafts] = useState(() => draftsOf(latest, fields));
  const [field, setField] = useState<ValuesField>('values');
  const { outcome, save, dismiss } = useSaveValues(model);
  const { name = '', namespace } = latest.metadata ?? {};
  const back = detailsPath(model, name, namespace);
  const editorId = `sail-edit-values-${field}`;

  const onSave = async () => {
    const result = await save(base, drafts);
    if (result.status === 'saved') navigate(back);
  };
  const external = outcome.status === 'invalid' ? outcome.diagnostics[field] : undefined;

  return (
    <Form onSubmit={(e) => e.preventDefault()} isWidthLimited={false}>
      {readOnly && (
        <Alert variant="info" isInline title={t('You cannot change these values')}>
          {t('You do not have permission to update this Istio, so its values are shown read-only.')}
        </Alert>
      )}
      {fields.length > 1 && (
        <ToggleGroup aria-label={t('Values field')}>
          <ToggleGroupItem
            text={t('values (validated)')}
            buttonId="sail-edit-values-values"
            isSelected={field === 'values'}
            onChange={() => setField('values')}
          />
          <ToggleGroupItem
            text={t('rawValues (not validated)')}
            buttonId="sail-edit-values-rawValues"
            isSelected={field === 'rawValues'}
            onChange={() => setField('rawValues')}
          />
        </ToggleGroup>
      )}
      <FormGroup label={field === 'values' ? t('Values') : t('Raw values')} fieldId={editorId}>
        <ValuesEditor
          key={field}
          id={editorId}
          model={model}
          field={field}
          value={drafts[field] ?? ''}
          onChange={(text) => setDrafts((d) => ({ ...d, [field]: text }))}
          specContext={{
            namespace: (latest.spec as { namespace?: string } | undefined)?.namespace,
            version: latest.spec?.version,
            profile: latest.spec?.profile,
          }}
          readOnly={readOnly}
          externalDiagnostics={external}
          defaultUnknownKeys="strict"
          height="480px"
        />
      </FormGroup>
      <SaveOutcomeAlert
        outcome={outcome}
        onReloadKeepingDraft={() => {
          setBase(latest);
          dismiss();
        }}
        onDiscardDraft={() => {
          setBase(latest);
          setDrafts(draftsOf(latest, fields));
          dismiss();
        }}
      />
      <ActionGroup>
        <Button
          variant="primary"
          onClick={onSave}
          isDisabled={readOnly || outcome.status === 'saving'}
          isLoading={outcome.status === 'saving'}
        >
          {t('Save')}
        </Button>
        <Button variant="link" onClick={() => navigate(back)}>
          {t('Cancel')}
        </Button>
      </ActionGroup>
    </Form>
  );
};
