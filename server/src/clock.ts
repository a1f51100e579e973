/** The service's only source of "now", so tests can move time (token and code expiry) without sleeping. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
