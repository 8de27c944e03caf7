import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceKind } from '@openshift-console/dynamic-plugin-sdk';
import {
  ActionGroup,
  Alert,
  Button,
  PageSection,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { useEffect, useState } from 'react';
import { parse, stringify } from 'yaml';
import { k8sCreate, k8sUpdate } from '../k8s/resources';
import { getGroupVersionKindForResource, resolveModel } from '../k8s/models';
import { CodeEditor } from './CodeEditor';

const toYAML = (resource: K8sResourceKind): string => stringify(resource, { lineWidth: 0 });

const saveResource = async (content: string, create: boolean): Promise<K8sResourceKind> => {
  const data = parse(content) as K8sResourceKind;
  if (!data || typeof data !== 'object' || !data.apiVersion || !data.kind) {
    throw new Error('The YAML must be an object with apiVersion and kind');
  }
  const model = await resolveModel(getGroupVersionKindForResource(data));
  if (!model) throw new Error(`The cluster does not serve ${data.kind} in ${data.apiVersion}`);
  return create ? k8sCreate({ model, data }) : k8sUpdate({ model, data });
};

/** YAML of a resource in the code editor, with Save (k8sUpdate, or k8sCreate when creating). */
export const ResourceYAMLEditor: typeof SDK.ResourceYAMLEditor = ({
  initialResource,
  header,
  onSave,
  readOnly,
  create = false,
  onChange,
  hideHeader,
}) => {
  const [content, setContent] = useState(() => toYAML(initialResource));
  const [message, setMessage] = useState<{ variant: 'success' | 'danger'; text: string }>();
  const [saving, setSaving] = useState(false);
  const resourceVersion = initialResource.metadata?.resourceVersion;

  useEffect(() => setContent(toYAML(initialResource)), [resourceVersion]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = async () => {
    if (onSave) {
      onSave(content);
      return;
    }
    setSaving(true);
    setMessage(undefined);
    try {
      const saved = await saveResource(content, create);
      setContent(toYAML(saved));
      setMessage({
        variant: 'success',
        text: `${saved.metadata?.name} has been ${create ? 'created' : 'updated'} to version ${saved.metadata?.resourceVersion}`,
      });
    } catch (error) {
      setMessage({ variant: 'danger', text: (error as Error).message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageSection>
      <Stack hasGutter>
        {!hideHeader && (
          <StackItem>
            <Title headingLevel="h2">{header ?? (create ? 'Create resource' : 'YAML')}</Title>
          </StackItem>
        )}
        <StackItem isFilled>
          <CodeEditor
            value={content}
            language={'yaml' as SDK.CodeEditorProps['language']}
            isReadOnly={readOnly}
            showShortcuts
            onSave={save}
            onChange={(value: string) => {
              setContent(value);
              onChange?.(value);
            }}
          />
        </StackItem>
        {message && (
          <StackItem>
            <Alert
              isInline
              variant={message.variant}
              title={message.variant === 'danger' ? 'Error' : 'Saved'}
            >
              {message.text}
            </Alert>
          </StackItem>
        )}
        {!readOnly && (
          <StackItem>
            <ActionGroup>
              <Button variant="primary" onClick={save} isLoading={saving} isDisabled={saving}>
                {create ? 'Create' : 'Save'}
              </Button>
              <Button variant="secondary" onClick={() => setContent(toYAML(initialResource))}>
                Reload
              </Button>
            </ActionGroup>
          </StackItem>
        )}
      </Stack>
    </PageSection>
  );
};
