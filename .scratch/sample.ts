import { evalJsquad } from '../scripts/eval/jsquad.ts';
const f = await evalJsquad('/work/shared/bench/jsquad-valid', { every: 10 });
console.log(f);
