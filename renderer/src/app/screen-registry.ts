import type { IconName } from '../components/Icon';

export interface NavItem {
  id: string;
  label: string;
  icon: IconName;
  group: 'Practise' | 'Progress' | 'You';
}

/**
 * The navigation, in order. A screen appears here only once it works; its component is
 * registered in screens.tsx under the same id.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'dashboard', label: 'Dashboard', icon: 'home', group: 'Practise' },
  { id: 'practice', label: 'Practice', icon: 'practice', group: 'Practise' },
  { id: 'saved', label: 'Saved', icon: 'saved', group: 'Practise' },
  { id: 'video-interview', label: 'Video interview', icon: 'video', group: 'Practise' },
  { id: 'mock-interview', label: 'Mock interview', icon: 'mock', group: 'Practise' },
  { id: 'reports', label: 'Reports', icon: 'reports', group: 'Progress' },
  { id: 'advisor', label: 'Advisor', icon: 'advisor', group: 'Progress' },
  { id: 'coach-chat', label: 'Coach chat', icon: 'spark', group: 'Progress' },
  { id: 'leaderboard', label: 'Leaderboard', icon: 'leaderboard', group: 'Progress' },
  { id: 'profile', label: 'Profile', icon: 'profile', group: 'You' },
  { id: 'account', label: 'Account', icon: 'lock', group: 'You' },
  { id: 'settings', label: 'Settings', icon: 'settings', group: 'You' },
];

export function hasScreen(id: string): boolean {
  return NAV_ITEMS.some((item) => item.id === id);
}
