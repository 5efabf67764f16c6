// What every resolver receives: the request id and per-request services.
import type { GraphEngine } from '@lotse/graph';
import { currentRequestId } from './request-scope.ts';
import { createDirectoryService, type DirectoryService } from './services/directory.ts';

export interface ApiContext {
  requestId: string;
  directory: DirectoryService;
}

export function createContext(engine: GraphEngine): ApiContext {
  return {
    requestId: currentRequestId() ?? 'unknown',
    directory: createDirectoryService(engine),
  };
}
