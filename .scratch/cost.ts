import { buildFromUnpacked } from '../src/core/analysis/kuromoji-dictionary.ts';
const t: any = await buildFromUnpacked();
const dict = t.token_info_dictionary.dictionary;
for (const text of ['会談 事項 お金 条件 時間 ラブロフ 北朝鮮 肩書き 役職 正式名称 開催地 場所 資金 外相 首脳 会議 ヨハネスブルク 上海協力機構 ウクライナ 中国 する 約 木曜日 梅雨 へたり 核酸 塩基']) {
  for (const tok of t.tokenize(text)) if (tok.surface_form.trim()) {
    const cost = tok.word_type === 'KNOWN' ? dict.getShort(tok.word_id + 4) : t.unknown_dictionary.dictionary.getShort(tok.word_id + 4);
    console.log(tok.surface_form, tok.word_type, tok.pos, tok.pos_detail_1, cost);
  }
}
