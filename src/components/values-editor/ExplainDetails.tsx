import {
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
} from '@patternfly/react-core';
import type { FC } from 'react';
import { yamlScalarText } from '../../domain/schema/describeSchema';
import type { ExplainNode } from '../../domain/schema/explainSchema';
import { useSailTranslation } from '../../utils/useSailTranslation';

type ExplainDetailsProps = {
  node: ExplainNode;
  onInsert?: (node: ExplainNode) => void;
  /** Why the last insertion did not happen, if it did not. */
  notice?: string;
};

/** What one schema field is: path, type, description, allowed values; and a way to add it. */
export const ExplainDetails: FC<ExplainDetailsProps> = ({ node, onInsert, notice }) => {
  const { t } = useSailTranslation();
  return (
    <div className="sail-values-explain__details" aria-live="polite">
      <DescriptionList isCompact>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Path')}</DescriptionListTerm>
          <DescriptionListDescription>
            <code>{node.path}</code>{' '}
            {node.deprecated && (
              <Label color="orange" isCompact>
                {t('Deprecated')}
              </Label>
            )}
          </DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Type')}</DescriptionListTerm>
          <DescriptionListDescription>{node.type}</DescriptionListDescription>
        </DescriptionListGroup>
        {node.enum && (
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Allowed values')}</DescriptionListTerm>
            <DescriptionListDescription>
              {node.enum.map((v) => yamlScalarText(v)).join(', ')}
            </DescriptionListDescription>
          </DescriptionListGroup>
        )}
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Description')}</DescriptionListTerm>
          <DescriptionListDescription className="sail-values-explain__description">
            {node.description || t('No description.')}
          </DescriptionListDescription>
        </DescriptionListGroup>
      </DescriptionList>
      {onInsert && (
        <Button variant="secondary" size="sm" onClick={() => onInsert(node)}>
          {t('Add to the values')}
        </Button>
      )}
      {notice && <p className="sail-values-explain__notice">{notice}</p>}
    </div>
  );
};
