import { loadTokenizer } from '/work/wt-english/src/core/analysis/tokenizer.ts';
const t = await loadTokenizer();
for (const s of ['王毅外相「ロシアと戦略協調を強化」ASEANと中東で連携確認','G20外相会合で王毅氏とラブロフ氏が会談 中国・ロシア関係の強化を確認','セルゲイ・ラブロフ外相'])
  console.log(t(s).map(m=>`${m.surface}/${m.pos}/${m.pos1}/${m.pos2}`).join(' '));
