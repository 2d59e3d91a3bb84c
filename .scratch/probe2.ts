import { createLinter } from '/work/wt/recall5a/src/lint/index.js';
import { readFileSync } from 'node:fs'; import { parse } from 'yaml'; const all = parse(readFileSync('/work/wt/recall5a/data/core/rules.yaml','utf8')).rules; const lin = createLinter({ rules: process.argv.includes('--old') ? all.slice(0, all.findIndex((r: any) => r.id === 'no-snobbery')) : all });
const theme = new Map(all.map((r: any) => [r.id, r.theme]));
const probes: [string, string][] = [
 ['impatience','急什么，没看见我正忙着吗'],['impatience','快点，后面还有人呢'],['impatience','你烦不烦啊'],['impatience','问那么多干什么'],['impatience','等着吧'],
 ['impatience','没看见我在接电话吗'],['impatience','着什么急'],['impatience','喊什么喊'],['impatience','一边等着去'],['impatience','我正忙着呢，等会儿'],['impatience','你怎么这么多事'],
 ['impatience','吵什么吵'],['impatience','磨蹭什么'],['impatience','你急我也急'],['impatience','催什么催，没看见排队吗'],['impatience','你问题怎么这么多'],['impatience','能不能快点说重点'],
 ['impatience','我一天要接待几百个人，哪有空一个个跟你解释'],['impatience','你就不能等一下吗'],['impatience','别在这儿磨磨蹭蹭的'],
 ['belittling','这都不懂'],['belittling','你到底懂不懂'],['belittling','这么简单都不会'],['belittling','没见过世面'],['belittling','看你那样子'],['belittling','这么贵你也买？'],
 ['belittling','你识字吗'],['belittling','你不识字啊'],['belittling','小学生都会'],['belittling','就你这样还想投诉？'],['belittling','你以为你是谁啊'],['belittling','这点小事也值得来问'],
 ['belittling','你这种人我见多了'],['belittling','没文化真可怕'],['belittling','连个表都不会填'],['belittling','你懂不懂规矩'],['belittling','这个价格不是你能消费的'],
 ['blaming','谁让你不早来'],['blaming','你怎么搞的'],['blaming','这是你自己的问题'],['blaming','自己不小心怪谁'],['blaming','早干什么去了'],['blaming','你自己弄坏的还来找我们'],
 ['blaming','谁叫你不听'],['blaming','是你自己没看清楚'],['blaming','都是你自己造成的'],['blaming','你早干嘛不说'],['blaming','要怪就怪你自己'],['blaming','这能怪我们吗'],['blaming','你自己不看清楚就下单'],
 ['already-told','我说过多少遍了'],['already-told','刚才不是告诉你了吗'],['already-told','我已经讲过了'],['already-told','说了你也不听'],['already-told','跟你讲了半天'],['already-told','还要我说几遍'],
 ['already-told','你耳朵呢？我刚说完'],['already-told','同样的问题你问了三遍了'],['already-told','我都讲得很清楚了'],
 ['do-it-yourself','自己看'],['do-it-yourself','自己去问'],['do-it-yourself','墙上贴着呢'],['do-it-yourself','看说明去'],['do-it-yourself','自己去网上查'],['do-it-yourself','详情页写得清清楚楚'],
 ['do-it-yourself','说明书上都有，自己看'],['do-it-yourself','你自己去弄'],['do-it-yourself','流程都贴在门口了'],['do-it-yourself','自己去窗口问'],
 ['insult','神经病'],['insult','有病吧'],['insult','你脑子有问题'],['insult','你是不是傻'],['insult','没素质'],['insult','看你那德性'],['insult','什么东西'],['insult','你算老几'],
 ['insult','穷鬼'],['insult','一看就是穷酸样'],['insult','你这人真没教养'],['insult','滚一边去'],['insult','丢人现眼的东西'],['insult','你这智商'],
];
let c = 0;
for (const [t, s] of probes) { const fs = lin.lint(s).filter((f) => f.severity !== 'info'); const ok = fs.some((f) => theme.get(f.ruleId) === t); if (ok) c++; else console.log(`MISS ${t}: ${s} -> ${fs.map((f) => f.ruleId).join(' ')}`); }
console.log(`${c}/${probes.length}`);
