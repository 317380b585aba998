import { openKiji } from '../src/adapters/terminal/open-kiji.ts';
import { bundledCorpusDir } from '../src/config.ts';
import { silentLogger } from '../src/logger.ts';
import { renderAnswerText } from '../src/adapters/terminal/render-answer.ts';
const dir = process.argv[2] ?? bundledCorpusDir;
const { kiji } = await openKiji({ corpusDir: dir, cacheDir: null }, silentLogger);
const qs = process.argv.slice(3).length ? process.argv.slice(3) : ['Where did Wang Yi and Lavrov meet?', 'What did ラブロフ say about the SCO?', 'When did Wang Yi meet Lavrov in Kuala Lumpur?', 'Who is Sergei Lavrov?', 'What did Macron say about Iran?', 'Which city hosted the G20 foreign ministers meeting?', 'What did Wang Yi say about the Iranian nuclear issue?', 'What does China support regarding ASEAN?', 'What did Lavrov say about the SCO presidency?','How many points did the article list?'];
for (const q of qs) { const a = await kiji.ask(q); console.log('Q:', q); console.log(renderAnswerText(a).split('\n').slice(0,3).join('\n')); console.log(); }
