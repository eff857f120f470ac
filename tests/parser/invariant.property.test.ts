import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleTypes } from '../../src/schemas/article.ts';
import { parsePage } from '../../scripts/lib/parse/parse-page.ts';
import { invariantDiff } from './invariant.ts';

// Property tests: generated pages in the three extraction layouts, built from the pieces
// real pages are made of (headlines, bylines, credits, captions, jump lines, hints,
// separators, noise), must parse without throwing and lose or duplicate nothing.

const HAN = [
  ...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车',
];
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const hanText = (min: number, max: number) => fc.array(pick(HAN), { minLength: min, maxLength: max }).map((a) => a.join(''));
const name = fc.array(pick(HAN), { minLength: 2, maxLength: 3 }).map((a) => a.join(''));

const sentence = fc
  .tuple(
    hanText(4, 18),
    fc.option(fc.tuple(pick(['，', '、', '“', '”', '（', '）', '：']), hanText(2, 10))),
    pick(['。', '！', '？', '……']),
  )
  .map(([a, b, end]) => a + (b ? b[0] + b[1] : '') + end);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));

const noise = fc.oneof(
  fc.constant('2023 年 11 月'),
  fc.constant('ＧＤＰ增长６.５％'),
  fc.constant(' ， '),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('□', '■', '——', '#', '---', '（', '）'),
);

type Piece = { kind: 'display' | 'body' | 'line'; lines: string[] };

function wrap(text: string, width: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out;
}

const piece = (width: number, layout: 'spaced' | 'wrapped' | 'paragraph'): fc.Arbitrary<Piece> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .array(paragraph, { minLength: 1, maxLength: 3 })
        .map((ps) => ({ kind: 'body' as const, lines: ps.flatMap((p) => (layout === 'paragraph' ? [p] : wrap(p, width))) })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(hanText(4, 14), fc.boolean(), fc.option(hanText(6, 16)))
        .map(([t, spaced, sub]) => ({ kind: 'display' as const, lines: [spaced ? [...t].join(' ') : t, ...(sub ? [`——${sub}`] : [])] })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(pick(['', '□ ', '■ ']), name, name)
        .map(([m, a, b]) => ({ kind: 'line' as const, lines: [`${m}本报记者 ${a} ${b}`] })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(name, paragraph).map(([n, p]) => ({
        kind: 'body' as const,
        lines: layout === 'paragraph' ? [`本报讯（记者 ${n}）${p}`] : wrap(`本报讯（记者 ${n}）${p}`, width),
      })),
    },
    { weight: 1, arbitrary: name.map((n) => ({ kind: 'line' as const, lines: [`（记者 ${n}）`] })) },
    {
      weight: 1,
      arbitrary: fc.tuple(paragraph, name).map(([p, n]) => ({ kind: 'body' as const, lines: [...wrap(p, width), `新华社记者 ${n} 摄`] })),
    },
    { weight: 1, arbitrary: fc.tuple(name, name).map(([a, b]) => ({ kind: 'line' as const, lines: [`本版编辑 ${a} 美编 ${b}`] })) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 20 }).map((n) => ({ kind: 'line' as const, lines: [`（下转第${n}版）`] })) },
    {
      weight: 1,
      arbitrary: fc.tuple(pick(['# ', '### ']), hanText(4, 12)).map(([h, t]) => ({ kind: 'display' as const, lines: [h + t] })),
    },
    { weight: 1, arbitrary: fc.constant<Piece>({ kind: 'line', lines: ['---'] }) },
    { weight: 1, arbitrary: fc.tuple(paragraph).map(([p]) => ({ kind: 'body' as const, lines: [`${p} ·广告`] })) },
    { weight: 1, arbitrary: noise.map((n) => ({ kind: 'line' as const, lines: [n] })) },
  );

const page = fc
  .record({ layout: pick(['spaced', 'wrapped', 'paragraph'] as const), width: fc.integer({ min: 8, max: 30 }) })
  .chain(({ layout, width }) =>
    fc.array(piece(width, layout), { minLength: 1, maxLength: 12 }).map((pieces) => {
      if (layout === 'spaced') return pieces.map((p) => (p.kind === 'display' ? p.lines.join('\n') : p.lines.join('\n\n'))).join('\n\n');
      if (layout === 'paragraph') return pieces.map((p) => p.lines.join('\n\n')).join('\n\n');
      return pieces.map((p) => p.lines.join('\n')).join('\n\n');
    }),
  );

function check(text: string): void {
  const { page: parsed, file } = parsePage(text, { path: 'generated.txt' });
  expect(invariantDiff(text, parsed)).toEqual({ lost: '', duplicated: '', badDecorations: [] });
  const lineCount = text.split(/\r\n|\r|\n/u).length;
  for (const item of parsed.items) {
    expect(articleTypes).toContain(item.type);
    for (const [a, b] of item.sourceLines) expect(1 <= a && a <= b && b <= lineCount).toBe(true);
    if (item.type === 'teaser') expect(item.body.every((b) => b.text !== '')).toBe(true);
  }
  for (const m of file.messages) expect(m.line).toBeGreaterThanOrEqual(1);
}

// 300 pages each: about a second alone, several when the test files run in parallel on two cores.
describe('parser invariant (property)', { timeout: 30_000 }, () => {
  it('holds on generated pages in all three layouts', () => {
    fc.assert(fc.property(page, check), { numRuns: 300 });
  });

  it('holds on arbitrary text', () => {
    const line = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), hanText(0, 40));
    const anyText = fc.array(line, { maxLength: 20 }).chain((lines) => pick(['\n', '\r\n', '\n\n']).map((sep) => lines.join(sep)));
    fc.assert(fc.property(anyText, check), { numRuns: 300 });
  });
});
