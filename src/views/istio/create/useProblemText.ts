import { useCallback } from 'react';
import { useSailTranslation } from '../../../utils/useSailTranslation';
import type { FormProblem } from './problems';

/** The translated sentence for a problem found before asking the server. */
export const useProblemText = () => {
  const { t } = useSailTranslation();
  return useCallback(
    (problem: FormProblem): string => {
      const where = problem.line ? t('Line {{line}}: ', { line: problem.line }) : '';
      switch (problem.code) {
        case 'required':
          return t('This field is required.');
        case 'too-long':
          return t('Use at most 63 characters.');
        case 'dns-label':
          return t(
            'Use lowercase letters, digits and hyphens only, starting and ending with a letter or digit.',
          );
        case 'not-a-whole-number':
          return t('Enter a whole number of seconds, 0 or more.');
        case 'yaml-syntax':
          return `${where}${t('This is not valid YAML: {{message}}', { message: problem.message ?? '' })}`;
        case 'not-a-mapping':
          return t('Values must be a YAML mapping of keys to values.');
        case 'multiple-documents':
          return t('Enter a single YAML document.');
        case 'empty':
          return t('The YAML is empty.');
        case 'wrong-kind':
          return t('The YAML must describe an {{kind}}, not {{found}}.', {
            kind: 'Istio',
            found: problem.message ?? '',
          });
      }
    },
    [t],
  );
};
