import { Alert, AlertGroup, PageSection } from '@patternfly/react-core';
import type { FC } from 'react';
import { pluginStatusStore } from '../plugins/registry';
import { useStore } from '../sdk/store';

/** Plugin load failures, on every page: the console shows them as a notification too. */
export const PluginStatusAlerts: FC = () => {
  const failed = useStore(pluginStatusStore).filter((s) => s.state === 'failed');
  if (!failed.length) return null;
  return (
    <PageSection>
      <AlertGroup>
        {failed.map((status) => (
          <Alert
            key={status.name}
            variant="danger"
            isInline
            title={`Dynamic plugin ${status.name} failed to load`}
            data-test="plugin-load-error"
          >
            {status.errors.join('; ')}
          </Alert>
        ))}
      </AlertGroup>
    </PageSection>
  );
};
