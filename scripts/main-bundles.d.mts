export declare const WORKER_ENTRIES: Record<string, string>;
export declare const HARPER_WASM: string;
export declare function bundleMain(options: {
  outDir: string;
  mainEntry?: string;
  workers?: Record<string, string>;
}): Promise<Array<{ inputs: Record<string, unknown> }>>;
export declare function bundlePreload(options: { outFile: string }): Promise<{ inputs: Record<string, unknown> }>;
