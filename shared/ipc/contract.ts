import type { z } from 'zod';
import type { ChannelDef } from './channel';
import { advisorChannels } from './channels/advisor';
import { aiChannels } from './channels/ai';
import { appChannels } from './channels/app';
import { attemptChannels } from './channels/attempts';
import { dashboardChannels } from './channels/dashboard';
import { dataImportChannels } from './channels/data-import';
import { draftChannels } from './channels/drafts';
import { mockChannels } from './channels/mock';
import { profileChannels } from './channels/profile';
import { questionChannels } from './channels/questions';
import { savedChannels } from './channels/saved';
import { recordingChannels } from './channels/recording';
import { reportChannels } from './channels/reports';
import { sampleChannels } from './channels/sample';
import { settingsChannels } from './channels/settings';
import { updateChannels } from './channels/updates';
import { accountChannels } from './channels/account';
import { syncChannels } from './channels/sync';

/**
 * Every request the renderer can make of the main process: 'domain:verb' → zod input and output.
 * Both transports (Electron IPC and the loopback browser host) serve exactly this map.
 */
export const contract = {
  ...appChannels,
  ...advisorChannels,
  ...mockChannels,
  ...profileChannels,
  ...dataImportChannels,
  ...attemptChannels,
  ...dashboardChannels,
  ...draftChannels,
  ...questionChannels,
  ...savedChannels,
  ...recordingChannels,
  ...reportChannels,
  ...sampleChannels,
  ...settingsChannels,
  ...updateChannels,
  ...aiChannels,
  ...accountChannels,
  ...syncChannels,
} satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
