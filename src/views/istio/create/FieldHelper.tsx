import { FormHelperText, HelperText, HelperTextItem } from '@patternfly/react-core';
import type { FC, ReactNode } from 'react';

export type FieldHelperProps = {
  /** Referenced by the input's aria-describedby. */
  id: string;
  hint?: ReactNode;
  warnings?: ReactNode[];
  errors?: string[];
};

/** Hint, warnings and errors under a field, announced with the field. */
export const FieldHelper: FC<FieldHelperProps> = ({ id, hint, warnings = [], errors = [] }) => {
  if (!hint && warnings.length === 0 && errors.length === 0) return null;
  return (
    <FormHelperText>
      <HelperText id={id} isLiveRegion>
        {errors.map((error) => (
          <HelperTextItem key={error} variant="error">
            {error}
          </HelperTextItem>
        ))}
        {warnings.map((warning, index) => (
          <HelperTextItem key={index} variant="warning">
            {warning}
          </HelperTextItem>
        ))}
        {hint ? <HelperTextItem>{hint}</HelperTextItem> : null}
      </HelperText>
    </FormHelperText>
  );
};

/** `error` when there are errors, for a PatternFly input's `validated`. */
export const validatedFor = (errors: string[] | undefined) =>
  errors && errors.length > 0 ? ('error' as const) : ('default' as const);
