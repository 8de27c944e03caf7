import { Skeleton } from '@patternfly/react-core';
import { lazy, Suspense, type FC } from 'react';
import { useSailTranslation } from '../../utils/useSailTranslation';
import type { MonacoValuesEditorProps } from './MonacoValuesEditor';

// A separate chunk: pages that embed the values editor load its editor glue only when shown.
const MonacoValuesEditor = lazy(() => import('./MonacoValuesEditor'));

export const LazyMonacoValuesEditor: FC<MonacoValuesEditorProps> = (props) => {
  const { t } = useSailTranslation();
  return (
    <Suspense
      fallback={
        <Skeleton height={props.height ?? '400px'} screenreaderText={t('Loading editor')} />
      }
    >
      <MonacoValuesEditor {...props} />
    </Suspense>
  );
};
