export declare function packageDirOf(modulePath: string): string | null;
export declare function packageDirsOf(modulePaths: Iterable<string>): string[];
export declare function packagesInMetafiles(metafiles: Array<{ inputs: Record<string, unknown> }>): string[];
export declare function packagesInModuleIds(ids: string[], projectDir: string): string[];
