import type { SelectProps } from '@patternfly/react-core';
import { MenuToggle, Select } from '@patternfly/react-core';
import type { FC, ReactNode } from 'react';
import { useState } from 'react';

export type FieldSelectProps = {
  id: string;
  /** Id of the element naming the field (the form label). */
  labelId: string;
  /** Id of the field's helper text. */
  helperId: string;
  value: string;
  /** Shown on the toggle when nothing is chosen. */
  placeholder: string;
  onChange: (value: string) => void;
  hasError: boolean;
  /** Long lists scroll inside the menu. */
  maxMenuHeight?: SelectProps['maxMenuHeight'];
  children: ReactNode;
};

/** A single-choice drop-down that behaves like a form field: full width, labelled, described. */
export const FieldSelect: FC<FieldSelectProps> = ({
  id,
  labelId,
  helperId,
  value,
  placeholder,
  onChange,
  hasError,
  maxMenuHeight,
  children,
}) => {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <Select
      id={`${id}-menu`}
      isOpen={isOpen}
      selected={value}
      onSelect={(_event, selection) => {
        if (typeof selection === 'string') onChange(selection);
        setIsOpen(false);
      }}
      onOpenChange={setIsOpen}
      shouldFocusToggleOnSelect
      isScrollable={Boolean(maxMenuHeight)}
      maxMenuHeight={maxMenuHeight}
      toggle={(toggleRef) => (
        <MenuToggle
          ref={toggleRef}
          id={id}
          isFullWidth
          isExpanded={isOpen}
          onClick={() => setIsOpen((open) => !open)}
          aria-labelledby={`${labelId} ${id}`}
          aria-describedby={helperId}
          status={hasError ? 'danger' : undefined}
        >
          {value || placeholder}
        </MenuToggle>
      )}
    >
      {children}
    </Select>
  );
};
