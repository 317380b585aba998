import { createKiji } from '../src/core/index.ts';
import { silentLogger } from '../src/logger.ts';
const kiji = await createKiji({ corpusDir: 'corpus', logger: silentLogger });
for (const q of ['王毅外相の肩書きは？', 'ラブロフ外相と王毅外相が会った場所は？', 'G20外相会合はどこで開かれましたか？']) {
  const a = await kiji.ask(q);
  console.log(q, a.answered ? a.citations.map((c) => c.quote.slice(0, 50)).join(' | ') : a.reason);
}
