// Parts of the site other engineers build in parallel. Links to them appear
// once their routes exist, so no build ever ships a dead link.

/** Whether the region pages (/regions/…) are part of this build. */
export const hasRegionPages = Object.keys(import.meta.glob('../pages/regions/**/*.astro')).length > 0;

/** RegionMap component modules, if the component exists (empty otherwise). */
export const regionMapModules = import.meta.glob('../components/RegionMap.astro', { eager: true });
