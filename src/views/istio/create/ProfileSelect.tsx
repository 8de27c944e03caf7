import { SelectList, SelectOption, Skeleton, TextInput } from '@patternfly/react-core';
import type { FC } from 'react';
import { useSailTranslation } from '../../../utils/useSailTranslation';
import { FieldHelper, validatedFor } from './FieldHelper';
import { FieldSelect } from './FieldSelect';
import { useProfileDescriptions } from './useProfileDescriptions';

export type ProfileSelectProps = {
  id: string;
  labelId: string;
  value: string;
  onChange: (profile: string) => void;
  /** The CRD's profile enum; undefined when the schema could not be read. */
  profiles?: string[];
  loaded: boolean;
  isOpenShift: boolean;
  errors?: string[];
};

const NO_PROFILE = '';

/** The profile drop-down from the CRD's enum, each profile explained in a line. */
export const ProfileSelect: FC<ProfileSelectProps> = ({
  id,
  labelId,
  value,
  onChange,
  profiles,
  loaded,
  isOpenShift,
  errors,
}) => {
  const { t } = useSailTranslation();
  const descriptions = useProfileDescriptions();
  const helperId = `${id}-helper`;

  if (!loaded) return <Skeleton height="36px" screenreaderText={t('Loading profiles')} />;

  const warnings: string[] = [];
  if (isOpenShift && value === 'ambient') {
    warnings.push(
      t(
        'On OpenShift, the ambient profile replaces the openshift profile, so the settings OpenShift needs are not applied. Use openshift-ambient instead.',
      ),
    );
  }
  if (value && profiles && !profiles.includes(value)) {
    warnings.push(
      t('The installed operator does not know the profile {{profile}}.', { profile: value }),
    );
  }
  const hint = isOpenShift
    ? t(
        'The default and openshift profiles are always applied first; the chosen profile goes on top.',
      )
    : t('The default profile is always applied first; the chosen profile goes on top.');

  if (!profiles) {
    return (
      <>
        <TextInput
          id={id}
          value={value}
          onChange={(_event, text) => onChange(text)}
          validated={validatedFor(errors)}
          aria-describedby={helperId}
        />
        <FieldHelper id={helperId} hint={hint} warnings={warnings} errors={errors} />
      </>
    );
  }

  return (
    <>
      <FieldSelect
        id={id}
        labelId={labelId}
        helperId={helperId}
        value={value}
        placeholder={t('None')}
        onChange={onChange}
        hasError={Boolean(errors && errors.length > 0)}
      >
        <SelectList>
          <SelectOption value={NO_PROFILE} description={t('Only the profiles that always apply.')}>
            {t('None')}
          </SelectOption>
          {profiles.map((profile) => (
            <SelectOption key={profile} value={profile} description={descriptions[profile]}>
              {profile}
              {isOpenShift && profile === 'openshift-ambient'
                ? ` (${t('recommended for ambient on OpenShift')})`
                : ''}
            </SelectOption>
          ))}
        </SelectList>
      </FieldSelect>
      <FieldHelper id={helperId} hint={hint} warnings={warnings} errors={errors} />
    </>
  );
};
