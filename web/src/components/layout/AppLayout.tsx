import { AppShell, Badge, Burger, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation } from 'react-router-dom';
import type { Me } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import {
  canAdminister,
  canHandleSubjectRequests,
  canReadAudit,
  canReadCases,
  canReadRegistry,
  canReadStats,
  canScreen,
  canSeeTasks,
} from '../../lib/access';
import { useOverdueTaskCount } from '../../hooks/useOverdueTaskCount';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationsBell } from './NotificationsBell';
import { UserMenu } from './UserMenu';

interface NavItem {
  to: string;
  key: MessageKey;
  testId: string;
  show?: (me: Me | null) => boolean;
}

const NAV: NavItem[] = [
  { to: '/', key: 'nav.home', testId: 'nav-home' },
  { to: '/persons', key: 'nav.persons', testId: 'nav-persons', show: canReadRegistry },
  { to: '/cases', key: 'nav.cases', testId: 'nav-cases', show: canReadCases },
  { to: '/referrals', key: 'nav.referrals', testId: 'nav-referrals', show: canReadCases },
  { to: '/tasks', key: 'nav.tasks', testId: 'nav-tasks', show: canSeeTasks },
  { to: '/koordinasi', key: 'nav.coordination', testId: 'nav-coordination' },
  { to: '/outreach', key: 'nav.outreach', testId: 'nav-outreach' },
  { to: '/training', key: 'nav.training', testId: 'nav-training' },
  { to: '/directory', key: 'nav.directory', testId: 'nav-directory' },
  { to: '/stats', key: 'nav.stats', testId: 'nav-stats', show: canReadStats },
  { to: '/screening/tppo', key: 'nav.screening', testId: 'nav-screening', show: canScreen },
  { to: '/audit', key: 'nav.audit', testId: 'nav-audit', show: canReadAudit },
  {
    to: '/data-subject-requests',
    key: 'nav.subject_requests',
    testId: 'nav-subject-requests',
    show: canHandleSubjectRequests,
  },
  { to: '/admin/agencies', key: 'nav.admin_agencies', testId: 'nav-admin-agencies', show: canAdminister },
  { to: '/admin/users', key: 'nav.admin_users', testId: 'nav-admin-users', show: canAdminister },
];

export function AppLayout() {
  const { t } = useI18n();
  const { me } = useAuth();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const isActive = (to: string) => (to === '/' ? pathname === '/' : pathname.startsWith(to));
  const overdueTasks = useOverdueTaskCount(canSeeTasks(me), pathname);
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Title order={3} c="teal.8">
              Sinergi
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <NotificationsBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" data-testid="nav">
        {NAV.filter((n) => !n.show || n.show(me)).map((n) => (
          <NavLink
            key={n.to}
            component={Link}
            to={n.to}
            label={t(n.key)}
            active={isActive(n.to)}
            onClick={close}
            rightSection={
              n.to === '/tasks' && overdueTasks > 0 ? (
                <Badge size="sm" color="red" circle data-testid="nav-tasks-overdue" aria-label={t('tasks.overdue_count', { count: overdueTasks })}>
                  {overdueTasks}
                </Badge>
              ) : undefined
            }
            data-testid={n.testId}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
