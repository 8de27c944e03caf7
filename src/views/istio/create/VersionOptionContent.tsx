import { Label, LabelGroup } from '@patternfly/react-core';
import { ExclamationTriangleIcon } from '@patternfly/react-icons';
import type { FC } from 'react';
import type { VersionEntry } from '../../../domain/versions';
import { useSailTranslation } from '../../../utils/useSailTranslation';

/** The badges after a version name: default, pre-release, end-of-life, unknown support. */
export const VersionBadges: FC<{ entry: VersionEntry }> = ({ entry }) => {
  const { t } = useSailTranslation();
  return (
    <LabelGroup numLabels={3}>
      {entry.isDefault ? (
        <Label isCompact color="blue">
          {t('CRD default')}
        </Label>
      ) : null}
      {entry.kind === 'pre-release' ? (
        <Label isCompact color="orange" icon={<ExclamationTriangleIcon />}>
          {t('Pre-release')}
        </Label>
      ) : null}
      {entry.support === 'end-of-life' ? (
        <Label isCompact color="grey">
          {t('End of life')}
        </Label>
      ) : null}
    </LabelGroup>
  );
};

/** The line under an option: what an alias resolves to, why a name is disabled, support. */
export const useVersionDescription = () => {
  const { t } = useSailTranslation();
  return (entry: VersionEntry): string | undefined => {
    if (entry.support === 'end-of-life')
      return t('No longer supported by the installed operator; it cannot be chosen.');
    const parts: string[] = [];
    if (entry.kind === 'alias') {
      parts.push(
        entry.aliasOf
          ? t('Resolves to {{version}}; follows new patch releases.', { version: entry.aliasOf })
          : t('A moving name; the CRD does not say which release it installs.'),
      );
    }
    if (entry.kind === 'pre-release') parts.push(t('Not for production use.'));
    if (entry.support === 'unknown') parts.push(t('Support status unknown.'));
    return parts.length > 0 ? parts.join(' ') : undefined;
  };
};
