import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { Icon, Popover, Button } from '@patternfly/react-core';
import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import ExclamationTriangleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-triangle-icon';
import InfoCircleIcon from '@patternfly/react-icons/dist/esm/icons/info-circle-icon';
import InProgressIcon from '@patternfly/react-icons/dist/esm/icons/in-progress-icon';
import UnknownIcon from '@patternfly/react-icons/dist/esm/icons/unknown-icon';
import type { ComponentType, ReactElement } from 'react';

type ColoredIconProps = Parameters<typeof SDK.GreenCheckCircleIcon>[0];

const colored = (
  Svg: ComponentType<{ title?: string }>,
  status: 'success' | 'danger' | 'warning' | 'info' | 'custom',
  name: string,
) => {
  const Colored = ({ className, title, size, dataTest }: ColoredIconProps) => (
    <Icon
      status={status === 'custom' ? undefined : status}
      className={className}
      iconSize={size}
      isInline
      data-test={dataTest}
    >
      <Svg title={title} />
    </Icon>
  );
  Colored.displayName = name;
  return Colored;
};

export const GreenCheckCircleIcon: typeof SDK.GreenCheckCircleIcon = colored(
  CheckCircleIcon,
  'success',
  'GreenCheckCircleIcon',
);
export const RedExclamationCircleIcon: typeof SDK.RedExclamationCircleIcon = colored(
  ExclamationCircleIcon,
  'danger',
  'RedExclamationCircleIcon',
);
export const YellowExclamationTriangleIcon: typeof SDK.YellowExclamationTriangleIcon = colored(
  ExclamationTriangleIcon,
  'warning',
  'YellowExclamationTriangleIcon',
);
export const BlueInfoCircleIcon: typeof SDK.BlueInfoCircleIcon = colored(
  InfoCircleIcon,
  'info',
  'BlueInfoCircleIcon',
);

export const StatusIconAndText: typeof SDK.StatusIconAndText = ({
  icon,
  title,
  iconOnly,
  className,
  spin,
}) => {
  if (!title) return <>-</>;
  return (
    <span className={className} data-test="status-text" title={iconOnly ? title : undefined}>
      {icon && (
        <span
          className={spin ? 'sail-harness-spin' : undefined}
          style={{ marginInlineEnd: iconOnly ? 0 : '0.25rem' }}
        >
          {icon as ReactElement}
        </span>
      )}
      {!iconOnly && title}
    </span>
  );
};

export const PopoverStatus: typeof SDK.PopoverStatus = ({
  hideHeader,
  children,
  isVisible,
  shouldClose,
  statusBody,
  title,
  onHide,
  onShow,
}) => (
  <Popover
    position="right"
    headerContent={hideHeader ? null : title}
    bodyContent={children}
    isVisible={isVisible}
    shouldClose={shouldClose}
    onHide={onHide}
    onShow={onShow}
  >
    <Button variant="link" isInline>
      {statusBody}
    </Button>
  </Popover>
);

export const GenericStatus: typeof SDK.GenericStatus = ({
  Icon: StatusIcon,
  children,
  popoverTitle,
  title,
  noTooltip,
  iconOnly,
  ...rest
}) => {
  const body = (
    <StatusIconAndText
      {...rest}
      title={title}
      iconOnly={iconOnly}
      noTooltip={noTooltip}
      icon={<StatusIcon />}
    />
  );
  return children ? (
    <PopoverStatus title={popoverTitle ?? title} statusBody={body}>
      {children}
    </PopoverStatus>
  ) : (
    body
  );
};

const statusOf = (Icon: ComponentType, name: string): FCStatus => {
  const Status: FCStatus = (props) => <GenericStatus {...props} Icon={Icon} />;
  Status.displayName = name;
  return Status;
};
type FCStatus = typeof SDK.ErrorStatus;

export const ErrorStatus: typeof SDK.ErrorStatus = statusOf(
  RedExclamationCircleIcon,
  'ErrorStatus',
);
export const InfoStatus: typeof SDK.InfoStatus = statusOf(BlueInfoCircleIcon, 'InfoStatus');
export const ProgressStatus: typeof SDK.ProgressStatus = statusOf(InProgressIcon, 'ProgressStatus');
export const SuccessStatus: typeof SDK.SuccessStatus = statusOf(
  GreenCheckCircleIcon,
  'SuccessStatus',
);

const STATUS_ICONS: [RegExp, ComponentType][] = [
  [
    /^(Succeeded|Ready|Healthy|Running|Bound|Available|Active|Complete(d)?|True)$/i,
    GreenCheckCircleIcon,
  ],
  [/^(Failed|Error|.*Error|CrashLoopBackOff|False)$/i, RedExclamationCircleIcon],
  [/^(Warning|Degraded|.*NotReady)$/i, YellowExclamationTriangleIcon],
  [
    /^(Pending|Progressing|Installing|Updating|Terminating|ContainerCreating|InProgress)$/i,
    InProgressIcon,
  ],
];

/** The console's generic Status: an icon chosen from the status text. */
export const StatusComponent: typeof SDK.StatusComponent = ({
  status,
  title,
  iconOnly,
  noTooltip,
  className,
  children,
}) => {
  const Icon = STATUS_ICONS.find(([pattern]) => pattern.test(status ?? ''))?.[1] ?? UnknownIcon;
  return (
    <GenericStatus
      Icon={Icon}
      title={title ?? status}
      iconOnly={iconOnly}
      noTooltip={noTooltip}
      className={className}
    >
      {children}
    </GenericStatus>
  );
};
