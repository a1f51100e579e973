import type { ComponentType } from 'react';
import { ChatScreen } from '../features/ai/ChatScreen';
import { AccountScreen } from '../screens/account/AccountScreen';
import { AdvisorScreen } from '../screens/advisor/AdvisorScreen';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen';
import { LeaderboardScreen } from '../screens/leaderboard/LeaderboardScreen';
import { MockInterviewScreen } from '../screens/mock/MockInterviewScreen';
import { PracticeScreen } from '../screens/practice/PracticeScreen';
import { ProfileScreen } from '../screens/profile/ProfileScreen';
import { ReportsScreen } from '../screens/reports/ReportsScreen';
import { SavedScreen } from '../screens/saved/SavedScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { VideoInterviewScreen } from '../screens/video-interview/VideoInterviewScreen';

export interface ScreenProps {
  params: URLSearchParams;
}

/** Screen components by navigation id (see screen-registry.ts). */
export const SCREEN_COMPONENTS: Record<string, ComponentType<ScreenProps>> = {
  account: AccountScreen,
  advisor: AdvisorScreen,
  'coach-chat': ChatScreen,
  dashboard: DashboardScreen,
  leaderboard: LeaderboardScreen,
  'mock-interview': MockInterviewScreen,
  practice: PracticeScreen,
  profile: ProfileScreen,
  reports: ReportsScreen,
  saved: SavedScreen,
  settings: SettingsScreen,
  'video-interview': VideoInterviewScreen,
};
