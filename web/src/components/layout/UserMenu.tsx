import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { SIGN_IN_PATH } from '../../lib/signin';

/** The signed-in user (GET /me) in the header, with account security and the two ways of signing out. */
export function UserMenu() {
  const { t } = useI18n();
  const { me, signOut } = useAuth();
  const navigate = useNavigate();
  const roleLabel = useCodeLabel('peran');
  if (!me) return null;
  const roles = me.roles.map(roleLabel).join(', ');
  const out = async (everywhere: boolean) => {
    await signOut(everywhere);
    navigate(SIGN_IN_PATH, { replace: true });
  };
  const initials = (me.display_name || me.username)
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
  return (
    <Menu position="bottom-end" width={280} withinPortal>
      <Menu.Target>
        <UnstyledButton data-testid="user-menu" aria-label={t('user.menu')}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="teal" radius="xl" size="sm">
              {initials}
            </Avatar>
            <Stack gap={0} visibleFrom="sm">
              <Text size="sm" fw={500} lh={1.2} data-testid="user-display-name">
                {me.display_name || me.username}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2} data-testid="user-agency-role">
                {me.agency.name} · {roles}
              </Text>
            </Stack>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {me.username} · {me.agency.code}
        </Menu.Label>
        <Menu.Item component={Link} to="/akun/keamanan" data-testid="nav-account-security">
          {t('nav.account_security')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => void out(false)} data-testid="signout">
          {t('user.signout')}
        </Menu.Item>
        <Menu.Item color="red" onClick={() => void out(true)} data-testid="signout-all">
          {t('user.signout_all')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
