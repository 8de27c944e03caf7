import { Button, Icon } from '@patternfly/react-core';
import {
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  InfoCircleIcon,
} from '@patternfly/react-icons';
import type { FC } from 'react';
import type { Diagnostic } from '../../domain/schema/types';
import { useSailTranslation } from '../../utils/useSailTranslation';

type HintItemProps = {
  diagnostic: Diagnostic;
  text: string;
  onReveal: (diagnostic: Diagnostic) => void;
  /** Absent when the document cannot be changed (read-only). */
  onApply?: (diagnostic: Diagnostic) => void;
};

const STATUS = { error: 'danger', warning: 'warning', info: 'info' } as const;
const ICONS = {
  error: ExclamationCircleIcon,
  warning: ExclamationTriangleIcon,
  info: InfoCircleIcon,
};

/** One problem: severity, path and message; choosing it selects its text in the editor. */
export const HintItem: FC<HintItemProps> = ({ diagnostic, text, onReveal, onApply }) => {
  const { t } = useSailTranslation();
  const severity = {
    error: t('Error'),
    warning: t('Warning'),
    info: t('Note'),
  }[diagnostic.severity];
  const SeverityIcon = ICONS[diagnostic.severity];
  const path = diagnostic.path || t('(document)');
  const line = diagnostic.range.start.line;
  return (
    <li className="sail-values-hints__item" aria-label={`${severity}: ${path}: ${text}`}>
      <Icon status={STATUS[diagnostic.severity]} className="sail-values-hints__icon">
        <SeverityIcon title={severity} />
      </Icon>
      <div className="sail-values-hints__body">
        <Button
          variant="link"
          isInline
          onClick={() => onReveal(diagnostic)}
          aria-label={t('Show {{path}} at line {{line}} in the editor', { path, line })}
        >
          <code>{path}</code>
        </Button>{' '}
        <span className="sail-values-hints__line">{t('line {{line}}', { line })}</span>
        <div>{text}</div>
        {diagnostic.suggestion !== undefined && (
          <div className="sail-values-hints__suggestion">
            {t('Did you mean "{{suggestion}}"?', { suggestion: diagnostic.suggestion })}{' '}
            {onApply && (
              <Button variant="secondary" size="sm" onClick={() => onApply(diagnostic)}>
                {t('Use "{{suggestion}}"', { suggestion: diagnostic.suggestion })}
              </Button>
            )}
          </div>
        )}
      </div>
    </li>
  );
};
