export * from './badge-rules';
export * from './badges';
