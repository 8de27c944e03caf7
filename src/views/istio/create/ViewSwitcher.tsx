import { FormGroup, Radio } from '@patternfly/react-core';
import type { FC } from 'react';
import { useSailTranslation } from '../../../utils/useSailTranslation';
import type { EditorView } from './viewPreference';

export type ViewSwitcherProps = {
  view: EditorView;
  onSwitch: (view: EditorView) => void;
};

/** "Configure via: Form view / YAML view", as the console's own create pages offer it. */
export const ViewSwitcher: FC<ViewSwitcherProps> = ({ view, onSwitch }) => {
  const { t } = useSailTranslation();
  return (
    <FormGroup role="radiogroup" isInline fieldId="istio-editor-view" label={t('Configure via')}>
      <Radio
        id="istio-editor-view-form"
        name="istio-editor-view"
        label={t('Form view')}
        isChecked={view === 'form'}
        onChange={() => onSwitch('form')}
      />
      <Radio
        id="istio-editor-view-yaml"
        name="istio-editor-view"
        label={t('YAML view')}
        isChecked={view === 'yaml'}
        onChange={() => onSwitch('yaml')}
      />
    </FormGroup>
  );
};
