import { Content, Flex, Label, Spinner, Switch, Title } from '@patternfly/react-core';
import { useId, type FC } from 'react';
import type { Diagnostic, UnknownKeyMode } from '../../domain/schema/types';
import { useSailTranslation } from '../../utils/useSailTranslation';
import { HintItem } from './HintItem';
import { countHints } from './hintOrder';
import type { ShownDiagnostic } from './useModelMarkers';
import type { SchemaAvailability } from './useSchemaAvailability';

type HintsPanelProps = {
  availability: SchemaAvailability['state'];
  /** Already ordered. */
  hints: ShownDiagnostic[];
  unknownKeys: UnknownKeyMode;
  onUnknownKeysChange: (mode: UnknownKeyMode) => void;
  onReveal: (diagnostic: Diagnostic) => void;
  onApply?: (diagnostic: Diagnostic) => void;
};

/** The problems found in the values, with counts, the strictness switch and empty/unavailable states. */
export const HintsPanel: FC<HintsPanelProps> = ({
  availability,
  hints,
  unknownKeys,
  onUnknownKeysChange,
  onReveal,
  onApply,
}) => {
  const { t } = useSailTranslation();
  const headingId = useId();
  const switchId = useId();
  const counts = countHints(hints.map((h) => h.diagnostic));

  const body = () => {
    if (availability === 'loading' && hints.length === 0) {
      return <Spinner size="md" aria-label={t('Loading the values schema')} />;
    }
    if (availability === 'unavailable' && hints.length === 0) {
      return <Content component="p">{t('Hints are unavailable without the schema.')}</Content>;
    }
    if (hints.length === 0) {
      return <Content component="p">{t('No problems found')}</Content>;
    }
    return (
      <ul className="sail-values-hints__list" aria-label={t('Problems in the values')}>
        {hints.map(({ diagnostic, text }) => (
          <HintItem
            key={`${diagnostic.severity}:${diagnostic.path}:${diagnostic.code}:${diagnostic.range.start.line}:${diagnostic.range.start.column}`}
            diagnostic={diagnostic}
            text={text}
            onReveal={onReveal}
            onApply={onApply}
          />
        ))}
      </ul>
    );
  };

  return (
    <section className="sail-values-hints" aria-labelledby={headingId}>
      <Flex
        justifyContent={{ default: 'justifyContentSpaceBetween' }}
        alignItems={{ default: 'alignItemsCenter' }}
      >
        <Title headingLevel="h3" size="md" id={headingId}>
          {t('Hints')}
        </Title>
        <Flex gap={{ default: 'gapSm' }} aria-label={t('Problem counts')} role="group">
          <Label color="red" isCompact>
            {t('Errors: {{n}}', { n: counts.error })}
          </Label>
          <Label color="orange" isCompact>
            {t('Warnings: {{n}}', { n: counts.warning })}
          </Label>
          <Label color="blue" isCompact>
            {t('Notes: {{n}}', { n: counts.info })}
          </Label>
        </Flex>
      </Flex>
      <Switch
        id={switchId}
        className="sail-values-hints__switch"
        label={t('Strict: unknown keys are errors, as with strict field validation')}
        isChecked={unknownKeys === 'strict'}
        onChange={(_event, checked) => onUnknownKeysChange(checked ? 'strict' : 'warn')}
        isReversed
      />
      {body()}
    </section>
  );
};
