import {
  Masthead as PfMasthead,
  MastheadBrand,
  MastheadContent,
  MastheadLogo,
  MastheadMain,
  MastheadToggle,
  PageToggleButton,
  ToggleGroup,
  ToggleGroupItem,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import BarsIcon from '@patternfly/react-icons/dist/esm/icons/bars-icon';
import type { FC } from 'react';
import { useStore } from '../sdk/store';
import { serverFlags } from './serverFlags';
import { themeStore } from './theme';

export const Masthead: FC = () => {
  const theme = useStore(themeStore);
  return (
    <PfMasthead>
      <MastheadMain>
        <MastheadToggle>
          <PageToggleButton variant="plain" aria-label="Main navigation">
            <BarsIcon />
          </PageToggleButton>
        </MastheadToggle>
        <MastheadBrand>
          <MastheadLogo component="a" href="/">
            <strong>Red Hat OpenShift</strong>
          </MastheadLogo>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isFullHeight>
          <ToolbarContent>
            <ToolbarItem align={{ default: 'alignEnd' }}>
              <ToggleGroup aria-label="Theme">
                <ToggleGroupItem
                  text="Light"
                  isSelected={theme === 'light'}
                  onChange={() => themeStore.set('light')}
                />
                <ToggleGroupItem
                  text="Dark"
                  isSelected={theme === 'dark'}
                  onChange={() => themeStore.set('dark')}
                />
              </ToggleGroup>
            </ToolbarItem>
            <ToolbarItem>
              <span data-test="user-name">{serverFlags.userName}</span>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </PfMasthead>
  );
};
