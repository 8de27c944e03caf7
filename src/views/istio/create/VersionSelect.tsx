import {
  Alert,
  Divider,
  SelectGroup,
  SelectList,
  SelectOption,
  Skeleton,
  TextInput,
} from '@patternfly/react-core';
import type { FC } from 'react';
import { Fragment, useMemo } from 'react';
import { resolveVersion } from '../../../domain/versions';
import type { VersionCatalogState } from '../../../hooks/useVersionCatalog';
import { useSailTranslation } from '../../../utils/useSailTranslation';
import { FieldHelper, validatedFor } from './FieldHelper';
import { FieldSelect } from './FieldSelect';
import { VersionBadges, useVersionDescription } from './VersionOptionContent';
import type { VersionGroupId } from './versionOptions';
import { catalogUnusable, groupVersionOptions, isSelectable } from './versionOptions';

export type VersionSelectProps = {
  id: string;
  /** Id of the element naming the field (the form label). */
  labelId: string;
  value: string;
  onChange: (version: string) => void;
  catalogState: VersionCatalogState;
  errors?: string[];
};

/** The version drop-down over the cluster's version catalog; free text when there is none. */
export const VersionSelect: FC<VersionSelectProps> = ({
  id,
  labelId,
  value,
  onChange,
  catalogState,
  errors,
}) => {
  const { t } = useSailTranslation();
  const describe = useVersionDescription();
  const { catalog, loaded, error } = catalogState;
  const groups = useMemo(() => (catalog ? groupVersionOptions(catalog) : []), [catalog]);
  const helperId = `${id}-helper`;

  const groupTitles: Record<VersionGroupId, string> = {
    releases: t('Releases'),
    aliases: t('Aliases (follow the newest patch)'),
    'pre-releases': t('Pre-releases'),
    'end-of-life': t('End of life'),
  };

  if (!loaded) return <Skeleton height="36px" screenreaderText={t('Loading versions')} />;

  if (error || catalogUnusable(catalog)) {
    return (
      <>
        <Alert
          isInline
          isPlain
          variant="info"
          title={t(
            'The list of versions could not be read from the cluster; type the version name.',
          )}
        />
        <TextInput
          id={id}
          value={value}
          onChange={(_event, text) => onChange(text)}
          validated={validatedFor(errors)}
          aria-describedby={helperId}
        />
        <FieldHelper id={helperId} errors={errors} />
      </>
    );
  }

  const selected = catalog?.byName.get(value);
  const resolved = catalog && value ? resolveVersion(catalog, value) : undefined;
  const warnings: string[] = [];
  if (value && !selected)
    warnings.push(t('The installed operator does not accept {{version}}.', { version: value }));
  if (selected?.support === 'end-of-life')
    warnings.push(t('{{version}} is end of life: choose a supported version.', { version: value }));
  if (resolved?.kind === 'pre-release' || selected?.kind === 'pre-release')
    warnings.push(t('Pre-release versions are not supported for production use.'));
  if (selected?.support === 'unknown')
    warnings.push(
      t(
        'The cluster does not say which versions are supported, so support for {{version}} is unknown.',
        {
          version: value,
        },
      ),
    );
  const hint =
    selected?.kind === 'alias' && selected.aliasOf
      ? t(
          '{{alias}} installs {{version}} now and moves to newer patch releases as the operator is updated.',
          {
            alias: value,
            version: selected.aliasOf,
          },
        )
      : undefined;

  return (
    <>
      <FieldSelect
        id={id}
        labelId={labelId}
        helperId={helperId}
        value={value}
        placeholder={t('Select a version')}
        onChange={onChange}
        hasError={Boolean(errors && errors.length > 0)}
        maxMenuHeight="360px"
      >
        {groups.map((group, index) => (
          <Fragment key={group.id}>
            {index > 0 ? <Divider /> : null}
            <SelectGroup label={groupTitles[group.id]}>
              <SelectList aria-label={groupTitles[group.id]}>
                {group.entries.map((entry) => (
                  <SelectOption
                    key={entry.name}
                    value={entry.name}
                    isDisabled={!isSelectable(entry)}
                    description={describe(entry)}
                  >
                    {entry.name} <VersionBadges entry={entry} />
                  </SelectOption>
                ))}
              </SelectList>
            </SelectGroup>
          </Fragment>
        ))}
      </FieldSelect>
      <FieldHelper id={helperId} hint={hint} warnings={warnings} errors={errors} />
    </>
  );
};
