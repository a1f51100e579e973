// The desktop's own PKCE generator (RFC 7636): the server tests play the desktop with it.
export { pkcePair } from '../../../electron/main/account/pkce';
