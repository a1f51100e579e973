// Which npm packages a bundle contains, from the module paths the bundler read. Used for the
// third-party notices: the app ships bundles, not node_modules, so the bundles are the truth.
import path from 'node:path';

/**
 * The package folder (relative to the project, '/'-separated) that holds a module path, or null
 * for the project's own files. Nested node_modules count as the innermost package.
 */
export function packageDirOf(modulePath) {
  const parts = modulePath.replaceAll('\\', '/').split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return null;
  const scoped = parts[at + 1]?.startsWith('@');
  const end = at + (scoped ? 3 : 2);
  if (end > parts.length) return null;
  const dir = parts.slice(0, end).join('/');
  const rootAt = dir.indexOf('node_modules/');
  return dir.slice(rootAt);
}

/** Distinct package folders among module paths, sorted. */
export function packageDirsOf(modulePaths) {
  const dirs = new Set();
  for (const file of modulePaths) {
    const dir = packageDirOf(file);
    if (dir) dirs.add(dir);
  }
  return [...dirs].sort();
}

/** Package folders found in esbuild metafiles' inputs. */
export function packagesInMetafiles(metafiles) {
  return packageDirsOf(metafiles.flatMap((metafile) => Object.keys(metafile.inputs)));
}

/** Package folders among Rollup/Rolldown module ids (absolute paths; virtual ids skipped). */
export function packagesInModuleIds(ids, projectDir) {
  return packageDirsOf(
    ids
      .map((id) => id.replace(/^\0/, '').split('?')[0] ?? '')
      .filter((id) => path.isAbsolute(id))
      .map((id) => path.relative(projectDir, id)),
  );
}
