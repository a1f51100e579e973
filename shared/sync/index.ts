export * from './attempt';
export * from './auth';
export * from './errors';
export * from './leaderboard';
export * from './user';
