// Public surface of @lotse/api for the root start script and end-to-end tests.
export { createServer, type RunningServer, type ServerOptions } from './server.ts';
