import type { ComponentType } from 'react';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen';
import { PracticeScreen } from '../screens/practice/PracticeScreen';
import { ReportsScreen } from '../screens/reports/ReportsScreen';
import { SavedScreen } from '../screens/saved/SavedScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { VideoInterviewScreen } from '../screens/video-interview/VideoInterviewScreen';

export interface ScreenProps {
  params: URLSearchParams;
}

/** Screen components by navigation id (see screen-registry.ts). */
export const SCREEN_COMPONENTS: Record<string, ComponentType<ScreenProps>> = {
  dashboard: DashboardScreen,
  practice: PracticeScreen,
  reports: ReportsScreen,
  saved: SavedScreen,
  settings: SettingsScreen,
  'video-interview': VideoInterviewScreen,
};
