import module from 'node:module';

/**
 * Lets Node keep what it compiled of the project's modules (the TypeScript with its types
 * stripped, and V8's code for it) in its compile cache, so the next run of a command starts
 * from there: a command's modules cost about half as much CPU to load again (docs/benchmarks.md,
 * start-up). Node checks each cached entry against the source, so an edited file is compiled
 * afresh. Call it first, then import the command's modules dynamically: static imports are
 * loaded before any code of the importing module runs. NODE_COMPILE_CACHE, when set, names
 * the cache folder; NODE_DISABLE_COMPILE_CACHE turns it off.
 */
export function cacheCompiledModules(): void {
  module.enableCompileCache?.();
}
