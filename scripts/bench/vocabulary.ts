/**
 * What the synthetic corpus varies: the people, countries, cities, regions,
 * organisations and roles of the bundled articles are swapped for these, so
 * that 10,000 recombined articles have a newsroom-sized vocabulary of names
 * rather than two articles' worth. Japanese spelling first, English second
 * (for the Reference(s) footer).
 */
export type Pair = readonly [ja: string, en: string];

export const people: readonly (readonly [full: string, short: string, en: string])[] = [
  ['王毅', '王毅', 'Wang Yi'], ['李強', '李強', 'Li Qiang'], ['張偉', '張偉', 'Zhang Wei'], ['劉建国', '劉建国', 'Liu Jianguo'],
  ['陳明華', '陳明華', 'Chen Minghua'], ['楊潔', '楊潔', 'Yang Jie'], ['趙磊', '趙磊', 'Zhao Lei'], ['黄敏', '黄敏', 'Huang Min'],
  ['周暁東', '周暁東', 'Zhou Xiaodong'], ['呉剛', '呉剛', 'Wu Gang'], ['山田太郎', '山田', 'Taro Yamada'], ['佐藤花子', '佐藤', 'Hanako Sato'],
  ['鈴木一郎', '鈴木', 'Ichiro Suzuki'], ['高橋健', '高橋', 'Ken Takahashi'], ['田中美咲', '田中', 'Misaki Tanaka'], ['伊藤誠', '伊藤', 'Makoto Ito'],
  ['渡辺亮', '渡辺', 'Ryo Watanabe'], ['中村翔', '中村', 'Sho Nakamura'], ['小林優子', '小林', 'Yuko Kobayashi'], ['加藤大輔', '加藤', 'Daisuke Kato'],
  ['金正浩', '金正浩', 'Kim Jung-ho'], ['朴智敏', '朴智敏', 'Park Ji-min'], ['崔成勲', '崔成勲', 'Choi Sung-hoon'],
  ['セルゲイ・ラブロフ', 'ラブロフ', 'Sergey Lavrov'], ['アントニオ・グテレス', 'グテレス', 'Antonio Guterres'],
  ['マリア・ロペス', 'ロペス', 'Maria Lopez'], ['ジョン・スミス', 'スミス', 'John Smith'], ['アンナ・シュミット', 'シュミット', 'Anna Schmidt'],
  ['ピエール・デュラン', 'デュラン', 'Pierre Durand'], ['カルロス・シルバ', 'シルバ', 'Carlos Silva'], ['アフメト・ユルマズ', 'ユルマズ', 'Ahmet Yilmaz'],
  ['ラケシュ・シャルマ', 'シャルマ', 'Rakesh Sharma'], ['ファティマ・ハッサン', 'ハッサン', 'Fatima Hassan'], ['オルガ・イワノワ', 'イワノワ', 'Olga Ivanova'],
  ['ハンス・ミュラー', 'ミュラー', 'Hans Muller'], ['ジャン・マルタン', 'マルタン', 'Jean Martin'], ['エレナ・ロッシ', 'ロッシ', 'Elena Rossi'],
  ['ミゲル・ガルシア', 'ガルシア', 'Miguel Garcia'], ['ナディア・カリム', 'カリム', 'Nadia Karim'], ['ジョコ・プラボウォ', 'プラボウォ', 'Joko Prabowo'],
  ['グエン・バン・タン', 'タン', 'Nguyen Van Thanh'], ['ソムチャイ・ウォン', 'ウォン', 'Somchai Wong'], ['アブドラ・ラシード', 'ラシード', 'Abdullah Rashid'],
  ['イワン・ペトロフ', 'ペトロフ', 'Ivan Petrov'], ['ソフィア・アンデション', 'アンデション', 'Sofia Andersson'], ['マテオ・フェルナンデス', 'フェルナンデス', 'Mateo Fernandez'],
  ['アミナ・オコンクォ', 'オコンクォ', 'Amina Okonkwo'], ['ダビド・コーエン', 'コーエン', 'David Cohen'], ['レイラ・ナザルバエワ', 'ナザルバエワ', 'Leila Nazarbayeva'],
];

export const countries: readonly Pair[] = [
  ['中国', 'China'], ['ロシア', 'Russia'], ['日本', 'Japan'], ['韓国', 'South Korea'], ['インド', 'India'], ['ブラジル', 'Brazil'],
  ['フランス', 'France'], ['ドイツ', 'Germany'], ['イギリス', 'the UK'], ['イタリア', 'Italy'], ['カナダ', 'Canada'],
  ['オーストラリア', 'Australia'], ['インドネシア', 'Indonesia'], ['ベトナム', 'Vietnam'], ['タイ', 'Thailand'], ['フィリピン', 'the Philippines'],
  ['トルコ', 'Turkey'], ['エジプト', 'Egypt'], ['ケニア', 'Kenya'], ['ナイジェリア', 'Nigeria'], ['メキシコ', 'Mexico'],
  ['アルゼンチン', 'Argentina'], ['チリ', 'Chile'], ['ペルー', 'Peru'], ['サウジアラビア', 'Saudi Arabia'], ['パキスタン', 'Pakistan'],
  ['バングラデシュ', 'Bangladesh'], ['カザフスタン', 'Kazakhstan'], ['モンゴル', 'Mongolia'], ['ポーランド', 'Poland'], ['スペイン', 'Spain'],
  ['オランダ', 'the Netherlands'], ['スウェーデン', 'Sweden'], ['ノルウェー', 'Norway'], ['フィンランド', 'Finland'], ['ギリシャ', 'Greece'],
  ['ポルトガル', 'Portugal'], ['ニュージーランド', 'New Zealand'], ['シンガポール', 'Singapore'], ['マレーシア', 'Malaysia'],
  ['南アフリカ', 'South Africa'], ['エチオピア', 'Ethiopia'], ['ウズベキスタン', 'Uzbekistan'], ['カタール', 'Qatar'], ['キューバ', 'Cuba'],
];

export const cities: readonly Pair[] = [
  ['クアラルンプール', 'Kuala Lumpur'], ['ヨハネスブルク', 'Johannesburg'], ['東京', 'Tokyo'], ['大阪', 'Osaka'], ['ソウル', 'Seoul'],
  ['北京', 'Beijing'], ['上海', 'Shanghai'], ['ニューデリー', 'New Delhi'], ['ジャカルタ', 'Jakarta'], ['バンコク', 'Bangkok'],
  ['ハノイ', 'Hanoi'], ['マニラ', 'Manila'], ['パリ', 'Paris'], ['ベルリン', 'Berlin'], ['ロンドン', 'London'], ['ローマ', 'Rome'],
  ['マドリード', 'Madrid'], ['ウィーン', 'Vienna'], ['ジュネーブ', 'Geneva'], ['ブリュッセル', 'Brussels'], ['ワルシャワ', 'Warsaw'],
  ['イスタンブール', 'Istanbul'], ['カイロ', 'Cairo'], ['ナイロビ', 'Nairobi'], ['ラゴス', 'Lagos'], ['リオデジャネイロ', 'Rio de Janeiro'],
  ['ブエノスアイレス', 'Buenos Aires'], ['メキシコシティ', 'Mexico City'], ['トロント', 'Toronto'], ['シドニー', 'Sydney'],
  ['ドバイ', 'Dubai'], ['ドーハ', 'Doha'], ['イスラマバード', 'Islamabad'], ['ダッカ', 'Dhaka'], ['アスタナ', 'Astana'],
  ['ウランバートル', 'Ulaanbaatar'], ['ストックホルム', 'Stockholm'], ['オスロ', 'Oslo'], ['ヘルシンキ', 'Helsinki'], ['アテネ', 'Athens'],
  ['リスボン', 'Lisbon'], ['サンパウロ', 'Sao Paulo'], ['アディスアベバ', 'Addis Ababa'], ['タシケント', 'Tashkent'], ['ハバナ', 'Havana'],
];

export const regions: readonly string[] = [
  '中東', '東アジア', 'アジア太平洋', '南アジア', '中央アジア', '欧州', 'アフリカ', '中南米', '北極圏', '東南アジア', '北米', '太平洋島しょ国',
  'バルカン半島', 'カリブ海', 'インド太平洋', 'ユーラシア',
];

export const organisations: readonly string[] = [
  'ASEAN', '上海協力機構', 'BRICS', 'G20', 'APEC', 'G7', '世界貿易機関', '国際通貨基金', '世界保健機関', 'アフリカ連合', '欧州連合',
  '東アジア首脳会議', 'ASEAN地域フォーラム', '北大西洋条約機構', '米州機構', '湾岸協力会議', '南米南部共同市場', '国際原子力機関',
];

export const roles: readonly string[] = ['外相', '首相', '大統領', '国防相', '財務相', '経済相', '報道官', '大使', '副首相', '通商相'];

export const topics: readonly string[] = [
  'イラン核問題', '朝鮮半島情勢', '気候変動', '食料安全保障', 'サイバー安全保障', '海洋安全保障', 'エネルギー転換', '難民問題',
  '宇宙開発', '感染症対策', '半導体供給網', '債務問題', '水資源', '人工知能の規制',
];

export const publishers: readonly string[] = ['cgtn.com', 'newsroom.example.jp', 'kiji-wire.example.com', 'asia-daily.example.org'];
