import { loadEnglishDictionary } from '../src/core/analysis/english-dictionary.ts';
let t = performance.now(); let n = 0;
const d = await loadEnglishDictionary(() => { n++; return false; });
console.log('no-filter pass', (performance.now()-t).toFixed(0), 'ms', n, 'calls');
