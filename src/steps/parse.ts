import { HuashuError } from '../errors/index.js';
import type { ActionKind, BranchInput, Condition, StepInput } from '../schema/index.js';
import { MAX_CONDITION_TEXT, MAX_STEP_DEPTH, MAX_STEP_SECONDS } from '../vocab/index.js';
import { CLAUSE_BREAKS, QUOTES_CLOSE, QUOTES_OPEN, SENTENCE_ENDS } from '../text/index.js';
import { RISING_TONE } from '../vocab/index.js';

// Every pattern of the parser, simplified and traditional forms side by side. No pattern with a
// repeated numeral is run unanchored: numbers are found by one linear scan (numberRuns) and
// what stands before and after each is checked in a bounded window, so hostile digit runs
// cannot make matching quadratic.
const NUM_CHARS = '0-9０-９零〇一二两兩三四五六七八九十百千';
const NUM = `[${NUM_CHARS}]+`;
const ORDINAL_UNIT = '(?:步|种情况|種情況|种|種|点|點|条|條)';
// At a line's start 第N needs its unit or a mark after it (第一次 is not a marker); the punctuation
// and spaces after a marker are part of it (they go into the labelled step's source, not a note).
const MARKER = new RegExp(
  `^(?:第${NUM}(?:${ORDINAL_UNIT}|(?=[:：,，、.．\\s]))|[(（]${NUM}[)）]|[一二三四五六七八九十]+、|[0-9０-９]+[、.．](?![0-9０-９])|[①-⑳]|[⑴-⒇]|[A-Za-zＡ-Ｚ][.．、](?![0-9A-Za-z]))[:：,，、.．\\s]*`,
);
/** A marker in the middle of a line (after ；。，！？：） or a closing quote): 第N needs its unit, no A. form. Sticky: tried at one index. */
const MID_MARKER = new RegExp(
  `(?:第${NUM}${ORDINAL_UNIT}|[(（]${NUM}[)）]|[①-⑳]|[⑴-⒇]|(?:[一二三四五六七八九十]+、|[0-9０-９]+[、.．])(?!${NUM}))`,
  'y',
);
/** A number that starts a list over: 1、 一、 (1) ① A. 第一步. */
const RESTART = /^(?:第[1１一]|[(（][1１一][)）]|[1１一](?![0-9０-９])|①|⑴|[AaＡ](?=[.．、]))/;
/** A sentence end inside a quote that a number right after it shows was never closed (。3、). */
const SENTENCE_END_BEFORE_NUMBER = /[。！？!?]/;
const MID_BREAK = /[,，。!！?？;；:：)）]/;
/** Words before a pause's seconds (稍停五秒, 过5秒), checked right before a number. */
const PAUSE_BEFORE = /(?:稍停|停顿|停頓|暂停|暫停|稍等|等待|等|(?<![超经經])[过過]|隔)(?:约|約)?$/;
const HANG_UP = /挂机|掛機|挂线|掛線|挂断电话|掛斷電話/;
const NEGATED_HANG_UP = /(?:不|勿|别|別|切忌|禁止|严禁|嚴禁|避免)(?:可以|要|能|得|准|許|许)?(?:直接|随意|隨意|随便|隨便|主动|主動|擅自|先)?(?:挂机|掛機|挂线|掛線|挂断|掛斷)/;
const WAIT_REPLY = /等(?:待)?(?:用户|用戶|客户|客戶|业主|業主|顾客|顧客|对方|對方)?(?:的)?(?:回答|回复|回覆|答复|答覆|回应|回應)/;
/**
 * 还是无声 / 对方还是毫无反应 / 仍无法听清楚: the customer still does what the open branch
 * answers, after its steps; a condition without 若, nested in that branch.
 */
const STILL = /^(?:对方|對方|客户|客戶|用户|用戶|业主|業主|顾客|顧客)?(?:还是|還是|仍然|依然|仍旧|仍舊|仍)/;
/**
 * The words that open a condition: 若/如果/假如/倘若/要是/万一/一旦/如需/如遇…, 如 before the
 * customer (如客户…), 当/當 when it is not part of a word (当天, 当前, 当然…).
 */
const CONDITION =
  /^(?:若是|若|如果|假如|假若|假使|倘若|倘使|要是|万一|萬一|一旦|如需|如要|如有|如遇|如若|如因|遇到|遇有|遇上|遇(?![见見难難险險])|碰到|只要|凡是|凡(?![事人])|如(?=用户|用戶|客户|客戶|业主|業主|顾客|顧客|对方|對方|确实|確實|仍|还|還|您|你|来电者|來電者|来访者|來訪者|患者|病人|客人|旅客|乘客|纳税人|納稅人|群众|群眾|访客|訪客|家属|家屬|买家|買家|会员|會員)|[当當](?![天前场場然即面地日晚月年下初作成做心选選真时時中今]))/;
/**
 * A condition opened after a few words that set the scene (在交谈过程中如需要暂时中断谈话，应说：…):
 * 如果/如需/如遇/若是/一旦/假如/倘若/要是/万一 after at most 12 characters that do not speak, quote
 * or end a clause, and are not a purpose (以便/以免…).
 */
const MID_CONDITION = /^(?![^，,。]*(?:以便|以免|防止|避免)(?:如果|如需|如遇|若是|一旦|假如|倘若|要是|万一|萬一))[^“”"「」『』您你我，,。；;：:]{1,12}?(?:如果|如需|如遇|若是|一旦|假如|倘若|要是|万一|萬一|(?<=[后後时時])若(?![干何]))/;
/**
 * A condition with no opening word, the way procedures and regulations write them: a clause that
 * names a case and ends in 的 (客户要求退货且商品已拆封的，… / 超过48小时仍未找到的，…: "where …")
 * before the instruction for it. It must name who or what the case is about (the customer, a
 * time limit, a negation…) and not speak to anyone (您/你/我: then it is speech).
 */
const NOMINAL_CONDITION = /^[^“”"「」『』您你我]{3,40}的[,，]\s*$/;
const NOMINAL_CASE = /客户|客戶|用户|用戶|顾客|顧客|业主|業主|对方|對方|买家|買家|超过|超過|逾期|未|无法|無法|不能|不可|仍|凡|要求|需要|属于|屬於|涉及/;
/** …的 that is a word (目的, 别的, 真的, 是的, 好的) or a clause that is an instruction (先确认…的目的，): no case. */
const NOT_NOMINAL = /(?:^(?:先|再|然后|然後|请|請|应|應|需|须|須|要|并|並)|(?:目|有|别|別|似|真|是|好|对|對)的[,，]\s*$)/;
const nominalCondition = (clause: string) => NOMINAL_CONDITION.test(clause) && NOMINAL_CASE.test(clause) && !NOT_NOMINAL.test(clause);
/**
 * A condition that ends its clause instead of opening it: 顾客抱怨时，… / 客户要求转人工的时候，… /
 * 客户没有订单号的话，… / 在客户情绪激动的情况下，…. It must not speak to anyone (您/你/我) and
 * not be a word that only ends in 时 (同时, 及时, 随时, 小时…) or stand for a case already named
 * (这样的话, 这时).
 */
const TRAILING_CONDITION = /^[^“”"「」『』您你我]{3,40}?(?:的时候|的時候|时候|時候|之时|之時|时|時|的话|的話|情况下|情況下)(?:[,，:：]|[—－-]{1,2})?\s*$/;
/** 线路回响时应说： — a case and the instruction to speak in one clause (split in two). */
const CASE_THEN_SAY = /^([^“”"「」『』]{2,40}?(?:的时候|的時候|时|時))((?:应|應|则|則|就|须|須|需|要|可)?(?:该|該|当|當)?(?:先|首先)?(?:使用|说|說|回答|答复|答覆|回复|回覆|问候|問候)道?[:：。.]?\s*)$/;
/** 如转接电话占线说： — 如 (not 如下/如何/如此/如同/如今/如果…) + a case + (应)说：, split in two. */
const IF_THEN_SAY = /^(如(?![下何此同今果若需要有遇因])[^“”"「」『』您你我，,。；;]{2,30}?)((?:应|應|则|則|就)?(?:说|說)[:：]\s*)$/;
/**
 * 客户在非营业时间来办理业务，应说：… — the customer's doing, told in its own clause right before
 * the words to say to it: a condition too.
 */
const CUSTOMER_CASE = /^(?:客户|客戶|顾客|顧客|用户|用戶|业主|業主|对方|對方|来电者|來電者|客人|访客|訪客|旅客|乘客|患者|病人|家属|家屬)[^“”"「」『』您你我]{1,38}[,，]\s*$/;
const SAY_NEXT = /^\s*(?:应|應|则|則|就|须|須|需|要)(?:该|該)?(?:说|說|回答|答复|答覆|回复|回覆)/;
/** …，配款完毕后应说： — a clause of the same sentence that ends by telling what to say. */
const SAY_AT_END = /(?:应|應|则|則|须|須|需)(?:该|該)?(?:说|說|回答|答复|答覆|回复|回覆)[:：]?\s*$/;
/**
 * Whether the words to say come right after the clause at `i`, or end one of the next two clauses of
 * its sentence (客户取款，接到客户取款凭证，配款完毕后应说：…).
 */
function sayFollows(tokens: readonly Token[], i: number): boolean {
  if (SAY_NEXT.test(tokens[i + 1]?.raw ?? '')) return true;
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.quoted || /[。！？!?；;]\s*$/.test(t.raw) || /[您你我]/.test(t.raw)) return false;
    if (SAY_AT_END.test(t.raw)) return true;
  }
  return false;
}
const NOT_TRAILING_CONDITION =
  /(?:(?:这|這|那|此|届|屆|彼|当|當|有|平|暂|暫|临|臨|随|隨|及|适|適|准|準|按|定|实|實|同|小|何|哪|几|幾|旧|舊|幼|儿|兒|顿|頓|守|耗)(?:时|時)(?:候)?|^到(?:时|時)(?:候)?|^(?:这样|這樣|那样|那樣|如此|否则|否則|不然)的(?:话|話)|^(?:一般|特殊|正常|紧急|緊急|任何)(?:情况下|情況下))[,，:：]?\s*$/;
/** How a condition that heads the numbered lines after it ends: 顾客抱怨时： / 若客户投诉， / …的话. */
const HEADING_END = /(?:[:：,，]|[—－-]|[时時]|的[话話])\s*$/;
const trailingCondition = (clause: string) => TRAILING_CONDITION.test(clause) && !NOT_TRAILING_CONDITION.test(clause);
/** A two-character case (结束时， / 离开时，): a condition only when the words to say follow (结束时，要说：“…”). */
const SHORT_CASE = /^[^“”"「」『』您你我\s，,。；;：:]{2}(?:时|時)[,，]?\s*$/;
/** The else branch: 否则, 不然, 其他情况… */
const OTHERWISE = /^(?:否则|否則|要不然|不然|其他情况|其它情况|其他情況|其它情況|其余情况|其餘情況)(?:下)?/;
const SAYS = /(?:说|說|表示|回答)[:：]?$/;
const SPEECH_MODE = /(?:说|說|应|應|道|通话|通話|情绪|情緒|问|問|答)[:：]$/;
/** A bare instruction verb right before quoted speech (问候“您好！”): it joins the say step's source. */
const SAY_VERB = /^(?:则|則|就|便|应|應|请|請|再|并|並|然后|然後)?(?:问候|問候|说|說|回答|告知|答复|答覆|回复|回覆|询问|詢問|提醒|表示|讲|講|致歉|道歉|致谢|致謝|告诉|告訴|解释|解釋|安抚|安撫)(?:道|说|說)?[:：]?$/;
/** Words that put the quotes after them off limits: 严禁：“讲话呀！”, 不可以说“喂，没事了吧”, 禁语：“…”. */
const FORBIDDEN = /(?:严禁|嚴禁|禁止|切忌|禁语|禁語|忌语|忌語|禁言|禁用语|禁用語|(?:不可以?|不要|不应该?|不應該?|不能|不得|避免|不宜|切勿|勿|忌|千万不要|千萬不要|千万别|千萬別|禁止|严禁|嚴禁|杜绝|杜絕|切忌)(?:(?![忘漏])[^，,。；;“”"「」『』]){0,10}?(?:说|說|讲|講|使用))[:：]?$/;
/** A ban naming the kind of words before them (禁止反问句式：“…” / 避免否定表达：“…”): the quote is not said. */
const FORBIDDEN_LEAD = /^(?:严禁|嚴禁|禁止|杜绝|杜絕|避免|切忌|忌用|不得使用|不要使用)[^“”"「」『』，,。]{0,12}[:：]$/;
/**
 * A section of what must not be said, by its title (二、服务忌语与禁止行为 / 3.3服务禁语、不规范服务用语…):
 * not after a verb that uses them (禁止使用服务禁语 is an instruction).
 */
const BANNED_TITLE = /(?<!(?:用|说|說|讲|講|出现|出現|禁止|杜绝|杜絕|避免)(?:服务|服務)?)(?:服务|服務)?(?:禁语|禁語|忌语|忌語|禁用语|禁用語|禁言|禁忌用语|禁忌用語|禁忌语|禁忌語|忌用语|忌用語|不规范(?:服务|服務)?用语|不規範(?:服務)?用語|不文明(?:服务|服務)?用语|不文明(?:服務)?用語|不礼貌用语|不禮貌用語|禁忌(?:清单|清單|事项|事項)?$)/g;
/** A title of a section of banned words only (服务用语及忌语指南 names both: not a banned section). */
const bannedTitle = (clause: string): boolean => {
  BANNED_TITLE.lastIndex = 0;
  return BANNED_TITLE.test(clause) && !namesWhatToSay(clause);
};
/** Whether a title also names words to say, besides the banned ones (文明用语与服务禁语). */
const namesWhatToSay = (clause: string): boolean => /用语|用語|敬语|敬語/.test(clause.replace(BANNED_TITLE, ''));
/** A title of what is to be said (三、规范用语 / 打招呼用语： / 常用敬语), short, naming no ban (bannedTitle): it ends a banned section. */
const POSITIVE_TITLE = /^(?:[\d０-９.．、()（）一二三四五六七八九十★☆●◆■□•·\s]*)(?:(?:常用|基本)?(?:的)?(?:规范|規範|文明|礼貌|禮貌|标准|標準)(?:服务|服務)?(?:用语|用語)|(?:常用|服务|服務)?(?:敬语|敬語)|(?:服务|服務)用语)[\s:：]*$/;
/** What to say instead, inside a banned section: 应说 / 应改为 / 可以说 before a quote. */
const POSITIVE_SAY = /(?:应|應|可以?|要|改|宜|请|請)(?:说|說|讲|講|改为|改為|改说|改說|回答|答复|答覆)[:：]?$/;
/** A heading naming the people a case is about: 对不熟悉医院的初诊患者（称呼）： / 针对经常出差的业主 (ending with them). */
const TARGET_CASE = /^(?:针对|針對|对于|對於|面对(?!面)|面對(?!面)|[对對](?!不起|了|的|啊|吧|吗|嗎|方|面))[^“”"「」『』您你我，,。；;]{1,30}?(?:客户|客戶|顾客|顧客|业主|業主|患者|病人|用户|用戶|客人|宾客|賓客|旅客|乘客|纳税人|納稅人|老人|老年人|儿童|兒童|家属|家屬|来电者|來電者|访客|訪客|群众|群眾|办事人|辦事人)(?:[(（][^)）]{0,8}[)）])?[:：]?\s*$/;
/** A label before the words to say (语言：/ 用语：/ 话术：): the clause before it names the case. */
const SPEECH_LABEL = /^(?:语言|語言|用语|用語|话术|話術|说法|說法|服务用语|服務用語|规范用语|規範用語|标准用语|標準用語)[:：]\s*$/;
/** Words already given, then what they are for: “…”，用于客人离开时 — the case they are said in. */
const USED_WHEN = /^(?:用于|用於|适用于|適用於|用在|用对|用對)(?=.{2})/;
/** Kinds of words a standard bans, as its titles name them (否定性用语, 推诿用语, 蔑视语…): never a list of what to say. */
const BAD_WORD_KINDS = '否定|反问|反問|推诿|推諉|命令|质问|質問|讽刺|諷刺|粗|脏|髒|蔑视|蔑視|顶撞|頂撞|烦躁|煩躁|斥责|斥責|训斥|訓斥|冷漠|伤害|傷害|侮辱';
/**
 * The title of a list of phrases (3.常用的服务性敬语 / (1)欢迎性敬语 / 问候用语： / (6)应答、客套): the
 * short lines under it are phrases to say, though they name no one (欢迎光临！ 节日快乐！ 没关系。).
 */
const PHRASE_TITLE = new RegExp(`^(?![^用语語]*(?:禁止|严禁|嚴禁|杜绝|杜絕|不得|不要|避免|切忌|${BAD_WORD_KINDS}))[^“”"「」『』，,。！!？?]{0,12}(?:用语|用語|敬语|敬語|礼貌语|禮貌語|客套|客套话|客套話|问候语|問候語|祝福语|祝福語|祝愿语|祝願語|语言|語言)[:：]?\\s*$`);
/** A line of such a list: one short sentence of speech, not procedure (no one in the third person, no instruction). */
const PHRASE_LINE = /^[^“”"「」『』:：]{1,30}[。！!？?…~～]?\s*$/;
/** A line about the staff's duty, not a phrase (服务员要面带微笑 / 应主动问候). */
const STAFF_DUTY = /服务员|服務員|工作人员|工作人員|员工|員工|营业员|營業員|柜员|櫃員|导医|導醫|收银员|收銀員|(?<![您你我])(?:要|应|應|须|須|必须|必須|需要|不得|禁止)/;
/**
 * After a quote, words showing it was an example talked about (如“你要饭吗”这类…语言, “不对”等不礼貌字样), not words to
 * say. (使用“我理解您的心情”等语言 prescribes them: 等 alone is no mention.)
 */
const MENTION_NEXT = /^\s*(?:这类|這類|之类|之類|一类|一類|等不|等字眼|等字樣|等字样)/;
/** A lettered answer and what follows it: 方便―― / 不满意： / 是→. */
const OPTION_ANSWER = /^\s*(?!(?:回答|回覆|回复|答复|答覆|应答|應答|答|客服|顾客|顧客|客户|客戶|用户|用戶|话术|話術|说|說|问|問|参考|參考)\s*[:：])([^，,。！？!?“”"「」『』：:—―－\-→\s]{1,8})\s*(?:――|——|―|—|－－|--|→|：|:)\s*/;
/** Between quotes of one ban (“七不”，即：“不”、“不知道”…): joiners and a 即/如/例如 before the list. */
const FORBIDDEN_JOIN = /^[\s或和及、,，]*(?:或者|或是|即|也就是|如|例如|比如|包括)?[\s、,，:：]*$/;
/** A ban verb ending its clause right before the words it bans: 杜绝“七不” / 切忌“喂”. */
const BAN_VERB_END = /(?:严禁|嚴禁|禁止|杜绝|杜絕|切忌|忌用|禁用)\s*$/;
/** A lead-in to a list of banned kinds of words: 严格禁止使用以下类型语言： / 杜绝以下用语： */
const BAN_LIST_LEAD = /(?:严禁|嚴禁|禁止|杜绝|杜絕|切忌|不得|不要|避免)(?:使用|说|說|讲|講)?[^，,。；;“”"]{0,10}(?:语言|語言|用语|用語|话语|話語|字眼|词语|詞語|说法|說法)[:：]\s*$/;
/** A clause after which what follows is not said: 禁语： / 不可以说 / 严格禁止使用以下类型语言：. */
const banLeadIn = (clause: string): boolean => FORBIDDEN.test(clause) || BAN_LIST_LEAD.test(clause);
/**
 * What the agent is doing, then the instruction to use the words that follow (接听服务对象电话应当使用“…” /
 * 对老年人应说“…”): the doing is the case. Not a role ({@link NOT_A_CASE}: 营业员应说, 话务代表应说 — but 对来电者应说 is
 * one) nor a word or step of a sequence (首先应说, 配款完毕后应说).
 */
const DOING_THEN_SAY = /^([^“”"「」『』，,。；;：:您你我]{4,30}?)((?:应当|應當|应该|應該|应|應)(?:使用|说|說|讲|講|回答)[:：]?\s*)$/;
const NOT_A_CASE = /^(?:[在对對]?(?:客服|坐席|话务员|話務員|工作人员|工作人員|服务人员|服務人員|员工|員工|营业员|營業員|柜员|櫃員|导医|導醫|医护人员|醫護人員|服务员|服務員|接线员|接線員)(?:人员|人員|们|們)?|首先|然后|然後|同时|同時|最后|最後|平时|平時|一般|通常|必要时|必要時)$|^(?![对對向给給为為])[^，,]*(?:代表|员|員|人员|人員|师|師)$|(?:后|後|完|毕|畢|以前|之前|前|首先|先|再|然后|然後|最后|最後|还|還|也|都)$/;
/** After quotes, what they were: 等文明用语 / 等礼貌用语 (a tail about the words, not more of them). */
const MENTION_TAIL = /^等[^，,。！？!?]{0,8}(?:用语|用語|语言|語言|敬语|敬語|字样|字樣|话|話|说法|說法)/;
const INSTRUCTION_START = /^(?:并|並|然后|然後|同时|同時|记录|記錄|应|應|需|注意|备注|備注|则|則|请按|請按|按正常)/;
/** (请 of 申请/邀请/请示/聘请… is no "please": 为客户申请退款 is an instruction.) */
const SPEECHY = /您|(?<![申邀聘宴提报報])[请請](?!求|示)|谢谢|謝謝|抱歉|对不起|對不起|再见|再見|你好|麻烦|麻煩/;
/** A quote that was closed: “…” with only punctuation after it. */
const CLOSED_QUOTE = /[”」』"][\s,，。!！?？;；:：、.．…]*$/;
/** The agent or the customer named in the third person, as procedures do (客服应…, 让客户…). */
const THIRD_PERSON = /客服|坐席|话务|話務|客户|客戶|顾客|顧客|用户|用戶|业主|業主|客人|来电者|來電者|访客|訪客|旅客|乘客|患者|病人|家属|家屬/;
/** Words to the customer, not about them: 并请客户… / 可以请用户… are instructions. */
const speechy = (clause: string) =>
  SPEECHY.test(clause.replace(/^(?:并|並|可以|可)?(?:请|請)(?=客户|客戶|用户|用戶|业主|業主|顾客|顧客)/, ''));
// “ ” toggle (the sources often close a quote with “ or never close it); 「『 open and 」』 close.
const QUOTE_TOGGLE = new Set(['“', '”', '"', '＂']);
const QUOTE_OPEN = new Set([...QUOTES_OPEN].filter((q) => !QUOTE_TOGGLE.has(q) && q !== '‘'));
const QUOTE_CLOSE = new Set([...QUOTES_CLOSE].filter((q) => !QUOTE_TOGGLE.has(q) && q !== '’'));
const CLAUSE_END_SET = new Set([...SENTENCE_ENDS, ...CLAUSE_BREAKS].filter((c) => c !== '.' && c !== '．' && c !== '、' && c !== '､' && c !== '…'));

/** Actions an instruction names, in the order they are looked for. */
const ACTION_PATTERNS: ReadonlyArray<readonly [ActionKind, RegExp]> = [
  ['record-complaint', /(?:记录|記錄)(?:客户|客戶|业主|業主)?(?:的)?(?:投诉|投訴)/],
  ['schedule-callback', /(?:回电|回電|回复电话|回覆電話)/],
  ['follow-up', /(?:回访|回訪)/],
  ['escalate', /(?:报告|報告|交由|提交|上报|上報)(?:给|給)?(?:现场|現場)?(?:上司|值班长|值班長|班长|班長|主管|组长|組長|上级|上級)/],
  ['transfer', /^(?:将|將|把)?(?:电话|電話)?(?:转接|轉接)/],
  ['create-ticket', /(?:提交|建立)(?:工单|工單)/],
];
/** After a number: N小时内 (a deadline in hours). */
const HOURS_AFTER = /^\s*(?:个|個)?(?:小时|小時)(?:之)?[内內]/;

/** Every maximal run of numerals in a text, found in one linear scan. */
function numberRuns(text: string): Array<{ start: number; end: number; digits: string }> {
  const runs: Array<{ start: number; end: number; digits: string }> = [];
  for (const m of text.matchAll(new RegExp(NUM, 'g'))) runs.push({ start: m.index, end: m.index + m[0].length, digits: m[0] });
  return runs;
}

/** The first number whose surroundings (a bounded window before and after) match, read. */
function numberBetween(text: string, before: RegExp | undefined, after: RegExp): number | undefined {
  for (const run of numberRuns(text)) {
    if (before !== undefined && !before.test(text.slice(Math.max(0, run.start - 4), run.start))) continue;
    if (!after.test(text.slice(run.end, run.end + 16))) continue;
    const n = parseNumber(run.digits);
    if (n !== undefined) return n;
  }
  return undefined;
}

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Reads a number written in Arabic, full-width or Chinese numerals: with units (二十四, 一百零五,
 * 两千) or digit by digit (一二 is 12, 二〇二四 is 2024). Numbers beyond
 * `Number.MAX_SAFE_INTEGER` (a long digit run) are not read: the result is `undefined`, never
 * `Infinity` or a rounded value.
 *
 * @param text - the numeral
 * @returns the number, or `undefined` when `text` is not a numeral or too large
 * @example
 * ```ts
 * parseNumber('五'); //=> 5
 * parseNumber('二十四'); //=> 24
 * parseNumber('一二'); //=> 12
 * parseNumber('9'.repeat(400)); //=> undefined
 * ```
 */
export function parseNumber(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const safe = (n: number) => (Number.isSafeInteger(n) ? n : undefined);
  if (/^[0-9]+$/.test(ascii)) return ascii.length > 16 ? undefined : safe(Number(ascii));
  if (ascii === '' || ascii.length > 16) return undefined;
  if (!/[十百千]/.test(ascii)) {
    // Digit by digit: 一二 → 12, 二〇二四 → 2024.
    let n = 0;
    for (const ch of ascii) {
      const d = DIGITS[ch];
      if (d === undefined) return undefined;
      n = n * 10 + d;
    }
    return safe(n);
  }
  let total = 0;
  let digit = 0;
  for (const ch of ascii) {
    const unit = ch === '千' ? 1000 : ch === '百' ? 100 : ch === '十' ? 10 : 0;
    if (unit > 0) {
      total += (digit || 1) * unit;
      digit = 0;
    } else if (ch in DIGITS) digit = DIGITS[ch] ?? 0;
    else return undefined;
  }
  return safe(total + digit);
}

const SILENT =
  /无回应|無回應|没有回应|沒有回應|没回应|沒回應|不回应|不回應|无反应|無反應|没有反应|沒有反應|没反应|沒反應|毫无反应|毫無反應|不说话|不說話|不出声|不出聲|无声|無聲|没有声音|沒有聲音|不回答|没有回答|沒有回答|没有应答|沒有應答|无人应答|無人應答|未有回应|未有回應|未回应|未回應|未有反应|未有反應/;
const DIALECT = /(?:讲|講|说|說)方言/;
const INSISTS = /坚持|堅持/;
const UNCLEAR = /听不清|聽不清|没听清|沒聽清|没有听清|沒有聽清|听不懂|聽不懂|没听懂|沒聽懂/;
const DECLINES = /不同意|拒绝|拒絕|那算了|不愿意|不願意|不接受|不答应|不答應|说不用|說不用|说不行|說不行/;
const AGREES = /同意|说可以|說可以|愿意|願意|接受|答应|答應|说好|說好|说行|說行/;

function replyIntent(words: string): Condition | undefined {
  if (/算了|不用|不要|不必|再说|再說|不可以|不行|不同意|拒绝|拒絕/.test(words)) return { reply: 'decline' };
  if (/不需要|没有了|沒有了|没事|沒事/.test(words)) return { reply: 'no-more' };
  if (/表扬|表揚|称赞|稱讚|夸奖|誇獎/.test(words)) return { reply: 'praise' };
  if (/谢谢|謝謝|感谢|感謝/.test(words)) return { reply: 'thanks' };
  if (/可以|好的|(?<![您你问問])好(?!吗|嗎)|行|同意|抓紧|抓緊|没问题|沒問題/.test(words)) return { reply: 'agree' };
  return undefined;
}

/**
 * What a condition clause (若…/如果…/如客户…) means: a reply intent (what the customer says, 若用户说:可以,
 * or does, 若客户无回应 / 不同意 / 愿意 / 听不清), a time limit (2分钟以上, 超过30秒) or a flag (焦急,
 * 转接不成功, 仍听不清…).
 *
 * @param clause - the clause, simplified or traditional
 * @returns the condition, or `undefined` when it is not one the step model knows
 * @example
 * ```ts
 * parseCondition('如果整個查詢過程需2分鐘以上'); //=> { elapsedOver: 120 }
 * parseCondition('若用户说:那算了'); //=> { reply: 'decline' }
 * parseCondition('若客户无回应'); //=> { reply: 'silent' }
 * ```
 */
export function parseCondition(clause: string): Condition | undefined {
  const says = /(?:说|說|表示|回答)[:：]?(.*)$/.exec(clause);
  if (says !== null && /(?:用户|用戶|客户|客戶|业主|業主|顾客|顧客|对方|對方)/.test(clause)) {
    const reply = replyIntent(says[1] ?? '');
    if (reply !== undefined) return reply;
  }
  if (/以上|超过|超過|之上|需/.test(clause)) {
    const n = numberBetween(clause, undefined, /^\s*(?:分钟|分鐘)/);
    if (n !== undefined && n > 0 && n * 60 <= MAX_STEP_SECONDS) return { elapsedOver: n * 60 };
  }
  const seconds = numberBetween(clause, /(?:超过|超過)$/, /^\s*秒/) ?? numberBetween(clause, undefined, /^\s*秒(?:以上|之上)/);
  if (seconds !== undefined && seconds > 0 && seconds <= MAX_STEP_SECONDS) return { elapsedOver: seconds };
  if (/焦急|着急|著急|急躁/.test(clause)) return { flag: 'customer-anxious' };
  if (/不接受道歉/.test(clause)) return { flag: 'apology-rejected' };
  if (/转接不成功|轉接不成功|转接失败|轉接失敗/.test(clause)) return { flag: 'transfer-failed' };
  if (/破口大骂|破口大罵|情绪激烈|情緒激烈|辱骂|辱罵/.test(clause)) return { flag: 'customer-abusive' };
  if (/仍(?:无法|無法|听不|聽不|不能)|还是听不|還是聽不|确实无法|確實無法/.test(clause)) return { flag: 'still-unclear' };
  if (/无法处理|無法處理|解决不了|解決不了|无法当场|無法當場/.test(clause)) return { flag: 'cannot-resolve' };
  if (/私人|私事/.test(clause)) return { flag: 'personal-matter' };
  if (says !== null) {
    const reply = replyIntent(says[1] ?? '');
    if (reply !== undefined) return reply;
  }
  // What the customer does, not says: 客户无回应, 用户不同意, 客户愿意…
  if (SILENT.test(clause)) return { reply: 'silent' };
  if (UNCLEAR.test(clause)) return { reply: 'unclear' };
  if (DIALECT.test(clause)) return { reply: 'dialect' };
  if (INSISTS.test(clause)) return { reply: 'insists' };
  if (/表扬|表揚|称赞|稱讚|夸奖|誇獎/.test(clause)) return { reply: 'praise' };
  if (DECLINES.test(clause)) return { reply: 'decline' };
  if (AGREES.test(clause)) return { reply: 'agree' };
  return undefined;
}

interface Token {
  raw: string;
  quoted: boolean;
  /** A case told with the words to say (如转接电话占线说：): a condition whatever it opens with. */
  case?: true;
}

/** Splits a line into quoted speech and unquoted clauses, keeping every character. */
/**
 * The header of a table of what not to say beside what to say, as flattened pages keep it
 * (电话接待客户时遇到的情况 不应该 应该 …, 情景 服务忌语 规范用语): group 1 when the wrong column comes first,
 * group 2 when it comes second.
 */
const WRONG_COLUMN = '(?:服务|服務)?(?:不应该|不應該|不应|不應|不宜|错误|錯誤|忌语|忌語|禁语|禁語|禁用语|禁用語|不规范|不規範|不文明|不当|不當)(?:的)?(?:说法|說法|用语|用語|表述|语言|語言|话术|話術|用词|用詞)?';
const RIGHT_COLUMN = '(?:服务|服務)?(?:应该|應該|正确|正確|规范|規範|文明|恰当|恰當|推荐|推薦)(?:的)?(?:说法|說法|用语|用語|表述|语言|語言|话术|話術|用词|用詞)?';
const TABLE_HEADER = new RegExp(`(?:^|[\\s|｜])(?:(${WRONG_COLUMN}[\\s|｜]+${RIGHT_COLUMN})|(${RIGHT_COLUMN}[\\s|｜]+${WRONG_COLUMN}))(?=[\\s|｜]|$)`);
/** Between two quotes of one column: “…”或“…”, “…”、“…”. */
const SAME_COLUMN = /^[\s或和及、,，]*(?:或者|或是)?[\s、,，]*$/;

/** What a quoted token holds after its closing quote (the clause mark or space the tokenizer joined to it). */
function quoteTail(raw: string): string {
  return raw.slice(Math.max(raw.lastIndexOf('”'), raw.lastIndexOf('"'), raw.lastIndexOf('」'), raw.lastIndexOf('』')) + 1);
}

/**
 * In a row of such a table, the tokens of the wrong column's quotes: a run of quotes (joined by
 * 或 / 、) followed by only a space and another run is one column, the next run the other.
 */
function wrongColumn(tokens: readonly Token[], wrongFirst: boolean): Set<number> {
  const wrong = new Set<number>();
  let run: number[] = [];
  let row: number[][] = [];
  const endRow = () => {
    if (row.length >= 2) for (const t of wrongFirst ? row[0]! : row[row.length - 1]!) wrong.add(t);
    row = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.quoted) {
      if (run.length > 0 && SAME_COLUMN.test(t.raw) && tokens[i + 1]?.quoted === true) continue;
      if (run.length > 0) row.push(run), (run = []);
      endRow();
      continue;
    }
    run.push(i);
    const tail = quoteTail(t.raw);
    if (tokens[i + 1]?.quoted === true && /\s/.test(tail) && /^[\s、,，;；]*$/.test(tail)) row.push(run), (run = []);
    else if (tokens[i + 1]?.quoted !== true && !(SAME_COLUMN.test(tokens[i + 1]?.raw ?? '') && tokens[i + 2]?.quoted === true)) {
      row.push(run), (run = []);
      endRow();
    }
  }
  if (run.length > 0) row.push(run);
  endRow();
  return wrong;
}
const NO_WRONG: ReadonlySet<number> = new Set();
/**
 * The quotes talked about as examples (“嗯”“我明白”等语言 / 如“你要饭吗”这类语言): those followed, after
 * only other quotes, by a mention word. One pass from the end of the line.
 */
function mentionedQuotes(tokens: readonly Token[]): ReadonlySet<number> {
  const out = new Set<number>();
  let mention = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (!t.quoted) {
      mention = false;
      continue;
    }
    const next = tokens[i + 1];
    // The quote right before a mention word, or before another quote of the mention when only a
    // closing quote and a 、 or a space stand between them.
    if (next !== undefined && !next.quoted) mention = MENTION_NEXT.test(next.raw);
    else if (next !== undefined && !/^[\s、,，]?$/.test(quoteTail(t.raw))) mention = false;
    if (mention) out.add(i);
  }
  return out;
}

const QUOTE_SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
/** A clause of procedure about the customer: 若业主不能完全明白 / 应将客户的问题记录 (never 您/你). */
const PROCEDURE_CLAUSE = /^(?:若|如果|如|假如|当|當|待|在|则|則|并|並|然后|然後)|(?:应|應|须|須|需要|要求|可以|必须|必須)/;

/** Whether the clause after `from` (up to 40 units) is procedure text about the customer, not speech. */
function procedureAfter(line: string, from: number): boolean {
  let end = from;
  while (end < line.length && end - from < 40 && !CLAUSE_END_SET.has(line[end] as string) && !QUOTE_TOGGLE.has(line[end] as string) && !QUOTE_OPEN.has(line[end] as string) && !QUOTE_CLOSE.has(line[end] as string)) end++;
  const clause = line.slice(from, end).trim();
  return THIRD_PERSON.test(clause) && !/[您你]/.test(clause) && PROCEDURE_CLAUSE.test(clause);
}

/**
 * Lines as written, with a hard-wrapped paragraph joined (text copied from a PDF breaks lines at a
 * width: 如果超过3声铃响，再接电话，⏎必须先说：“…”): a long line that stops after a comma runs on into
 * the next line when that one is text, not a number or a quote.
 */
function softWrapped(physical: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of physical) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.trim().length >= WRAP_WIDTH && WRAPPED_END.test(prev) && /^[\u4e00-\u9fff，,、]/.test(line) && !MARKER.test(line)) out[out.length - 1] = prev + line;
    else out.push(line);
  }
  return out;
}
/** The shortest line taken for a hard-wrapped one. */
const WRAP_WIDTH = 24;
/** How a hard-wrapped line ends: mid-sentence, after a comma (a line ending inside a word could be an item of a list). */
const WRAPPED_END = /[，,、]$/;

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let buf = '';
  let inQuote = false;
  const flush = (quoted: boolean) => {
    if (buf !== '') tokens.push({ raw: buf, quoted });
    buf = '';
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    const last = tokens[tokens.length - 1];
    if (ch === RISING_TONE && buf === '' && last !== undefined) {
      last.raw += ch;
      continue;
    }
    if (!inQuote && (QUOTE_TOGGLE.has(ch) || QUOTE_OPEN.has(ch))) {
      flush(false);
      buf = ch;
      inQuote = true;
    } else if (inQuote && (QUOTE_TOGGLE.has(ch) || QUOTE_CLOSE.has(ch))) {
      buf += ch;
      flush(true);
      inQuote = false;
    } else {
      buf += ch;
      if (!inQuote && CLAUSE_END_SET.has(ch)) flush(false);
      // A quote never closed (“请问您是否明白？若客户不明白，应…): it ends with its sentence where
      // the procedure goes on about the customer in the third person.
      else if (inQuote && QUOTE_SENTENCE_END.has(ch) && procedureAfter(line, i + 1)) {
        flush(true);
        inQuote = false;
      }
    }
  }
  flush(inQuote);
  // A closing clause mark right after a quote, or lone punctuation, joins the token before it.
  const merged: Token[] = [];
  for (const t of tokens) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && !t.quoted && /^[\s,，。!！?？;；:：、…]+$/.test(t.raw)) prev.raw += t.raw;
    else merged.push({ ...t });
  }
  return merged;
}

/**
 * Splits a line where a numbering marker starts a new step in the middle of it: outside quotes,
 * after ；。，！？：） or a closing quote (“…”稍停五秒；第二步：…), and where a quote never closed runs into
 * a number after a sentence end. Keeps every character.
 */
function splitAtMarkers(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let inQuote = false;
  let canBreak = false;
  /** Right after a question (…吗): a lettered answer may follow; after answer A, answer B may. */
  let afterQuestion = false;
  let nextOption: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (!inQuote && (QUOTE_TOGGLE.has(ch) || QUOTE_OPEN.has(ch))) {
      inQuote = true;
      canBreak = false;
    } else if (inQuote) {
      if (QUOTE_TOGGLE.has(ch) || QUOTE_CLOSE.has(ch)) {
        inQuote = false;
        canBreak = true;
      } else if (i > start && SENTENCE_END_BEFORE_NUMBER.test(line[i - 1] as string) && /[0-9０-９]/.test(ch) && midMarkerAt(line, i)) {
        // …再见！再稍停五秒挂机。3、因… — a quote never closed runs into the next number: it ends there.
        parts.push(line.slice(start, i));
        start = i;
        inQuote = false;
        canBreak = false;
      }
    } else if (/\s/.test(ch)) {
      // 请问您现在方便吗 A.方便――… B.不方便――…: the customer's possible answers, lettered on one line.
      const letter = afterQuestion ? 'A' : nextOption;
      if (letter !== undefined && line[i + 1] === letter && /[.．、]/.test(line[i + 2] ?? '') && i + 1 > start) {
        parts.push(line.slice(start, i + 1));
        start = i + 1;
        nextOption = String.fromCharCode(letter.charCodeAt(0) + 1);
        afterQuestion = false;
        canBreak = false;
        i += 2;
      } else if (nextOption !== undefined && i + 1 > start && midMarkerAt(line, i + 1)) {
        // …再见 3.对接待人员… — on such a line, a number after a space is the next item.
        parts.push(line.slice(start, i + 1));
        start = i + 1;
        nextOption = undefined;
        canBreak = false;
      }
      continue;
    } else if (canBreak && i > start && midMarkerAt(line, i)) {
      parts.push(line.slice(start, i));
      start = i;
      canBreak = false;
    } else canBreak = MID_BREAK.test(ch);
    if (!/\s/.test(ch)) afterQuestion = !inQuote && /[？?吗嗎呢]/.test(ch);
  }
  parts.push(line.slice(start));
  return parts;
}

function midMarkerAt(line: string, i: number): boolean {
  MID_MARKER.lastIndex = i;
  return MID_MARKER.test(line);
}

function unquote(raw: string): string {
  return raw.replace(/[“”"＂「」『』]/g, '').trim();
}

/** The number a marker counts (一、→1, (3)→3, ②→2, B.→2); undefined if none is read. */
function labelValue(marker: string): number | undefined {
  const circled = /^[①-⑳]/.exec(marker) ?? /^[⑴-⒇]/.exec(marker);
  if (circled !== null) return (circled[0].codePointAt(0) as number) - (/^[①-⑳]/.test(circled[0]) ? 0x245f : 0x2473);
  const letter = /^[A-Za-zＡ-Ｚ](?=[.．、])/.exec(marker);
  if (letter !== null) return (letter[0].toUpperCase().codePointAt(0) as number) - (letter[0] >= 'Ａ' ? 0xff20 : 0x40);
  const digits = numberRuns(marker)[0]?.digits;
  return digits === undefined ? undefined : Number(digits);
}

/** How deep a numbering style sits: 一、 above (一) above 1、 above 第N步 above (1) above ① above A. */
function markerRank(marker: string): number {
  if (/^[一二三四五六七八九十]+、/.test(marker)) return 1;
  if (/^[(（][零〇一二两兩三四五六七八九十百千]+[)）]/.test(marker)) return 2;
  if (/^[0-9０-９]+[、.．]/.test(marker)) return 3;
  if (/^第/.test(marker)) return 4;
  if (/^(?:[(（][0-9０-９]+[)）]|[⑴-⒇])/.test(marker)) return 5;
  if (/^[①-⑳]/.test(marker)) return 6;
  return 7;
}

/** A condition's own words: without 若/如果…, the trailing 时/的话 and punctuation (capped at MAX_CONDITION_TEXT). */
const PINYIN_GLOSS = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/g;

function conditionText(source: string): string {
  // (Pinyin glosses some pages put after a character, 時(shí), are not part of the case.)
  let text = unquote(source).replace(PINYIN_GLOSS, '').replace(CONDITION, '').replace(/^(?:针对|針對|对于|對於|面对|面對)(?=.)/, '').replace(/^[\s:：,，]+/, '');
  text = text
    .replace(/[\s,，。!！?？;；:：、.．…—－-]+$/, '')
    .replace(/(?:的时候|的時候|的情况下|的情況下|情况下|情況下|的话|的話|时候|時候|之时|之時|时|時)$/, '')
    .trim();
  // 在客户情绪激动的情况下 / 在办理业务时: 在 opens the case (not 在线, 在场…).
  if (/(?:情况下|情況下|[时時]候?)[\s,，:：]*$/.test(unquote(source))) text = text.replace(/^在(?![线綫線内內外场場家职職岗崗])(?=.)/, '');
  if (text === '') text = unquote(source).replace(/[\s,，。!！?？;；:：、]+$/, '') || '?';
  return text.length > MAX_CONDITION_TEXT ? `${text.slice(0, MAX_CONDITION_TEXT - 1)}…` : text;
}

/** Thrown by `parseScript` when steps would nest deeper than `MAX_STEP_DEPTH`. */
function tooDeep(line: number): never {
  throw new HuashuError(
    'STEPS_TOO_DEEP',
    `parseScript: steps nest deeper than ${MAX_STEP_DEPTH} levels at line ${line + 1} (MAX_STEP_DEPTH); split the script or flatten its conditions`,
  );
}

type BranchStep = Extract<StepInput, { kind: 'branch' }>;
type GroupStep = Extract<StepInput, { kind: 'group' }>;

/**
 * Parses a free-text script in the sources' own style into steps. A numbered item (第一步, 1、,
 * 一、, (一), (1), ①, A.) is one `group` step holding what follows it, labelled with its number;
 * nested numbering nests (一、 → (一) → 1、 → 第N步 → (1) → ① → A.), at a line's start or after
 * ；。，！？：） or a closing quote in the middle of one. Quoted speech (“…” 「…」), with a bare verb
 * before it (问候“…”, 应说：“…”), and what follows 应说: become `say` steps; pauses (稍停五秒,
 * 停顿2秒后挂机, 过5秒挂机) become `wait` (and `hang-up`) steps; 等用户回答 a wait for the reply.
 * Every condition (若/如果/如/如需/当/一旦/假如/要是/遇到/只要/凡…, a clause naming a case that ends in 的:
 * 超过48小时仍未找到的，…, or one that ends in 时/的时候/的话/情况下: 顾客抱怨时，…) becomes a `branch` holding what the source
 * makes conditional: its words are kept in `when.text`, with the reply intent, time limit or
 * flag the step model knows (see {@link parseCondition}) where one is recognised, and an open
 * condition `{ text }` (for the application to decide) where none is; 否则/不然/其他情况 add the
 * `otherwise` branch. Nothing conditional is ever said unconditionally: a condition's branch
 * runs to the end of its line, or over the lines after it when the condition (or the instruction
 * after it, 应说：) ends its line, up to a blank line or the next number; a condition heading a
 * numbered list (顾客抱怨时：1、… 2、…) holds the list. After 禁语：/ 严禁 the quoted words, and a
 * numbered list of them, are notes, never said. Simplified and
 * traditional input, full-width or ASCII punctuation alike. Nothing is dropped: what is not
 * recognised becomes a `note`, and every step keeps its original wording in `source`. Linear in
 * the text.
 *
 * @param text - the script
 * @returns the steps, in the pack schema's shape (fill them with `fillStepsOf` to run or render)
 * @throws HuashuError `STEPS_TOO_DEEP` when conditions nest deeper than `MAX_STEP_DEPTH` (64)
 * @example
 * ```ts
 * parseScript('“您好!”稍停五秒,挂机。').map((s) => s.kind); //=> ['say', 'wait', 'action']
 * parseScript('第一步：“您好！”稍停五秒；第二步：若客户无回应，挂机。').map((s) => s.label); //=> ['第一步', '第二步']
 * parseScript('如果客户需要开发票，应说：“我马上为您开具发票。”')[0];
 * //=> { kind: 'branch', branches: [{ when: { text: '客户需要开发票' }, source: '如果客户需要开发票，', steps: [{ kind: 'say', text: '我马上为您开具发票。', source: '应说：“我马上为您开具发票。”' }] }] }
 * ```
 */
export function parseScript(text: string): StepInput[] {
  if (typeof text !== 'string') throw new HuashuError('INVALID_ARGUMENT', `parseScript: the script must be a string (got ${text === null ? 'null' : typeof text})`);
  const top: StepInput[] = [];
  /**
   * The open numbered groups, innermost last. A condition that ends its line (若客户投诉：) and is
   * followed by deeper numbers holds them: its branch joins this stack as a `frame` with the rank
   * of the group it is in (-1 at the top), so a number of that rank or higher closes it.
   */
  const groups: Array<{ rank: number; step: { steps: StepInput[] }; depth: number; frame?: 'deeper' | 'restart'; last?: number | undefined }> = [];
  /**
   * The branch later lines go into. `rank`: of the numbered group it is in (-1 at the top);
   * `heading`: the condition ends like a heading (顾客抱怨时： / 若客户投诉，), so deeper numbers
   * on the lines after it are its cases.
   */
  let open: { branchStep: BranchStep; branch: BranchInput; line: number; multiLine: boolean; depth: number; rank: number; heading: boolean; item?: true } | undefined;
  let pending: { source: string } | undefined;
  /** After a lead-in to a list of what must not be said (禁语：), the rank of the group it is in. */
  let forbiddenList: { rank: number; entered: boolean } | undefined;
  let run: { kind: 'say' | 'note'; raw: string; prefix: string } | undefined;
  let sayPrefix = '';
  /** The branch step a 否则 would join: the last one made, while still in the same list. */
  let lastBranch: { step: BranchStep; list: StepInput[]; depth: number } | undefined;
  /** Branch steps whose branches are all on replies (so a further reply branch can join them). */
  const replyOnly = new WeakSet<BranchStep>();
  let lineNo = 0;
  /**
   * In a section of what must not be said (by its title): the rank of the numbered group it is in
   * (-1 at the top: it ends at a blank line after content), and whether content followed the title.
   */
  let bannedSection: { rank: number; content: boolean; allow: boolean } | undefined;
  /** Under the title of a list of phrases (to a blank line, a number of its level, or a banned title): its rank. */
  let phraseList: { rank: number } | undefined;
  /** In a table of wrong and right wordings (to a blank line): whether the wrong column is first. */
  let table: { wrongFirst: boolean } | undefined;

  const base = (): { list: StepInput[]; depth: number } => {
    const g = groups[groups.length - 1];
    return g === undefined ? { list: top, depth: 1 } : { list: g.step.steps, depth: g.depth };
  };
  const container = (): { list: StepInput[]; depth: number } => (open === undefined ? base() : { list: open.branch.steps, depth: open.depth });
  const emit = (step: StepInput) => {
    if (pending !== undefined) {
      step.source = pending.source + (step.source ?? '');
      pending = undefined;
    }
    container().list.push(step);
  };
  const flushRun = () => {
    if (run === undefined) return;
    const { kind, raw, prefix } = run;
    run = undefined;
    // (A clause mark left after the closing quote — “请讲”； — is not said.)
    const inner = kind === 'say' ? unquote(raw).replace(/[，,；;、：:]+$/, '') : '';
    if (kind === 'say' && /\S/.test(inner)) emit({ kind: 'say', text: inner, source: prefix + raw });
    else emit({ kind: 'note', text: (prefix + raw).trim() || '·', source: prefix + raw });
  };
  const add = (kind: 'say' | 'note', raw: string) => {
    if (run !== undefined && run.kind === kind) run.raw += raw;
    else {
      flushRun();
      run = { kind, raw, prefix: kind === 'say' ? sayPrefix : '' };
    }
    if (kind === 'say') sayPrefix = '';
  };
  /** The index in `groups` of the innermost condition holding a list (of that kind); -1 if none. */
  const frameAt = (kind: 'any' | 'restart'): number => {
    let at = groups.length - 1;
    while (at >= 0 && (kind === 'any' ? groups[at]?.frame === undefined : groups[at]?.frame !== kind)) at--;
    return at;
  };
  /** Closes the innermost condition holding a list (of that kind), with the numbers inside it. */
  const closeFrame = (kind: 'any' | 'restart') => {
    const at = frameAt(kind);
    if (at >= 0) groups.length = at;
  };
  /** The rank of the numbered group the parse is in (-1 at the top). */
  const rankHere = () => groups[groups.length - 1]?.rank ?? -1;
  /** Whether the next line that is not blank opens with a number (a lead-in such as 您必须： or 禁语： introduces it). */
  const nextLineNumbered = () => {
    let next = lineNo + 1;
    while (next < lines.length && (lines[next] as string).trim() === '') next++;
    return MARKER.test((lines[next] ?? '').trimStart());
  };
  /** Opens a branch (in a new branch step, or joining `into`) and makes it the open one. */
  const openBranch = (when: Condition, source: string, into: BranchStep | undefined, rest: boolean, depth: number, item = false) => {
    if (depth + 1 > MAX_STEP_DEPTH) tooDeep(lineNo);
    const branch: BranchInput = { when, steps: [], source };
    let branchStep: BranchStep;
    if (into !== undefined) {
      branchStep = into;
      branchStep.branches.push(branch);
      if (!('reply' in when)) replyOnly.delete(branchStep);
    } else {
      branchStep = { kind: 'branch', branches: [branch] };
      if ('reply' in when) replyOnly.add(branchStep);
      const { list } = container();
      emit(branchStep);
      lastBranch = { step: branchStep, list, depth };
    }
    open = { branchStep, branch, line: lineNo, multiLine: !rest, depth: depth + 1, rank: rankHere(), heading: HEADING_END.test(source), ...(item ? { item } : {}) };
  };

  /** The lines, split at numbers mid-line too; `newLine`: where a line of the text starts. */
  const lines: string[] = [];
  const newLine: boolean[] = [];
  for (const physical of softWrapped(text.split(/\r\n|\r|\n/))) {
    splitAtMarkers(physical).forEach((part, n) => {
      lines.push(part);
      newLine.push(n === 0);
    });
  }
  for (lineNo = 0; lineNo < lines.length; lineNo++) {
    let line = lines[lineNo] as string;
    // A Markdown code fence (``` around the words to say) is no step: its text joins the next one's source.
    if (/^\s*(?:```|~~~)[^`]*$/.test(line) && newLine[lineNo] === true) {
      pending = { source: (pending?.source ?? '') + line };
      continue;
    }
    // A blank line right after a condition heading its own line (针对经常出差的业主⏎⏎“…”), or inside a
    // numbered item that a case opens, leaves it open.
    if (line.trim() === '' && open !== undefined && ((open.multiLine && open.branch.steps.length === 0 && open.line !== lineNo) || (open.item === true && !open.branch.steps.some((x) => x.kind === 'say')))) continue;
    // A blank line ends a condition's branch, with the numbers it holds.
    if (line.trim() === '') {
      closeFrame('any');
      table = undefined;
      phraseList = undefined;
      if (bannedSection !== undefined && bannedSection.rank < 0 && bannedSection.content) bannedSection = undefined;
    }
    const lead = /^[\s\-*•·☆★●○◆◇■□▪▶►✔✓※]*/.exec(line)?.[0] ?? '';
    let marker = MARKER.exec(line.slice(lead.length));
    // A list that started over inside a condition ends with its text line.
    if (marker === null && newLine[lineNo] === true) closeFrame('restart');
    if (marker === null && lead !== '' && /\S/.test(lead)) {
      pending = { source: (pending?.source ?? '') + lead };
      line = line.slice(lead.length);
    }
    // A list of what must not be said (禁语：⏎1、“…”⏎2、“…”) runs over the deeper numbers after it.
    // (One that restarts at 1 at the level of the lead-in's own number is its sub-list: 10、…禁言：1、“…” 2、“…”.)
    if (forbiddenList !== undefined) {
      const lineRank = marker === null ? undefined : markerRank(marker[0]);
      if (lineRank === forbiddenList.rank && !forbiddenList.entered && RESTART.test((marker as RegExpExecArray)[0])) forbiddenList.entered = true;
      else if (lineRank === undefined ? line.trim() !== '' : lineRank < forbiddenList.rank || (lineRank === forbiddenList.rank && !forbiddenList.entered)) forbiddenList = undefined;
    }
    // 第二步：（1）…: a number right after a number opens a group inside it.
    const numbered = marker !== null;
    let letterOption = false;
    for (let first = true; marker !== null; first = false) {
      letterOption = /^[A-DＡ-Ｄ][.．、]/.test(marker[0]);
      const skip = first ? lead.length : 0;
      flushRun();
      const rank = markerRank(marker[0]);
      // A number of the banned section's own level or higher is the next section.
      if (bannedSection !== undefined && bannedSection.rank >= 0 && rank <= bannedSection.rank) bannedSection = undefined;
      if (phraseList !== undefined && rank <= phraseList.rank) phraseList = undefined;
      // A deeper number after a condition that ended its line is inside the condition.
      // (So is a list that starts over at 1 at the condition's own level: 10、…顾客抱怨时，您必须：1、… 2、…;
      // it runs to a blank line or a higher number.)
      if (open !== undefined && open.multiLine && open.heading && open.line !== lineNo) {
        if (rank > open.rank) groups.push({ rank: open.rank, step: open.branch, depth: open.depth, frame: 'deeper' });
        else if (rank === open.rank && RESTART.test(marker[0])) groups.push({ rank: open.rank - 0.5, step: open.branch, depth: open.depth, frame: 'restart' });
      }
      open = undefined;
      // A list that started over inside a condition ends where a number does not go on from it
      // (1、若…：1、… 2、… 2、… — the second 2、 is the outer list's).
      const restart = frameAt('restart');
      const frame = groups[restart];
      if (frame !== undefined && frame.rank + 0.5 === rank) {
        const value = labelValue(marker[0]);
        if (value !== undefined && frame.last !== undefined && value <= frame.last) groups.length = restart;
        else frame.last = value;
      }
      while (groups.length > 0 && (groups[groups.length - 1]?.rank ?? 0) >= rank) groups.pop();
      const parent = base();
      if (parent.depth + 1 > MAX_STEP_DEPTH) tooDeep(lineNo);
      const label = marker[0].replace(/[:：,，、.．\s]+$/, '') || marker[0];
      const group: GroupStep = { kind: 'group', label, source: (pending?.source ?? '') + (first ? lead : '') + marker[0], steps: [] };
      pending = undefined;
      parent.list.push(group);
      groups.push({ rank, step: group, depth: parent.depth + 1 });
      line = line.slice(skip + marker[0].length);
      marker = markerRank(marker[0]) < 7 ? MARKER.exec(line) : null;
      if (marker !== null && markerRank(marker[0]) <= rank) marker = null;
    }
    if (line.trim() === '' && open?.multiLine === true) open = undefined;
    // (A case that opened a numbered item keeps the lines after it until it has words to say.)
    if (open !== undefined && open.line !== lineNo && !open.multiLine && (open.item !== true || open.branch.steps.some((x) => x.kind === 'say'))) open = undefined;

    // A.方便――好的，耽误您两分钟 — a lettered answer of the customer, then what to say to it: a branch.
    const answer = letterOption ? OPTION_ANSWER.exec(line) : null;
    if (answer !== null) {
      flushRun();
      openBranch({ text: (answer[1] as string).trim() }, answer[0], undefined, true, container().depth);
      line = line.slice(answer[0].length);
    }
    const tokens = tokenize(line);
    // 线路回响时应说： — the case and the instruction to speak, as two clauses.
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t] as Token;
      if (token.quoted) continue;
      const split = CASE_THEN_SAY.exec(token.raw);
      if (split !== null && trailingCondition(split[1] as string)) tokens.splice(t, 1, { raw: split[1] as string, quoted: false }, { raw: split[2] as string, quoted: false }), t++;
      else {
        // 如转接电话占线说： — 如 + the case + 说：, the case told with the words to say.
        const ifSay = IF_THEN_SAY.exec(token.raw);
        // 接听服务对象电话应当使用“…” — what the agent is doing, then 应当使用 / 应说 and the words: the case.
        const doing = ifSay === null && tokens[t + 1]?.quoted === true ? DOING_THEN_SAY.exec(token.raw) : null;
        if (ifSay !== null) tokens.splice(t, 1, { raw: ifSay[1] as string, quoted: false, case: true }, { raw: ifSay[2] as string, quoted: false }), t++;
        else if (doing !== null && !NOT_A_CASE.test((doing[1] as string).trim())) tokens.splice(t, 1, { raw: doing[1] as string, quoted: false, case: true }, { raw: doing[2] as string, quoted: false }), t++;
      }
    }
    const header = TABLE_HEADER.exec(line);
    /** The table's caption up to its column names (遇到的情况 不应该 应该): a note, never a case. */
    let captionEnd = -1;
    if (header !== null) {
      table = { wrongFirst: header[1] !== undefined };
      const end = header.index + header[0].length;
      for (let t = 0, at = 0; t < tokens.length && at < end; t++) {
        const token = tokens[t] as Token;
        if (at + token.raw.length > end && !token.quoted) tokens.splice(t, 1, { raw: token.raw.slice(0, end - at), quoted: false }, { raw: token.raw.slice(end - at), quoted: false });
        at += (tokens[t] as Token).raw.length;
        captionEnd = t;
      }
    }
    const wrong = table === undefined ? NO_WRONG : wrongColumn(tokens, table.wrongFirst);
    const mentions = mentionedQuotes(tokens);
    if (tokens.length === 1 && !(tokens[0] as Token).quoted && PHRASE_TITLE.test((tokens[0] as Token).raw.trim()) && !bannedTitle((tokens[0] as Token).raw)) {
      phraseList = { rank: rankHere() };
      bannedSection = undefined;
      flushRun();
      add('note', (tokens[0] as Token).raw);
      continue;
    }
    /** A line of a list of phrases: said as it stands. */
    const phraseLine =
      phraseList !== undefined && bannedSection === undefined && tokens.every((t) => !t.quoted) && PHRASE_LINE.test(line.trim()) && !THIRD_PERSON.test(line) && !INSTRUCTION_START.test(line.trim()) && !STAFF_DUTY.test(line);
    let lastContent = -1;
    let firstContent = -1;
    tokens.forEach((t, i) => {
      if (t.raw.trim() === '') return;
      lastContent = i;
      if (firstContent === -1) firstContent = i;
    });
    // (After a lettered answer, the rest of the line is what to say to it.)
    let speechMode = answer !== null;
    /** After 严禁：/ 不可以说 / 禁语：, quoted words are what must not be said: a note, never a say. */
    let forbidden = forbiddenList !== undefined;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const raw = token.raw;
      const clause = raw.trim();
      if (clause === '') continue;
      if (i <= captionEnd) {
        add('note', raw);
        continue;
      }
      // In a section of what must not be said, everything is a note, but for a quote after 应说 /
      // 可以说 (what to say instead); a title of what to say ends it.
      if (bannedSection !== undefined) {
        if (!token.quoted && POSITIVE_TITLE.test(clause) && !bannedTitle(clause)) bannedSection = undefined;
        else if (!(token.quoted && bannedSection.allow)) {
          // (A lead-in to the list, 严格禁止使用以下类型语言：, is not yet its content; the numbered list after
          // it is banned even past the section.)
          if (!/[:：]\s*$/.test(clause)) bannedSection.content = true;
          else if (!token.quoted && i === lastContent && banLeadIn(clause) && nextLineNumbered()) forbiddenList = { rank: rankHere(), entered: false };
          bannedSection.allow = !token.quoted && POSITIVE_SAY.test(clause) && !FORBIDDEN.test(clause) && tokens[i + 1]?.quoted === true;
          speechMode = false;
          add('note', raw);
          continue;
        }
      }
      if (!token.quoted && bannedTitle(clause) && !FORBIDDEN.test(clause.replace(/[:：\s]+$/, '')) || (!token.quoted && FORBIDDEN.test(clause) && i === lastContent && i === firstContent && !/[说說讲講]/.test(clause) && !namesWhatToSay(clause))) {
        // (A clause that only ends in 禁语： keeps the list-after-it handling below as well.)
        if (!FORBIDDEN.test(clause)) {
          flushRun();
          bannedSection = { rank: rankHere(), content: false, allow: false };
          speechMode = false;
          add('note', raw);
          continue;
        }
        bannedSection = { rank: rankHere(), content: false, allow: false };
      }
      if (token.quoted) {
        if (wrong.has(i) || mentions.has(i)) forbidden = true;
        add(forbidden ? 'note' : 'say', raw);
        // 说：“…”。 — the quote was what 说： introduced; what follows it is not more speech.
        if (CLOSED_QUOTE.test(raw)) speechMode = false;
        if (forbidden) {
          // “没有”，“不知道” stay forbidden; a space or a sentence end after the quote (004's
          // table: 不可说“喂，听懂了吧？” “请问…”) starts what may be said.
          forbidden = /^[，,、]?$/.test(quoteTail(raw));
        }
        continue;
      }
      if (banLeadIn(clause) || ((FORBIDDEN_LEAD.test(clause) || BAN_VERB_END.test(clause)) && tokens[i + 1]?.quoted === true)) {
        flushRun();
        speechMode = false;
        forbidden = true;
        if (i === lastContent && nextLineNumbered()) forbiddenList = { rank: rankHere(), entered: false };
        add('note', raw);
        continue;
      }
      // 或 / 、 between forbidden quotes (严禁：“没有”，“不知道”或“…”) keeps them forbidden.
      if (forbidden && FORBIDDEN_JOIN.test(clause)) {
        add('note', raw);
        continue;
      }
      forbidden = false;
      // “欢迎”、“您好”，用于客人入住客房时 — the words, then the case they are for: a branch holding them.
      // (The branch has no source of its own: the words keep their place before the case's note.)
      if (USED_WHEN.test(clause) && run?.kind === 'say' && tokens[i - 1]?.quoted === true) {
        const said = run;
        run = undefined;
        speechMode = false;
        const { list, depth } = container();
        if (depth + 1 > MAX_STEP_DEPTH) tooDeep(lineNo);
        const branch: BranchInput = { when: { text: conditionText(raw.replace(USED_WHEN, '')) }, steps: [] };
        const branchStep: BranchStep = { kind: 'branch', branches: [branch] };
        emit(branchStep);
        lastBranch = { step: branchStep, list, depth };
        open = { branchStep, branch, line: lineNo, multiLine: false, depth: depth + 1, rank: rankHere(), heading: false };
        run = said;
        flushRun();
        add('note', raw);
        continue;
      }
      if (SAY_VERB.test(clause) && tokens[i + 1]?.quoted === true) {
        flushRun();
        speechMode = false;
        sayPrefix = raw;
        continue;
      }
      // 否则 / 不然 / 其他情况: the otherwise branch of the last branch step made here.
      const otherwise = OTHERWISE.exec(clause);
      if (otherwise !== null) {
        flushRun();
        speechMode = false;
        const cut = raw.indexOf(otherwise[0]) + otherwise[0].length;
        const after = raw.slice(cut);
        const head = /^[\s,，:：]*/.exec(after)?.[0] ?? '';
        const source = raw.slice(0, cut) + head;
        const remainder = after.slice(head.length);
        if (remainder.trim() !== '') {
          tokens.splice(i + 1, 0, { raw: remainder, quoted: false });
          if (lastContent < i + 1) lastContent = i + 1;
          else lastContent++;
        }
        const rest = lastContent > i;
        const target = lastBranch;
        if (
          target !== undefined &&
          !target.step.branches.some((b) => 'otherwise' in b.when) &&
          (target.list === container().list || open?.branchStep === target.step)
        ) {
          open = undefined;
          openBranch({ otherwise: true }, source, target.step, rest, target.depth);
        } else {
          // 否则 with no condition before it: the application decides what it means.
          openBranch({ text: conditionText(source) }, source, undefined, rest, container().depth);
        }
        continue;
      }
      // A condition's opening word (若, 如果, 当…), tested once for the cases below.
      // 如果您不会使用，我可以给您介绍一下 — a condition said to the customer (您/你, no one named in the
      // third person) inside speech, or before more of it, is part of what is said.
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      /** Right after a quote that was closed (“…”。): speech has ended. */
      const afterClosedQuote = prev?.quoted === true && CLOSED_QUOTE.test(prev.raw);
      const saidToThem =
        /[您你]/.test(clause) &&
        !THIRD_PERSON.test(clause) &&
        (run?.kind === 'say' || (next !== undefined && !next.quoted && speechy(next.raw) && !THIRD_PERSON.test(next.raw)));
      const opened =
        !saidToThem &&
        (token.case === true ||
          CONDITION.test(clause.replace(PINYIN_GLOSS, '')) ||
          MID_CONDITION.test(clause) ||
          TARGET_CASE.test(clause) ||
          // 患者来就诊突然发现专家停诊（称呼）：语言：… — the case, then the label of what to say.
          (i === firstContent && next !== undefined && !next.quoted && SPEECH_LABEL.test(next.raw) && !SPEECH_LABEL.test(clause) && !speechy(clause) && clause.length >= 4));
      // A reply that is still the same (还是无声), nested in the open branch.
      const still = !opened && STILL.test(clause);
      const stillWhen = still ? parseCondition(unquote(raw)) : undefined;
      if (stillWhen !== undefined) {
        flushRun();
        speechMode = false;
        openBranch({ ...stillWhen, text: conditionText(raw) }, raw, undefined, lastContent > i, container().depth);
        continue;
      }
      const nominal =
        !opened &&
        !speechMode &&
        (run?.kind !== 'say' || afterClosedQuote) &&
        ((lastContent > i && nominalCondition(clause)) ||
          ((lastContent > i || /[:：]$/.test(clause)) && trailingCondition(clause)) ||
          ((CUSTOMER_CASE.test(clause) || (SHORT_CASE.test(clause) && !NOT_TRAILING_CONDITION.test(clause))) && sayFollows(tokens, i)));
      if (opened || nominal) {
        const conditionAt = i;
        // A condition heading a line of its own after a list it does not belong to (若客户投诉：⏎1、…⏎
        // 若客户退货：) is the next case beside the one that holds the list.
        if (!numbered && conditionAt === firstContent && i === lastContent && HEADING_END.test(clause)) closeFrame('any');
        let source = raw;
        if (SAYS.test(clause) && next !== undefined) {
          // 若用户说:可以 / 若客户说：“那算了”: the customer's words are part of the condition.
          source += next.raw;
          i++;
        }
        let when = parseCondition(unquote(source));
        // 如果声音已经足够大,客户仍无法听清楚时: a condition running over clauses up to …时.
        let longest: { source: string; i: number } | undefined;
        for (let j = i + 1; when === undefined && j <= i + 2; j++) {
          const more = tokens[j];
          if (more === undefined || more.quoted) break;
          let longer = source;
          for (let k = i + 1; k <= j; k++) longer += (tokens[k] as Token).raw;
          if (!/[时時][,，:：]?$/.test(longer.trim())) continue;
          longest = { source: longer, i: j };
          when = parseCondition(unquote(longer));
          if (when !== undefined) {
            source = longer;
            i = j;
          }
        }
        if (when === undefined && longest !== undefined) {
          source = longest.source;
          i = longest.i;
        }
        flushRun();
        speechMode = false;
        const cased = conditionText(source).replace(/(?<=.)的$/, '');
        const text = token.case === true ? cased.replace(/^如(?=.)/, '') : cased;
        const condition: Condition = when === undefined ? { text } : { ...when, text };
        // Inside a branch that runs over lines (若…应说：⏎…), a condition after other words of a line nests in it; otherwise
        // it follows the branch before it. Reply branches on one decision join one step:
        // 若用户说:可以 … 若用户说:那算了 ….
        const sameLine = open !== undefined && open.line === lineNo ? open.branchStep : undefined;
        // (等用户回答，如用户说… nests; a condition opening a line is the next case, beside it.)
        // 遇到来访者声音小听不清楚时，来访者保持音量不变的情况下“…” — a condition right after another one on
        // its line, nothing between them, narrows it: it nests in the branch still empty.
        const narrows = open !== undefined && open.line === lineNo && open.branch.steps.length === 0;
        const outer = narrows || (open !== undefined && open.multiLine && open.line !== lineNo && conditionAt > firstContent) ? container() : undefined;
        open = undefined;
        const here = outer ?? base();
        const last = here.list[here.list.length - 1];
        const join =
          pending === undefined && last?.kind === 'branch' && 'reply' in condition && replyOnly.has(last) && (sameLine === undefined || sameLine === last)
            ? last
            : undefined;
        if (outer !== undefined) {
          // Re-open the outer branch as the container the new branch step is emitted into.
          if (join === undefined) {
            if (outer.depth + 1 > MAX_STEP_DEPTH) tooDeep(lineNo);
            const branch: BranchInput = { when: condition, steps: [], source };
            const branchStep: BranchStep = { kind: 'branch', branches: [branch] };
            if ('reply' in condition) replyOnly.add(branchStep);
            if (pending !== undefined) {
              branchStep.source = pending.source;
              pending = undefined;
            }
            outer.list.push(branchStep);
            lastBranch = { step: branchStep, list: outer.list, depth: outer.depth };
            open = { branchStep, branch, line: lineNo, multiLine: !(lastContent > i), depth: outer.depth + 1, rank: rankHere(), heading: HEADING_END.test(source) };
          } else openBranch(condition, source, join, lastContent > i, outer.depth);
          continue;
        }
        // 1、客户进入营业厅时，微笑迎接客户。⏎“上午好，请问…” — a case opening a numbered item without the
        // words to say on its line holds the item's next lines (blank ones too) until it has them.
        openBranch(condition, source, join, lastContent > i, base().depth, numbered && conditionAt === firstContent);
        continue;
      }
      const pauseSeconds = numberBetween(clause, PAUSE_BEFORE, /^(?:秒|s\b)/);
      if (pauseSeconds !== undefined && pauseSeconds > 0 && pauseSeconds <= MAX_STEP_SECONDS) {
        flushRun();
        speechMode = false;
        emit({ kind: 'wait', seconds: pauseSeconds, source: raw });
        if (HANG_UP.test(clause) && !NEGATED_HANG_UP.test(clause)) container().list.push({ kind: 'action', action: 'hang-up' });
        continue;
      }
      if (HANG_UP.test(clause) && !NEGATED_HANG_UP.test(clause) && !SPEECHY.test(clause)) {
        flushRun();
        speechMode = false;
        emit({ kind: 'action', action: 'hang-up', source: raw });
        continue;
      }
      if (WAIT_REPLY.test(clause)) {
        flushRun();
        speechMode = false;
        emit({ kind: 'wait', for: 'reply', source: raw });
        continue;
      }
      if (!speechMode && !speechy(clause)) {
        const found = ACTION_PATTERNS.map(([action, re]) => [action, re.exec(clause)?.index ?? -1] as const)
          .filter(([, at]) => at >= 0)
          .sort((a, b) => a[1] - b[1]);
        if (found.length > 0) {
          flushRun();
          const withinHours = numberBetween(clause, undefined, HOURS_AFTER);
          found.forEach(([action], n) => {
            const step: StepInput = { kind: 'action', action, note: clause };
            if (withinHours !== undefined && withinHours > 0 && withinHours <= MAX_STEP_SECONDS / 3600 && (action === 'schedule-callback' || action === 'follow-up')) step.withinHours = withinHours;
            if (n === 0) emit({ ...step, source: raw });
            else container().list.push({ kind: 'action', action });
          });
          speechMode = /[:：]$/.test(clause);
          continue;
        }
      }
      if (SPEECH_MODE.test(clause)) {
        add('note', raw);
        speechMode = true;
        continue;
      }
      if (INSTRUCTION_START.test(clause)) {
        add('note', raw);
        speechMode = false;
        continue;
      }
      // 您必须：⏎1、… — words that end their line with a colon before numbered items introduce them.
      const leadIn = i === lastContent && /[:：]$/.test(clause) && nextLineNumbered();
      // “被听见”。客服应保持耐心… — after a closed quote, words about the agent or the customer in the
      // third person, addressing no one, are the procedure again, not more of the speech.
      const afterQuote = !speechMode && prev?.quoted === true;
      const aboutThem = afterQuote && ((THIRD_PERSON.test(clause) && !/[您你]/.test(clause)) || /[”」』"][。！？!?]\s*$/.test(prev.raw) || MENTION_TAIL.test(clause));
      add(!leadIn && (phraseLine || speechMode || saidToThem || speechy(clause) || (run?.kind === 'say' && !aboutThem && !/[:：]$/.test(clause))) ? 'say' : 'note', raw);
    }
    flushRun();
    if (open !== undefined && open.line === lineNo && open.branch.steps.length > 0) {
      // A branch whose line ends with 应说： / 话务代表应说: runs on over the next lines.
      const lastToken = tokens[lastContent];
      open.multiLine = lastToken !== undefined && !lastToken.quoted && /[:：]\s*$/.test(lastToken.raw);
    }
  }
  flushRun();
  if (pending !== undefined) {
    const p: { source: string } = pending;
    pending = undefined;
    container().list.push({ kind: 'note', text: p.source.trim() || '·', source: p.source });
  }
  return top;
}
