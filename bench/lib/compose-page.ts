import type { Random } from './random.ts';
import type { SeedPools } from './seed-text.ts';

/** One logical block of a page before layout: headline parts and short lines are never wrapped, paragraphs are. */
export interface Block {
  kind: 'head' | 'meta' | 'para';
  text: string;
}

/** A page as a sequence of blocks, plus how many items (articles, photos, ads) it holds. */
export interface LogicalPage {
  blocks: Block[];
  items: number;
}

// Shapes taken from the seeds (docs/parser.md describes them); names are the seeds' own.
const COLUMNS = ['聚焦长三角', '瞭望环渤海', '点击京津冀', '活力珠三角', '西部大开发', '开发区传真', '区域动态', '今日闵行', '各地新亮点'];
const NAMES = [
  '殷诚聪',
  '汪子芳',
  '夏先清',
  '杨子佩',
  '朱海波',
  '翟晓婵',
  '万红',
  '任俊锰',
  '陈文杰',
  '刘佳',
  '许金松',
  '李景',
  '陈发明',
  '周颖一',
  '祝伟',
  '王子莹',
  '杨世尧',
];
const OUTLETS = ['浙江日报', '天津日报', '辽宁日报', '吉林日报', '深圳晚报', '华西都市报', '解放日报'];
const PLACES = ['北京', '杭州', '天津', '郑州', '聊城', '温州', '大连', '成都', '深圳', '合肥', '南京', '长春', '兰州', '金华'];

/** Composes one page of 6–14 items from real seed sentences, in the seeds' shapes. */
export function composePage(rng: Random, pools: SeedPools, date: { month: number; day: number }): LogicalPage {
  const blocks: Block[] = [];
  if (rng.chance(0.5)) blocks.push({ kind: 'head', text: rng.pick(COLUMNS) });
  const items = rng.int(6, 14);
  for (let i = 0; i < items; i++) {
    const roll = rng.next();
    if (roll < 0.08) blocks.push(...photo(rng, pools));
    else if (roll < 0.12) blocks.push({ kind: 'para', text: `${sentences(rng, pools, 2)}·广告` });
    else blocks.push(...article(rng, pools, date));
  }
  blocks.push({ kind: 'meta', text: `本版编辑 ${rng.pick(NAMES)} ${rng.pick(NAMES)} 美编 ${rng.pick(NAMES)}` });
  return { blocks, items };
}

/** One article: headline parts before (most pages) or after the body (as in seeds 000 and 003). */
function article(rng: Random, pools: SeedPools, date: { month: number; day: number }): Block[] {
  const head: Block[] = [];
  if (rng.chance(0.2)) head.push({ kind: 'head', text: rng.pick(pools.clauses) });
  let title = rng.pick(pools.clauses);
  // Letter-spaced headlines (长 三 角 一 体 化) occur in the seeds.
  if (rng.chance(0.1)) title = [...title].join(' ');
  head.push({ kind: 'head', text: title });
  if (rng.chance(0.25)) head.push({ kind: 'head', text: `——${rng.pick(pools.clauses)}` });
  const body: Block[] = [];
  const credit = rng.next();
  if (credit < 0.3) body.push({ kind: 'meta', text: `${rng.pick(['□ ', '■ ', ''])}本报记者 ${rng.pick(NAMES)} ${rng.pick(NAMES)}` });
  else if (credit < 0.4) body.push({ kind: 'meta', text: `${rng.pick(OUTLETS)}记者 ${rng.pick(NAMES)}` });
  const paragraphs = rng.int(2, 9);
  for (let p = 0; p < paragraphs; p++) {
    let text = sentences(rng, pools, rng.int(1, 4));
    if (p === 0 && credit >= 0.4 && credit < 0.6) text = `本报讯（记者 ${rng.pick(NAMES)}） ${text}`;
    if (p === 0 && credit >= 0.6 && credit < 0.7) text = `新华社${rng.pick(PLACES)}${date.month}月${date.day}日电 ${text}`;
    body.push({ kind: 'para', text });
  }
  if (credit >= 0.7 && credit < 0.8) body[body.length - 1].text += `（记者 ${rng.pick(NAMES)}）`;
  if (rng.chance(0.05)) body.push({ kind: 'meta', text: `（下转第${rng.int(2, 8)}版）` });
  return rng.chance(0.3) ? [...body, ...head] : [...head, ...body];
}

/** A photo caption item, credited as in the seeds. */
function photo(rng: Random, pools: SeedPools): Block[] {
  return [{ kind: 'para', text: `${sentences(rng, pools, 1)} 新华社记者 ${rng.pick(NAMES)} 摄` }];
}

function sentences(rng: Random, pools: SeedPools, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += rng.pick(pools.sentences);
  return text;
}
