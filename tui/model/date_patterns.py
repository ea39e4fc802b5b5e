"""The patterns of Chinese date expressions, and where in a text they are looked for.

Rules are written for the shapes of Chinese dates, in Simplified, and compiled to read
both scripts (see :func:`tui.model.scripts.either_script`); full-width digits are folded
to ASCII first, offsets kept.  Each rule runs only in windows around the characters or
words it cannot do without, so a book is scanned in time linear in its length.  What a
match means is decided in :mod:`tui.model.timeline`.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from tui.model import rule_cache
from tui.model.festivals import (
    HOLIDAY_ONLY,
    NAMES,
    NEEDS_CONTEXT,
    SOLAR_TERMS,
    WEATHER_TERMS,
    WORD_TERMS,
)
from tui.model.numerals import halfwidth_digits, to_int
from tui.model.scripts import character_forms, either_script

CN_NUMERALS = "〇零○一二三四五六七八九十廿卅两"
_D = rf"(?:\d{{1,2}}|[{CN_NUMERALS}]{{1,3}})"  # a month or day number
# 一一○年, 一○九年: a Minguo year of 100 to 149 written figure by figure, as Taiwan's courts and
# offices write their years (only in Taiwan's text, as the bare three-figure year)
_MINGUO_DIGITS = "一[〇零○一二三四][〇零○一二三四五六七八九]"
# (or a hundred and so many, as a law writes it: 一百十三年一月一日, 一百零二年)
_MINGUO_YEAR = (
    rf"(?<![〇零○一二三四五六七八九十百千万第])(?:{_MINGUO_DIGITS}"
    r"|一百(?:零[一二三四五六七八九]|一?十[一二三四五六七八九]?)(?=[ \t\u3000]*年[ \t\u3000]*[0-9一二三四五六七八九十]{1,2}[ \t\u3000]*月))"
)  # … not inside a longer numeral
_Y = r"(?:\d{4}|[〇零○一二三四五六七八九]{4})"  # a four-digit year
# A year in two figures (02年腊月, 96年1月1日, 四一年): only before its month, a lunar month or a
# festival, never after a word that counts years (判刑12年6月, 有期徒刑, 近10年, 第12年)
_YY = r"(?<![有近约逾满达第刑判处期役共整足多几每经续了行为持过])(?P<yy>\d{2}|[〇零○一二三四五六七八九]{2})"
SPACE = r"[ \t\u3000]*"
# A number starts a date only where it does not continue another number or a Latin word:
# ``查到:2019年`` and ``时间：2019年`` are dates, ``3.2019年`` and ``V2019年`` are not.
_NO_NUM_BEFORE = r"(?<![0-9A-Za-z〇零○一二三四五六七八九十])(?<![0-9][.\-/])(?<![0-9]:(?=[0-9]{2}))"  # (小满同学2016:6月12日: an id, its colon, a date; 10:30 a clock)
CONNECTOR = r"(?:至|到|~|～|-|－|–|−|—{1,2})"  # the connectors of a range
#: A warning for a day, right after it (1号千万别走杭徽): the day is still to come.
WARNED_DAY = r"千万(?=别|不要|要|记得|小心|注意)"
# Cantonese "next year" (下年正月十五), not 上下年, 一下年, 创下年内新高, 写下年度计划
# (想問下年三十晚, 睇下年初二: 問下, 睇下 and 試下 are "ask", "have a look", "try", and the night or
# the day is the new year's; 年三十, 年廿…, 年初… after 下年 are those days, never next year's)
_NEXT_YEAR = r"(?<![上一创落放降跌定写记留剩打问睇试])下年(?!内|三十|廿|初[一二三四五六七八九十])"
# Cantonese "last year" and "next year" (上年八月十五, 出年2月), not 站上年线 or 推出年度
_LAST_YEAR = r"(?<![站冲登爬攀踏走送带赶碰遇加算配跟搭网线晚早马路身世])上年"
_NEXT_YEAR_HK = r"(?<![推选演产支输付杰突提做作发退指拿交列外超刊播派卖售献露日])出年"
# A part word (初, 中, 底, 末, HK 尾) is not a part where it starts another word with the
# character after it: 10月中風 is a stroke in October, 年底薪 a base pay, 月初次 a first time.
# (今年初雪: this year's first snow, no start of the year; 2008年初雪灾, 12月初雪量 are starts)
# (4月初中咗: Cantonese "caught it early in April", 中 a verb with its 咗, no 初中 school)
_P_START = r"初(?![次步心恋见赛稿审级期衷始版]|中(?![咗了招])|试(?![行营用运水点])|选(?![定择中好了]))(?!雪(?![灾災])(?<=[今去明前]年初雪))"
_P_MID = r"中(?![风毒奖暑标招弹枪选意肯计断])"
# A clause that goes on about a company's results or trade (营收, 财报, 淡季, 每股): what makes
# a bare 第3季 a quarter of the year rather than a show's season.
# A year's document named after it (113年度營業報告, 113年度決算表冊, 113年度盈餘分配案, 2024年度业绩报告):
# the report's name, no event of that year.
_YEARS_DOCUMENT = r"[ \t\u3000]*[^，,。；;、\s]{0,14}?(?:报告|报表|表册|分配案|决算|预算案)"
_BUSINESS_AHEAD = (
    r"[^。！？!?\n]{0,30}?(?:营收|营业|财报|毛利|获利|营运|出货|股利|配息|派息|每股|净利|纯益|盈余|业绩"
    r"|季增|年增|同比|环比|淡季|旺季|EPS|利润|亏损|税后|拉货|订单|产能|财测|营业额|销售额|销量|交付"
    # (市場對第四季展望持續樂觀, 顯示第二季動能延續, 2026年第二季正式量產: an outlook, a momentum, output)
    # (第二季同店銷售, 第三季轉盈: a shop's sales, a turn to profit)
    # (首季本地零售額按年跌幅, 第一季本地生產總值: Hong Kong's figures of a quarter)
    r"|展望|动能|量产|试产|法说|销售|收入|转盈|转亏|扭亏|盈利|零售|按年|按季|GDP|生产总值)"
)
_P_END = r"底(?![线气薪价部层子牌细蕴]|下(?![了过起着雨雪])|旺季|淡季)"  # 年底旺季: a season that comes back; 月底下了雨: the verb after it
_P_LAST = r"末(?![期班日端梢尾代])"
_P_TAIL = r"尾(?![牙巴声款数盘随部女仔])"  # (年尾女, 年尾仔: a child born late in the year)
_PARTS = f"{_P_START}|{_P_MID}|{_P_END}|{_P_LAST}|{_P_TAIL}"
_WEEKDAY_BRACKET = r"[(（](?:周|星期|礼拜)?[一二三四五六日天][)）]"
# A month/day in figures is a date only beside what makes it one (a fraction, a score or a
# version never has it): a weekday in brackets (8/16(五)), a range (8/28～9/17), brackets
# after a named day (中秋節（9/17）), or a word of time or action right after it.
# 至/到 before a month/day in figures, after a word that is no number or change of amount
_UNTIL = r"[^0-9/.\-增升降涨跌达占减提加高低多少\s][至到]"
#: Two-character words before a month/day that make it a day: expected (预计), at the soonest or
#: the latest (最快, 最晚), or a day word it restates in figures (当天4/4).
_DAY_BEFORE = r"(?:预计|最快|最晚|最迟|最早|当天|那天|当日)"
_MD_AFTER = (
    r"更新|起|至|到|前|后|晚|早|夜|上午|下午|凌晨|中午|当天|当日|那天|这天|上线|开始|开放|开卖|"
    r"开跑|开幕|开打|截止|举行|举办|发布|推出|登场|出发|发售|上映|公布|生效|结束|为止|止|当晚|开抢|开售|(?:一般|会员|全面|首轮)?(?:预售|售票)|抢票|"
    # 等5/20之后, 11/23进原厂: the day something is done on or counted from
    r"之前|之后|以前|以后|进|发起|"
    # 12/18是週五: the weekday it falls on (a share is no day of the week)
    r"(?:刚好|正好|刚巧|恰好)?是(?:周|星期|礼拜)[一二三四五六日天]|"
    # 師傅說1/6可以來, 9/14 有開放, 原定8/24、8/25在台中: what can be done, or where, that day
    # (a list of shares ends in 的: 1/2、1/3、1/4的比例); 4/4那晚, 9/27那天, 9/27那個週末: the day a
    # demonstrative points at (a share is never 那天); 5/2 下单:
    # what was done on it
    r"那(?=[天晚个周次场])|下单|可以|在(?=[\u4e00-\u9fff]{2})|有开放|"
    # 10/5有收到一批失物, 3/2寄出: what arrived or was sent that day
    r"有?收到|寄出|寄到|到货|送到|(?>(?:、\d{1,2}/\d{1,2})+)(?![0-9/%]|的|之)|"
    # 訂4/3的票, 4/3的場次: the ticket or the show of that day (a share is of a whole, never a ticket)
    r"的(?:票|车票|门票|机票|船票|场次|班次|航班)|"
    # 10/10我們全家會去: who goes that day (a share is no one's subject)
    r"(?:我们|我|你们|咱们|大家|他们)(?:全家|一家)?(?:会|要|就|也|都)?(?:去|来|到|回|在)"
)
# What follows a month.day (8.5出发) for it to be a day: the slash form's words that no
# version or score takes (not 更新, 发布, 上线: 3.5更新 is a version's).
_DOT_MD_AFTER = (
    r"出发|启程|开幕|开跑|开打|开赛|开演|举行|举办|截止|上映|开售|开抢|开学|返程|抵达|见(?=[，,。！!？?~～\s]|$)|"
    # 9.26是周四: the weekday it falls on (no version or score has one)
    r"是(?:周|星期|礼拜)[一二三四五六日天]|"
    # 11.12那场, 9.27那天: the day a demonstrative points at (a version is no show or day);
    # 12.31那条微博: the post of that day
    r"那(?=[天晚场条次])|"
    # 3.20之前定下来, 12.1之后, 10.18去, 9.12投的简历, 5.20开票: a deadline, a trip, what was
    # done that day (a version is updated or released, never gone to or applied on)
    r"之前|之后|以前|以后|去(?![年世掉除])|投的|开票|"
    # 8.31走的, 4.16考的科目三, 9.18那会儿, 11.29年会: a departure, an exam, a time, a party
    r"走的|考的|那会|年会|"
    # (12.22考完的, （12.1开始）: an exam over that day, a plan's first day in its bracket)
    r"考完|开考|开始(?=[)）])|开(?=[，,。！!；;]|$)|"
    # (5.3爬的华山, 10.2拍的, 4.8订的: what was done that day, told after it)
    r"(?:爬|拍|订|约|飞|回|来|办|看|玩)的"
)
#: What follows a month.day range joined by a hyphen for it to be days: going, staying, a break.
# (1.1-1.3 三天全场饮品第二杯半价: the range's days counted, an offer's)
_DOT_RANGE_DONE = (
    r"(?=[去来回住玩]|在|出发|期间|放假|休假|请假|出游|旅行|自驾|会有|将有|举行|举办|开放|营业"
    r"|[ \t\u3000]?[两二三四五六七八九十]天(?![内前后]))"
)
# 年中 is "mid-year" unless 中 starts a word: 年中国, 年中期, 年中秋, 今年中庭, 今年中奖 …
_NOT_MID = (
    r"(?!国|华|东|西|南|北|文|心|央|共|期|段|考|秋|层|间|旬|途|场|部|医|药|超|美|日|欧|俄|韩|印|"
    r"庭|学|小|介|立|产|奖|标|断|止|招|级|等|餐|式|资|转|枢|型|坚|[一二三四五六七](?:毕业|生|学生|时|级|程度|会考|那年))"
)
# After a year or a month, 中 alone is refused before the words it starts (年中国, 月中旬 is
# its own part); the other parts keep their own guards (1月下旬部分 is the late January).
_PARTS_AFTER = f"{_P_START}|{_P_MID}{_NOT_MID}|{_P_END}|{_P_LAST}|{_P_TAIL}"
_PART_YEAR = rf"最后一天|{_PARTS_AFTER}|上半年度|下半年度|上半年|下半年|前半年|后半年|首半年"  # (首半年: Hong Kong's first half)
# (九月頭, 3月头: Hong Kong's start of a month, as 下個月頭)
# (8月首五日, 1月首10天: HK's "the first five days of August", a span from the month's 1st)
_PART_MONTH = (
    rf"上中旬|中下旬|上旬|中旬|下旬|{_PARTS_AFTER}|头(?![发等号条版像脑目])"
    r"|首(?:[一二两三四五六七八九十]|十[一二三四五六七八九]|[12]?\d)[日天](?![0-9])"
)
_LUNAR_DAY = r"初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十|卅|十"
_WEEKDAY = r"[一二三四五六日天]"
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December")  # fmt: skip
_ENGLISH = (
    "(?:" + "|".join([*ENGLISH_MONTHS, "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"]) + ")"
)
# (the day's name or its abbreviation, never a word that starts like one: Month, Sunscreen)
_EN_WEEKDAY = "(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)(?![a-z])"
# What may follow a bare day for it to be a date: not a count (3日遊, 7日均線, 30日內, 3日2夜).
_NOT_COUNT_AFTER = (
    # (15日和30日内: a count listed with another is one too)
    # (1日、2日兩天: the days listed, then their count; not 3日两夜, a tour's length)
    # (补跑了 11 日和 12 日两天: spaced so, as tech sites set figures apart)
    r"(?![和或及与、][0-9]{1,3}日以?内)(?!(?<![、和及与至到][0-9]日)(?<![、和及与至到][0-9][0-9]日)"
    r"(?<![、和及与至到] [0-9] 日)(?<![、和及与至到] [0-9][0-9] 日)两[夜晚天])"
    # (a tour of so many days with its kind between: 7日深度游, 5日自驾游; not 游览, 游客)
    r"(?![\u4e00-\u9fff]{2}游(?![览玩客泳戏行人园]))"
    # (a figure after it is a count's, but for the hour of that day: 截至17日24时, 14日18时发布)
    # (and 16日5:00-14:00: a clock's hour right after the day)
    r"(?![0-9](?![0-9]?(?:时|点)(?!间))(?![0-9]?:[0-5][0-9]))"
    # (18日一早: the day's early morning; 14日一連三場: from that day on, running; 3日一夜 is a count)
    r"(?!一(?!早|大早|连))"
    # (4日至5日间: a range's end before 间 is the range's, not a span of days)
    r"(?!(?<![至到][0-9]日)(?<![至到][0-9][0-9]日)间)"
    # (29日至31日連續豪雨: a range's end before 连 is the range's; 3日连… counts days)
    r"(?!(?<![至到][0-9]日)(?<![至到][0-9][0-9]日)连)"
    # (将在16日前设置, 须于20日前报名: a deadline's day after 在 or 于; 3日前 is three days ago;
    # 7日前往西北, 5日前后: 前 of a verb or of 前后, the day's)
    r"(?!(?<![在于][0-9]日)(?<![在于][0-9][0-9]日)前(?![往来去进夕后]))"
    # (6月3日至5日期间: 期间 after the day is the period it ends, no 日期)
    r"(?!期(?!间))"
    # (每次暫停以三十日為限: a limit counted in days)
    r"(?!为限)"
    # (5日Pass: a pass of so many days)
    r"(?![ \t]?(?:pass|Pass|PASS))"
    # (4日到6日三天兩夜: a range's end before the count of its days, the range's)
    r"(?!(?<![至到][0-9]日)(?<![至到][0-9][0-9]日)[〇零二三四五六七八九十])"
    r"(?![游内后以之均线假隔票年化左多余天来份制工行券"
    r"通卡限次生轮元万亿%语本圆币班团营内数量薪息租])"
)
# The words a version's, a price's, a score's or a measure's figure stands after (版本3.5, 股价3.5,
# 比分2.1, 规模5.8): a month.day written with a dot never does.
_FIGURE_WORD_BEFORE = (
    r"(?<!版本)(?<!价格)(?<!售价)(?<!票价)(?<!股价)(?<!单价)(?<!油价)(?<!房价)(?<!金价)(?<!均价)"
    r"(?<!指数)(?<!汇率)(?<!比分)(?<!得分)(?<!分数)(?<!规模)(?<!震级)"
    # (升级到 5.3 之后: the version upgraded to, not a day)
    r"(?<!升级到)(?<!升级到 )(?<!更新到)(?<!更新到 )(?<!升到)(?<!升到 )(?<!降级到)(?<!降级到 )(?<!回退到)(?<!回退到 )"
)
# … nor after the words that make it one (第3日, 每3日, 近3日, 为期3日, 隔离14日).
# (为 only as a count's verb: 时间为22日, 日期为5日, 时间约为27日 give the day a schedule is on)
# A word of a count or a span before a figure (共 3 日, 住 4 日): the days counted, none of the month.
_COUNT_WORD = "[共满逾达约近前数几连第每仅只需花耗历超过续长多余半首隔这那剩足住留待呆停玩歇放休为期头时离息]"
_NOT_COUNT_BEFORE = (
    r"(?<![0-9A-Za-z.\-/〇零○一二两三四五六七八九十百千万第每近前数几连共满逾达约个多余半首隔这那头"
    r"续超仅只需花耗历期假节生周星拜平当同次翌后月年号离剩足"
    # (休息4日, 住3日, 玩兩日, 連放4日: how long one rests, stays, plays or is off, no day of the month)
    r"息住留待呆停玩歇放休])"
    # (过3日, after three days, 不过3日, no more than three; but 不过23日到25日, "but from the 23rd
    # to the 25th", a range)
    r"(?:(?<!过)|(?<=不过)(?=\d{1,2}日(?:至|到|[-~～—])))"
    # (为 as a copula, 宜兰县为18日全天停班: the day, where a time of that day or 起 follows)
    r"(?:(?<!(?<!时间|日期)(?<!时间约|日期约)为)|(?=\d{1,2}日(?:全天|全日|上午|中午|下午|晚上|晚间|凌晨|清晨|傍晚|早上|起)))"
    # (长 of a length, 全长5日; not an office's head, 财政部长5日晚间召集…: his day)
    r"(?<![^部市局校院事社会省县镇村处科队总署司行厅所家班组议团馆站店船机军首州区庭察警]长)"
    # (共歷時17日, 耗时3日: how long it took)
    r"(?<!历时)(?<!耗时)(?<!用时)"
    # (監禁十四日, 拘留10日, 隔离14日: a sentence's or a stay's length)
    r"(?<!监禁)(?<!拘留)(?<!判囚)(?<!入狱)(?<!坐牢)(?<!服刑)(?<!禁闭)(?<!隔离)(?<!停赛)(?<!停牌)"
    # (仲有12日就到6月7日放榜, 还有 5 日: a countdown, how many days are left)
    r"(?<!还有)(?<!仲有)(?<!尚有)(?<!倒数)(?<!还有[ \t])(?<!仲有[ \t])"
)
# A shop's last day after a bare day (30號結業, 月底执笠): the day it closes for good.
_SHOP_CLOSES = r"(?:结业|执笠|歇业|闭店|结束营业)"
# 号 is also "number" (3号线, 5号楼): a bare day in 号 needs a date's neighbour after it.
# (a day before its clause's subject, 28号我要第一个去坐, is a time phrase too)
_DAY_TIME_AFTER = r"(?=晚上|晚间|上午|下午|中午|早上|凌晨|清晨|傍晚|当天|那天)"
#: Whether a day suits, as a group's chat settles one (31號OK, 應該冇問題, 24號都得): after a bare
#: 号 it makes the day one (_HAO_AFTER), and a coming one (timeline's _plan, where 2號都可以 counts
#: too; a bare 可以 after 号 is a number's: 3号可以停车).
_SUITS_WORDS = r"(?:冇问题|没问题|都得|都可以|得闲|[Oo][Kk](?![A-Za-z]))"
SUITS = rf"(?:应该|都|也)?(?:{_SUITS_WORDS}|可以)"
_HAO_AFTER = (
    r"(?=[，,。；;！!？?）)\s（(]|晚|早上|上午|中午|下午|凌晨|清晨|傍晚|夜|深夜|起|至|到|前|之前|以前|之后|以后|"
    # (22號先走, 5号才回来, 3号再说: an adverb of sequence after a day)
    # (十五號星期日去啦: the weekday it falls on)
    r"当天|那天|这天|我|你|他|她|咱|大家|先|才|再|星期[一二三四五六日天]|礼拜[一二三四五六日天]|$"
    # (清明假期是4号到6号吧: a day settled on, a particle after it)
    r"|[吧呢吗](?![台])"
    # (14号一起走, 12号刚好要买, 27号照常开门, 等18号了: what happens on that day, or the wait)
    r"|一起|一齐|刚好|正好|照常|照样|了(?![解结])"
    # (13號嗰場特別場, 5号那场: the show or session of that day; 31号那晚: that night)
    r"|[嗰𠮶](?:场|晚|日|次|班)|那场|这场|那晚|当晚|那夜"
    # (4號係星期六: the weekday said of it, in Cantonese)
    r"|系(?:星期|礼拜|周)[一二三四五六日天]"
    # (本月15至17號三日: a range's last day, then how many days it runs)
    r"|(?:(?<=月\d[至到]\d号)|(?<=月\d\d[至到]\d号)|(?<=月\d[至到]\d\d号)|(?<=月\d\d[至到]\d\d号))[两二三四五六七八九十]{1,2}[日天]"
    # (18號年宵開鑼嗰日: the day, what happens on it, then "that day")
    # (not 12號房那晚, 9號巴士那天: a room's or a bus's number)
    r"|(?![房楼栋座室层巴线车门台床位柜窗场馆仓站])[\u4e00-\u9fff]{1,6}?(?:[嗰𠮶那](?:日|天|晚))"
    # (12號一定入場, 22号北京主场见: what one will surely do that day, a team's home game)
    r"|一定(?!是)|肯定(?!是)|[\u4e00-\u9fff]{2}主场(?:见|迎战|对阵|作战|比赛)"
    # (28号开服当晚: a launch that day)
    r"|开服|开播|开业|开幕|开演|开赛|上线"
    # (商家讲13号发货, 12号下单的电视机: an order's days, placed, shipped, signed for)
    r"|(?:发货|下单|签收|付款|拍下|出库)(?![处口台窗区])"
    # (27號至29號店休, 30號照常: a shop's days closed or open; 24號仲有冇位, 改18號食月餅: a
    # table still free that day, a meal moved to it)
    r"|店休|休息(?![室区站厅处间])|休业|公休|停业|营业|仲有|仲未|有冇|有没有|有位|吃(?![饭的])|食(?![堂物品])"
    # (7号周日还要上班: the weekday it falls on; 5号、6号出去: a list of days; 5号白天: its daytime)
    r"|周[一二三四五六日天]|、(?=\d{1,2}号)|白天|出去|出门|出发"
    # (27號至29號店休: a range's last day after its first, whatever follows it; not 3号楼至7号楼,
    # 步行到14号线)
    r"|(?:(?<=号[至到～~]\d号)|(?<=号[至到～~]\d\d号))(?![楼线栋座房室层车])"
    # (26號休息一日, 3号停业, 5号放假: a shop's or an office's day off; not 5号休息室)
    r"|休息(?![室区站厅处间])|休(?:业|市|馆|诊)|停业|放假|关门|收铺|" + _SHOP_CLOSES +
    # (5 號收單, 26号开始，一直办到除夕, 是26号开始吗: an order's or a fair's day, when it closes or
    # opens; not 3号开始， a contestant's or a queue's number)
    r"|收单|截单|开始(?=[，,]?[ \t]*一直|吗)"
    # (27号就预售: what comes as soon as that day; 3号就是他, 2号就行, 3号就位 name a number)
    r"|就(?=预售|开售|开卖|发售|开始|开服|上线|截止|出发|走|到|回|放假|上班|要)"
    # (4号去洱海, 我是2号走的, 22号准时蹲, 等 28 号预售, 23号放票, HK 24號下晝: a trip, a sale or a time
    # of that day; not 2号走廊, 5号来电)
    r"|去(?![年世])|走(?![廊道势])|回来|回去|出发|准时|预售|开售|开抢|开卖|发售|放票|开票|抢票|下昼|晏昼|朝早"
    # (也就是4号一早从广州出发, 6号返程才是真的堵: the trip's start or its return that day)
    r"|一早|一大早|返程|回程|动身|出门|到家|抵达|开工|复工|上班(?!族)|避开"
    # (25號幾點開始取貨: the time asked of that day; 27號請半天假: leave taken that day)
    r"|几点|请(?=假|半天假|半日假|一天假|一日假)"
    # (我8號睇完結果再算: what one watches that day; 7号回杭州: a return that day, not 3号回复)
    r"|(?:睇|看)(?:完|咗)|回(?:来|去|家|国|港|台|老家|乡|[\u4e00-\u9fff]{2}(?=[，,。！!；;\s]|$))"
    # (1号千万别走杭徽: a warning for that day; not 1号千万元, a sum)
    r"|" + WARNED_DAY +
    # (13號要退房, 17 号见分晓, 16號請咗假: what is due, seen or taken that day)
    r"|(?:还|也|就|都)?要(?![求点])|见(?![过到]|面积)|请(?:咗|了)?[半一两\d天日]{0,3}假"
    # (結果14號沒到 15號也沒到: what did not come that day)
    r"|(?:也|还)?没(?:有)?(?=到|收到|送到|发货|寄出)"
    # (等15号发布会, 我9号那场, 25号主场, 23号考完, 19号锋面到: the launch, the show, the game,
    # the exam or the weather of that day; not 9号台风, a typhoon's number)
    r"|发布会|那场|这场|那一场|主场|客场|考完|考试|锋面|冷锋"
    # (2号还是6号, 20号入住, 29号生日, 18號人多到爆, 3号想去, 15号重新开门, 19號已經放假: a day
    # weighed, checked into, born on, crowded, planned, opened or already off)
    r"|还是(?![\u4e00-\u9fff]{0,2}号)|入住|退房|生日|人(?:会|都|好|很|超)?(?:多|少)|想(?:去|走|回)|(?:重新)?开门|已经(?![是有])"
    # (31號OK, 31號應該冇問題, 24號都得: whether that day suits, as a group's chat settles one)
    rf"|(?:应该)?{_SUITS_WORDS}"
    r")"
)


def compile_rule(pattern: str) -> re.Pattern[str]:
    """Rules are written in Simplified; compiled, they read both scripts (kept between runs)."""
    return rule_cache.compile(pattern, prepare=either_script)


class _LazyPattern:
    """A rule compiled on its first use: building every rule costs tens of milliseconds,
    and a text that never names a week or a quarter never pays for those rules."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._compiled is None:
            self._compiled = compile_rule(self._source)
        return self._compiled.finditer(text, pos, endpos)


def _lazy(source: str) -> _LazyPattern:
    return _LazyPattern(source)


# 过年 (to keep new year) is a date only as a holiday: 过年期间, 过年前.
# 雙110 is no 雙11.
_NUMERALS_ONLY = frozenset("〇零一二三四五六七八九十")


def _festival_name(n: str) -> str:
    # (2026年春节联欢晚会, 中秋晚会, 元宵晚會: a show named for the festival, its name no day)
    # (相傳媽祖誕生於…: a deity's birth, told; not 媽祖誕, the day)
    return _festival_core(n) + "(?!(?:联欢)?晚会)" + ("(?!生)" if n.endswith("诞") else "")


def _festival_core(n: str) -> str:
    if n == "春晚":
        # the gala as a thing, not a night: what is watched or tuned to (看了一晚上春晚, 调到春晚,
        # 转播春晚, 用投影仪放春晚, #春晚#), an edition by its zodiac year (蛇年春晚), its programme,
        # rehearsals, reruns and countdown (春晚节目, 春晚的哪个节目, 春晚二彩, 春晚重播,
        # 春晚倒计时特别节目, 今年春晚语言类节目), what it is like (春晚是什么样); 春晚的彩排 still
        # counts from the night
        # (那届春晚: the edition a year just named, which that year's mention dates)
        # (春晚开着当背景音: the show on the set, no night of its own)
        return (
            "(?<!那届)(?<!那一届)(?<!看)(?<!看了)(?<!晚上)(?<!调到)(?<!转播)(?<!放)(?<!#)"
            # (蛇年春晚: the edition by its zodiac year, the show)
            "(?<![鼠牛虎兔龙蛇马羊猴鸡狗猪]年)" + n
            + "(?!节目|是|的(?:歌|节目|小品|舞台|主持|哪)|[开放]着|倒计时|二彩|联排|语言类|重播|#)"
        )
    if n == "开国纪念日":  # Taiwan's (中華民國開國紀念日), bare or in its calendar; not 美国开国纪念日
        return "(?:(?<=民国)|(?<=是)|(?<=逢)|(?<![\u4e00-\u9fff]))开国纪念日"
    if n == "盂兰":  # only 盂蘭節: 盂蘭勝會, 盂兰盆法会 are gatherings named for it (their days the organisers')
        return "盂兰(?=节)"
    if n == "中元":  # not 其中元旦当日, 其中元宵节 (其中 "among them", then 元旦 or 元宵)
        return "(?<!其)中元(?![旦宵])"
    if n == "七月半":  # not 十七月半 nor 七月半年 (half a year), 七月半个月
        # (not 七月半完工, mid-July in a plan's words)
        return "(?<![0-9〇零一二三四五六七八九十])七月半(?![年个]|完工|完成|交付|交房|左右|上线)"
    if n == "中秋":  # not 其中秋季学期 (其中, then 秋季: autumn)
        return "中秋(?!季)"
    if n == "受难日":  # not 今天是我的受难日: someone's bad day
        return "(?<![的是])受难日"
    if n == "年节":  # not 新年节目, 过年节前 (新年 and 过年 are names of their own), 少年节
        return "(?<![新过拜少青童])年节(?!目)"
    if n == "农历年":  # not 农历年初二, 农历年廿八: a lunar day of the year
        return "农历年(?![初廿卅三十])"
    if n == "春运":  # not 青春运动, 春运会 (a spring sports meeting)
        return "(?<!青)春运(?!会|动)"
    if n in ("小暑", "大暑", "小寒", "大寒"):  # not 小暑假 (a break), 大寒假
        return n + "(?!假)"
    if n == "二月二":  # the lunar day, not 二月二日 nor 二月二十 (the twentieth) of February
        # (今年二月二: the year word before it, but not 2024年二月二十日's figures)
        return rf"(?<![0-9〇零一二三四五六七八九十])(?<![0-9〇零一二三四五六七八九十]年){n}(?![0-9〇零一二三四五六七八九十日号])"
    if n[-1] == "节":  # 儿童节目, 三八节目: a programme (节目), not the day
        return n + "(?!目(?!前))"
    if n in ("618", "520"):
        # 618大促, 去年618買的, 等明年618再說, 今天是520, 「520」當天: a figure that is a day only
        # before a word of shopping or time (大促, 当天), or after a year word, 是, 等到, a quote
        # or a clause's start (，618再说, 问：618会降价吗) before a weaker word (前, 后, 再, 会,
        # 买, 抢); not 618元, 520人, bigcat520, 第618號, 新增618会员, 共有520会员单位, 賣了520買家
        return (
            rf"(?<![0-9A-Za-z_#第号]){n}"
            # (在 618 当天, ，618 又要换: a space may stand on either side, as tech sites write it)
            rf"(?=[ \t]?(?:大促|促销|购物节|狂欢|那周|那天|当天|期间|前后)|[」”』])"
            rf"|(?:(?<=[今去明]年)|(?<=是)|(?<=[「“『，,：:。！？!?\s])|(?<=等到)|(?<=到)|^)"
            rf"(?<![0-9A-Za-z_#第号]){n}(?=[ \t]?(?:前|后|再|会(?![员议])|买|抢|又))"
            rf"|(?:(?<=[今去明]年)|(?<=[今去明]年[ \t])|(?<=是))(?<![0-9A-Za-z_#第号]){n}(?![0-9A-Za-z_%])"
        )
    if n[-1].isdigit():
        return n + "(?![0-9])"
    if set(n) <= _NUMERALS_ONLY:  # 五一, 六一: not inside a longer number (三十五一, 六一二)
        # (一 after it may begin 一齐/一起: 七一一齐去睇烟花)
        # (五一路: a street, as many a city names one; 國五一路順暢: 國五, a freeway, then 一路;
        # but 五一路上很堵, 五一路过杭州, 五一路况: the roads at May Day)
        # (星期六一齊去: the weekday, then 一齊, together; 周六一起 too)
        return (
            rf"(?<![0-9〇零一二三四五六七八九十百千万第])(?<!星期)(?<!礼拜)(?<![周週]){n}"
            rf"(?![0-9〇零二三四五六七八九十百千万]|一(?![齐起同])|路(?![上过况线演]))"
        )
    return n


#: An age after 今年 (68岁, 已经80岁, 刚满18周岁): the year is the person's, not an event's.
_AGE = r"(?:已经|已|才|刚满|刚|满|都|也|就|将满|快)?[ \t\u3000]*[0-9一二两三四五六七八九十百零]{1,4}[ \t\u3000]*周?岁"
#: … an age as a figure alone (小弟今年31，之前只跑過兩次), and a school year (今年刚上三年级,
#: 今年读高三): the person's, not an event's.
_AGE_BARE = (
    r"(?<=[我你他她弟妹哥姐儿女子爸妈婆公孩娃陈王李张刘婶叔伯姨舅]今年)[1-9][0-9](?=[，,。！!？?；;～~ \t\u3000了]|$)"
    # (老陈今年七十二，今年二十九，在深圳: an age in numerals; 外婆今年80大寿: a birthday's age)
    # (周婶今年六十八了: so old already)
    r"|[二三四五六七八九]?十[一二三四五六七八九]?(?=[，,。！!？?；;～~ \t\u3000了]|$)"
    r"|(?:[1-9][0-9]|[二三四五六七八九]?十[一二三四五六七八九]?|一百)(?:大寿|寿辰|岁生日|岁大寿)"
)
_AGE_OF_KIN = (
    r"(?:阿嬷|阿公|阿妈|外婆|外公|奶奶|爷爷|妈妈|爸爸|老妈|老爸|我妈|我爸|婆婆|公公|儿子|女儿|孩子|老人家)"
    r"[ \t\u3000]*(?:[0-9一二两三四五六七八九十]{1,3}[ \t\u3000]*(?:周?岁|大寿|寿辰))"
)
_SCHOOL_YEAR = (
    r"(?:刚|才|就)?(?:上|读|念)?[一二三四五六]年级"
    r"|(?:刚|才|就)?(?:上|读|念)(?:[小初高][一二三四五六]|大[一二三四])(?![0-9〇零一二三四五六七八九十月些号截点])"
    # (仔仔今年小六，…, 今年中三: the grade alone, as Hong Kong says it, before a pause)
    r"|[小中][一二三四五六](?=[，,。！!？?；;～~ \t\u3000]|$)"
)
#: After an itinerary's day label and a space (Day3　10.3, Day 2 5.2, D1 10.1): the month.day
#: just read (each look-behind fixed in width, as Python's re asks).
_ITINERARY_MDS = (r"\d\.\d", r"\d\.\d\d", r"\d\d\.\d", r"\d\d\.\d\d")
_ITINERARY_DAY = "|".join(
    rf"(?<={label}{sep}{md})"
    for label in (r"(?i:day)\d", r"(?i:day) \d", r"(?i:day)\d\d", r"(?<![A-Za-z])[Dd]\d", r"(?<![A-Za-z])[Dd]\d\d")
    # (D1｜10.1　杭州→兰州: a bar may stand between them, as travel notes set the label apart)
    for sep in (r"[ \t\u3000｜|]", r"[ \t\u3000][｜|][ \t\u3000]", r"[ \t\u3000][｜|]", r"[｜|][ \t\u3000]")
    for md in _ITINERARY_MDS
) + "".join(
    # (DAY4-5 10.4-10.5: a label of two days, then the two days: the first, and the second after it)
    rf"|(?<={label}[ \t\u3000]{md}{end})"
    for label in (r"(?i:day)\d-\d", r"(?<![A-Za-z])[Dd]\d-\d")
    for md in _ITINERARY_MDS
    for end in ("", *(f"-{e}" for e in _ITINERARY_MDS))
)
# Right after a day of a named week and the word that lists the next (今个礼拜六同, 下周一跟): each
# look-behind fixed in width, as Python's re asks.
_AFTER_NAMED_WEEKDAY = "|".join(
    f"(?<={rel}{week}[一二三四五六日天][同跟])"
    for rel in ("今个", "这个", "呢个", "下个", "上个", "本", "这", "下", "上")
    for week in ("周", "星期", "礼拜")
)
#: What after a festival's name makes it a greeting or a named show or product (see "festival").
_GREETING_OR_NAMED = (
    # (春节活动, 中秋活动: a game's or a shop's event named for the festival, 13 of 13 unannotated)
    # (復活節蒙福, 聖誕平安: a church's blessing, a greeting too; 端午節安康; 春節梯次, a tour's
    # departure named for it; 重陽敬老午宴, 重陽節敬老活動: the elders' event named for it)
    r"节?(?:快乐|愉快|安康(?![市区县路站])|蒙福|平安(?!夜)|梯次|敬老(?:午宴|宴|活动|会|联欢)|焰火|烟火|烟花|晚会|大会|大战|特辑|特刊|限定|活动|(?:月饼|汤圆|粽子|年糕)?礼盒"
    # (中秋燈籠工作坊: a workshop named for it, held on a day of its own)
    r"|(?:灯笼|花灯)?工作坊"
    # (聖誕報佳音隊將於12月20日至23日…: the carol singers' team named for it, going out on days of
    # their own; 平安夜報佳音 sings on the night itself)
    r"|节?报佳音(?:队|团|小组))"
    # a church's service named for the day (聖誕日家庭崇拜, 平安夜燭光崇拜, 復活節彌撒)
    r"|[节日夜]?(?:家庭|烛光|感恩|联合|特别|庆祝|午夜|子夜|圣餐)?(?:崇拜|弥撒)|[节日夜]?圣餐礼拜"
    # (母親節主題週 5月10日至12日: a themed week named for the festival, dated by its own days)
    r"|节?主题(?:周|日|月|活动|之夜)"
    # (萬聖節的南瓜裝飾, 圣诞装饰: the festival's decorations, up in a shop; no day of the story)
    r"|节?的?[\u4e00-\u9fff]{0,3}?(?:装饰|布置|装扮|摆设|摆饰)"
    # (清明粿, 清明团子, 重阳糕, 腊八粥: a food named for the festival, made and sold around it;
    # not 果, which opens 果蔬, 果园)
    r"|(?:粿|团子|糕(?!点)|粥|饼(?!干))"
    # (全国五一劳动奖章: an award named for the day; 農曆新年利是: a yearly bonus, a benefit)
    r"|劳动奖|利是|利市"
)


# A day named with 前后/前/后 is still that day (五一前后, 春节后, 正月初七前后: the
# corpus convention), and 翌日 the day after it (中秋节翌日); 后来, 后天, 前夕 are other words.
_NEAR = (
    r"(?P<near>前后|前(?!天(?!气)|几(?!乎)|[夕年者面方往进来后途景提一二两三四五六七八九十数])"
    r"|后(?![来天年者面方续期一二两三四五六七八九十数]|几(?!乎))|翌日)"
)  # 五一假期前一周 is a week before: a count after 前 is not the day's neighbourhood (几乎 no count)

_TERM_DAY_BEFORE = (
    "(?:(?<=今天是)|(?<=今日是)|(?<=明天是)|(?<=明日是)|(?<=昨天是)|(?<=昨日是)|(?<=时值)|(?<=正值)"
    "|(?<=适逢)|(?<=迎来)|(?<=就是)|(?<=正好是)|(?<=刚好是)|(?<=恰好是))"
)
# A solar term passing or just passed is a day of the story (立春过后, 小满刚过, 小寒以来,
# 过了芒种, 赶上立冬), as a festival beside 前/后 is.
_PASSING_TERMS = SOLAR_TERMS - WEATHER_TERMS
_TERM_AFTER = "过后|刚过|已过|一过|以来|之后|之前|将至|来临|到来|早就过了|早已过了|早过了|已经过了"
_TERM_BEFORE = "(?:(?<=过了)|(?<=赶上)|(?<=到了)|(?<=临近))"
# (距离惊蛰还有8天, 离立春还有三天: the days counted to it; 我家离小满家很近 names a person)
_COUNTED_TO_BEFORE = "(?:(?<=距离)|(?<=距)|(?<=离))"
_COUNTED_TO_AFTER = r"(?=[ \t]*(?:还有|只有|仅剩|尚有|剩下?|不到)[ \t]*[0-9一二两三四五六七八九十几]{1,3}[ \t]*天)"
# Every character a festival's expression can start with: a year's figure or numeral, 中华民国,
# a relative year's or month's word (今年, 上个月, 这个月), 农历, a quote, a name's first character.
_FESTIVAL_FIRST = (
    "[0-9A-Za-z〇零○一二三四五六七八九十中民今去前明上旧出那嗰本这下农“「"
    + "".join(sorted({n[0] for n in (*NAMES, *WORD_TERMS, *SOLAR_TERMS, *HOLIDAY_ONLY)} - set("0123456789")))
    + "]"
)
_FESTIVAL = (
    "|".join(_festival_name(n) for n in NAMES if n not in NEEDS_CONTEXT | HOLIDAY_ONLY)
    # sorted: a set's order changes from process to process, and the rule's text must not
    # (it is the key of its compiled form, kept between runs: tui.model.rule_cache)
    + "".join(
        # (小年（腊月二十三）: a bracket that gives the lunar day; 夏至以后: the day, and after it)
        f"|{_festival_name(n)}(?=假期|长假|小长假|连假|期间|前后|前|后|{'[以之][前后]|' if n in SOLAR_TERMS else ''}时|那天|那几天|当天|这天|节气|时节|[(（][0-9]|[(（](?:农历)?(?:腊|正|冬|十一|十二|[一二三四五六七八九十])月)"
        for n in sorted(NEEDS_CONTEXT - WEATHER_TERMS - {"春运"})
    )
    # (春运 alone or 春运期间 is the season in general, as 14 annotations of 18 read 春运期间; its
    # days in brackets, 春运（1月14日至2月22日）, or a year before it make it one season)
    + f"|{_festival_name('春运')}(?=[(（][0-9])"
    # (今天过小年, 北方的小年: the day kept, or the north's, named as the day it is)
    # (not 北方的小年是腊月二十三: what the day is, every year)
    + f"|(?:(?<=[今明昨]天过)|(?<=[今明昨]日过)|(?<=北方的)|(?<=南方的)|(?<=正好是)|(?<=刚好是)|(?<=恰好是)){_festival_name('小年')}(?!是|为|在|一般|通常)"
    # … or after a relative year, which makes it one occasion (去年过年, 舊年冬至, 去年春运: the
    # travel season of that year, as annotators list it)
    + "".join(
        f"|(?<=今年|去年|前年|明年|旧年){_festival_name(n)}"
        for n in sorted(NEEDS_CONTEXT - WEATHER_TERMS)
    )
    # … or named in brackets after its lunar day (腊月二十三（小年）)
    + "".join(f"|(?<=[一二三四五六七八九十廿][(（]){_festival_name(n)}(?=[)）])" for n in ("小年", "北方小年", "南方小年"))
    # … or as what a coming day is (后天（1月22日）就是北方小年了)
    + "".join(f"|(?:(?<=就是)|(?<=正是)|(?<=便是)){_festival_name(n)}(?![轻纪龄级])" for n in ("北方小年", "南方小年", "小年"))
    # … or what today is (今天小年, 今天是北方的小年, 今日係小年)
    + "".join(
        f"|(?:(?<=今天)|(?<=今日)|(?<=今天是)|(?<=今日是)|(?<=今日系)|(?<=今天是北方的)){_festival_name(n)}(?![轻纪龄级夜])"
        for n in ("小年", "天穿日", "寒食节")  # (今天是寒食节)
    )
    # … or as the day reached (如果到了小年还不绿, 过了小年就放假)
    + "".join(
        f"|{_TERM_BEFORE}{_festival_name(n)}(?![轻纪龄级])|{_COUNTED_TO_BEFORE}{_festival_name(n)}{_COUNTED_TO_AFTER}"
        for n in ("小年", "过年")
    )
    # 大雪 and 雨水 are weather before 后 or 时: as a term only when named one (大雪节气)
    + "".join(f"|{n}(?=节气|时节|[(（][0-9])" for n in sorted(WEATHER_TERMS))
    + "".join(f"|(?<![0-9]){_festival_name(n)}(?=连假|假期|长假|小长假)" for n in sorted(HOLIDAY_ONLY - {"十一", "人日", "贺岁", "黑色星期五"}))
    + r"|贺岁(?=档)"  # (賀歲檔期, 贺岁档: the new year's film season)
    # 十一 is National Day before a holiday word or after a relative year (十一黄金周, 去年十一在…);
    # never a number's (第十一, 十一月, 十一点, 十一个, 三十一)
    # (… or before the day or the days it names: 十一当天千万别去钟楼, 十一期间, 十一前后)
    + r"|(?<![0-9〇零一二三四五六七八九十百千万第])十一(?=连假|假期|长假|小长假|黄金周|当天|那天|那几天|期间|前后)"
    + r"|(?<=今年|去年|前年|明年)十一(?=[，,。、\s]|假|期间|前后|去|来(?![0-9一二三四五六七八九十])|回|出|在|的时候|那|黄金周|长假|放假|旅游|出游|带|和|跟|我|我们|全家|一家)"
    # 人日, the new year's seventh day, only as a day: after a relative year, with its bracketed
    # date, or what is eaten or done then (人日食及第粥); never inside 工人日报, 个人日记
    + r"|(?<=今年|去年|前年|明年)人日|(?:(?<=[我你佢他她到系是嘅的在])|(?<![\u4e00-\u9fff]))人日(?=[ \t\u3000]*[(（](?:[0-9]|年初|正月|初七|[上下本这]?(?:周|星期|礼拜)[一二三四五六日天])|食|吃|那天)"
    # 黑色星期五, Black Friday, as a sale's day (not a market's crash: 美股遭遇黑色星期五)
    + r"|黑色星期五(?=[ \t\u3000]*[(（]|购物|优惠|折扣|促销|特卖|大促|档期|期间|当天|限定|开卖|预购)"
    + r"|(?<=碰上|赶上|遇上|适逢|正值)黑色星期五"
    # a solar term said of a day (今天是处暑, 时值立秋, 明日迎来秋分): the day it falls on
    + "".join(f"|{_TERM_DAY_BEFORE}{n}" for n in sorted(SOLAR_TERMS))
    + "".join(f"|{n}(?={_TERM_AFTER})|{_TERM_BEFORE}{n}|{_COUNTED_TO_BEFORE}{n}{_COUNTED_TO_AFTER}" for n in sorted(_PASSING_TERMS))
    # (从立冬开始明显掉电, 自立秋起: the day a change began)
    # (not 从立秋开始就要注意润燥: advice for every year's)
    + "".join(f"|(?:(?<=从)|(?<=自)){n}(?=(?:开始|起)(?!就?(?:要|应|需|得|可以|宜|不宜|最好)))" for n in sorted(_PASSING_TERMS))
    + "".join(
        f"|{n}(?=[ \t\u3000]*[(（][0-9]|节气|时节|刚过)|{_TERM_DAY_BEFORE}{n}" for n in sorted(WORD_TERMS)
    )
    # (3月5日　惊蛰, 3月20日　春分: a calendar's row, the day and the term that falls on it)
    + "".join(f"|(?<=[日号][ \t\u3000]){n}(?=[ \t\u3000]*(?:\n|$))" for n in sorted(SOLAR_TERMS))
    # a solar term said of a day or as a time that comes and goes (明天惊蛰, 惊蛰到了, 处暑过后);
    # not the terms that are everyday words too (雨水过后 is after the rain)
    + "".join(
        f"|(?:(?<=今天)|(?<=明天)|(?<=昨天)|(?<=今日)|(?<=明日)){n}|{n}(?=到了|将至|来临|过后|刚过|已过)"
        for n in sorted(SOLAR_TERMS - WORD_TERMS)
    )
)
_PATTERNS: list[tuple[str, _LazyPattern]] = [
    (
        "numeric",
        _lazy(
            # (2024.7.1-2024.8.31: a hyphen may join two whole dates, each with its year)
            rf"(?<![0-9A-Za-z./])(?:(?<!-)|(?<=\d-))(?P<y>\d{{4}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})"
            # 2025.3.15-3.16, 2026/3/7－3/8, 2026.3.7-8: a dotted or slashed day's range to
            # another day of the year, or of its month
            rf"(?:(?:(?<=[./]\d)|(?<=[./]\d\d))[-–—~～－](?:(?P<m2>1[0-2]|0?[1-9])(?P=sep))?"
            rf"(?P<d2>3[01]|[12][0-9]|0?[1-9])(?![0-9A-Za-z月点點时時号號日]|[.\-/:：]\d))?"
            rf"(?:(?:[T ]|{SPACE})(?P<time>\d{{1,2}}:\d{{2}}(?::\d{{2}})?))?(?![0-9A-Za-z]|[./]\d|-(?!(?:19|20)\d\d[-/.]\d)\d)"
        ),
    ),
    (
        "dmy",  # 14/9/2015 (Hong Kong's day first), 9/14/2015 (month first): a whole date, year last
        _lazy(
            r"(?<![0-9A-Za-z./:\-])(?P<a>3[01]|[12][0-9]|0?[1-9])/(?P<b>3[01]|[12][0-9]|0?[1-9])/(?P<y>(?:19|20)\d\d)"
            r"(?![0-9A-Za-z]|[./]\d)"
        ),
    ),
    (
        "english",
        _lazy(
            # (Oct 3 – Oct 12, 2025, Sept 8–11, 2025: a range of days, one event)
            # (Sunday, June 16, 2024: its weekday before it is the date's)
            rf"(?<![A-Za-z])(?:(?<!The )(?<!the ){_EN_WEEKDAY}\.?,?[ \t]+)?(?P<mon>{_ENGLISH})\.?[ \t]+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:[ \t]*[-–—~～][ \t]*(?:(?P<mone>{_ENGLISH})\.?[ \t]+)?(?P<de>\d{{1,2}})(?:st|nd|rd|th)?)?,?[ \t]+)?"
            rf"(?P<y>\d{{4}})(?![0-9])"
            # (17-19 February 2026: the range's days before their month)
            rf"|(?<![0-9A-Za-z])(?:{_EN_WEEKDAY}\.?,?[ \t]+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:[ \t]*[-–—~～][ \t]*(?P<d2e>\d{{1,2}}))?[ \t]+(?P<mon2>{_ENGLISH})\.?,?[ \t]+(?P<y2>\d{{4}})(?![0-9])"
        ),
    ),
    (
        "english_md",  # Feb 22, 15–16 Mar（Sat & Sun）, Sat 15 Mar: an English day without its year
        _lazy(
            rf"(?<![A-Za-z0-9])(?:(?P<wd>{_EN_WEEKDAY})\.?,?[ \t]+)?"
            rf"(?:(?P<mon>{_ENGLISH})\.?[ \t]+(?P<d>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
            rf"(?:[ \t]*[-–—~～][ \t]*(?P<de>[12][0-9]|3[01]|0?[1-9]))?"
            rf"|(?P<d2>[12][0-9]|3[01]|0?[1-9])(?:[ \t]*[-–—~～][ \t]*(?P<d2e>[12][0-9]|3[01]|0?[1-9]))?[ \t]+(?P<mon2>{_ENGLISH})\.?)"
            rf"(?![ \t]*,?[ \t]*\d)(?![A-Za-z0-9])"
            # (its weekdays in brackets after it: （Sat & Sun）)
            rf"(?:[ \t]*[(（][ \t]*{_EN_WEEKDAY}(?:[ \t]*(?:&|and|-|–|/|、)[ \t]*{_EN_WEEKDAY})?[ \t]*[)）])?"
        ),
    ),
    (
        "english_wd",  # Sat 3/5, Sat 16/11, next Fri, this weekend: an English weekday names the day
        _lazy(
            rf"(?<![A-Za-z0-9])(?P<wd>{_EN_WEEKDAY})\.?[ \t]+(?P<a>[12][0-9]|3[01]|0?[1-9])/(?P<b>1[0-2]|0?[1-9]|[12][0-9]|3[01])(?![/0-9])"
            rf"|(?<![A-Za-z])(?P<rel>[Nn]ext|[Tt]his|[Ll]ast)[ \t]+(?P<wd2>{_EN_WEEKDAY}|weekend)(?![A-Za-z])"
        ),
    ),
    (
        "minguo",
        _lazy(
            # (民國九十幾年: some year of that decade)
            rf"(?:中华)?民国{SPACE}(?P<y>\d{{1,3}}|[{CN_NUMERALS}百]{{1,6}})(?P<some>(?<=[0十])几)?"
            # (民國109年至110年, 民國一○九至一一○年: a span of Minguo years, one event)
            rf"(?(some)|(?:{SPACE}年?{SPACE}(?:至|到|[-–—～~]){SPACE}(?:(?:中华)?民国{SPACE})?(?P<y2>\d{{1,3}}|[{CN_NUMERALS}百]{{1,6}})(?={SPACE}年))?){SPACE}年"
            rf"(?(some)|(?:{SPACE}(?P<m>{_D}){SPACE}月(?:{SPACE}(?P<d>{_D}){SPACE}[日号]|(?P<mpart>{_PART_MONTH}))?|(?P<part>{_PART_YEAR})"
            # 民國七十九年夏天: a season of the year; 民國80年代: its decade
            rf"|{SPACE}(?P<s>[春夏秋冬])(?:天|季)|(?<=[0十]年)(?P<dec>代))?)"
        ),  # 民國117年底, 民國113年上半年: a part of the year, as the bare form takes
    ),
    (
        "minguo_bare",  # 113年3月, 113年度, 113年底, 115年: only in Taiwan's Traditional text
        _lazy(
            # (98年至100年: a span of Minguo years that reaches 100 from two figures)
            # (117年至119年間: two years of three figures, and 年間 after a span is "in those years")
            rf"(?<![0-9A-Za-z.\-/])(?<!民国)(?:(?<![有近约逾满达需要龄长可])(?P<y0>[5-9]\d|(?:1[0-4]\d|{_MINGUO_YEAR})(?={SPACE}年)){SPACE}年?{SPACE}(?:至|到|[-–—～~]){SPACE})?(?P<y>1[0-4]\d|0[5-9]\d(?={SPACE}年{SPACE}\d{{1,2}}{SPACE}月)|{_MINGUO_YEAR}){SPACE}年"
            # (核准設立日期　098年05月12日: a registry's year of three figures, zero first)
            # (111年第4季: a quarter of the year)
            rf"(?:{SPACE}(?P<q>第[一二三四1-4]季度?|[一二三四1-4]季度)"
            rf"|{SPACE}(?P<m>{_D}){SPACE}月(?:{SPACE}(?P<d>{_D}){SPACE}[日号]|(?P<mpart>{_PART_MONTH}))?|(?P<fy>度)(?![^，,。；;、\s]{{0,5}}字第)(?!{_YEARS_DOCUMENT})"  # 113年度金訴字第1587號: a case number
            # A bare 115年 is a year, not 115 years (已有115年, 115年前, 115年的歷史).
            rf"|(?:(?<=[^有近逾约达满超过第共了历立业经长足]\d\d\d年)|(?<=[^有近逾约达满超过第共了历立业经长足]{_MINGUO_DIGITS}年))(?:(?P<part>{_PART_YEAR})"
            # (114年版: an edition's year, no event)
            rf"|(?(y0)(?![0-9代级龄限薪息费均轻纪份历来前后的多半左之久内以度版])|(?![0-9代级龄间限薪息费均轻纪份历来前后的多半左之久内以度版]))|(?=之前|之后))"
            # (只有112年全年的七成: the whole of that year after 只有; 已有120年全年無休 counts years)
            rf"|(?:(?<=[只仅才]有\d\d\d年)|(?<=[^有近逾约达满超过第共了历立业经长足]\d\d\d年))(?=全年|整年))"
        ),
    ),
    (
        "twrel",  # 昨（11）日, 今（3）日, 明（5）日, 今（2024）年, 去（112）年3月
        _lazy(
            # (翌（15）日, 隔（16）日: the next day, its figure in brackets)
            rf"(?P<rel>今|去|明|前|昨|本|上|下|翌(?=[(（]{SPACE}\d{{1,2}}{SPACE}[)）]{SPACE}日)|隔(?=[(（]{SPACE}\d{{1,2}}{SPACE}[)）]{SPACE}日))"
            # (昨(十七)日, 去(一一三)年十月: a paper that writes its figures in words)
            rf"{SPACE}[(（]{SPACE}(?P<n>\d{{1,4}}|{_MINGUO_DIGITS}(?={SPACE}[)）]{SPACE}年)|[一二三四五六七八九十廿卅]{{1,3}}(?={SPACE}[)）]{SPACE}[月日])){SPACE}[)）]{SPACE}(?P<unit>年|月|日)"
            # (今（113）年4月初: a part of that year's month)
            rf"(?:(?<=年){SPACE}(?P<m>{_D}){SPACE}月(?:{SPACE}(?P<d>{_D}){SPACE}[日号]|(?P<ympart>{_PART_MONTH}))?|(?<=月){SPACE}(?P<md>{_D}){SPACE}[日号]"
            rf"|(?<=月)(?P<mpart>{_PART_MONTH})"  # 本（9）月下旬: a part of the month
            rf"|(?<=年){SPACE}第(?P<q>[一二三四1-4])季度?)?"  # 明（115）年第三季: a quarter of that year
            rf"|(?P<rel2>今|明|前|昨){SPACE}[(（]{SPACE}(?P<n2>\d{{1,2}}){SPACE}日{SPACE}[)）]"  # 今（11日）
        ),
    ),
    (
        "yrange",
        _lazy(
            rf"{_NO_NUM_BEFORE}(?P<y>\d{{4}}){SPACE}{CONNECTOR}{SPACE}(?P<y2>\d{{4}}){SPACE}年(?!代|级|龄|限|薪|息|费|均|轻|纪)"
        ),
    ),
    (
        "yrange_bare",  # 內科住院醫師（2005-2009）: two years in brackets, a span of a life's record
        _lazy(r"(?<=[(（])(?P<y>(?:19|20)\d{2})[ \t]*[-–—~～至到][ \t]*(?P<y2>(?:19|20)\d{2})(?=[)）])"),
    ),
    (
        "mrange",
        _lazy(
            rf"(?:{_NO_NUM_BEFORE}(?P<y>{_Y}){SPACE}年{SPACE}|(?P<rel>今年|去年|前年|明年){SPACE}|{_NO_NUM_BEFORE})"
            rf"(?P<m>\d{{1,2}}){SPACE}{CONNECTOR}{SPACE}(?P<m2>\d{{1,2}}){SPACE}月份?"
            rf"(?!{SPACE}[0-9{CN_NUMERALS}])"
        ),
    ),
    (
        "mdrange",
        _lazy(
            rf"{_NO_NUM_BEFORE}(?:(?P<y>{_Y}){SPACE}年{SPACE})?(?P<m>{_D}){SPACE}月{SPACE}(?P<d>{_D}){SPACE}[日号]?"
            rf"{SPACE}{CONNECTOR}{SPACE}(?P<d2>{_D}){SPACE}[日号]"
        ),
    ),
    (
        "ymd",
        _lazy(
            rf"{_NO_NUM_BEFORE}(?:(?P<y>{_Y})|{_YY}){SPACE}年{SPACE}(?P<m>{_D}){SPACE}月{SPACE}(?P<d>{_D}){SPACE}[日号]"
        ),
    ),
    (
        "ym",
        _lazy(
            rf"{_NO_NUM_BEFORE}(?:(?P<y>{_Y})|{_YY}){SPACE}年{SPACE}(?P<m>{_D}){SPACE}月份?(?:(?P<mpart>{_PART_MONTH}))?"
        ),
    ),
    (
        "season",
        _lazy(
            # (呢個冬天, 这个夏天: this season, the page's year's)
            # (21年冬天: a year in two figures, as people say it)
            # (not 过去30年冬天, thirty years' winters: a year of this century, after no word of a span)
            rf"(?:{_NO_NUM_BEFORE}(?:(?P<y>{_Y})|(?<![0-9去来近后前这那有约逾满达第共整足多几每经续了过])(?P<yy>[0-2]\d)(?=年[春夏秋冬][天季])){SPACE}年|(?P<rel>今年|去年|前年|明年|上年|旧年|今个|呢个|这个(?=[春夏秋冬][天季])))(?:的)?"
            # (今年秋冬: two seasons running on, one stretch)
            # (2020年春，… and 2020年春　…: the season alone, its clause or a chronology's gap after it)
            # (至一九四六年春方复业: the season, then "only then")
            rf"(?P<s>[春夏秋冬])(?:天|季|(?=[，,。；;、 \t\u3000]|方|才(?![能会])|起)|(?=(?:(?<=春)夏|(?<=夏)秋|(?<=秋)冬|(?<=冬)春))(?P<s5>[春夏秋冬])(?:两季|季)?(?![天季节装雨风日假联卷]))"
            # (今冬明春: this winter and next spring, one stretch of two seasons)
            # (别去春熙路, 想去冬奥村: 去 after a modal or an adverb is "go", not "last"; 迎来今冬初雪
            # is this winter's)
            rf"|(?<![如至迄而于在])(?P<rel1>今|明|(?<![别要想会没不再先也都就还来回过能得该])去)(?P<s1>[春夏秋冬])"
            rf"(?:(?P<rel4>今|明)(?P<s4>[春夏秋冬])(?![天季节装雨风日假联卷])|(?![天季节装雨风日假联卷]))"
            # 明年开春: the start of spring, said of a year (not 今年入冬最强: since winter began)
            rf"|(?P<rel2>今年|去年|明年)开(?P<s3>春)"
            rf"|(?<![0-9{CN_NUMERALS}])(?P<ago>\d{{1,2}}|[一二两三四五六七八九十]{{1,2}})年前的?(?P<s2>[春夏秋冬])(?:天|季)"
        ),
    ),
    (
        "y",
        _lazy(
            # (2019 年式: a car's model year, no event; 114年版: an edition's)
            # (2025年第45期: a periodical's issue, numbered by its year, no event; 公告2024年第33号:
            # a document's number; not 2023年第5号台风, the storm of that year)
            # (参保人数：57（2023年报）, 2023年报显示: a company's annual report, no event)
            rf"{_NO_NUM_BEFORE}(?P<y>{_Y}){SPACE}年(?!代|级|龄|限|薪|息|费|均|轻|纪|份|度|式|版|报(?=[)）」”》]|显示|披露|数据)|{SPACE}第{SPACE}[0-9一二三四五六七八九十]{{1,3}}{SPACE}(?:期|号(?!台风|强台风|超强台风))"
            # (2026年春节联欢晚会: the show's name, its edition by the year, as the festival's is no day)
            rf"|(?:春节|中秋|元宵|国庆|元旦|跨年|新年)(?:联欢)?晚会)"
            # 年间 is a span of years, except as the end of a range (1975年至1999年間)
            rf"(?:(?!间)|(?<=[至到~～\-–—]\d{{4}}年)(?=间))"
            rf"(?:年?(?P<part>{_PART_YEAR})|(?P<same>同期))?"
        ),
    ),
    (
        "fiscal",  # 2023年度出货量: the year (not 113年度金訴字第1587號, a case number, nor
        # 2024年度榜单, an annual chart's name, nor 2024年度業績報告, a report's)
        # (2024財年: a company's year, named as a calendar one where no split is written)
        # (2024年半年度业绩: a listed company's half year, January to June)
        _lazy(rf"{_NO_NUM_BEFORE}(?P<y>\d{{4}}){SPACE}(?:年度(?![^，,。；;、\s]{{0,5}}字第|{SPACE}榜|{_YEARS_DOCUMENT}|[“「『\"])|财年|年(?P<half>半年度))"),
    ),
    (
        "year_week",  # 2025年第2周, 今年第2周: a weekly report's week of the year, ISO's (Monday to Sunday)
        _lazy(
            rf"(?:{_NO_NUM_BEFORE}(?P<y>(?:19|20)\d\d){SPACE}年|(?P<rel>今年|去年|明年|本年))度?{SPACE}第{SPACE}"
            rf"(?P<n>[1-9]|[1-4]\d|5[0-3]){SPACE}周(?![一二三四五六日天末年期岁])"
        ),
    ),
    (
        "numbered_week",  # 第 41 周（10 月 6 日—10 月 12 日）: a report's week, dated by its bracket
        _lazy(
            rf"第{SPACE}\d{{1,2}}{SPACE}[周週]{SPACE}[(（]{SPACE}(?P<m>\d{{1,2}}){SPACE}月{SPACE}(?P<d>\d{{1,2}}){SPACE}[日号]"
            rf"{SPACE}[—–\-至~～到]{SPACE}(?:(?P<m2>\d{{1,2}}){SPACE}月{SPACE})?(?P<d2>\d{{1,2}}){SPACE}[日号]{SPACE}[)）]"
        ),
    ),
    (
        "school_year",  # 114學年度 (Taiwan's, from August), 2024学年, 2024-2025学年 (from September)
        _lazy(
            rf"{_NO_NUM_BEFORE}(?:(?P<y>(?:19|20)\d\d)(?:{SPACE}[-－—至到~～]{SPACE}(?P<y2>(?:19|20)\d\d))?"
            rf"|(?P<my>1[0-2][0-9]|[5-9][0-9])){SPACE}学年(?:度)?"
            # (a time of the story: 114學年度結束後, 在114學年度重新評估; not a name's: 113學年度第1學期,
            # 114學年度甄選入學, 2025—2026学年校历)
            rf"(?=[，,。；;、）)\s]|$|结束|开始|起|前|后|内|期间|重新|再|开学|完|的时候)"
        ),
    ),
    (
        "fiscal_split",  # 2025/26財政年度, 2024-25财年: Hong Kong's year from April to March
        _lazy(rf"{_NO_NUM_BEFORE}(?P<y>\d{{4}}){SPACE}[/／\-－]{SPACE}(?P<y2>\d{{2}})(?![0-9]){SPACE}(?:财政年度|财年|年度(?=[，,。；;、）)\s]|的|内|起|至|到|之|全年|上半年|下半年|首季|中(?![一二三四五六])|$)|(?P<school>学年)(?:度)?)"
                 # (2024/25財年第三財季: a quarter of that year, counted from April)
                 # (2025/26財政年度上半年: its first six months, April to September)
                 rf"(?:{SPACE}第(?P<fq>[一二三四1-4])财季|(?<!学年)(?<!学年度){SPACE}(?P<fh>[上下])半年(?:度)?)?"),
        # (2024/25年度計劃, 2025/26年度預算案: a programme's or a budget's name, no time of the story)
    ),
    (
        "decade",  # 上世纪九十年代, 20世纪80年代: a decade of a named century; 1990年代: of its year
        _lazy(
            r"(?P<cent>上个?世纪|(?:20|二十)世纪|(?:19|十九)世纪|本世纪|(?:21|二十一)世纪)"
            r"(?P<dec>[一二三四五六七八九]十|[1-9]0)年代"
            rf"|{_NO_NUM_BEFORE}(?P<y0>1[0-9]{{2}}0|20[0-9]0|一九[一二三四五六七八九][〇零○]|二[〇零○][〇零○一二][〇零○]){SPACE}年代"
            rf"(?:{SPACE}(?:至|到|[-–—～~]){SPACE}(?P<y1>1[0-9]{{2}}0|20[0-9]0){SPACE}年代)?"
            # 七十年代, 八○年代, 六十至七十年代: a decade of the last century, the one a reader's
            # elders lived (10 and 20 could be either century's: no day)
            r"|(?<![0-9〇零○一二三四五六七八九十纪紀国國])(?P<bare>[三四五六七八九]十|[三四五六七八九][〇零○]|[3-9]0)"
            rf"(?:{SPACE}(?:年代)?{SPACE}(?:至|到|[-–—～~]){SPACE}(?P<bare1>[三四五六七八九]十|[三四五六七八九][〇零○]|[3-9]0))?"
            r"年代(?![价價表课課理工码碼购購言销銷办辦驾駕])"  # (三十年代价, 三十年代码: years, then a word in 代)
        ),
    ),
    (
        "relyear",
        _lazy(
            # 去年同期, 上年同期: the same stretch a year before (of the date just named); 去年同月:
            # the same month.  上年度, 本年度: an organisation's year, a notice's
            # (not a word's end before 年: 最後年三十晚 is 最後 + 年三十晚, 站上年内高点 站上 + 年内,
            # 网上年货节 网上 + 年货)
            # (舊年: Cantonese "last year", not 辭舊年, 送舊年)
            # (赶不上年夜饭: 上 + 年夜饭, the New Year's Eve dinner, no 上年)
            # (今明兩年: this year and the next, one stretch)
            # (出年2月: Cantonese "next year", read only before its month)
            rf"(?P<two>今明两年|明后两年)|(?P<ytd>(?<![0-9〇零一二三四五六七八九十])年初至今)|"
            rf"(?P<rel>今年|去年|(?<![以之提])前年(?!年)|明年|(?<![辞送])旧年(?![代历货])|(?<![最之以然随其])后年(?!年(?!底|初|中|末|内|度))|{_LAST_YEAR}(?!纪|级|轻|龄|夜饭)|本年(?!纪|级|轻|龄)|{_NEXT_YEAR}(?![纪级轻龄度])|{_NEXT_YEAR_HK}(?={SPACE}{_D}{SPACE}月))(?:(?<=[上本]年)度(?![^，,。；;、\s]{{0,5}}字第))?(?:(?P<same>同期)|(?P<samem>同月)|(?P<samed>同日)|(?P<upto>首|前)(?P<nm>\d{{1,2}}|十[一二]?|[一二两三四五六七八九])个?月份?|(?P<fm>首)个月份?|(?P<fq>首)季(?:度)?|{SPACE}(?P<m>{_D}){SPACE}月份?"
            # (明年1月8至10號: the range's first day may leave its 日 to the last)
            rf"(?:{SPACE}(?P<d>{_D}){SPACE}(?:[日号]|(?={SPACE}{CONNECTOR}{SPACE}{_D}{SPACE}[日号])))?(?:(?P<mpart>{_PART_MONTH}))?"
            rf"|年?(?P<part>{_PART_YEAR})"
            # 去年1/22, 今年12.20: a month and day in figures after the year word (not a
            # fraction, 去年1/3, nor a figure, 今年1.5倍, 今年3.5%)
            rf"|(?!(?:1/[2-5]|2/[35]|3/[45]|4/5)(?![0-9]))(?P<sm>1[0-2]|0?[1-9])[/.](?P<sd>3[01]|[12][0-9]|0?[1-9])"
            rf"(?![0-9A-Za-z%/.]|{SPACE}[倍万亿元个%分米度折版级公千斤克吨升秒岁人次件台辆亩户])"
            # 她今年68岁, 今年35岁的: an age, the person's, not an event of the year (an ordinal,
            # 今年第14号台风, stays: the annotators count it as often as not, and it is the year's)
            # (今年阿嬤90大壽, 今年外婆八十岁: the age of someone named right after it)
            # (but 前年二十八岁的时候: the year she was that age, a time of the story)
            rf"|(?!{SPACE}{_AGE}(?!的?(?:时候|那年|那时))|{SPACE}{_AGE_BARE}|{SPACE}{_SCHOOL_YEAR}|{SPACE}{_AGE_OF_KIN}))"
        ),
    ),
    (
        "lunar",  # 正月十五, 腊月二十三, 八月十五, 农历八月十五, 2024年正月初一
        _lazy(
            # (上年八月十五: Cantonese "last year", as the festival's pattern reads it)
            # (二〇〇三年（癸未）腊月初九日: the year's stem and branch in brackets after it)
            rf"(?:{_NO_NUM_BEFORE}(?:(?P<y>{_Y})|{_YY}){SPACE}年(?:{SPACE}[(（][甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥][)）])?|(?P<rel>今年|去年|明年|{_LAST_YEAR}|{_NEXT_YEAR}))?(?:"
            # 农历八月十五日, 農曆8月15日: said to be lunar, any form
            # (農曆乙巳年二月初十日: the lunar year by its sexagenary name, as an obituary gives it)
            # (己亥年二月十六至十九日: the sexagenary year alone says the day is lunar too)
            rf"(?:(?P<nl>农历|阴历){SPACE}(?:(?P<gz>[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]){SPACE}年{SPACE})?"
            rf"|(?<![自知利])(?P<gz0>[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]){SPACE}年{SPACE}(?=(?:正|腊|冬|十一|十二|[一二三四五六七八九十]){SPACE}月))"
            rf"(?P<lm>正|腊|冬|十一|十二|[一二三四五六七八九十]|\d{{1,2}}){SPACE}月"
            rf"{SPACE}(?P<ld>{_LUNAR_DAY}|\d{{1,2}})(?:{SPACE}日)?"
            rf"(?:{SPACE}(?:至|到|~|～|—){SPACE}(?P<ld1e>{_LUNAR_DAY})(?:{SPACE}日|(?![0-9〇零一二三四五六七八九十月日号])))?"
            # 正月十五日, 腊月廿三: months only the lunar calendar has
            # 腊月二十五至二十七: a range of days in one lunar month
            rf"|(?P<lm2>正|腊|冬)月(?P<ld2>{_LUNAR_DAY})日?"
            # (腊月二十八、二十九: two days running, listed)
            rf"(?:{SPACE}(?:至|到|~|～|—|-|(?P<lsep>、)){SPACE}(?P<ld2e>{_LUNAR_DAY})日?(?![0-9〇零一二三四五六七八九十、]))?"
            # 八月十五: a day in numerals without 日 is a lunar day
            # (五月初四一直赛到初六: 一直 "all along" after the day)
            rf"|(?P<lm3>十一|十二|[一二三四五六七八九十])月(?P<ld3>{_LUNAR_DAY})"
            rf"(?:(?![日号〇零一二三四五六七八九十])|(?=一(?:直|定|齐|起|早|样|家|连|路)))"
            # (三月十五～十六: a temple's two days in one lunar month)
            rf"(?:{SPACE}(?:至|到|~|～|—){SPACE}(?P<ld3e>{_LUNAR_DAY})(?![日号〇零一二三四五六七八九十月]))?"
            rf"){_NEAR}?"
        ),
    ),
    (
        "lunar_new_year",  # 大年初二, 大年三十, HK 年初一, 年廿八, 年三十晚
        _lazy(
            # (2023年大年初二: the year named with it)
            rf"(?:(?P<rel>今年|去年|前年|明年|上年)|{_NO_NUM_BEFORE}(?P<yb>(?:19|20)\d\d){SPACE}年)?(?:农历{SPACE})?(?P<big>大)年(?P<ld>{_LUNAR_DAY})"
            # (2019年年初二, 舊年年初二: the year named, then HK's new-year day, never 年初, its start)
            # (明年農曆年初二: 农历 written between the year and the day)
            rf"|(?:{_NO_NUM_BEFORE}(?P<y>(?:19|20)\d\d){SPACE}年|(?P<rel2>今年|去年|(?<![以之提])前年|明年|上年|(?<![辞送])旧年|{_NEXT_YEAR}))"
            rf"(?:农历{SPACE})?年(?P<hk2>初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]|三十|卅)"
            rf"(?:(?:(?<=三十)|(?<=卅))(?P<eve2>晚)|(?:(?![一二三四五六七八九十百千万亿岁年月日号个多余名次度元季些般直批份项位届]|期(?!间))|(?=一(?:定|齐|起|早|大早|样|家|连)|千祈))(?!天(?!气|色|晴|阴|文台)))"
            # 去年初六: the year and the new year's day as one word (not 今年初三个月, 今年初二手车:
            # the year's start; read only where the text speaks of the new year)
            rf"|(?P<rel3>今年|去年|明年)(?P<hk3>初[一二三四五六七八九十])"
            rf"(?![一二三四五六七八九十百千万亿岁年月日号天个多余名次度元季些般直批份期项位届手步])"
            # HK's 同 (and) before the eve (年廿九同年三十晚) is no 同年, the same year
            # … nor is 後 ending a word (最後年三十晚, 然後年廿八)
            # (農曆年廿九: 农历 written onto the day belongs to it; 想問下年三十晚: 問下 is "ask")
            rf"|(?:农历{SPACE})?(?:(?<![0-9〇零○一二三四五六七八九十今去前明后每新当这那旧同全整上下本])|(?<=同)(?=年(?:三十|卅)晚)|(?<=[最之以然随其]后)|(?<=问下))年"
            rf"(?P<hk>初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]|三十|卅)"
            # (年初四天氣較涼: the day, then the weather; 年初四天 would be four days; after the
            # eve, 年三十晚七點半, its hour)
            # (年初五一定爆: 一定 is "surely", after the day; 年初三千祈唔好掃地: 千祈, "be sure to")
            rf"(?:(?:(?<=三十)|(?<=卅))(?P<eve>晚)|(?:(?![一二三四五六七八九十百千万亿岁年月日号个多余名次度元季些般直批份项位届]|期(?!间))|(?=一(?:定|齐|起|早|大早|样|家|连)|日头|千祈))(?!天(?!气|色|晴|阴|文台)))"
        ),
    ),
    (
        "lunar_month",  # 腊月, 去年腊月, 農曆七月: a lunar month (农历七月 is no Gregorian July)
        _lazy(
            r"(?:(?P<rel>今年|去年|明年|前年)|(?<![0-9〇零○一二三四五六七八九十年]))(?P<lmo>腊)月(?![初一二三四五六七八九十廿])"
            # (去年正月在和平看过一次英歌: the first lunar month of the year named)
            r"|(?P<relz>今年|去年|明年|前年)(?P<lmz>正)月(?![初一二三四五六七八九十廿])"
            # (等鬼月過完才能搬: the ghost month, Taiwan's and Hong Kong's name for the seventh; one
            # month only where the text points at it, never the custom: 鬼月很多師傅比較有空)
            r"|(?:(?P<relg>今年|去年|明年)|(?<=等)|(?<=过了|到了|进入|这个|这次))(?P<lmg>鬼)月(?![初一二三四五六七八九十廿])"
            r"|(?P<lmg2>鬼)月(?=过完|过后|结束|一过|之前|之后|前|后)"
            # (民國五十二年農曆七月, 1963年农历七月: the lunar month of a year the text names; 今年農曆七月)
            r"|(?:(?:民国(?P<myc>[一二三四五六七八九]十[一二三四五六七八九]?)|(?<![0-9])(?P<y>1[89][0-9]{2}|20[0-9]{2}))年|(?P<reln>今年|去年|明年|前年))?"
            # (農曆六月底: a part of the lunar month)
            r"(?P<nl>农历|阴历)(?P<lmn>正|腊|冬|十一|十二|[一二三四五六七八九十]|1[0-2]|[1-9])月份?"
            r"(?P<lpart>上旬|中旬|下旬|初|中(?![元秋])|底|末)?"
            r"(?![初一二三四五六七八九十廿0-9])"
        ),
    ),
    (
        "that_year",  # 同年十月, 當年7月下旬, 那年腊月, 第二年正月初三: a month of the year the story is in
        _lazy(
            # (如同年轻人, 不同年份, 共同年会: 同 ends a word; 当年 alone is "in those days")
            # (行一次年尾山, 这次年底: a count of times or "this time", then the year's end; no next year)
            r"(?<![如不共相陪认赞协大])(?P<ty>同年|当年|那年的?|嗰年|(?<![0-9一二两三四五六七八九十几每这那上下首])次年|翌年|第二年|隔年)"
            rf"(?:{SPACE}(?P<m>{_D}){SPACE}月份?(?:{SPACE}(?P<d>{_D}){SPACE}[日号])?(?P<mpart>{_PART_MONTH})?"
            rf"|(?P<lm>正|腊|冬)月(?P<ld>{_LUNAR_DAY})?"
            # (2017年易科罰金；同年底他另成立顧問社: a part of that year; not 次年初三, the lunar
            # year's third day)
            rf"|(?<=同年|当年|次年|翌年)(?P<ypart>{_P_END}|{_P_START}|{_P_LAST}|{_P_TAIL}|上半年|下半年)(?![一二三四五六七八九十廿]))"
        ),
    ),
    (
        "that_month",  # 同月25日, 當月3日: a day of the month the story just named
        # (同月下旬, 當月底: a part of that month)
        _lazy(
            rf"(?<![如不共相陪认赞协大每])(?P<tm>同月|当月)"
            # (not 同月中国人民银行…, 当月底薪: the part ends its word)
            rf"(?:{SPACE}(?P<d>{_D}){SPACE}[日号]|(?P<tmpart>上旬|中旬|下旬|(?:初|中|底|末)(?=[，,。；;、 \t\u3000]|$|前|后|起|时|的)))"
        ),
    ),
    (
        "vacation",  # 暑假, 寒假, 今年暑期档; 去年暑期 (a year's break), 暑期（7月5日起） (dated)
        _lazy(
            # (想了整整一个寒假: a length of time, a break's worth, no break of the story)
            rf"(?:{_NO_NUM_BEFORE}(?P<y>{_Y}){SPACE}年|(?P<rel>今年|去年|前年|明年))?(?<![一两几整半]个)(?<!寒)(?<!那年)(?<!那一年)(?<!某年)(?P<v>暑|寒)(?:假(?:期间|前后|之前|之后|前(?!夕)|后(?!天(?!气)))?|(?P<dang>期档)|期(?(rel)(?![间档])|(?=[ \t\u3000]*[(（]\d)))"
            # (恢復寒假開館時間: the break's hours, what each one's are, no break of the story)
            # (2025年寒假开放时间为…: a break with its year is that break, its hours said of it)
            rf"(?(y)|(?(rel)|(?!{SPACE}(?:开馆|开放|营业|办公|服务)时间)))"
        ),
    ),
    (
        "quarter",  # 2023年第三季度, 今年前三季度, 2024 Q3, 第二季度
        _lazy(
            rf"(?:{_NO_NUM_BEFORE}(?P<y>{_Y}){SPACE}年|(?P<rel>今年|去年|前年|明年|本年|上年|{_NEXT_YEAR}))(?:的)?{SPACE}(?:(?:第|(?P<upto>前|首(?=[二两三]季)))?{SPACE}"
            rf"(?P<q>[一二三四1-4]){SPACE}季(?:度|(?!报))|(?P<qf>首)季(?:度|(?!报))|Q(?P<qr>[1-4])(?![0-9]))"
            rf"|{_NO_NUM_BEFORE}(?P<yq>\d{{4}}){SPACE}年?{SPACE}Q(?P<qq>[1-4])(?![0-9])"
            # (113年Q1, 民國114年Q1: a Minguo year's quarter, as Taiwan's tables head their rows)
            rf"|(?:民国{SPACE})?(?<![0-9])(?P<mq>1[0-4][0-9]){SPACE}年{SPACE}Q(?P<mqq>[1-4])(?![0-9])"
            rf"|(?<!年)第(?P<qb>[一二三四])季度"
            # 第二季 without 度 (預計第二季公告, 第一季營收), as Taiwan and Hong Kong write it; not a
            # show's season (《某劇》第二季, 第二季首播, 第二季的劇情)
            # (only where business or a plan is spoken of: 這部劇第三季什麼時候出 is a show's season)
            # (Fold 3 可能第三季登場: a launch's guess)
            rf"|(?:(?<=预计|预期|预估|估计|预料|可望|有望|最快|将于|将在|公布|今年|明年|去年|可能)|(?<=[说料])|(?<=说，))第(?P<qs>[一二三四1-4])季(?![度节赛的])"
            rf"|(?<![年》」』”\"0-9A-Za-z])第(?P<qs2>[一二三四])季"
            rf"(?=营收|财报|出货|业绩|获利|营运|上市|推出|完工|动工|实施|公告|开始|起|前|内|末|底|初)"
            # 第3季 with a figure, or 第三季, where the clause goes on about results or sales
            # (公布第3季財報, 第4季雖進入傳統淡季, 第3季擬配發現金股利): a quarter, as Taiwan's
            # and Hong Kong's financial news write it; not a show's (第3季播出, 《某劇》第3季)
            rf"|(?<![年》」』”\"0-9A-Za-z])第(?P<qa>[一二三四1-4])季(?![度节赛的])(?!\S{{0,3}}(?:播|上线|上映|BD|DVD|剧|集|动画|番|开拍))(?={_BUSINESS_AHEAD})"
            # 首季本地零售額按年跌, 首季度GDP: Hong Kong's first quarter, where business or figures are
            # spoken of (not a player's or a show's first season: 加盟後首季, 《某劇》首季)
            rf"|(?<![年》」』”\"0-9A-Za-z的后])(?P<qf2>首)季度?(?!\S{{0,3}}(?:播|上线|上映|剧|集|动画|番|开拍|冠军|进球))(?={_BUSINESS_AHEAD})"
            # 前三季度, 累計前三季每股純益: the year's first quarters, the reference year's
            rf"|(?<![0-9〇零一二三四五六七八九十年第])前(?P<qu>[二两三23])(?:季度|季(?={_BUSINESS_AHEAD}))"
            # 一季度, 二季度 without a year: the reference year's (not 每季度, 三个季度)
            rf"|(?:(?<![0-9〇零一二三四五六七八九十第前后每个几这上下本该年])|(?<=整个))(?P<qc>[一二三四])季度(?!末|初)"
            # Q3 without a year inside a sentence: the reference year's (not a FAQ's Q1： at the
            # head of its line, nor a model's name: Q3版, AQ3, Q3 Pro)
            rf"|(?<=[^\n\rA-Za-z0-9_])Q(?P<qn>[1-4])(?![0-9A-Za-z_:：、.．)）]|{SPACE}[:：A-Za-z]|[版型号款代系])"
            # 較上季, 较上季度: the quarter before the one the sentence reports (timeline's _quarter)
            rf"|(?<=[较比])(?P<qp>上一?季)(?:度)?(?![度末初中节赛后])"
            # 上季度, and 上季 where business is spoken of (部分客戶上季已暫緩補貨): the quarter
            # before the sentence's; not a league's last season (上季英超冠軍, 上季入球)
            # (not 晚上季度财报, 线上季度说明会, 马上季度考核: 上 ending another word)
            rf"|(?<![较比0-9A-Za-z晚早线马路网身手面街台楼桌山海地天墙车船床会场世以向往])(?P<qp2>上一?季度(?![末初中])|上一?季(?![度末初中节赛后冠军联英西意德法球入])(?={_BUSINESS_AHEAD}))"
        ),
    ),
    (
        "yy_words",  # 九八年发大水, 零八年奥运: a year in two spoken digits (not 七八年, seven or eight years)
        _lazy(
            # (not 三五年, 二八年华, 五一年假: three to five years, sixteen, a leave)
            r"(?<![0-9〇零○一二两三四五六七八九十百千万第有近约逾满达共整足多几每了过花用个])(?!三五|二八)(?P<yw>[〇零○一二三四五六七八九]{2})年"
            r"(?![代级龄限薪息费均轻纪份度式版前后间来多里内左以之底初中末头半华假])"
        ),
    ),
    (
        "years_ago",  # 兩年前（2023年）: only with the year in brackets after it
        _lazy(
            rf"(?<![0-9〇零○一二两三四五六七八九十几多])(?P<ago>\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})年前"
            rf"(?:(?={SPACE}[(（]{SPACE}\d{{4}}{SPACE}年{SPACE}[)）])"
            # (四年前的九月: that month of the year so many years back)
            # (not 三年前的五月天演唱會: the band Mayday)
            rf"|的?(?P<agom>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?!份?[前后初中底末]|天)(?![0-9〇零一二三四五六七八九十]))"
        ),
    ),
    (
        "anniversary",  # 十年前的今天, 20年前的今天, 去年今天, 十年前今日: the same day, years back
        _lazy(
            r"(?:(?<![0-9〇零○一二两三四五六七八九十几多])(?P<ago>\d{1,2}|[一二两三四五六七八九十]{1,3})年前|(?P<lasty>去|前|上)年)"
            r"的?(?:今天|今日|这一天|这天|此日)(?![的]?(?:中国|社会|世界|时代))"
        ),
    ),
    (
        "days_ago",  # 3天前带爸妈去的: the day so many days before the writer's; not a notice's
        # deadline (须于3天前申请, 提前3天前), a span (3天前后, 至少3天前), nor 3天前的今天
        _lazy(
            r"(?<![0-9〇零○一二两三四五六七八九十几多于於在提少最第要需须得发始日])(?:(?P<dago>\d{1,2}|[一二两三四五六七八九十]{1,3})天"
            # (两周前刚从云南回来: so many weeks before, the same day of that week)
            r"|(?P<wago>\d|[一二两三四五六七八九十])个?(?:周|星期|礼拜))前"
            # (3天前往: "before going to"; 3天前后: about then; 28天前才能抢, 3天前可以订: a
            # booking's window before a day, not a day before the writer's)
            r"(?![后後的往]|才能|才可|可以|可|开放|开始|须|需|要|办理|申请|预订|预约|截止|报名|提交|订票|购票)"
        ),
    ),
    (
        "nth_weekday",  # 8月的最后一个周五, 5月第二个星期日
        _lazy(
            rf"(?:{_NO_NUM_BEFORE}(?P<y>{_Y}){SPACE}年{SPACE}|{_NO_NUM_BEFORE})(?P<m>\d{{1,2}}|十[一二]|[一二三四五六七八九十])"
            # (4月第一主日: a church's Sunday, counted in the month)
            rf"{SPACE}月份?的?(?:(?P<last>最后一个)|第(?P<n>[一二三四1-4])个)(?:周|星期|礼拜)(?P<wd>{_WEEKDAY})"
            rf"|(?:{_NO_NUM_BEFORE}(?P<y2>{_Y}){SPACE}年{SPACE}|{_NO_NUM_BEFORE})(?P<m2>\d{{1,2}}|十[一二]|[一二三四五六七八九十])"
            rf"{SPACE}月份?的?(?:(?P<last2>最后一个)|第(?P<n2>[一二三四五1-5])个?)主日(?![学日夜子])"
        ),
    ),
    (
        "era_lunar",  # 清光緒二十三年丁酉歲三月初八日, 民國九年庚申歲正月廿六日: a genealogy's lunar day of a reign's year
        _lazy(
            r"(?:[清](?:朝|代)?)?"
            rf"(?:(?P<era>光绪|宣统|同治|咸丰|道光|嘉庆|乾隆|雍正|康熙|顺治)|(?P<mg>民国)){SPACE}"
            rf"(?P<n>元|\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){SPACE}年{SPACE}"
            # (民國's months are the sun's unless the year is named by its stem and branch, 庚申歲, or
            # the month is one only the moon's calendar has, 正月, 腊月, 冬月)
            rf"(?:(?P<gz>[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]){SPACE}岁?{SPACE}|(?(mg)(?=(?:正|腊|冬)月)))"
            rf"(?P<lm>正|腊|冬|十一|十二|[一二三四五六七八九十]){SPACE}月{SPACE}(?P<ld>{_LUNAR_DAY})(?:{SPACE}日)?"
        ),
    ),
    (
        "era",  # 光緒11年, 昭和50年
        _lazy(
            # (明永樂十三年, 清光緒二十年: the dynasty named before its reign belongs to the date)
            r"(?:[唐宋元明清](?:朝|代)?)?"
            rf"(?P<era>光绪|宣统|同治|咸丰|道光|嘉庆|乾隆|雍正|康熙|顺治|明治|大正|昭和|平成|令和"
            rf"|洪武|建文|永乐|洪熙|宣德|正统|景泰|天顺|成化|弘治|正德|嘉靖|隆庆|万历|天启|崇祯"
            # (the Song's reigns and a few of the Tang's and the Yuan's, 元丰三年（1080年）; not those that
            # are places or words too, 绍兴, 嘉定, 景德, 大观, 政和, 开元, 天宝)
            rf"|太平兴国|大中祥符|建隆|开宝|雍熙|端拱|淳化|至道|咸平|天禧|乾兴|天圣|景祐|宝元|康定|庆历|皇祐|嘉祐|熙宁|元丰|元祐|绍圣|元符"
            rf"|崇宁|宣和|靖康|建炎|隆兴|淳熙|绍熙|嘉泰|开禧|端平|嘉熙|淳祐|宝祐|景定|咸淳|贞观|永徽|元和|至正){SPACE}"
            rf"(?P<n>元|\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){SPACE}年"
        ),
    ),
    (
        "slash_md",  # （5/3更新）, 5/3起, 8/16(五), 8/28～9/17, 中秋節（9/17）, 預計8/28上線
        _lazy(
            # Hong Kong writes day/month: 上周五（14/6）, read so where the day is no month
            rf"(?<=[(（])(?P<dd>1[3-9]|2[0-9]|3[01])/(?P<mm>1[0-2]|0?[1-9])(?=[)）])|"
            # (請為3/15-17青年退修會禱告: a month's days from one to another, the month once)
            rf"(?<=[为于在至到：:（(\s])(?P<rm>1[0-2]|0?[1-9])/(?P<rd>3[01]|[12][0-9]|0?[1-9])-(?P<rd2>3[01]|[12][0-9]|0?[1-9])(?![0-9/.%:])(?![ \t]*(?:倍|螺|寸|吋|mm|cm|号|个|件|%))|"
            # … and in running text (20/7（六）喺PMQ開幕, 展期：20-28/7，): a day that is no month,
            # alone or closing a range of days, before a weekday, a pause or what happens then
            # (after a label's colon or a preposition, or before its weekday: 比分21/3 is a score)
            rf"(?<![0-9A-Za-z/.:\-])(?=(?:1[3-9]|2[0-9]|3[01])/|\d{{1,2}}-(?:1[3-9]|2[0-9]|3[01])/)"
            rf"(?:(?<=[：:由于於喺在至到])|(?=\d{{1,2}}(?:-\d{{1,2}})?/\d{{1,2}}{SPACE}[(（](?:星期|周|礼拜)?[一二三四五六日天][)）]))"
            rf"(?P<hd>3[01]|[12][0-9]|0?[1-9])(?:-(?P<hd2>3[01]|[12][0-9]|0?[1-9]))?/(?P<hm>1[0-2]|0?[1-9])"
            rf"(?![0-9/.%:])|"
            # 6/16-6/22 and 2023/07/14(五)-11/30(四): a hyphen joins two dates, not a number
            # 時間:2/15(六): an ASCII colon ends a label (not a clock's 10:1/2)
            # (★★★★☆（4/5）: a rating's score after its stars)
            rf"(?<![0-9A-Za-z/.约占近仅逾余有])(?<![0-9]:)(?<![★☆][(（])(?:(?<!-)|(?<=/\d-)|(?<=/\d\d-)|(?<=[)）]-))"
            rf"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9/.%])"
            rf"(?:(?P<wk>{SPACE}{_WEEKDAY_BRACKET})"
            # 3/7就開賣: an adverb may stand between the day and what happens on it
            rf"|(?={SPACE}(?:(?:就|才|已|将|会|要){{0,2}}(?:{_MD_AFTER})|[～~—–\-至到]{SPACE}\d{{1,2}}/\d))"
            # (維護時間:3/19 06:00~11:00: the hours it runs, not a push's stamp, 03/17 10:00)
            rf"|(?=[ \t]\d{{1,2}}:\d{{2}}[ \t]*[～~—–\-至到][ \t]*\d{{1,2}}:\d{{2}})"
            # the end of a range: a date only after the range's start (see timeline.resolve)
            rf"|(?P<tail>(?<=[0-9）)][～~—–\-至到]\d/\d)|(?<=[0-9）)][～~—–\-至到]\d/\d\d)"
            rf"|(?<=[0-9）)][～~—–\-至到]\d\d/\d)|(?<=[0-9）)][～~—–\-至到]\d\d/\d\d))"
            rf"|(?<=[(（]\d/\d)(?=[)）])|(?<=[(（]\d\d/\d)(?=[)）])|(?<=[(（]\d/\d\d)(?=[)）])"
            rf"|(?<=[(（]\d\d/\d\d)(?=[)）])"
            rf"|(?<=[于]\d/\d)|(?<=[于]\d\d/\d)|(?<=[于]\d/\d\d)|(?<=[于]\d\d/\d\d)"
            # 營業至3/31, 請到4/9: the day something lasts until (not 增至3/4, a share)
            rf"|(?<={_UNTIL}\d/\d)|(?<={_UNTIL}\d\d/\d)|(?<={_UNTIL}\d/\d\d)|(?<={_UNTIL}\d\d/\d\d)"
            rf"|(?<=截[至止]\d/\d)|(?<=截[至止]\d\d/\d)|(?<=截[至止]\d/\d\d)|(?<=截[至止]\d\d/\d\d)"
            # 預計8/28, 最快7/5, 清明當天4/4: a day expected, at the soonest, or said again in figures
            rf"|(?<={_DAY_BEFORE}\d/\d)|(?<={_DAY_BEFORE}\d\d/\d)|(?<={_DAY_BEFORE}\d/\d\d)|(?<={_DAY_BEFORE}\d\d/\d\d)"
            # (其实就是3/7啦): the day a weekday or a word just named, said again in figures
            rf"|(?:(?<=就是\d/\d)|(?<=就是\d\d/\d)|(?<=就是\d/\d\d)|(?<=就是\d\d/\d\d))"
            rf"(?=[啦啰喔哦嘛吧]?[)）])"
            # (02/06 | 02/07 | 支付宝-… | 126.00: a statement's table, its days in cells, zero-padded)
            rf"|(?:(?<=^\d\d/\d\d)|(?<=\n\d\d/\d\d)|(?<=[｜|] \d\d/\d\d)|(?<=[｜|]\d\d/\d\d))(?=[ \t]*[｜|])"
            # an itinerary's day header: D1｜4/30, 第二天｜5/1
            rf"|(?<=[Dd]\d[｜|]\d/\d)|(?<=[Dd]\d[｜|]\d\d/\d)|(?<=[Dd]\d[｜|]\d/\d\d)|(?<=[Dd]\d[｜|]\d\d/\d\d)"
            rf"|(?<=天[｜|]\d/\d)|(?<=天[｜|]\d\d/\d)|(?<=天[｜|]\d/\d\d)|(?<=天[｜|]\d\d/\d\d)"
            # a programme's row: the day opens its line, an ideographic space after it (12/5　某某講座)
            rf"|(?:(?<=\n\d/\d)|(?<=\n\d\d/\d)|(?<=\n\d/\d\d)|(?<=\n\d\d/\d\d)"
            rf"|(?<=^\d/\d)|(?<=^\d\d/\d)|(?<=^\d/\d\d)|(?<=^\d\d/\d\d))"
            # (or a space, where the next row opens with a day too: 5/3 台北 林口體育館 /
            # 5/10-5/11 香港 …, a tour's dates; not a recipe's 1/2 杯牛奶 / 1/4 茶匙鹽)
            # (two fields after it, a place and a hall: a recipe's row, 1/2 盒豆腐, or a knockout
            # round, 1/4 决赛 皇马对曼城, is no tour's)
            # (or a city alone, a city and its hall in one word, a venue's Latin name)
            rf"(?:(?=\u3000)|(?=[ \t]+(?![大小茶汤]?[杯匙勺碗份个只条片块克斤磅吋寸根颗粒瓣盒罐把包袋瓶拍]|决赛|半决赛|强)"
            rf"(?:[\u4e00-\u9fff][^\s]*[ \t]+\S[^\n]*|[\u4e00-\u9fff]{{2,12}}[ \t]*|[A-Z][a-z]+[^\n]*)\n\d{{1,2}}/\d{{1,2}}[ \t\u3000\-～~]))"
            rf")"
        ),
    ),
    (
        # 114/05/17（六）, 113.12.31: a Minguo year, month and day apart by slashes or dots, as
        # Taiwan's notices write them (only in Taiwan's text, as minguo_bare)
        "minguo_slash",
        _lazy(
            rf"(?<![0-9A-Za-z.\-/])(?<![0-9]:)(?P<y>1[01]\d)(?P<sep>[/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)"
            rf"(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9A-Za-z/.%])(?:{SPACE}{_WEEKDAY_BRACKET})?"
        ),
    ),
    (
        "slash_ym",  # 2022/8交车, 2023/11起: a year and month apart by a slash, nothing after
        _lazy(
            r"(?<![0-9A-Za-z.\-/:])(?P<y>(?:19|20)\d\d)/(?P<m>1[0-2]|0?[1-9])"
            r"(?![0-9A-Za-z/.%:\-])"
        ),
    ),
    (
        "dot_ym",  # 早在2023.11, 自2019.7起: a year and month apart by a dot, after a word of time
        _lazy(
            # (only after 在/于/自/从/至/到/截至: a version, 2023.1版, or a figure stands alone)
            # (至/到 not after a change of amount: 涨到2023.5点 is an index's level)
            # (预计2025.6投产, 计划2026.03上线: a plan's month, its word before it)
            r"(?:(?<=[在于从自])|(?<=截至)|(?<=[^0-9/.\-增升降涨跌达占减提加高低多少回\s][至到])|(?<=\.\d[至到])|(?<=\.\d\d[至到])"
            r"|(?<=预计|计划|预期|定于|最快|有望|最迟)"
            # (or opening a chronology's line, its text after a gap: 2009.03　公司前身在江城成立)
            r"|(?<![^\n])(?=(?:19|20)\d\d\.(?:1[0-2]|0?[1-9])[ \t\u3000]+[\u4e00-\u9fff])"
            # (a résumé's span, 2019.07 - 2023.02, 2023.03 - 至今: months written with two figures)
            r"|(?<![0-9A-Za-z.\-/:])(?=(?:19|20)\d\d\.(?:1[0-2]|0[1-9])[ \t]*[-–—~～][ \t]*(?:(?:19|20)\d\d\.(?:1[0-2]|0[1-9])|至今|今|现在))"
            r"|(?<=\d\d\d\d\.\d\d - )|(?<=\d\d\d\d\.\d\d-)|(?<=\d\d\d\d\.\d\d – )|(?<=\d\d\d\d\.\d\d—)"
            r"|(?<=\d\d\d\d\.\d\d ~ )|(?<=\d\d\d\d\.\d\d～)|(?<=\d\d\d\d\.\d\d — ))"
            r"(?P<y>(?:19|20)\d\d)\.(?P<m>1[0-2]|0?[1-9])"
            r"(?![0-9A-Za-z_.%\-/:]|[ \t]*[版倍元万亿米度分秒号点])"
        ),
    ),
    (
        "dot_md",  # 5.20—5.28, 5.20（六）: a month.day only in a range or with its weekday
        _lazy(
            # (after a weekday's bracket a hyphen is a range's: 11.8（六）-11.9（日）)
            # (an ASCII colon after a name is a comment's, 某某:4.30见; after a figure, a clock's)
            rf"(?<![0-9A-Za-z/.])(?<![0-9A-Za-z]:)(?<![A-Za-z]-)(?:(?<![0-9]-)|(?<=\.\d-)|(?<=\.\d\d-))"
            # (版本3.5下午发布, 股价3.5: a version's or a price's figure)
            rf"{_FIGURE_WORD_BEFORE}"
            # (Spring Boot 2.7 到 3.1: a product's versions after its Latin name, one to the next; Amy 6.1
            # 出發 is a day)
            rf"(?!(?<=[A-Za-z] )\d{{1,2}}\.\d{{1,2}}{SPACE}(?:到|至|->|→|~|～){SPACE}\d)"
            rf"(?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12][0-9]|0?[1-9])"
            rf"(?![0-9/.%]|{SPACE}[分倍版元万亿米度折])"
            rf"(?:(?P<wk>{SPACE}{_WEEKDAY_BRACKET}(?:(?={SPACE}[～~—–\-至到]{SPACE}(?:1[0-2]|0?[1-9])\.\d))?)"
            # 6.8晚上, 5.4早上: a time of day said of it (a score or a version has none)
            rf"|(?=早上|晚上|上午|下午|凌晨|中午|傍晚|当天|当晚|夜里|晚间)"
            # 8.5出发, 4.30见！: a departure, an opening or a meeting that day (a version is
            # released or updated, 3.5发布, never sets off or is met)
            rf"|(?={SPACE}(?:就|才|已|将|会|要){{0,2}}(?:{_DOT_MD_AFTER}))"
            # 4.5号去: a day written with 号 (not 1.5号楼, a building's number)
            rf"|{SPACE}号(?![楼线位码机院房车厅门馆台])"
            rf"|(?={SPACE}[～~—–至到]{SPACE}(?:1[0-2]|0?[1-9])\.(?:3[01]|[12][0-9]|0?[1-9])(?![0-9.%分倍版元]))"
            # 9.24-9.26去了大理: a hyphen joins two days only before what was done in them (a
            # price's, a rate's or a version's range never goes anywhere)
            rf"|(?=-(?:1[0-2]|0?[1-9])\.(?:3[01]|[12][0-9]|0?[1-9]){_DOT_RANGE_DONE})"
            # an itinerary's day label, then its day set apart: Day3　10.3　洱海, D1 10.1 上海→昆明
            rf"|(?:{_ITINERARY_DAY})(?=[ \t\u3000]|$|-(?:1[0-2]|0?[1-9])\.\d)"
            # an itinerary's day label with its day in brackets: D1（10.1）, Day 2(5.2), 第三天（5.3）
            rf"|(?:(?<=[Dd]\d[(（]\d\.\d)|(?<=[Dd]\d[(（]\d\.\d\d)"
            rf"|(?<=[Dd]\d[(（]\d\d\.\d)|(?<=[Dd]\d[(（]\d\d\.\d\d)"
            rf"|(?<=[Dd]ay\d[(（]\d\.\d)|(?<=[Dd]ay\d[(（]\d\.\d\d)"
            rf"|(?<=[Dd]ay\d[(（]\d\d\.\d)|(?<=[Dd]ay\d[(（]\d\d\.\d\d)"
            rf"|(?<=[Dd]ay \d[(（]\d\.\d)|(?<=[Dd]ay \d[(（]\d\.\d\d)"
            rf"|(?<=[Dd]ay \d[(（]\d\d\.\d)|(?<=[Dd]ay \d[(（]\d\d\.\d\d)"
            rf"|(?<=天[(（]\d\.\d)|(?<=天[(（]\d\.\d\d)|(?<=天[(（]\d\d\.\d)"
            rf"|(?<=天[(（]\d\d\.\d\d)"
            # a festival's date in brackets: 跨年夜（12.31）, 七夕（8.29）
            rf"|(?<=[节夜旦诞夕宵][(（]\d\.\d)|(?<=[节夜旦诞夕宵][(（]\d\.\d\d)"
            rf"|(?<=[节夜旦诞夕宵][(（]\d\d\.\d)|(?<=[节夜旦诞夕宵][(（]\d\d\.\d\d)"
            # a weekday's date in brackets: 上周六（11.2）, 週五(3.14) (no score has a weekday)
            rf"|(?<=[周期拜][一二三四五六日][(（]\d\.\d)|(?<=[周期拜][一二三四五六日][(（]\d\.\d\d)"
            rf"|(?<=[周期拜][一二三四五六日][(（]\d\d\.\d)|(?<=[周期拜][一二三四五六日][(（]\d\d\.\d\d)"
            rf")(?=[)）])"
            # a week's days in brackets: 上周（10.23-10.29）, 本週（3.3-3.9）
            rf"|(?:(?<=[周期拜][(（]\d\.\d)|(?<=[周期拜][(（]\d\.\d\d)|(?<=[周期拜][(（]\d\d\.\d)|(?<=[周期拜][(（]\d\d\.\d\d))"
            rf"(?=[～~—–\-至到](?:1[0-2]|0?[1-9])\.(?:3[01]|[12][0-9]|0?[1-9])[)）])"
            rf"|(?P<tail>(?<=[0-9][～~—–至到]\d\.\d)|(?<=[0-9][～~—–至到]\d\.\d\d)"
            rf"|(?<=[0-9][～~—–至到]\d\d\.\d)|(?<=[0-9][～~—–至到]\d\d\.\d\d)"
            rf"|(?:(?<=[0-9]-\d\.\d)|(?<=[0-9]-\d\.\d\d)|(?<=[0-9]-\d\d\.\d)|(?<=[0-9]-\d\d\.\d\d)){_DOT_RANGE_DONE}"
            rf"|(?<=[)）][～~—–\-至到]\d\.\d)|(?<=[)）][～~—–\-至到]\d\.\d\d)"
            rf"|(?<=[)）][～~—–\-至到]\d\d\.\d)|(?<=[)）][～~—–\-至到]\d\d\.\d\d)"
            # (the end of a week's days in brackets, 上周（10.23-10.29）: only after their start)
            rf"|(?:(?<=[0-9]-\d\.\d)|(?<=[0-9]-\d\.\d\d)|(?<=[0-9]-\d\d\.\d)|(?<=[0-9]-\d\d\.\d\d))(?=[)）])))"
        ),
    ),
    # (3月29至4月1號: a range's first day may leave its 日 to the last, which names its month)
    ("md", _lazy(
        # (not a year's figures' 年, 2024年 2月4日; 過完年2月4日起 is the day after the holiday)
        rf"{_NO_NUM_BEFORE}(?<![0-9〇零一二三四五六七八九十]年)(?P<m>{_D}){SPACE}月{SPACE}(?P<d>{_D}){SPACE}"
        rf"(?:[日号]|(?={SPACE}[至到～~—–\-]{SPACE}\d{{1,2}}{SPACE}月{SPACE}\d{{1,2}}{SPACE}[日号]))"
    )),
    (
        "ytd",  # 累計前11月營收, 前10月销量同比: the year's first months, without a year
        _lazy(
            rf"(?:(?<![0-9〇零一二三四五六七八九十年个第今去明本上])前(?P<nm>\d{{1,2}}){SPACE}月(?!份?[前后初底中])(?={_BUSINESS_AHEAD})"
            rf"|(?:(?<=累计)|(?<=截至))前(?P<nm2>\d{{1,2}}|十[一二]?|[二两三四五六七八九]){SPACE}个?月(?!份?[前后]))"
        ),
    ),
    (
        "m",
        _lazy(
            # (有紀錄以來2月份第三高: a month of every year on record, no month of the story)
            # (00919 3月中除息: a month with its part after a fund's code)
            # (合同6月底到期: a contract's month; 同一月 is "the same month")
            rf"{_NO_NUM_BEFORE}(?<![年每个上下当闰])(?:(?<!同)|(?<=合同))(?<!(?<![\u4e00-\u9fff])本)(?:(?<![A-Za-z0-9][ \t])|(?<=[0-9][ \t])(?=\d{{1,2}}月(?:上旬|中旬|下旬|初|中|底)))(?<!纪录以来)(?<!记录以来)(?P<m>\d{{1,2}}|十[一二]|[一二三四五六七八九十]){SPACE}月份?"
            # (6 月龄: an age in months; 九月寶, 九月预产妈咪: the babies due then, a mothers' group; 五月節,
            # 八月节: the festival's old name, no month)
            # (not 10月节目, 6月节能宣传周, 5月节假日: a programme, a campaign, the holidays of the month)
            rf"(?![球亮光饼嫂子票薪天怀龄宝]|节(?![目能假约奏省点日])|妈|预产|孕妈)(?:(?P<mpart>{_PART_MONTH}))?"
        ),
    ),
    (
        "relpart",
        _lazy(
            rf"(?<![0-9〇零○一二三四五六七八九十年今去前明后每当这那半全整大])年(?P<part>{_P_END}|{_P_LAST}|{_P_START}|{_P_TAIL})(?!中|期)"
            # 下半年, 上半年 without a year: the reference's
            rf"|(?<![0-9〇零○一二三四五六七八九十年今去前明后每当这那半全整大多])(?P<half>上半年|下半年)(?!度)"
        ),
    ),
    (
        "relmonth",
        _lazy(
            # (今個月: Cantonese "this month", 今個月尾)
            # (赶上月卡打折: 赶上 "catch", then 月卡, a monthly card; 吃上月饼: 吃上, then 月饼; no 上月)
            rf"(?P<relm>上个月|(?<![赶碰遇搭])上月(?![卡饼])|本月|这个月|今个月|呢个月|下个月|下月)"
            # (本月首18日, 上月首兩周: the month's first days, from its 1st)
            # (本月19至20日: the range's first day may leave its 日 to the last, as after a year word)
            rf"(?:{SPACE}(?P<d>{_D}){SPACE}(?:[日号]|(?={SPACE}{CONNECTOR}{SPACE}{_D}{SPACE}[日号]))|(?P<mpart>上旬|中旬|下旬|{_PARTS}|头(?![发等号条版像脑目])(?<=月头))(?!国|旬|秋)"
            rf"|{SPACE}(?:首|前)(?P<firstd>\d{{1,2}}|[一二两三四五六七八九十]{{1,3}}){SPACE}(?:日|天)(?![0-9]))?"
        ),
    ),
    (
        "monthpart",  # 月初, 月中, 月底: of the month last named, else the reference's
        _lazy(
            # (反正月中以后: 反正 "anyway", no 正月)
            r"(?:(?<![0-9〇零○一二两三四五六七八九十岁日明风个年每这那本上下整半数几多满蜜闰当同次隔近前后腊冬新赏望圆残"
            rf"秋花雪月该])(?<!(?<![反真公纠])正)月(?P<mpart>上旬|中旬|下旬|{_P_START}|{_P_END}|{_P_LAST}|{_P_TAIL}|中(?!国|华|文|心|央|期|旬|秋|间|的|午|途|风|毒|奖|暑|标|招|弹|枪|选))"
            # (本月中至下旬, 3月上旬至中旬: a part of the same month ends a range)
            r"|(?<=[至到])(?P<endpart>上旬|中旬|下旬))"
            r"(?![一二三四五六七八九十])"
        ),
    ),
    (
        "relday",  # 今天的 is a day (今天的发布会), but 今天的中国 is the present age; 前日 ends no
        # word (目前日均, 之前日子), and 今时今日 (HK) is "nowadays"; 今天就去 is a day, but
        # a talk's opening and sign-off (今天就来聊聊, 今天就到这里) date nothing; 会有今天 or
        # 才有今天 at a clause's end is "where things stand now", no day; 嗰次日出 is a sunrise
        _lazy(
            # (后天（大年初一）, 后天上午: the day after tomorrow, where its bracket or its hour
            # says it is a day; bare 后天 is also "acquired", 先天和后天)
            # 翌日（九月十八日）: the day after, named by its bracket; bare 翌日, 次日, 隔天 count
            # from a day the paragraph gave (7月17日停水，次日恢复), else they are no date
            # (19:30—次日0:30: the hours of a night running past midnight, no day of their own)
            # (即日起開放登記: from the day the notice was written on; 即日起至… is a range's start)
            # (次日达 is a delivery promise, 每隔天 a rhythm, 这次日期 a time, 运营至次日凌晨 a
            # night's hours)
            r"(?P<reld>翌日(?=[ \t\u3000]*[(（])|(?:前两天|前几天)(?=[ \t\u3000]*[(（][ \t\u3000]*\d{1,2}[ \t\u3000]*[日号][)）])|(?<![每隔至到])(?<![0-9][—–~～\-])(?:翌日|(?<![这此本该上下首多再几屡名层档班车依一二两三四五六七八九十那每𠮶嗰])次日|隔天|隔日)(?![达送])|明后天|明后两[天日]|今明两[天日]|昨今两[天日]|大前天|大后天|大后日|(?<![先最之以然])后天(?=[ \t\u3000]*[(（]|[上下中傍凌]午|早上|晚上|凌晨|傍晚)|(?<![先最之以然前雨午饭战产病婚])(?<!先天[和与及或、])(?<!先天)后天(?=[，,。！!？?～~…\s]|$|[就才再也都还要会去来走见到开回早晚一有是在拿送交寄带取买][^天]|记得|别|不要|务必|开始|出发|恢复|继续|更新|停|休|补班|上班|放假|调休|请了?假|值班|发(?:薪|工资|货|车|布|表)|呢(?!喃)|吗|[呀啊]?[？?]|我|你|他|她|的(?!努力|培养|因素|环境|学习|训练|习得|影响|条件))|前天(?!气)|上日(?=[ \t]*(?:收市|收报|收盘|结算))|(?<!好像就在)(?<!仿佛就在)(?<!好像是)(?<!仿佛是)(?<!恍如)(?<!犹如)(?<!宛如)(?<!如同)(?<!好似)昨天(?!一样|一般|似的)|昨日|(?<![目之提此以先空从当眼生事战面跟门])前日|(?<!今时)(?<!年年有)今日(?!头条|新闻|美国|观点|话题|推荐|要闻|热点|焦点|看点|关注|说法|特价|秒杀)|(?:(?<=截至)|(?<![至直如]))今天(?!(?<=[会才没能就]有今天)(?:[^\u4e00-\u9fff]|$)|就?来|就(?:先)?(?:[说聊写讲]|分享)?到这|的(?:中国|社会|世界|时代|年轻人|人们|我们|你们|孩子))|明天|明日(?!期(?!间))|即日(?=[ \t\u3000]*起(?![ \t\u3000]*(?:至|到|迄|～|~|—|–|-)))|明早|(?<![黎光文])明晨|明晚(?!报)|昨晚|昨夜|今晚|今晨|今早|今午|今朝(?!有酒)|前晚|(?<![钢提古竖])琴[日晚](?![本语])|(?<![之以然此最而日今往向])后日(?![子本期常报后])|(?<![之以然此最而日今往向午前])后晚(?=[，,。！!？?～~…\s]|$|先|再|去|见|定|就|啦|喇|嘅)|(?<![找追搜探觅])寻[日晚](?![本语出])|[噚㖊][日晚]|(?<![打收旁倾聆偷])听[日朝晚](?![本语文期]|(?<=听晚)会|会[议场])"
            # (Hong Kong's and Taiwan's papers write yesterday as 昨 alone before the verb: 昨在區域法院被判囚,
            # 昨表示, 昨(27日); not 今是昨非)
            r"|(?<![今是])昨(?=在|向|到[场访]|于|与(?!今)|获|被|再度|起|称|指出|表示|宣布|召开|出席|接受|回应|发表|公布|透露|率团|会见|赴|抵达|举行|上午|下午|中午|傍晚|凌晨|[(（]\d)"
            r")"
        ),
    ),
    (
        "week",  # 上週五, 本周一, 下周, 这周末, 週三, 星期天
        _lazy(
            # (数周 is "several weeks", but 指数上週 is an index's last week)
            rf"(?:(?<=指数)|(?<![0-9〇零○一二两三四五六七八九十几每数个隔连]))"
            # (五月嘅星期六, 十月的周末: any of that month's, no one day)
            rf"(?<!月的)(?<!月嘅)(?<!月份的)"
            # (比黑色星期五还热闹: the sales day's name, a festival's word; 黑色星期一 a market's crash)
            rf"(?<!黑色)"
            # (5/3剛好是週六, 12月18日是周五: the weekday said of the day just named, no day of its own)
            rf"(?<!\d日是)(?<!\d号是)(?<!\d日系)(?<!\d号系)(?<!/\d是)(?<!/\d\d是)(?<!\d[日号][刚正恰]好是)(?<!/\d[刚正恰]好是)(?<!/\d\d[刚正恰]好是)(?:"
            # 赶上周一, 碰上周末: 上 ends a verb there, it is no "last week", nor in 马上周末了
            # ("soon it is the weekend"; but 花海上週末, 老街上週三: a place, then last week) (nor 下 in 只剩下周记粥铺,
            # though 只剩下週六晚上有空 names the day); 上週一口氣, 上週一直:
            # 一 begins a word (in one go, all along), it is no Monday (but 下週一直接進廠: 直接,
            # "straight", is a word of its own after the Monday); 这周天天加班, 那周天天失眠:
            # 天天 is "every day", no Sunday; 上星期几 asks which day, it names none
            # (附上上週日: 附上, "attached", then last week's Sunday; not the week before last)
            # (前周: Hong Kong's week before last, the whole week only: 提前周五 is no week)
            rf"(?P<wrel>(?<![附赶碰遇加算配跟搭贴写带补送奉献])上上|下下|上个|下个|(?<![赶碰遇加算配跟搭])上一(?=周(?![一二三四五六日天末期目]))|下一(?=周(?![一二三四五六日天末期目]))|(?<![赶碰遇加算配跟搭马])上|(?<=跟)上(?=(?:周|星期|礼拜)[一二三四五六日天末][^，,。！？!?]{{0,24}}(?:比起来|相比|比较|一样|差不多))|本|这个|这|(?<![剩留落写放撂扔丢躺坐停])下|下(?=(?:周|星期|礼拜)[一二三四五六日天末])|今个|呢个"
            # (not a name after 前, "former": 前周口市委书记, 前周杰伦经纪人, 前周姓员工)
            rf"|(?<![提之以目眼当日从此先向往面跟门胸空事年月天早更])前(?=周(?:[(（]|[，,。；;、）)\s]|的|相比|比|持平|同期|录|共|内|之|[减增升跌回多少高低]|$)))(?:周|星期|礼拜)"
            # (下周三几点: the hour asked of a named day, 几点, is no 星期几)
            rf"(?P<wd>(?!一(?:口气|下子|直(?!接)|样|些|定|般|共|边|律|度|系列|位(?!于|置))|天天){_WEEKDAY}|末)?(?![几幾](?<=[一二三四五六日天末][几幾])(?![点點时時])|(?<=[周期拜])[几幾])"
            # (這週六日, 下週六日: Saturday and Sunday, as Taiwan and Hong Kong say the weekend)
            rf"(?:(?:(?<=[一二三四五六])[、和及至到~～\-]|(?<=六)(?=[日天](?![期子常本记报])))(?P<wd4>[二三四五六日天])"
            # 下周三到周日: a range of the week's days, the week word said again
            rf"|(?<=[一二三四五六])(?:至|到|~|～|-|—|、|和|及|与)(?:周|星期|礼拜)(?P<wd7>[二三四五六日天]))?(?![刊报岁边围期]|年(?!会|终|货|夜饭|尾牙))"
            # (上周（12/1—18/1）: Hong Kong gives the week's days after it, day first)
            rf"(?:(?<=[周期拜])(?P<wbr>{SPACE}[(（]\d{{1,2}}/\d{{1,2}}{SPACE}[—–\-至~～到]{SPACE}\d{{1,2}}/\d{{1,2}}[)）])"
            # (上週末（7、8日）: the weekend's two days in its bracket, the weekend's own)
            rf"|(?<=末)(?P<wbd>{SPACE}[(（]\d{{1,2}}[日号]?{SPACE}[、和及至到~～\-—]{SPACE}\d{{1,2}}[日号][)）]))?"
            rf"|(?P<today>今)(?:周|星期|礼拜)(?P<wd3>{_WEEKDAY})"
            # 週六至下週一, 周日至下周二: from a day of this week to one of the next
            rf"|(?<![周期拜][一二三四五六日天末][至到~～\-—、及和与跟或同])(?:周|星期|礼拜)(?P<wd8>[一二三四五六日天])"
            rf"(?:至|到|~|～|-|—)下个?(?:周|星期|礼拜)(?P<wd9>[一二三四五六日天])(?![刊报年岁边围期])"
            # 週四至週五: two days of the page's week, one range (not the end of 星期日至週五,
            # a range over the week's end; 明日至週五, 9日至週五 end at the weekday)
            rf"|(?<![周期拜][一二三四五六日天末][至到~～\-—、及和与跟或同])(?:周|星期|礼拜)(?P<wd5>[一二三四五六])"
            rf"(?:至|到|~|～|-|—)(?:周|星期|礼拜)(?P<wd6>[二三四五六日天])(?![刊报年岁边围期])"
            # (今個禮拜六同禮拜日: the second of two days listed after a named week, that week's; two
            # bare weekdays listed, 星期六同星期日照常營業, are kinds of days)
            rf"|(?:(?<![周期拜][一二三四五六日天末][至到~～\-—、及和与跟或同])|{_AFTER_NAMED_WEEKDAY})(?:周|星期|礼拜)(?P<wd2>(?!天天){_WEEKDAY}|(?<=周)末(?![版刊报班档]|工作坊|课程|课堂|营|综艺|节目|特辑))(?!{SPACE}(?:、|及|或)|{SPACE}(?:至|到|~|～|-|—|和|与|同){SPACE}(?:周|星期|礼拜|下|本|这|[一二三四五六日天末]|\d|公众假期|公假|假日|节假日|假期|例假日))"
            # 本周日10点: a time after a weekday's name; 本周3天 is a count
            # (本周50指標屋苑: a count of two figures after the week, no weekday's 5)
            rf")(?:(?<=[一二三四五六日天末])|(?![0-9A-Za-z])|(?=\d{{2,}}(?![0-9日号天点时:：])))"
        ),
    ),
    (
        "festival",
        _lazy(
            # 112年春節: a Minguo year, read so only in Taiwan's text (see scan)
            # (七十九年端午: a Minguo year in numerals, as Taiwan's older texts write it)
            # (民國104年中秋: the Minguo year with its name, one expression)
            # (where no festival's expression can start, one class fails at once: the many
            # names below are otherwise tried at every place of a window)
            rf"(?={_FESTIVAL_FIRST})"
            rf"(?:(?:(?:(?:中华)?民国{SPACE})?{_NO_NUM_BEFORE}(?:(?P<y>{_Y})|(?P<my>1[0-4]\d)|(?P<myc>[一二三四五六七八九]十[一二三四五六七八九]?|{_MINGUO_DIGITS})|{_YY})"
            # (1990年那届春晚: the year is the expression, as annotators read it; 那届 then
            # points back at it, see _festival_name)
            rf"{SPACE}年(?:那年的?|的)?{SPACE})"
            # (舊年: Cantonese "last year", not 辭舊年)
            # (今個聖誕: Cantonese "this" before a festival, this year's; 下年正月十五: Cantonese "next year")
            # (那年中秋: the year the text just named, see timeline)
            rf"|(?P<rel>今年|去年|前年|明年|上年|今个(?=[\u4e00-\u9fff])|这个(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]{{1,4}}(?:假期|长假|连假|期间))|(?<![辞送])旧年|{_NEXT_YEAR_HK}|(?<![这哪])那年|嗰年|{_NEXT_YEAR}(?!度))(?(rel)(?:[ \t](?=[56]))?))?"
            # (上個月中秋節: the festival of the month named, counted from the page's)
            rf"(?P<mrel>上个月|(?<![0-9一二三四五六七八九十])本月|这个月|下个月)?"
            # 農曆除夕, 农历七夕: the word that says the day is lunar belongs to its name
            # (“五一”假期: a name in quotes before its holiday word, as mainland reports write it)
            # (never right after 初 or 廿: 年初五一定 holds no 五一)
            rf"(?:农历{SPACE})?(?<![初廿])(?P<fq>[“「])?(?P<f>{_FESTIVAL})(?(fq)[”」](?=假期|长假|小长假|黄金周|期间))"
            # (大暑节气（22日）: a solar term named as one, which its bracket dates)
            rf"(?:(?P<jq>节气(?=[ \t\u3000]*[(（]))|(?P<jie>节(?!目|奏|省|能|点|约|拍|制|流|选|俭|气|食|庆)))?"
            # 除夕夜, 中秋夜: the festival's night, the day still (not 中秋夜场, 中秋夜读: a show's)
            rf"(?:(?<=除夕|中秋|元宵|七夕)夜(?![场市读宴景游跑店空色班车]))?"
            # 元旦日, 聖誕日: Hong Kong's names of the public holiday, the day still
            rf"(?:(?<=元旦|圣诞)日(?![期子报记志常本]))?"
            # 復活節主日: a church's name of Easter Sunday, the day still
            rf"(?:(?<=复活节)主日)?"
            # 中秋快乐, 國慶快樂: a greeting, not a day the text dates anything by; 國慶焰火,
            # 国庆晚会, 中秋礼盒: a named show or product, whose day the text gives if it means one
            rf"(?!{_GREETING_OR_NAMED})"
            # Two festivals named as one holiday: 中秋国庆双节期间, 国庆中秋假期.
            # (今年国庆和中秋连在一起: two days, each its own, where no holiday word nor a label's
            # colon joins them: 中秋节、国庆节：10月1日至8日放假)
            rf"(?:(?:[和与、及](?=(?:{_FESTIVAL})(?:节)?(?:假期|长假|小长假|连假|黄金周|双节|期间|{SPACE}[：:])))?"
            rf"(?:{_FESTIVAL})(?:节(?!目|奏|省|能|点|约|拍|制|流|选|俭|气|食|庆))?)?(?:双节)?"
            # 元宵節正日: Hong Kong's "the festival's own day" (after 節: 中秋正日 alone is also
            # said of the festival every year, 過去幾年…中秋正日人流最多)
            rf"(?:(?<=节)正日(?![子期]))?"
            # A holiday word is part of the expression (春节假期 is the 7-day holiday, not the
            # day), and so is the day's neighbourhood (春节前, 五一前后); after the holiday
            # only 前后 (春节假期前后: around it; 國慶假期前開售 is a deadline); 放假 is a verb.
            # 端午連假首日（30日）: a day of the holiday, which its bracket names
            # (春節疏運期間: the holiday's travel season, as Taiwan's transport notices name it)
            # (114年春節連續假期: Taiwan's word for the holiday; its 期间 is no part of it, as
            # most annotators end 春節連假期間 and 春节假期期间 before it)
            # (春节档, 国庆档: the film season of the holiday, as the box office names it)
            # (聖誕假好多人去, 復活節假去咗日本: Hong Kong's short word for the holiday; not 中秋假月饼)
            rf"(?:(?P<hol>连续假期|放假期间|假期|小长假|长假|连假|黄金周|(?:疏运)?期间|档期|档(?![案次位口子])|大促|假(?=[，,。！!？?；;\s]|$|去|返|前|后|期间|嗰|我|你|佢|好多|都|放|完|时|的时候|先|才|就|终于|又|已))(?:前后|期间(?=[ \t\u3000]*[(（]\d)|(?=(?:首日|第一天|最后一天|收假日)[ \t\u3000]*[(（]\d)"
            rf"(?P<hday>首日|第一天|最后一天|收假日))?|{_NEAR}"
            # 国庆第二天, 国庆首日: the n-th day from the festival's
            rf"|(?P<nth>第[一二三四五六七]天|首日))?"
            rf"(?=(?P<sfx>前后|当天|当日|档|前|后|时|那天|放假)?)"
        ),
    ),
    (
        "holiday_side",  # 节前（1月20日至28日）: before or after the holiday, as the bracket says
        # … and 那天（10月7日）, 當天（3日）: a day named only by its bracket
        _lazy(rf"(?:节(?P<side>前|后)|那天|当天|这天|当日)(?={SPACE}[(（]{SPACE}\d)"),
    ),
    (
        "lunar_day",  # a bare 初二: only where the text speaks of the lunar new year
        _lazy(
            # (初六初七别走: two days named one after the other, the second right after the first)
            r"(?:(?<![0-9〇零○一二三四五六七八九十年月正大最当起之])|(?<=初[一二三四五六七八九十]))初(?P<ld>[一二三四五六七八九十])"
            # (初三和高三另有安排: the school grades, 初中 and 高中, side by side)
            r"(?![和、及与跟或][ \t]*高[一二三])"
            r"(?:(?![一二三四五六七八九十中年级班学生届期次步稿审赛选章季段阶版心衷始])|(?=一(?:早|大早))"
            # the end of a range before 期间 (除夕至初五期间), not a school year's (初三期间)
            r"|(?<=[至到~～—\-]初[一二三四五六七八九十])(?=期间))"
        ),
    ),
    (
        # HK's nights of Mid-Autumn: 十四晚 (迎月), 十五晚, 十六晚 (追月), the 8th lunar month's;
        # only where the text speaks of Mid-Autumn (timeline), never a count (住十五晚)
        "moon_night",
        _lazy(
            r"(?<![0-9〇零○一二三四五六七八九十廿百年月初正住了共连第多个要需两几再])"
            r"(?P<ln>十[四五六])晚(?![上间饭餐会宴班报点])"
            # 追月, 迎月: HK's names of the nights after and before Mid-Autumn (not 追月饼)
            # (下周一（16日）迎月夜: a day already dated, then what night it is)
            # (迎月晚會, 追月活動: a show's or an event's name, no night by itself)
            # (追月夜, 迎月晚: the night named whole)
            r"|(?<![)）日号])(?P<zm>追月|迎月)(?:夜(?![间市])|晚(?![会饭餐宴]))?(?![饼亮光]|晚会|活动|节目|派对|音乐会|嘉年华)"
        ),
    ),
    (
        "day",  # 18日, 到了14日, 截至9日中午, 美東時間5日晚間, 3号晚上
        _lazy(
            # (截至 8 日, 周日（11 日）: a day set apart by spaces on both sides, as Yahoo writes figures)
            rf"{_NOT_COUNT_BEFORE}(?P<d>\d{{1,2}})(?:日|[ ]日(?:(?<=[ （(]\d[ ]日)|(?<=[ （(]\d\d[ ]日))(?<!{_COUNT_WORD}[ ]\d[ ]日)(?<!{_COUNT_WORD}[ ]\d\d[ ]日)){_NOT_COUNT_AFTER}"
            # (a line that opens with 1號 and a space numbers an item: a ballot's candidate)
            # (等8号以后: waiting for a day)
            # (HK 都係22號先走得: 係, folded to 系, is Cantonese for 是; 喺27號前交到: 喺 for 在)
            # (咱们14号一起走: after a pronoun subject; 就等 18 号了: a day set apart by spaces)
            # (我16號請咗半日假: after the pronoun that does something that day)
            # (气象说19号锋面到, 改成3号走, 所以27号之前: after what is said, what a plan is
            # changed to, a clause's link)
            # (想問24號仲有冇位, 改18號: the day asked about, the day a plan is moved to)
            rf"|(?:(?<=[于在喺到至从自是系等们，,（(\s！!？?～~我你佢他她说讲话「“『拣挑要就改问能])|(?<=号、)(?<![车线路站楼]\d号、)(?<![车线路站楼]\d\d号、)|(?<=月\d号[同和跟与及])|(?<=月\d\d号[同和跟与及])|(?<=结果)|(?<=问下)|(?<=问吓)|(?<=刚好)|(?<=正好)|(?<=建议)|(?<=不过)|(?<=但是)|(?<=或者)|(?<=最好)|(?<=改成)|(?<=改到)|(?<=所以)|(?<=预计)|(?<=打算)|(?<=计划)|(?<=准备)|^)(?P<dh>\d{{1,2}})"
            # (？17 号见分晓: tech sites set 号 apart by a space after a clause's end too)
            rf"(?:号|(?:(?<=[于在到至是等][ \t\u3000]\d)|(?<=[于在到至是等][ \t\u3000]\d\d)"
            # (发布会 26 号晚上: and after a word, as the same sites space every figure, when a
            # time of that day follows; 球衣 10 号, 门牌 15 号 are numbers)
            rf"|(?<=[\u4e00-\u9fff][ \t\u3000]\d)(?=[ \t\u3000]号{_DAY_TIME_AFTER})"
            rf"|(?<=[\u4e00-\u9fff][ \t\u3000]\d\d)(?=[ \t\u3000]号{_DAY_TIME_AFTER})"
            rf"|(?<=[？?！!。，,]\d)|(?<=[？?！!。，,]\d\d))[ \t\u3000]号)(?!(?:(?<=\n\d号)|(?<=\n\d\d号)|(?<=^\d号)|(?<=^\d\d号))\s){_HAO_AFTER}"
            # 要1號的票: the ticket of that day (a seat or a platform is no ticket's owner)
            # (1号一早就走, 4号出发, 25號飛札幌, 3号回老家: the day one sets off or comes back; a
            # line's, a gate's or a building's number never travels; 9号、10号两天: days named
            # one after the other and counted)
            rf"|{_NOT_COUNT_BEFORE}(?<![0-9A-Za-z路道街巷弄第穿把])(?<!长征)(?<!嫦娥)(?<!神舟)(?<!天舟)(?<!天问)"
            rf"(?P<dht>\d{{1,2}})号(?=的(?:票|车票|门票|机票|船票|场次|班次|航班)"
            # (not 长征5号起飞, 嫦娥5号飞向月球, 23号回到场上: a rocket's, a craft's, a player's number)
            # (31号晚上8点, 16號嗰日, 5号那天: a day and its time, or the day pointed at)
            rf"|(?:晚上|早上|上午|下午|中午|凌晨|傍晚)|(?:那天|那日|当天|当日|嗰日|嗰晚|𠮶日)"
            # (退款29号之前能到账吗, 那边29号就开始围拒马, 23号结束前再去一次: the day before or
            # from which something happens)
            rf"|(?:之前|以前|之后|以后|结束前|结束之前)(?=[能会要就才都还再记得务必赶紧一定可走去回办买订交，,]|到账|完成|回复|出发)|截止|就开始"
            # (由28號開始試咗成個月, 从5号起: the day something runs from)
            rf"|(?:(?<=[由从自]\d号)|(?<=[由从自]\d\d号))(?:开始|起)"
            # (单位8号要开会, 26号左右就能搬空, 27号搬进来: what is due or done that day)
            rf"|要(?:开会|上班|上学|报到|考试|回|走|去|出发)|左右(?=就|能|会)|搬(?:进来|进去|走|家(?!公司)|出去)"
            # (返程打算7号还是6号走, 建议2号或者4号去, 6号和7号高速肯定堵: days weighed against each other,
            # not 3号和5号楼, 1号或2号线)
            rf"|(?:还是|或者?|和|跟)\d{{1,2}}号(?=[走去来回到的吧呢吗？?，,。！!\s]|那天|哪天|之间|都|也|出发|返程|高速|$)"
            # (5號收到印刷廠報價: what came that day)
            rf"|收到(?![了过黄红警])|寄出|寄到|到货|交稿"
            rf"|一早|一大早|(?:就|再|先|才)?(?:出发|启程|起程|起飞|飞(?![机行天船])|返(?![回还场])"
            rf"|回(?:来|去|到(?!场|赛场|球场|首发|阵容)|家|国|港|台|老家|乡))"
            rf"|[、和同跟与及]\d{{1,2}}号[两二三四]天|(?<=号[、和同跟与及]\d号)[两二三四]天|(?<=号[、和同跟与及]\d\d号)[两二三四]天"
            # (士多30號結業: a shop's last day)
            rf"|{_SHOP_CLOSES})"
            # 二十號前, 十五号晚上: a day in numerals; a single numeral (三号) is a number
            # (not a house number after its street: 大河道十號至八十八號)
            rf"|{_NOT_COUNT_BEFORE}(?<![初正腊冬路道街巷弄])(?P<dhc>(?:[二三]?十|[廿卅])[一二三四五六七八九]?)号{_HAO_AFTER}"
            # Print style writes days in numerals: 十日在北京, 廿二日. A single numeral
            # (三日) is a count as often as a day: only where a date would stand.
            rf"|{_NOT_COUNT_BEFORE}(?<![初正腊冬])(?P<dc>(?:[二三]?十|[廿卅])[一二三四五六七八九]?)日{_NOT_COUNT_AFTER}"
            rf"|(?:(?<=[于在到至，,（(])|^)(?P<dc1>[二三四五六七八九])日{_NOT_COUNT_AFTER}"
            # (一連三晚（16至18號）, 16至18日舉行: a range's first day leaves its 日 to the last)
            # (即係16至18號, 是19至20日: after the words that say which days; not 1至3號電梯, lifts)
            rf"|(?:(?<=[于在由从自（(系是即，,])|^)(?P<dr>[1-9]|[12][0-9]|3[01])(?={SPACE}(?:至|到){SPACE}(?:[1-9]|[12][0-9]|3[01]){SPACE}[日号](?![楼线栋座房室层车]|电梯))"
        ),
    ),
]
_KIND_ORDER = {kind: i for i, (kind, _) in enumerate(_PATTERNS)}
# Kinds that carry their own year: their value never depends on the reference date.
_EXPLICIT = frozenset(
    {"numeric", "dmy", "ymd", "ym", "y", "yrange", "yrange_bare", "era_lunar", "minguo", "minguo_bare", "minguo_slash", "fiscal", "school_year"}
)


@dataclass(frozen=True)
class Match:
    kind: str
    start: int
    end: int
    groups: dict[str, str | None]

    @property
    def explicit(self) -> bool:
        """The match carries its own year, so its value never depends on the reference."""
        if self.kind == "english":
            return True
        if self.kind == "twrel":
            return self.groups.get("unit") == "年"
        return self.kind in _EXPLICIT or bool(self.groups.get("y") or self.groups.get("my"))


_MARGIN = 32  # longer than any date expression on either side of its trigger
_CLUSTER_GAP = 2 * _MARGIN

# Each rule runs only in windows around the words it cannot do without (every month-day
# has 月, every week 周/星期/礼拜): one C-speed search per trigger finds the windows, and
# most of a book is never looked at by most rules.
_GROUPS: list[tuple[str | tuple[str, ...], tuple[str, ...]]] = [
    ("月", ("mrange", "mdrange", "ymd", "ym", "lunar", "lunar_month", "md", "ytd", "m", "relmonth",
           "monthpart", "nth_weekday", "that_month")),
    ("年", ("minguo", "minguo_bare", "yrange", "fiscal_split", "y", "fiscal", "decade", "relyear", "relpart",
           "lunar_new_year", "era_lunar", "era", "years_ago", "yy_words", "anniversary", "school_year",
           "that_year", "year_week")),  # (同年十月, 同年底: every one holds 年, not every one 月)
    ("春夏秋冬", ("season",)),
    ("暑寒", ("vacation",)),
    ("季Q", ("quarter",)),
    ("昨今明前琴寻噚㖊听翌次隔后上", ("relday",)),
    (("天前", "周前", "星期前", "礼拜前"), ("days_ago",)),
    ("(（", ("twrel", "yrange_bare")),
    ("周星礼", ("week", "numbered_week")),
    ("初", ("lunar_day",)),
    ("晚追迎", ("moon_night",)),
    ("日号", ("day",)),
    ("-/.", ("numeric",)),
    ("/", ("slash_md", "slash_ym", "minguo_slash", "dmy")),
    (".", ("dot_md", "dot_ym", "minguo_slash")),
    (("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
     ("english", "english_md")),
    (("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "weekend"), ("english_wd",)),
    ((*NAMES, *sorted(WORD_TERMS)), ("festival",)),
    (("节前", "节后", "那天", "当天", "这天", "当日"), ("holiday_side",)),  # words, not characters: 中, 大, 国 are everywhere
]  # fmt: skip
_BY_KIND = dict(_PATTERNS)


def _spellings(word: str) -> list[str]:
    """``word`` and every Traditional spelling of it that the character table allows."""
    spellings = [""]
    for ch in word:
        forms = dict.fromkeys((ch, *character_forms(ch)))
        spellings = [s + f for s in spellings for f in forms]
    return spellings


def _trigger(chars: str | tuple[str, ...]) -> re.Pattern[str] | tuple[str, ...]:
    """Characters: a run of them less than two margins apart, found in one deterministic
    search (a class and its negation).  Words: every spelling, found by substring search
    (far faster than an alternation in ``re``)."""
    if isinstance(chars, tuple):
        return tuple(sorted({w for word in chars for w in _spellings(word)}))
    forms = dict.fromkeys(either_script("[" + chars + "]")[1:-1])
    cls = "".join("\\" + c if c in "\\]^-[" else c for c in forms)
    return re.compile(rf"[{cls}](?:[^{cls}]{{0,{_CLUSTER_GAP}}}[{cls}])*")


_CLUSTERS = [
    (_trigger(chars), tuple((kind, _BY_KIND[kind]) for kind in kinds)) for chars, kinds in _GROUPS
]


def _hits(trigger: re.Pattern[str] | tuple[str, ...], norm: str) -> list[tuple[int, int]]:
    if not isinstance(trigger, tuple):
        return [m.span() for m in trigger.finditer(norm)]
    hits = []
    for word in trigger:
        i = norm.find(word)
        while i != -1:
            hits.append((i, i + len(word)))
            i = norm.find(word, i + 1)
    hits.sort()
    return hits


def _windows(trigger: re.Pattern[str] | tuple[str, ...], norm: str) -> list[tuple[int, int]]:
    n = len(norm)
    windows: list[tuple[int, int]] = []
    for start, end in _hits(trigger, norm):
        lo, hi = max(0, start - _MARGIN), min(n, end + _MARGIN)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


# (願上主日日與你同在, 上主日子近了: 上主, the Lord, then 日日, 日夜, 日子)
# 元月, January as Taiwan and older print name it (元月1日, 元月中旬); not a price's 元 before 月
# (10元月租, 一元月票) nor 单元月考 (a unit's monthly test).
_FIRST_MONTH = rule_cache.compile(
    r"(?<![0-9〇零一二三四五六七八九十百千万亿单纪公美港欧歐日韩韓澳加新英台纽紐])元月(?=[0-9一二三四五六七八九十廿卅初中底份上下])"
)
_CHURCH_SUNDAY = rule_cache.compile(r"(?<=[上本下这這今])主日(?![学學日夜子])")


def scan(text: str, minguo: bool = False) -> list[Match]:
    """Non-overlapping date expressions in ``text``, longest first at each place.

    ``minguo``: read bare three-digit years (``113年3月``) as years of the Republic, as
    Taiwan's text does; ``民國108年`` is read so everywhere.
    """
    norm = halfwidth_digits(text)
    if "主日" in norm:
        # a church's Sunday (上主日, 本主日崇拜, 下主日（12月29日）): read as the week's Sunday, the
        # same length; not 主日學, Sunday school, which 上 makes a verb's object (去上主日學)
        norm = _CHURCH_SUNDAY.sub("周日", norm)
    if "元月" in norm:
        norm = _FIRST_MONTH.sub("1月", norm)  # 元月1日至3日: January, the same length
    found: list[Match] = []
    for cluster, rules in _CLUSTERS:
        windows = _windows(cluster, norm)
        if not windows:
            continue
        for kind, pattern in rules:
            if kind in ("minguo_bare", "minguo_slash") and not minguo:
                continue
            for lo, hi in windows:
                for m in pattern.finditer(norm, lo, hi):
                    if m.end() > m.start() and (kind != "relyear" or m.group(0)):
                        groups = m.groupdict()
                        start = m.start()
                        if kind == "school_year" and groups.get("my") and not minguo:
                            continue  # 114學年度: a Minguo year, only in Traditional text
                        if kind == "dmy":
                            # (10/1/2025 in Traditional text: Hong Kong's day first; Taiwan writes
                            # its year first)
                            groups = {**groups, "trad": "1" if minguo else None}
                        if kind == "festival" and (groups.get("my") or groups.get("myc")) and not minguo:
                            # 112年春節 outside Taiwan: no year
                            start, groups = m.start("f"), {**groups, "my": None, "myc": None}
                        found.append(Match(kind, start, m.end(), groups))
    found.extend(_dotted_days(norm))
    found.extend(_pinned_days(norm))
    found.extend(_two_day_lists(norm))
    found.sort(key=lambda x: (x.start, -(x.end - x.start), _KIND_ORDER[x.kind]))
    chosen: list[Match] = []
    last_end = -1
    for match in found:
        if match.start >= last_end:
            chosen.append(match)
            last_end = match.end
    return _next_days_joined(norm, _listed_days(norm, _numbered_runs(norm, chosen)))


# Three or more numbers in 号 in a row (8號 18號 28號 38號 48號): a lottery's or a draw's picks.
_NUMBER_RUN = rule_cache.compile(r"(?:\d{1,2}[ \t\u3000]*[号號][ \t\u3000、，,]*){3,}")


def _numbered_runs(text: str, found: list[Match]) -> list[Match]:
    """Bare days inside a run of numbers in 号 of which one is no day of a month (38號): the
    run picks numbers, it names no days."""
    if "号" not in text and "號" not in text:
        return found
    spans = [
        (m.start(), m.end())
        for m in _NUMBER_RUN.finditer(text)
        if any(int(n) > 31 for n in re.findall(r"\d{1,2}", m.group()))
    ]
    if not spans:
        return found
    return [f for f in found if f.kind != "day" or not any(a <= f.start < b for a, b in spans)]


_LISTED_DAY = rule_cache.compile(rf"{SPACE}[、及和]{SPACE}(\d{{1,2}})[日号]")
# (十二月一日、七日兩天: a day in numerals after a date in numerals; not 七日内, a count of days)
_LISTED_CN_DAY = rule_cache.compile(r"[、及和](三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日(?![内以之])")


def _listed_days(text: str, found: list[Match]) -> list[Match]:
    """The days listed after a month's day (4月19日、20日連演兩場, 9月19日、20日兩天): days of that
    month, whatever follows the last (a count's words, 两天, 连演, would make a bare one a count)."""
    if "、" not in text and "及" not in text and "和" not in text:
        return found
    out: list[Match] = []
    for k, m in enumerate(found):
        out.append(m)
        if m.kind not in ("md", "ymd"):
            continue
        nxt = found[k + 1].start if k + 1 < len(found) else len(text)
        end = m.end
        numerals = not any(c.isdigit() for c in text[m.start : m.end])
        listed = _LISTED_CN_DAY if numerals else _LISTED_DAY
        while (d := listed.match(text, end)) is not None and d.end() <= nxt and end - m.end < 40:
            out.append(Match("day", d.start(1), d.end(), {"d": d.group(1)}))
            end = d.end()
    return out


_AND_NEXT = rule_cache.compile(rf"{SPACE}及{SPACE}")
_LISTED_NEXT = rule_cache.compile(rf"{SPACE}[、和]{SPACE}")  # (inside a weekend's bracket: 这周末（4月6日、7日）)


def _next_days_joined(text: str, found: list[Match]) -> list[Match]:
    """A day and the next one joined by 及 (12月7日及8日, 2月15日及16日) are one span of two
    days, as a notice writes a weekend, and so are two listed in the bracket that dates a
    weekend (这周末（4月6日、7日）); two days apart (12月7日及14日) stay two days."""
    if "及" not in text and "、" not in text and "和" not in text:
        return found
    out: list[Match] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in ("md", "ymd")
            and m.kind == "day"
            and (
                _AND_NEXT.fullmatch(text, prev.end, m.start)
                or (
                    _LISTED_NEXT.fullmatch(text, prev.end, m.start)
                    and prev.start > 0
                    and text[prev.start - 1] in "(（"
                    and text[m.end : m.end + 1] in (")", "）")
                )
            )
            and (to_int(m.groups.get("d") or "") or 0) == (to_int(prev.groups.get("d") or "") or -1) + 1
        ):
            out[-1] = Match("mdrange", prev.start, m.end, {**prev.groups, "d2": m.groups.get("d")})
            continue
        out.append(m)
    return out


# A month/day in Taiwan's running text (我們系1/9考有機, 說你4/3才考完, 我8/30去的, 7/17法說會):
# Taiwan writes days so, and fractions (三分之一) in words; not a share or a measure (1/3的人,
# 逾1/4, 1/2杯, 2/3以上), a score (投3/5), a path or a version (a letter, digit, dot or slash
# beside it), nor a push's stamp closing its line (推 …: 好 10/31 21:07).
# (read in either script: a Taiwan page is Traditional; 1又1/4馬位, 3/4馬位, 4/5場勝, 漲了1/4,
# 分數為3/5, 比分是3/2: a fraction, a margin, a record or a score, no day; 加開5/21場 is one)
_LOOSE_MD = compile_rule(
    # (not 约: 打來約11/20, 預約7/10（五） make an appointment for that day)
    r"(?<![0-9A-Za-z/.:\-_=?&#%占近仅逾余有超过达到投罚中共第前又])"
    r"(?<!涨了)(?<!跌了)(?<!升了)(?<!降了)(?<!分数为)(?<!分数是)(?<!比分为)(?<!比分是)(?<!比数)"
    r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12][0-9]|0?[1-9])"
    r"(?![0-9/.%％:A-Za-z])"
    r"(?![ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]*$)"
    # (3/4人房: a room for three or four, no day)
    r"(?!的|之|以上|以下|左右|强|弱|杯|匙|碗|份|成|倍|[个个]|比例|机率|概率|几率|马位|场[胜负败和]|局|人[房床份座桌间位团组]|[ \t\u3000]*[*×xX])"
)


def taiwan_month_days(text: str, found: list[Match]) -> list[Match]:
    """``found`` with the month/days of Taiwan's running text that no stricter rule took (see
    ``_LOOSE_MD``); only for Taiwan's text, as Hong Kong writes day/month."""
    norm = halfwidth_digits(text)
    if "/" not in norm:
        return found
    starts = [f.start for f in found]  # sorted and apart, as scan chose them
    extra = []
    for m in _LOOSE_MD.finditer(norm):
        k = bisect_right(starts, m.start()) - 1  # the last match starting at or before it
        if (k >= 0 and found[k].end > m.start()) or (k + 1 < len(found) and found[k + 1].start < m.end()):
            continue
        extra.append(Match("slash_md", m.start(), m.end(), {"m": m.group("m"), "d": m.group("d")}))
    return sorted([*found, *extra], key=lambda x: x.start) if extra else found


# A page that writes its dates with dots in full (📅 2024.4.30-2024.5.3) writes its bare days so
# too (请了4.30一天假, Day2（5.1）, 5.1八大关人巨多): a month.day near one of its full dates' months,
# standing apart from figures (not a score, a price, a version or a measure).
_FULL_DOTTED = compile_rule(r"(?<![0-9.])(?:19|20)\d\d\.(1[0-2]|0?[1-9])\.(?:3[01]|[12][0-9]|0?[1-9])(?![0-9.])")
_FREE_DOT_MD = compile_rule(
    r"(?<![0-9A-Za-z./:$¥￥+\-×*])(?<![评分约涨跌达增降升高低为是版第共近超逾])"
    + _FIGURE_WORD_BEFORE +
    r"(?<![A-Za-z0-9]\s)"  # (MySQL 5.7: a version after its name)
    r"(?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12][0-9]|0?[1-9])"
    r"(?![0-9./%:\s]|[分倍版元块万亿米度折星斤克个只条次年岁号楼线位层栋寸公千小秒周]|[A-Za-z])"
)
# An itinerary's lines, each opened by a pin, a plane or a bullet, then its day and what was done
# (📍 1.1 上午圣索菲亚教堂…, ✈️ 12.31 晚上落地): two or more such lines make the days a trip's.
_PINNED_DAY = compile_rule(
    # (a pin, a plane, a train, a car or a calendar: not a bullet, which numbers an outline's
    # sections, • 1.1 项目背景)
    r"(?m)^[ \t]*(?:\U0001F4CD|\u2708|\U0001F686|\U0001F684|\U0001F697|\U0001F4C5|\U0001F5D3|\U0001F4C6)\uFE0F?[ \t]*"
    r"(?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12][0-9]|0?[1-9])"
    r"(?=[ \t]+[^\d\s分倍版元块万亿米度折公千%星小])"
)


# Two days running, listed (7、8日兩晚, 7月27、28日两场): one span of two days, as a weekend's or
# a tour's are written (two days apart, 7、9日, are left to the day rules).
_TWO_DAY_LIST = compile_rule(
    # (日 only: 1、2号线, 3、4号楼, 8、9號風球 are numbers; not every month's, 每月的15、16日)
    r"(?<![0-9、./:\-])(?<!每月)(?<!每月的)(?<!每个月)(?:(?:(?P<y>(?:19|20)[0-9]{2})[ \t]*年[ \t]*)?(?P<m>1[0-2]|0?[1-9])[ \t]*月[ \t]*)?(?P<d>3[01]|[12][0-9]|0?[1-9])、(?P<d2>3[01]|[12][0-9]|0?[1-9])"
    # (号 only at a bracket's end: 星期六日（25、26號）, the days a word names)
    r"(?:日|号(?=[ \t\u3000]*[)）]))(?![0-9])"
)


_TWO_DAY_HINT = compile_rule(r"\d、\d{1,2}[日号]")  # (a quick look before the slower pattern)


def _two_day_lists(text: str) -> list[Match]:
    """The spans of two days running listed with 、 (7、8日): a range from the first to the second."""
    if "、" not in text or _TWO_DAY_HINT.search(text) is None:
        return []
    out = []
    for m in _TWO_DAY_LIST.finditer(text):
        if int(m["d2"]) != int(m["d"]) + 1:
            continue
        if m["m"]:
            out.append(Match("mdrange", m.start(), m.end(), {"y": m["y"], "m": m["m"], "d": m["d"], "d2": m["d2"]}))
        else:
            out.append(Match("day", m.start(), m.end(), {"d": m["d"], "d2": m["d2"]}))
    return out


def _pinned_days(text: str) -> list[Match]:
    """The days of an itinerary's pinned lines, where two or more lines are so written."""
    if "." not in text:
        return []
    found = list(_PINNED_DAY.finditer(text))
    if len(found) < 2:
        return []
    return [Match("dot_md", m.start("m"), m.end("d"), {"m": m["m"], "d": m["d"]}) for m in found]


_FIELD_LABEL = compile_rule(r"[^\s，,。：:]{1,6}[：:]\s*$")
_TIME_LABEL = compile_rule(r"[时日期天程]")
_DOTTED_MONTHS = 1  # how far (in months) a bare dotted day may stand from the page's full ones


def _dotted_days(text: str) -> list[Match]:
    """Bare dotted days (4.30, 5.1) on a page that writes its full dates with dots."""
    if "." not in text:
        return []
    months = {int(m.group(1)) for m in _FULL_DOTTED.finditer(text)}
    if not months:
        return []
    out = []
    for m in _FREE_DOT_MD.finditer(text):
        label = _FIELD_LABEL.search(text, max(0, m.start() - 8), m.start())
        if label is not None and not _TIME_LABEL.search(label.group()):
            continue  # 芮氏規模：5.8, 评分：4.5: a field's figure
        month = int(m["m"])
        if any(min(abs(month - k), 12 - abs(month - k)) <= _DOTTED_MONTHS for k in months):
            out.append(Match("dot_md", m.start(), m.end(), {"m": m["m"], "d": m["d"]}))
    return out


# A post of a thread numbered by its writer (1/3 台南這週末…, 2/3 最推薦的是…): its number, no day.
_THREAD_NUMBER = compile_rule(r"^[ \t\u3000]*(\d{1,2})/(\d{1,2})(?=[ \t\u3000]|$)")


def drop_thread_numbers(texts: list[str], scanned: list[list[Match]]) -> list[list[Match]]:
    """``scanned`` without the numbers of a thread's posts: paragraphs opened by 1/N, 2/N, …,
    N/N, every one of them there (a schedule on the same day of each month, 1/3 開工 / 2/3
    完工, has no such run from one to its total)."""
    totals: dict[int, dict[int, int]] = {}
    for i, text in enumerate(texts):
        m = _THREAD_NUMBER.match(halfwidth_digits(text))
        if m is not None and 1 <= int(m[1]) <= int(m[2]):
            totals.setdefault(int(m[2]), {})[i] = m.end()
    numbered: dict[int, int] = {}
    for total, rows in totals.items():
        posts = {int(_THREAD_NUMBER.match(halfwidth_digits(texts[i]))[1]) for i in rows}  # type: ignore[index]
        if total >= 2 and posts == set(range(1, total + 1)):
            numbered.update(rows)
    if not numbered:
        return scanned
    return [
        [m for m in found if not (i in numbered and m.start < numbered[i])]
        for i, found in enumerate(scanned)
    ]


def scan_paragraphs(texts: list[str], minguo: bool = False) -> list[list[Match]]:
    """:func:`scan` for many paragraphs at once: one pass of each rule over the whole text.

    Rules never cross a line break, so matches are cut back to paragraph offsets.
    """
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    per: list[list[Match]] = [[] for _ in texts]
    for m in scan("\n".join(texts), minguo):
        p = bisect_right(starts, m.start) - 1
        base = starts[p]
        per[p].append(Match(m.kind, m.start - base, m.end - base, m.groups))
    return per
