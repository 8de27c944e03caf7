import type { CodeEditorProps } from '@openshift-console/dynamic-plugin-sdk';
import { CodeEditor } from '@openshift-console/dynamic-plugin-sdk';
import type { FC } from 'react';
import { useSailTranslation } from '../../../utils/useSailTranslation';

// PatternFly's Language enum lives in a module that pulls in the editor; its value is the plain name.
const YAML = 'yaml' as CodeEditorProps['language'];

export type YamlViewProps = {
  value: string;
  onChange: (text: string) => void;
};

/** The whole Istio resource as YAML. */
export const YamlView: FC<YamlViewProps> = ({ value, onChange }) => {
  const { t } = useSailTranslation();
  return (
    <div aria-label={t('Istio YAML')} role="group">
      <CodeEditor
        value={value}
        language={YAML}
        onChange={(text) => onChange(text ?? '')}
        minHeight="480px"
        showShortcuts
      />
    </div>
  );
};
