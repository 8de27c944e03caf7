import { Alert, AlertActionLink, List, ListItem } from '@patternfly/react-core';
import type { FC } from 'react';
import { useSailTranslation } from '../../../utils/useSailTranslation';
import type { SaveOutcome } from './hooks/useSaveValues';

type SaveOutcomeAlertProps = {
  outcome: SaveOutcome;
  /** Conflict: take the latest resource as the base and keep the draft. */
  onReloadKeepingDraft: () => void;
  /** Conflict: take the latest resource and its values, dropping the draft. */
  onDiscardDraft: () => void;
};

/** What happened to the last save, when it did not go through. */
export const SaveOutcomeAlert: FC<SaveOutcomeAlertProps> = ({
  outcome,
  onReloadKeepingDraft,
  onDiscardDraft,
}) => {
  const { t } = useSailTranslation();
  switch (outcome.status) {
    case 'unparsable':
      return (
        <Alert variant="danger" isInline title={t('The values are not a valid YAML mapping')}>
          {outcome.error === 'not-a-mapping'
            ? t('{{field}} must be a mapping of keys to values.', { field: outcome.field })
            : t('{{field}}: {{error}}', { field: outcome.field, error: outcome.error })}
        </Alert>
      );
    case 'conflict':
      return (
        <Alert
          variant="warning"
          isInline
          title={t('This Istio changed since you opened it')}
          actionLinks={
            <>
              <AlertActionLink onClick={onReloadKeepingDraft}>
                {t('Reload the latest version and keep my changes')}
              </AlertActionLink>
              <AlertActionLink onClick={onDiscardDraft}>{t('Discard my changes')}</AlertActionLink>
            </>
          }
        >
          {t(
            'Your changes were not saved, and they are still in the editor. Reload the latest version to save them on top of it.',
          )}
        </Alert>
      );
    case 'invalid':
      return (
        <Alert variant="danger" isInline title={t('The API server refused these values')}>
          {t('Nothing was saved. The refused fields are marked in the editor.')}
          {outcome.other.length > 0 && (
            <List>
              {outcome.other.map((message) => (
                <ListItem key={message}>{message}</ListItem>
              ))}
            </List>
          )}
        </Alert>
      );
    case 'failed':
      return (
        <Alert variant="danger" isInline title={t('The values could not be saved')}>
          {outcome.message}
        </Alert>
      );
    default:
      return null;
  }
};
