import { drafterCorpus } from './test-support/drafter-corpus';
import { draftPitch } from './lib/drafter/draft-pitch';
const c = new Map(drafterCorpus());
const picks: Array<[string, any, any, number]> = [
 ['water leaks','problem-first','general',30], ['water leaks','story','cfo',90], ['vague support ask','bottom-line-first','general',45],
 ['noun-phrase bullets','story','general',60], ['passive bullets','bottom-line-first','cto',60], ['imperative outcomes','bottom-line-first','sponsor',60],
 ['noun-phrase ask','problem-first','cfo',45], ['gerund situation','story','peer',60], ['proper nouns','bottom-line-first','sponsor',45], ['long bullets','bottom-line-first','cfo',90],
 ['fixture passive','story','general',60], ['fixture jargon-hedging','bottom-line-first','general',60], ['hedged','bottom-line-first','general',30], ['stakes and value','problem-first','cto',90],
];
for (const [n, style, lens, t] of picks) console.log(`\n[${n} | ${style} | ${lens} | ${t}]\n${draftPitch(c.get(n)!, { style, lens, targetSeconds: t })}`);
