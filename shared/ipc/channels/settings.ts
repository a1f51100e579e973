import { channel } from '../channel';
import { Settings, SettingsPatch } from '../../settings/settings-schema';
import { NoInput } from './app';

export const settingsChannels = {
  'settings:get': channel(NoInput, Settings),
  'settings:update': channel(SettingsPatch, Settings),
};
