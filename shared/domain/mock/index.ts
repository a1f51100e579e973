export * from './mock-config';
export * from './mock-flow';
export * from './mock-report';
export * from './select-questions';
