import { loadTokenizer } from '../src/core/analysis/tokenizer.ts';
import { createAnalyzer } from '../src/core/analysis/analyzer.ts';
const a = createAnalyzer(await loadTokenizer());
console.log(a.analyze('中国の王毅外相がロシアのセルゲイ・ラブロフ外相とマレーシア・クアラルンプールで会談しました。').terms);
console.log(a.morphemes('ロシアのセルゲイ・ラブロフ外相と').map(m=>`${m.surface}/${m.base}/${m.pos1}`).join(' '));
