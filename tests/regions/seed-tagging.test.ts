import { describe, expect, it } from 'vitest';
import { tagRegions } from '../../scripts/lib/regions/tag-regions.ts';
import { seedCases } from './seed-items.ts';

describe('tagging the seed articles by what they are about', () => {
  for (const c of seedCases) {
    it(c.name, () => {
      const refs = tagRegions(c.item, { publicationRegion: c.publicationRegion });
      const codes = refs.map((r) => r.code);
      const provinces = refs.filter((r) => r.level === 'province').map((r) => r.code);
      for (const p of c.provinces) expect(provinces, `missing province ${p}`).toContain(p);
      const allowed = new Set([...c.provinces, ...(c.mayAlso ?? [])]);
      for (const p of provinces) expect(allowed.has(p), `province ${p} is not what "${c.name}" is about`).toBe(true);
      for (const code of c.places ?? []) expect(codes, `missing ${code}`).toContain(code);
      for (const code of c.never ?? []) expect(codes, `must not tag ${code}`).not.toContain(code);
      for (const key of c.macros ?? []) expect(codes, `missing macro-region ${key}`).toContain(key);
      for (const key of c.neverMacros ?? []) expect(codes, `must not tag macro-region ${key}`).not.toContain(key);
    });
  }
});
