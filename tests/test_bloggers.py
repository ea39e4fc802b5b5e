import pytest

from tui.model.bloggers import find_handles
from tui.model.build import build_article


def handles(text: str) -> list[str]:
    return [text[s:e] for s, e in find_handles(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("科技博主@闌夕 就曾發起話題", ["@闌夕"]),
        ("@张三表示同意", ["@张三"]),
        ("@李四认为这很重要", ["@李四"]),
        ("资深专家阮一峰@ruanyf分享了", ["@ruanyf"]),
        ("全角＠王五、＠赵六等人", ["＠王五", "＠赵六"]),
        ("转发//@钱七:说得好", ["@钱七"]),
        ("联系 someone@example.com 获取", []),
        ("链接 https://weibo.com/@foo 里", []),
        ("写信到 @example.com 不是人", []),
        ("IG@lin_abc2024 的照片", ["@lin_abc2024"]),
        ("YouTube@某頻道 上傳", ["@某頻道"]),
        ("微博@某某 發文", ["@某某"]),
        ("X@abc、Threads@abc_2", ["@abc", "@abc_2"]),
        ("她的IG@jolin.tsai 更新了", ["@jolin.tsai"]),
        ("寫信到abc@163.com詢問", []),
        ("投稿 news@example.com.tw 或 editor@mail.udn.com", []),
        ("信箱：someone@example.org。", []),
        ("寄至 udd_elevator@gov.taipei.example 詢問", []),
        ("論壇亂碼 @3 @12 @_ @-- k8 Q; p3", []),
        ("创始人@某某肯定了这个说法", ["@某某"]),
        ("創始人@某某肯定了這個說法", ["@某某"]),
        ("@某某表示，这很好", ["@某某"]),
        ("@某某認為不妥", ["@某某"]),
        ("@某某称，已经报警", ["@某某"]),
        ("@某某稱：已經報警", ["@某某"]),
        ("@数字生命卡兹克在除夕发布", ["@数字生命卡兹克"]),
        ("@高飛也說", ["@高飛"]),
        ("@ruanyf分享了一篇文章", ["@ruanyf"]),
        ("@某某的新视频发布了", ["@某某"]),
        ("村题材的作家@麦田守望的人。", ["@麦田守望的人"]),
        ("评论区@南方的猫 说得好", ["@南方的猫"]),
        ("可以私信或者@我 一起讨论", []),
        # @ as the verb "tag", with its aspect particle: no account
        ("他发帖时还@了市政府的官方账号", []),
        ("她轉發時@了好幾個朋友", []),
        ("讀者@了不起阿明 好", ["@了不起阿明"]),
        ("转发 //@甲乙:好 //@丙丁：同意", ["@甲乙", "@丙丁"]),
        ("@伯克利_尤洋、@梁斌penny", ["@伯克利_尤洋", "@梁斌penny"]),
        ("单独一个 @ 符号", []),
        ("請追蹤Facebook專頁@taipeizoo的最新消息", ["@taipeizoo"]),
        ("关注微博@cctvnews2024的直播", ["@cctvnews2024"]),
        # Spoken to: a pronoun starts the clause after the handle.
        ("@小王你看一下这个方案", ["@小王"]),
        ("@王小明我觉得可以", ["@王小明"]),
        # After a platform's name, a dotted handle unless it ends in a top-level domain.
        ("（相片：作者 IG@mong.kok.foodie）", ["@mong.kok.foodie"]),
        ("IG@news.example.com 聯絡", []),
        ("可以睇吓IG@lantern.fair.hk 佢日日都有post", ["@lantern.fair.hk"]),
        ("IG@shop.com.hk 查詢", []),
        # A joiner (_ or -) carries a Latin head on into its hanzi part.
        ("回复@Leo_读书笔记：同意", ["@Leo_读书笔记"]),
        ("回覆@Kiki-手作小店：謝謝", ["@Kiki-手作小店"]),
        ("@Leo_读书笔记表示会再来", ["@Leo_读书笔记"]),
        # A credit's verb is not the Latin handle's, even before a closing bracket.
        ("（圖／網友@kevin_88提供）", ["@kevin_88"]),
        ("转发@iPhone小技巧 的教程", ["@iPhone小技巧"]),
        # 据……消息: the frame's noun is not the account's name.
        ("据@海城文旅官微消息，景区周末限流", ["@海城文旅官微"]),
        ("據@海城文旅官微消息，景區週末限流", ["@海城文旅官微"]),
        # … also with the account's role between 据 and the handle (no pause in the frame)
        ("据海城市文旅局官方微博@海城文旅资讯消息，景区周末限流", ["@海城文旅资讯"]),
        ("據市政府官方帳號@海城發佈通報，明起封路", ["@海城發佈"]),
        # a floor of the thread by its number is whom a reply answers, no account
        ("@3楼 有道理，错峰是王道", []),
        ("@12樓說得對，我也是這樣", []),
        ("@5L 同意", []),
        ("@3lions 好球", ["@3lions"]),
        # 的 joins a nickname (阿 + one hanzi) to a handle that runs into its clause
        ("网友@巷口的阿明留言说：好吃", ["@巷口的阿明"]),
        ("網友@巷口的阿明留言說：好吃", ["@巷口的阿明"]),
        # … and 小 + one hanzi (a Weibo name "who + 的 + 小X"), unless 小X is an everyday noun
        ("网友@山脚下的小汐说：风景很好", ["@山脚下的小汐"]),
        ("網友@愛爬山的小汐說：風景很好", ["@愛爬山的小汐"]),
        ("@老赵的小孩说想去", ["@老赵"]),
        # 私信 (a noun to jieba) before a pronoun or 问 is what the account did
        ("昨天读者@橘子汽水私信问我去哪买", ["@橘子汽水"]),
        ("昨天讀者@橘子汽水私信我說想買", ["@橘子汽水"]),
        # a release account (某县发布) listed with the next channel (和, 与, 、)
        ("将在快手@河口发布和视频号同步直播。", ["@河口发布"]),
        ("@临川公安发布也转发该微博称，前天已开展反诈宣传。", ["@临川公安发布"]),  # an adverb, then its verb
        ("將在抖音@河口發布與視頻號同步直播。", ["@河口發布"]),
        # an organisation's own suffix goes on with its name (分公司, 客服, 官方), and 地 after
        # a name begins a noun of it (地铁, 地产): neither is a word after the name
        ("感谢@海城地铁运营分公司的耐心解答", ["@海城地铁运营分公司"]),
        ("感謝@海城地鐵運營分公司的耐心解答", ["@海城地鐵運營分公司"]),
        ("已经私信@某某银行客服说明情况", ["@某某银行客服"]),
        # an association's 会 is its name's end, no verb "can" (體育會, 商会)
        ("球會官方帳號@南區體育會賽後發文感謝球迷", ["@南區體育會"]),
        ("@海城潮汕商会昨日发布倡议", ["@海城潮汕商会"]),
        # an account's work possessed after 的 at the end of the run is not the name's
        ("前几天刷到@园艺师小李的视频，说要多晒太阳", ["@园艺师小李"]),
        ("之前看過@台中吃貨日記的文章，真的很推", ["@台中吃貨日記"]),
        ("关注了@麦田守望的人", ["@麦田守望的人"]),
        ("@海城地铁表示将加开班次", ["@海城地铁"]),
        ("@某某游戏官方发布了停服公告", ["@某某游戏官方"]),
        ("@小王分享了他的路线", ["@小王"]),
        ("@小明开心地说好", ["@小明"]),
        # a city's release account (上海发布) before a verb of saying keeps its 发布
        ("官方微博@江城发布提醒，市民非必要不外出。", ["@江城发布"]),
        # … with the day it spoke before what it said
        ("官方微博@河西发布12日通报，景区已限流。", ["@河西发布"]),
        ("政务号@东湖发布昨天表示将加开班次。", ["@东湖发布"]),
        ("@江城發布表示，明天停課。", ["@江城發布"]),
        ("@某某发布称，道路封闭。", ["@某某"]),
        ("@小米发布新品。", ["@小米"]),
        # 地 closing a word of the name (种地, 田地) before the clause's verb
        ("农民在快手@老李种地分享收割视频。", ["@老李种地"]),
        ("果農在IG@阿芬種地分享採收影片。", ["@阿芬種地"]),
        # a word of posting jieba tags as a noun (爆料, 发文) ends the name before 称 or a comma
        ("据数码博主@科技小周爆料，新机下月发布", ["@科技小周"]),
        ("有博主@科技小周爆料稱，新機下月發布", ["@科技小周"]),
        ("@海城小李发文称将封路", ["@海城小李"]),
        # … but not a word that ends real account names
        ("@新京报评论称这并不合理", ["@新京报评论"]),
        # a name's noun ending (站, 社) after a verb of the dictionary closes the name there
        ("据博主@美食分享站此前透露，新机下月发布", ["@美食分享站"]),
        ("據博主@美食分享站此前透露，新機下月發布", ["@美食分享站"]),
        ("@某某表示社会很复杂", ["@某某"]),
        # hanzi then Latin, then a clause: the Latin run ends the name
        ("貼紙是在@手作小舖Momo買的，很好用", ["@手作小舖Momo"]),
        ("贴纸是在@手作小铺Momo买的，很好用", ["@手作小铺Momo"]),
        ("@阿宏Hung表示明天出發", ["@阿宏Hung"]),
        # a verb of posting (发, 晒) and its object after a name: what the account did
        ("有网友在快手账号@江边老周发视频讲述了经过", ["@江边老周"]),
        ("有網友在快手帳號@江邊老周發視頻講述了經過", ["@江邊老周"]),
        ("@山城老陈晒图说排队两小时", ["@山城老陈"]),
        ("推薦這家的是@阿珍Bakery發文推薦的甜點", ["@阿珍Bakery"]),
        ("推荐这家的是@阿珍Bakery发文推荐的甜点", ["@阿珍Bakery"]),
        # a posting word after a name's noun ending (站, 社), and before a verb or 了
        ("博主@旅行分享站爆料称，景区将限流", ["@旅行分享站"]),
        ("@某某曝光了一段录音", ["@某某"]),
        ("@城南曝光台称已经转交", ["@城南曝光台"]),
        # a noun of the dictionary with a verb inside (工作室, 小分队) is a word of the name
        ("@林某某工作室发布声明称", ["@林某某工作室"]),
        ("@林某某工作室發布聲明稱", ["@林某某工作室"]),
        ("@吃货小分队发文推荐", ["@吃货小分队"]),
        # a conjunction between two handles written back to back ends neither
        ("@江边老周和@山城老陈都去过", ["@江边老周", "@山城老陈"]),
        ("@江邊老周與@山城老陳都去過", ["@江邊老周", "@山城老陳"]),
        ("專頁標註@harbour_watch及@hk.wetlands，要求公開數據", ["@harbour_watch", "@hk.wetlands"]),
        ("转发给@citywalker和@老街日记看看", ["@citywalker", "@老街日记"]),
        # a date in digits after the name is the date of what the account did
        ("@江边老周2月5日发文称", ["@江边老周"]),
        ("@江邊老周5日晚間發文", ["@江邊老周"]),
        ("@地铁3号线 的通知", ["@地铁3号线"]),
        # Cantonese function words and verbs of saying end a name as Mandarin ones do
        ("多謝@黃小玲嘅推介", ["@黃小玲"]),
        ("@黃小玲話佢下個月先返嚟", ["@黃小玲"]),
        ("@黃小玲琴日去咗九龍城", ["@黃小玲"]),
        ("@黃小玲啱啱出咗新片", ["@黃小玲"]),
        ("@黃小玲喺IG話過", ["@黃小玲"]),
        ("@老王讲故事说", ["@老王讲故事"]),
        # a clause that began before a Latin word; Taiwan's PO文 after a name
        ("@林阿芬也在Threads分享", ["@林阿芬"]),
        ("@林阿芬PO文說要休息", ["@林阿芬"]),
        ("网友@林阿芬po出照片", ["@林阿芬"]),
        ("@林阿芬貼出照片", ["@林阿芬"]),
        ("@江城公安通报称", ["@江城公安"]),
        # a day after the name (Taiwan's bracketed day, a relative day, 于 and a date)
        ("網紅@林阿芬今（12）日在IG發文", ["@林阿芬"]),
        ("@林阿芬昨（11）日發文", ["@林阿芬"]),
        ("@林阿芬於今（12）日發文", ["@林阿芬"]),
        ("@林阿芬今早發文", ["@林阿芬"]),
        ("@林阿芬于12日发文", ["@林阿芬"]),
        ("@王大明5日晚间发文", ["@王大明"]),
        ("@江边老周今年3月曾说", ["@江边老周"]),
        # a noun that a time word of the dictionary begins (青年报) is a word of the name
        ("@北京青年报称", ["@北京青年报"]),
        # a posting word's particle or demonstrative is not the name's; a verbal noun is a verb
        ("@林阿芬的貼文", ["@林阿芬"]),
        ("@林阿芬這篇貼文", ["@林阿芬"]),
        ("@林阿芬正在直播", ["@林阿芬"]),
        ("@林阿芬隨後刪文", ["@林阿芬"]),
        ("@林阿芬在臉書粉專PO文", ["@林阿芬"]),
        # a Cantonese verb closes no word it ends (電話, 喊話)
        ("@阿強電話亭話佢唔去", ["@阿強電話亭"]),
        ("@港島童話屋話佢哋會開", ["@港島童話屋"]),
        # a short word of letters that a hanzi name goes on from (not before 的 or a clause)
        ("@papi醬發文說", ["@papi醬"]),
        ("@GQ实验室发布了新片", ["@GQ实验室"]),
        ("@Ken哥話佢會去", ["@Ken哥"]),
        ("@Amy的照片很好看", ["@Amy"]),
        ("@Coco今天发文", ["@Coco"]),
        # 之 joins a name's two parts (汽车之家), unless it begins 之后, 之前 …
        ("@江城汽车之家发布了榜单", ["@江城汽车之家"]),
        ("@IT之家报道", ["@IT之家"]),
        ("@江边老周之前说过", ["@江边老周"]),
        # a noun that a posting verb begins (发型) is a word of the name
        ("@东京发型屋说会延长营业", ["@东京发型屋"]),
        # … but a verbal noun before 称 or at the run's end is what the account did
        ("@江城气象台预报称明天有雨", ["@江城气象台"]),
        ("@某某直播间说今晚有优惠", ["@某某直播间"]),
        # … and so is one before a verb of two characters (直播 then 采茶)
        ("他在抖音@山后阿亮直播采茶，一场卖了两百斤", ["@山后阿亮"]),
        ("他在抖音@山後阿亮直播採茶，很熱鬧", ["@山後阿亮"]),
        # "as … said": after 如 or 据, 所 and its verb end the name (正如@某某所说)
        ("正如楼主@南山居士所说，押金要找房东退。", ["@南山居士"]),
        ("據@山邊老陳所述，當時很亂。", ["@山邊老陳"]),
        ("@某某研究所说，数据有误。", ["@某某研究所"]),
        # a Latin head with its hanzi, set apart by a space, is one name
        ("@lulu不爱吃葱 我也遇到过", ["@lulu不爱吃葱"]),
        ("（圖／讀者@amei_0404提供）", ["@amei_0404"]),
        # a numeral word right before a verb is an adverb (一路, 一起), not the name's;
        # before a noun it is (一家人)
        ("感谢@西山骑行团一路帮忙", ["@西山骑行团"]),
        ("多謝@海邊小鎮君一起幫忙", ["@海邊小鎮君"]),
        ("@阿明一家人发文说", ["@阿明一家人"]),
        # a slash between digits is a date's (8/31), not what closes a handle
        ("粉專@mingyu_daily早在8/31就開始倒數", ["@mingyu_daily"]),
        ("@林小美9/15宣布退出", ["@林小美"]),
        ("@abc123/@def", ["@abc123", "@def"]),
        # an underscored id before a quote's colon holds no hanzi
        ("朋友在IG@milktea_notes寫過一段：「慢慢喝。」", ["@milktea_notes"]),
        # a bare address ends at CJK punctuation, as a link does: the handle after it counts
        ("請瀏覽網頁（www.example.org.hk/fair），或追蹤專頁（@fair_hk_2025）。", ["@fair_hk_2025"]),
        ("详见www.example.cn/news，或关注@某某书展 了解更多", ["@某某书展"]),
        ("www.example.com/@abc", []),
        # a line that is only the handle names the account whole; in a sentence it is cut
        ("@江边早报发布", ["@江边早报发布"]),
        ("转发微博\n@江邊早報發布\n【提示】明早有雾", ["@江邊早報發布"]),
        ("消息由@江边早报发布", ["@江边早报"]),
        ("@江边早报报道", ["@江边早报"]),
        ("@江边早报也说", ["@江边早报"]),
        # an aspect particle (了, 过) closes the verb before it: the name ends before that verb
        ("博主@江边小李老师记录了村里的秋收", ["@江边小李老师"]),
        ("@河西老赵讲了三期攻略", ["@河西老赵"]),
        ("@阿珠的烘焙日記寫過一篇食譜", ["@阿珠的烘焙日記"]),
        ("谢谢@江边小李老师了吧", ["@江边小李老师了吧"]),
        # a one-character verb with a personal pronoun for object begins the clause
        ("后来@阿杰修相机教我调白平衡", ["@阿杰修相机"]),
        # a blog named by a verb and its topic (看盘, 说历史), before the sentence's verb of saying
        ("股吧用户@老周看盘认为，行情还没走完", ["@老周看盘"]),
        ("历史博主@小林说历史则认为，史料不足", ["@小林说历史"]),
        ("@某某说他也认为不妥", ["@某某"]),
        # … whose topic is one noun of the dictionary, though its characters are verbs (消费)
        ("理财博主@老周说消费认为，补贴要看落地", ["@老周说消费"]),
        ("理財博主@老周說消費認為，補貼要看落地", ["@老周說消費"]),
        # 形容, 戏称, 直呼 (nouns to jieba) after a name are what the account did
        ("美食KOL@阿強食遊記形容，湯底好濃", ["@阿強食遊記"]),
        ("网友@江边小王直呼，太贵了", ["@江边小王"]),
        # a name shaped as a question (今天吃什么) ends at its question word before the verb
        ("穿搭博主@阿May今天穿什么转发了这条", ["@阿May今天穿什么"]),
        ("美食博主@小周今天吃啥推荐了这家店", ["@小周今天吃啥"]),
        ("@某某不知道为什么认为不妥", ["@某某"]),
        ("@小周今天转发了这条", ["@小周"]),
        # "a place's …" (胡同里的猫, 海边的卡夫卡) is a nickname's shape; an account's work is not
        ("有网友@巷子里的狗在微博留言称，太冷了", ["@巷子里的狗"]),
        ("網友@巷子裡的狗在微博留言稱，太冷了", ["@巷子裡的狗"]),
        ("书友@海边的卡夫卡认为，值得一读", ["@海边的卡夫卡"]),
        ("@某某的书在豆瓣评分很高", ["@某某"]),
        # a verb phrase + 的 + a noun is a nickname (爱看书的猫, 考研的老学姐): the name goes on
        ("網友@愛吃魚的貓形容這是最難的一集", ["@愛吃魚的貓"]),
        ("学长@考研的老学长认为的差不多", ["@考研的老学长"]),
        ("装备是找@露营的阿月借的", ["@露营的阿月"]),
        # Cantonese: @咗 is "tagged" (no account); 嗰 ("that") begins the sentence's noun
        ("亦有人@咗區議員，要求跟進", []),
        ("話要提醒@旺角食乜好嗰班人。", ["@旺角食乜好"]),
        # a result complement (拍到, 看到) after the verb begins the clause
        ("网友@江边小李子拍到江面已有风浪", ["@江边小李子"]),
        # a blog's verb and topic before its repost and what it said
        ("影评人@小周说电影转发称，态度不错", ["@小周说电影"]),
        # a town's release account (place + 发布) before 称, and after a credit's bar
        ("据古镇官方@江南古镇发布称，周末开放", ["@江南古镇发布"]),
        ("图｜@江南古镇发布", ["@江南古镇发布"]),
        # a reply names whom it answers, then its full-width colon: the whole run is the name
        ("甜点师小鹿 回复 @老李爱喝茶：五仁下周一补货", ["@老李爱喝茶"]),
        ("@某某表示：明天见", ["@某某"]),
        # a nickname closed by 的 + 阿X, though an adverb inside it would cut (说走就走的阿杰)
        ("网友@说走就走的阿明说，周末人多", ["@说走就走的阿明"]),
        ("@老王就是我的阿姨说的", ["@老王"]),
        # "the one the account recommended" (推荐的这家) after a space-closed run: the sentence's
        ("前天@山城美食地图推荐的这家 说是开了二十几年", ["@山城美食地图"]),
        ("@阿明拍的这张 好看", ["@阿明"]),
        ("@某某的这家 很好吃", ["@某某"]),
        # a blog's verb and topic before its post (去旅行发文称); a genre word closing a name
        ("旅游博主@西安小北去旅行发文称，她昨天在西安", ["@西安小北去旅行"]),
        ("博主@杭州吃喝指南则建议，错峰出行", ["@杭州吃喝指南"]),
        ("@某某的旅行日记说，很好玩", ["@某某"]),
        # posting a work (发微博), "at once" (第一时间), a preposition before a pronoun (把它们)
        ("网友@江边小胖子发微博吐槽，车厢很挤", ["@江边小胖子"]),
        ("好友@小玉芒果汁第一時間留言「終於等到這天」", ["@小玉芒果汁"]),
        ("书友@苏州阿明把它们整理成了一本小册子", ["@苏州阿明"]),
        # a conjunction after a Latin account lists the next platform: the Latin name ends
        ("請追蹤FB@river_notes與IG@river_notes", ["@river_notes", "@river_notes"]),
        ("官方在X@lake_cafe和Threads@lake_cafe都有公告", ["@lake_cafe", "@lake_cafe"]),
        # a role right before the @, and what the account left before what it said
        ("網友@台中小吃貨留言說，週末人很多", ["@台中小吃貨"]),
        ("网友@杭州小吃货评论称，排队太久", ["@杭州小吃货"]),
        ("在地部落客@阿明的旅行筆記認為，早去比較好", ["@阿明的旅行筆記"]),
        ("剧组官方微博@星河剧场音乐剧透露，下周公布", ["@星河剧场音乐剧"]),
        ("网友@某某也表示，不妥", ["@某某"]),
        # markup or code pasted into a page: an @name before = is no account
        ("按[@click=app.quit]離開，再問@lake_cafe", ["@lake_cafe"]),
        ("參數寫成 @param=1 即可", []),
        # the words between a cut and the sentence's verb of saying are still the name's
        ("博主@帆哥聊储能表示，", ["@帆哥聊储能"]),
        ("省防指@浙江應急管理表示，", ["@浙江應急管理"]),
        ("另一位博主@熊猫数码评测称，", ["@熊猫数码评测"]),
        ("網友@小雨不吃辣表示，", ["@小雨不吃辣"]),
        ("数码博主@数码夜谈站在微博发文称：", ["@数码夜谈站"]),
        ("消費博主@省錢小能手Amy在微博發文稱，", ["@省錢小能手Amy"]),
        # ... but not a clause's own words: how or when it spoke, what it did before
        ("@某某公开表示，", ["@某某"]),
        ("@某某首次回應，", ["@某某"]),
        ("@某某看完表示，", ["@某某"]),
        ("@某某也表示，", ["@某某"]),
        ("@某某並不認為，", ["@某某"]),
        ("@某某解释称，", ["@某某"]),
        ("@某某随后在微博发文称", ["@某某"]),
        # (a time word inside, 当晚, is the clause's: never @老黄不服老当晚; the page's own
        # closed mention, @老黄不服老 大哥, gives the whole name, see closed_handles)
        ("跑者@老黄不服老当晚在微博发文：", ["@老黄"]),
        # one character before the clause's end is the name's, unless it says or asks
        ("歡迎追蹤Facebook專頁@翠湖花園街坊資訊站，", ["@翠湖花園街坊資訊站"]),
        ("關注@街坊小卖部。", ["@街坊小卖部"]),
        # one character thrice at the run's end is the name's (拍拍拍, 买买买); a verb that goes on
        # into its clause still cuts
        ("图片｜摄影师@阿K拍拍拍", ["@阿K拍拍拍"]),
        ("圖片｜攝影師@阿K拍拍拍", ["@阿K拍拍拍"]),
        ("照片由@小王拍摄", ["@小王"]),
        ("@某某说，", ["@某某"]),
        ("@某某稱。", ["@某某"]),
        # 也 before a verb too rare for the table (拍片) still begins the clause
        ("在地YouTuber@旗津阿伯日常也拍片實測，", ["@旗津阿伯日常"]),
        ("博主@阿伯日常也拍片实测，", ["@阿伯日常"]),
        # a group's name ends in its group word (小分队, 俱乐部), a verb inside it notwithstanding
        ("小红书博主@长沙吃喝玩乐小分队发布的视频显示，", ["@长沙吃喝玩乐小分队"]),
        ("IG帳號@台北吃喝玩樂小分隊發布的影片顯示，", ["@台北吃喝玩樂小分隊"]),
        # a posting word before a verb the table is too rare to hold (排) is what it did
        ("跑友@江城跑团吐槽排队过长，", ["@江城跑团"]),
        # an age of life (青年, tagged a time word) is a noun of the name
        ("官方微博@三湘青年汇也转发了相关视频。", ["@三湘青年汇"]),
        ("官方微博@三湘青年匯也轉發了相關影片。", ["@三湘青年匯"]),
        # the name runs on to the clause's own act (留言) over a nickname's 不 …
        ("网友@小雨同学不熬夜留言：", ["@小雨同学不熬夜"]),
        # … but not over a posting act of its own (发微博 then 吐槽)
        ("网友@江城小胖子发微博吐槽，", ["@江城小胖子"]),
        # 的 and 老 with a letter is a nickname's end; after a Latin name 的 is the sentence's
        ("驴友@徒步的老K说，", ["@徒步的老K"]),
        ("美术是B站@像素工坊Pixel的小林，", ["@像素工坊Pixel"]),
        ("@某某的老師說，", ["@某某"]),
        # an adverb before the sentence's verb of saying, a second channel joined, a release
        # account before what a reader does with it, a verb and its count, 说过 and 提到
        ("网友@晴天的猫咪则建议，", ["@晴天的猫咪"]),
        ("關注官方微博@濱湖公安及微信公眾號獲取信息，或致電", ["@濱湖公安"]),
        ("通过@滨湖发布查询实时路况。", ["@滨湖发布"]),
        ("今天@长沙文旅发布通知称", ["@长沙文旅"]),
        ("UP主@数码狗子测过十几个店铺，", ["@数码狗子"]),
        ("之前@机油测评局长说过这款车的通病", ["@机油测评局长"]),
        ("知友@理性消費派提到，", ["@理性消費派"]),
        # a Dcard floor and "tag me" are no accounts
        ("@B2 謝謝！請問要先訂位嗎", []),
        ("有问题在评论区@我就行。", []),
    ],
)
def test_handle_shapes(text: str, expected: list[str]) -> None:
    assert handles(text) == expected


def test_roles_names_and_lists_in_both_scripts() -> None:
    text = (
        "一大批技術博主在討論。\n"
        "包括@甲乙、@丙丁、@Alpha 等，都發文了。\n"
        "資深技術專家張三豐@zsf 分享的內容，編劇@王小明表示贊同。\n"
        "@甲乙 則從另一個角度討論。"
    )
    a = build_article(text)
    got = {b.handle.simplified: b for b in a.bloggers}
    assert list(got) == ["甲乙", "丙丁", "Alpha", "zsf", "王小明"]
    assert got["甲乙"].role.traditional == "技術博主"
    assert got["丙丁"].role.simplified == "技术博主"
    assert got["zsf"].name.traditional == "張三豐"
    assert got["zsf"].role.traditional == "資深技術專家"
    assert got["王小明"].role.simplified == "编剧"
    assert got["王小明"].name is None
    assert len(got["甲乙"].mentions) == 2
    for b in a.bloggers:
        for m in b.mentions:
            para = a.paragraphs[m.paragraph].text.traditional
            assert para[m.span[0] : m.span[1]] in (
                "@" + b.handle.traditional,
                "＠" + b.handle.traditional,
            )
            s, e = m.sentence
            assert s <= m.span[0] < m.span[1] <= e


def test_one_person_across_scripts() -> None:
    a = build_article("博主@數字生命 發文。\n后来@数字生命 又说。")
    assert len(a.bloggers) == 1
    assert len(a.bloggers[0].mentions) == 2


def _blogger(text: str, handle: str):
    a = build_article(text)
    for b in (*a.bloggers, *a.credited):
        if b.handle.simplified == handle or b.handle.traditional == handle:
            return b
    raise AssertionError(f"no blogger {handle}: {[b.handle.original for b in a.bloggers]}")


def _role(text: str, handle: str) -> str | None:
    b = _blogger(text, handle)
    return b.role.original if b.role else None


def _name(text: str, handle: str) -> str | None:
    b = _blogger(text, handle)
    return b.name.original if b.name else None


def test_names_in_brackets_and_joined() -> None:
    assert _name("知名作家王某某（@wangmoumou）昨天發文。", "wangmoumou") == "王某某"
    assert _name("特斯拉老板Elon Musk (@elonmusk) 转发了。", "elonmusk") == "Elon Musk"
    assert _name("歌手Jane Lee 李某某@JaneLeeTW 宣布。", "JaneLeeTW") == "Jane Lee 李某某"
    assert _name("他在Threads@abc 上說。", "abc") is None
    assert _name("网友天天@某某 留言。", "某某") is None


def test_roles_from_the_noun_phrase_right_before() -> None:
    assert _role("據報導，科技博主@某甲 發文。", "某甲") == "科技博主"
    assert _role("据报道，科技博主@某甲 发文。", "某甲") == "科技博主"
    assert _role("曾與編劇@某乙 合作。", "某乙") == "編劇"
    assert _role("该账号被微博认证为@某丙 的官博。", "某丙") == "官博"
    assert _role("該帳號被微博認證為@某丙 的官博。", "某丙") == "官博"


def test_roles_never_across_a_time_or_a_number() -> None:
    assert _role("今早09:12經網友@某丁 爆料。", "某丁") == "網友"
    assert _role("今早09:12经网友@某丁 爆料。", "某丁") == "网友"
    assert _role("共有3名博主2024@某戊 參與。", "某戊") is None


def test_no_role_for_the_person_who_tags() -> None:
    assert _role("這名網友天天@某某，希望得到回覆。", "某某") is None
    assert _role("这名粉丝天天@某某，希望得到回复。", "某某") is None


def test_handles_in_credit_lines_are_mentions() -> None:
    text = (
        "某某新聞網\n"
        "一則標題在這裡\n"
        "來源：@某某、某某日報\n"
        "正文第一段，網友@小明表示支持，這件事引發了很多討論和關注。\n"
        "正文第二段，更多的內容在這裡，說明事情的來龍去脈和各方反應。\n"
        "責任編輯：@小編\n"
    )
    a = build_article(text)
    body = {b.handle.original: b for b in a.bloggers}
    credited = {b.handle.original: b for b in a.credited}
    assert list(body) == ["小明"]
    assert set(credited) == {"某某", "小編"}
    for b in credited.values():
        assert b.mentions == ()
        (c,) = b.credits
        line = a.boilerplate[c.line].original
        assert line[c.span[0] : c.span[1]] == "@" + b.handle.original


def test_the_summary_counts_bloggers_as_the_pane_does_and_says_who_is_only_in_chrome() -> None:
    """The pane lists only bloggers with a place in the text; ``--summary`` gave one count
    for both kinds (6 against the pane's 5), so it now counts as the pane does and says why."""
    from tui.model.export import summary

    text = (
        "某某新聞網\n"
        "一則標題在這裡\n"
        "來源：@某某、某某日報\n"
        "正文第一段，網友@小明表示支持，這件事引發了很多討論和關注。\n"
        "正文第二段，更多的內容在這裡，說明事情的來龍去脈和各方反應。\n"
    )
    a = build_article(text)
    assert len(a.bloggers) == 1 and len(a.credited) == 1
    lines = summary(a).splitlines()
    assert "bloggers (1; 1 more only in chrome lines):" in lines
    assert "  @小明  網友  ×1" in lines and "  @某某  ×1  (only in chrome lines)" in lines
    assert "bloggers (1):" in summary(build_article(text.replace("@某某、", "")))
    # a blogger named in the body and in a credit: ×N as the pane counts, the credits apart
    both = build_article(text.replace("來源：@某某、", "圖／翻攝自@小明 臉書\n來源："))
    assert "  @小明  網友  ×1 (+1 in chrome lines)" in summary(both).splitlines()


def test_email_after_latin_letters_is_not_a_blogger() -> None:
    a = build_article("聯絡信箱abc@163.com，或寫信到news@example.com.tw。\n第二段正文內容很長很長。")
    assert a.bloggers == () and a.credited == ()


def test_a_handle_the_page_closes_elsewhere_is_known_whole() -> None:
    from tui.model.bloggers import closed_handles

    lines = ["市交通局官方微博@畅行出行服务也提醒，乘客可提前购票。", "（图片来源：@畅行出行服务 微博）"]
    known = closed_handles(lines)
    assert [lines[0][s:e] for s, e in find_handles(lines[0], known)] == ["@畅行出行服务"]
    # without the closed mention, the verb 出行 cuts the run as before (a place that opens a
    # name, @城市出行服务, is read further on: see test_a_place_that_opens_a_name…)
    assert handles(lines[0]) == ["@畅行"]


def test_a_handle_the_page_closes_elsewhere_ends_a_longer_run() -> None:
    """Closed by a space elsewhere (``@某某站 今日``), the account's name ends there where
    the page runs it into its clause (``@某某站透露星河 Pad``), the space notwithstanding."""
    from tui.model.bloggers import closed_handles

    for lines in (
        ["博主 @数码夜谈站 今日发文称", "此外，@数码夜谈站透露星河 Pad 3 将于本月发布"],
        ["博主 @數碼夜談站 今日發文稱", "此外，@數碼夜談站透露星河 Pad 3 將於本月發布"],
    ):
        known = closed_handles(lines)
        assert [lines[1][s:e] for s, e in find_handles(lines[1], known)] == [lines[0][3:9]]
    # two accounts, one the other's prefix: the longer one's noun begins no clause
    lines = ["关注 @小米 和", "@小米手机 发布新机"]
    assert [lines[1][s:e] for s, e in find_handles(lines[1], closed_handles(lines))] == ["@小米手机"]


def test_a_name_the_page_ends_before_a_verb_of_saying_ends_its_possessive() -> None:
    """``@考研小黄鸭说过…`` ends the name before 说; elsewhere ``@考研小黄鸭的错题本方法`` is the
    account's method.  A short name's 的 (``@南方的猫``) is left to the name."""
    from tui.model.bloggers import closed_handles

    for lines in (
        ["@考研小黄鸭说过“最后一个月不要碰新题”", "抄作业：@考研小黄鸭的错题本方法，上周一开始"],
        ["@考研小黃鴨說過「最後一個月不要碰新題」", "抄作業：@考研小黃鴨的錯題本方法，上週一開始"],
    ):
        known = closed_handles(lines)
        assert [lines[1][s:e] for s, e in find_handles(lines[1], known)] == [lines[0][:6]]
    lines = ["@南方说得对", "我关注了@南方的猫，天天更新"]
    assert [lines[1][s:e] for s, e in find_handles(lines[1], closed_handles(lines))] == ["@南方的猫"]


def test_a_date_inside_an_account_name_is_no_event() -> None:
    """``@周末不想动的阿飞`` names an account: its 周末 is part of the name."""
    from datetime import date

    from tui.model.build import build_article

    article = build_article("江城科技馆：回复@周末不想动的阿飞:您好，下周一起恢复开放。", today=date(2024, 9, 4))
    assert [b.handle.original for b in article.bloggers] == ["周末不想动的阿飞"]
    assert [e.text.original for e in article.timeline] == ["下周一"]


def test_a_date_inside_a_commenters_name_the_page_mentions_is_no_event() -> None:
    """``周末去爬山的小陈：…`` heads a comment by the account ``@周末去爬山的小陈``."""
    from datetime import date

    from tui.model.build import build_article

    lines = [
        "某某博物馆闭馆维修的通知发布后，评论区很热闹，不少观众在问什么时候恢复开放。",
        "周末去爬山的小陈：请问@某某博物馆 下周二开放吗？",
        "某某博物馆：回复@周末去爬山的小陈:您好，下周二正常开放。",
    ]
    article = build_article("\n".join(lines), today=date(2024, 9, 4))
    assert [e.text.original for e in article.timeline] == ["下周二", "下周二"]
    # without the reply that @-mentions the poster, no account has that name: 周末 is read
    article = build_article("\n".join([lines[0], lines[1].replace("@某某博物馆 ", "")]), today=date(2024, 9, 4))
    assert "周末" in [e.text.original for e in article.timeline]


def test_a_line_naming_a_quoted_work_is_no_date() -> None:
    """A set list's ``2. 十月晴空`` is the song 《十月晴空》 the review quoted, not October."""
    from datetime import date

    from tui.model.build import build_article

    lines = [
        "她在安可時唱了舊歌《十月晴空》，全場大合唱，演唱會在今年3月2日結束。",
        "歌單：",
        "1. 海風",
        "2. 十月晴空",
        "3. 十月的最後一天",
    ]
    article = build_article("\n".join(lines), today=date(2024, 9, 4))
    texts = [e.text.original for e in article.timeline]
    assert "今年3月2日" in texts and texts.count("十月") == 1  # only the line that is no work


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("@DeepSeek官方：今天发布了新版本", "DeepSeek官方"),
        ("//@OpenAI官方：转发微博", "OpenAI官方"),
        ("@Tesla中國：降價了", "Tesla中國"),
        ("科技博主@DeepSeek表示：這次不一樣", "DeepSeek"),  # a verb of saying is no name word
    ],
)
def test_a_latin_name_with_a_name_word_before_a_full_width_colon(text: str, handle: str) -> None:
    """Weibo's ``@名字：评论``: a name word (官方, 中国) after the Latin part stays in the name."""
    assert [text[a + 1 : b] for a, b in find_handles(text)] == [handle]


def test_a_reply_that_tags_a_poster_and_runs_on_ends_at_the_posters_name() -> None:
    """A forum's poster is named on a line of its own, a floor's row or a push's ID; a reply
    that tags that poster and runs on ends where the name does."""
    from datetime import date

    thread = [
        "某某論壇 > 生活板",
        "[問題] 新家附近哪裡有好吃的早餐",
        "作者 sunny_lee88 (小晴)",
        "剛搬來這附近，想問大家推薦哪幾家早餐店，謝謝。",
        "2樓 早起的阿德 2024-05-02 08:11",
        "巷口那家蛋餅很不錯，週末會排隊。",
        "推 rainman07: @sunny_lee88說的那條巷子我也常去 蛋餅很好吃",
        "@早起的阿德建議你早點去，週末人很多",
    ]
    article = build_article("\n".join(thread), today=date(2024, 5, 3))
    assert sorted(b.handle.original for b in article.bloggers) == ["sunny_lee88", "早起的阿德"]
    # the same run inside a sentence of a story keeps its own cut (a branch's longer name)
    story = ["某某地鐵", "記者從@某某地鐵營運分公司獲悉，新線月底通車。"]
    assert handles(story[1]) == ["@某某地鐵營運分公司"]
    article = build_article("\n".join(story), today=date(2024, 5, 3))
    assert [b.handle.original for b in article.bloggers] == ["某某地鐵營運分公司"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a closing row of tags: every handle on it is whole, the last one too
        ("謝謝大家今天來捧場！\n@晨光咖啡館 @台中好好吃", ["@晨光咖啡館", "@台中好好吃"]),
        ("感谢支持\n@小鹿烘焙坊、@杭州好好逛", ["@小鹿烘焙坊", "@杭州好好逛"]),
        # one handle that runs on is no list: its sentence is still cut
        ("@某某表示", ["@某某"]),
    ],
)
def test_a_line_made_only_of_handles_is_a_list_of_whole_handles(text: str, found: list[str]) -> None:
    """No sentence runs on from a list of accounts, so no word at its end is cut off."""
    assert handles(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("這次是跟@小滿陶藝工作室合作的限定款。", ["@小滿陶藝工作室"]),
        ("这款联名是与@小林插画联名推出的，", ["@小林插画"]),
    ],
)
def test_a_preposition_before_a_handle_says_a_verb_follows_the_name(text: str, found: list[str]) -> None:
    """跟@…合作: after a coverb the name is followed by the sentence's verb, a verbal noun too."""
    assert handles(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("创始人在微博@老陈的数码日记中透露，新品下月上市。", ["@老陈的数码日记"]),
        ("他在臉書@阿芬的旅行筆記上分享了照片。", ["@阿芬的旅行筆記"]),
        # the frame encloses an account's page: the name ends at 的
        ("网友在微博@某某的评论区里留言，", ["@某某"]),
        ("在微博@某某的视频中说，", ["@某某"]),
    ],
)
def test_in_a_platform_at_a_name_and_a_locative_enclose_the_whole_name(text: str, found: list[str]) -> None:
    """在微博@…中透露: the platform before the @ makes what follows the account itself."""
    assert handles(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a post's closing row of tags after its last words
        ("週末愉快 @阿寶的廚房 @台南好好吃", ["@阿寶的廚房", "@台南好好吃"]),
        # a release account (place + 发布) named after a label, or after a platform as a place
        ("主办：市图书馆　协办：@河西区发布", ["@河西区发布"]),
        ("操作视频已上传至抖音@滨江教育发布，请查看", ["@滨江教育发布"]),
        # … but not a clause that ends in 发布
        ("@某某卡兹克在除夕发布", ["@某某卡兹克"]),
        # a school's parents' association is one name
        ("活動照片會放在粉專@光明國小家長會，歡迎追蹤", ["@光明國小家長會"]),
    ],
)
def test_where_a_page_sets_a_handle_apart_it_is_whole(text: str, found: list[str]) -> None:
    """A row of tags, a label, a platform named before a release account: no clause follows."""
    assert handles(text) == found


def test_a_latin_id_written_alone_elsewhere_ends_a_closed_run_with_hanzi() -> None:
    """Threads@abc_852上載… beside （Threads@abc_852影片截圖）: the bracket closes the run, but
    the page itself shows the id ends where its letters and digits do."""
    from tui.model.bloggers import closed_handles

    lines = ["有網友在Threads@rain_hk852上載片段", "（Threads@rain_hk852影片截圖）"]
    known = closed_handles(lines)
    assert [[t[a:b] for a, b in find_handles(t, known)] for t in lines] == [["@rain_hk852"], ["@rain_hk852"]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a row of tags right after the post's last full stop
        ("報名詳情請看官網。@海港長跑會 @海港發布", ["@海港長跑會", "@海港發布"]),
        # a title's abbreviation and the hanzi name after it
        ("@Dr.陳 你的問題我私訊回覆", ["@Dr.陳"]),
        ("感謝@Ms.林：幫忙校稿", ["@Ms.林"]),
        # an id that ends in its joiner, then what it did
        ("好友@lulu_chan_留言：「恭喜晒！」", ["@lulu_chan_"]),
        ("歌手@amy_wu_回覆：多謝支持", ["@amy_wu_"]),
        # … while a hanzi name part after a joiner stays
        ("关注@Momo_开店日记，", ["@Momo_开店日记"]),
        # "tag me once": a verb and its object, no account
        ("有更新麻煩@我一下，感謝", []),
        ("记得@你一声再走", []),
        # a one-character verb morpheme before 了 begins the clause
        ("下午在@湖畔書房喝了一杯咖啡", ["@湖畔書房"]),
    ],
)
def test_where_a_handle_ends_by_what_follows_it(text: str, found: list[str]) -> None:
    """Tags after a full stop, a title's dot, a joiner before a verb of saying, @我一下."""
    assert handles(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a role right before the @ and a verb of saying before the comma: the name runs to it
        ("美食博主@苏州吃喝玩乐手册建议，工作日去", ["@苏州吃喝玩乐手册"]),
        ("另一位網友@爬山的阿伯表示，步道已修好", ["@爬山的阿伯"]),
        # … but not over an adverb, a preposition, a time word or a posting word
        ("网友@李小明也表示，不太可能", ["@李小明"]),
        ("网友@李小明在会上表示，不太可能", ["@李小明"]),
        ("网友@李小明昨天表示，不太可能", ["@李小明"]),
        ("网友@李小明发帖表示，不太可能", ["@李小明"]),
        # … and without a role the cut stays where the dictionary puts it
        ("@李小明表示，不太可能", ["@李小明"]),
    ],
)
def test_a_role_before_the_handle_and_a_verb_of_saying_close_its_name(text: str, found: list[str]) -> None:
    """博主@某某吃喝指南建议，: a blog named for what it does, the account that speaks."""
    assert handles(text) == found


def test_a_sites_name_with_an_at_over_the_page_is_no_handle() -> None:
    """``獨立評論@天下`` heading a column's page is the site's name, not an account; an account
    alone on a line with a role or a platform before it still is one."""
    page = "讀者論壇@週報\n首頁 ｜ 專欄 ｜ 評論\n\n老街的粽子\n\n正文第一段，網友@小林說今年的粽子特別香。\n"
    a = build_article(page)
    assert [b.handle.original for b in (*a.bloggers, *a.credited)] == ["小林"]
    later = build_article("正文第一段，網友@小林說好。\n" + "又一段正文。\n" * 5 + "讀者論壇@週報\n")
    assert "週報" in [b.handle.original for b in (*later.bloggers, *later.credited)]


def test_a_role_never_takes_the_verb_or_the_pronoun_before_it() -> None:
    """``我想起作家林某某（@…）`` gave the role 我想起作家, ``也謝謝設計師@…`` 謝謝設計師:
    the person's role is the noun phrase after the verb whose object they are."""
    cases = {
        "我想起作家王小明（@xiaoming.writes）寫過的一句話。": "作家",
        "也謝謝設計師@lin.design_幫我們畫了插畫。": "設計師",
        "我们采访了资深记者@老李，他说很忙。": "资深记者",
        "知名作家@某某表示，很好。": "知名作家",
    }
    for text, role in cases.items():
        (b,) = build_article(text).bloggers
        assert b.role is not None and b.role.original == role, text


def test_an_underscored_id_holds_no_hanzi_and_a_count_of_friends_is_no_handle() -> None:
    """``X@river_lab发布的一份声明`` read the id on into the sentence, up to the next space;
    ``转发并@一位好友`` asks the reader to tag someone: no account is named."""
    a = build_article("美国品牌River在X@river_lab发布的一份声明中称将加码。")
    assert [b.handle.original for b in a.bloggers] == ["river_lab"]
    b = build_article("转发本条并@一位好友，抽3位送礼品；也可以@两个闺蜜 一起来。")
    assert [x.handle.original for x in b.bloggers] == []


def test_a_review_said_and_an_accounts_work_end_the_name() -> None:
    """``博主@某某评价称`` kept 评价 in the name, and ``YouTube@某某的教學 講得好`` (closed by a
    space) the work after 的; a name that ends in 评论 stays whole."""
    cases = {
        "科技博主@数码阿强评价称，这款耳机很值。": "数码阿强",
        "业内人士@观察员老周点评说，价格偏高。": "观察员老周",
        "新手可以看YouTube@山城小教室的教學 講得很清楚。": "山城小教室",
        "博主@南城小林的视频里也提到过这家店。": "南城小林",
        "我关注了@财经夜评论 这个号。": "财经夜评论",
    }
    for text, handle in cases.items():
        assert [b.handle.original for b in build_article(text).bloggers] == [handle], text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a verb of saying that jieba files as a noun (建议), after a Latin part or a hanzi name
        ("網紅@港島遊記Jessie建議旅客避開周六中午前往", ["@港島遊記Jessie"]),
        ("博主@小王建议旅客避开周末", ["@小王"]),
        ("数码博主@数据分析师认为，不值", ["@数据分析师"]),
        # a verb of talk and its aspect at the run's end
        ("跟@吃货老周聊过，他也觉得噱头大于味道", ["@吃货老周"]),
        ("我同@街坊阿明傾過，佢話唔貴", ["@街坊阿明"]),
        # a manner adverb right before a rarer one-character verb
        ("奖品是@木头人老陈亲手刻的一只小马", ["@木头人老陈"]),
        ("獎品是@木頭人老陳親手刻的小馬", ["@木頭人老陳"]),
        # … but not where a clause word stands between them (日常也拍: 日常 is the name's)
        ("在地YouTuber@港口老伯日常也拍片實測，從排隊到上岸", ["@港口老伯日常"]),
        # a credit's value at the line's end is a name, whatever words it holds
        ("排版：@小满不吃辣\n摄影：@阿光拍照", ["@小满不吃辣", "@阿光拍照"]),
        ("攝影：@小滿不吃辣", ["@小滿不吃辣"]),
    ],
)
def test_a_name_ends_before_a_saying_noun_a_talk_verb_or_a_manner_adverb(text: str, found: list[str]) -> None:
    """建议 (jieba's noun), 聊过, 亲手刻 begin the clause; a credit line's handle is whole."""
    assert handles(text) == found


def test_a_space_before_a_comments_closing_stamp_does_not_close_the_name() -> None:
    """地铁宅：…，博主@某某称这是… 6-12 21:15: the space sets off the comment's stamp, so the
    run is cut where its clause begins; a handle alone before a stamp stays whole."""
    assert handles("数码博主@线路图收藏家称这是今年最值得期待的线路 6-12 21:15") == ["@线路图收藏家"]
    assert handles("數碼博主@線路圖收藏家稱這是今年最值得期待的路線 2024-8-2 10:40") == ["@線路圖收藏家"]
    assert handles("回复 @老王爱喝茶 6-12 21:15") == ["@老王爱喝茶"]


def test_a_long_run_before_a_spaced_latin_word_is_cut_where_its_clause_begins() -> None:
    """数码博主 @数码闲聊站今日在微博发布了星河 X10 的…: tech sites set Latin words apart by
    spaces, so that space ends the sentence's word, not the name; a name alone before a space
    (@数码闲聊站 爆料称) and a short run stay whole."""
    assert handles("数码博主 @数码闲聊站今日在微博发布了星河 X10 的真机图") == ["@数码闲聊站"]
    assert handles("數碼博主 @數碼閒聊站今日在微博發布了星河 X10 的真機圖") == ["@數碼閒聊站"]
    assert handles("此前博主 @数码闲聊站 爆料称，该机即 N10") == ["@数码闲聊站"]
    assert handles("感谢 @小米手机 X 的支持") == ["@小米手机"]


def test_what_an_account_said_of_it_ends_the_name_but_a_columns_name_stays() -> None:
    """业内人士@消费观察家老许评论称: 评论称 is what the account said; @新京报评论称 names an
    outlet's commentary column, whose name ends in 评论."""
    assert handles("业内人士@消费观察家老许评论称，联名能带来短期流量") == ["@消费观察家老许"]
    assert handles("業內人士@消費觀察家老許評論稱，聯名能帶來短期流量") == ["@消費觀察家老許"]
    assert handles("@新京报评论称这并不合理") == ["@新京报评论"]


def test_a_food_guides_question_ends_its_name() -> None:
    """網紅@府城吃什麼來幫忙宣傳: a guide named by its question (吃什麼, 去哪兒) ends there, and a
    one-character verb goes on from it; a name before 吃什么都香 (a clause) is cut as before."""
    assert handles("他曾想過請網紅@府城吃什麼來幫忙宣傳，後來作罷") == ["@府城吃什麼"]
    assert handles("博主@周末去哪儿推荐了三条路线") == ["@周末去哪儿"]


def test_an_opening_bracket_sets_a_name_apart_unless_it_holds_a_day() -> None:
    """@川西老向导（这里感谢一下）: the bracket sets the name apart; 於今（12）日 is a Taiwan day's
    bracket after a clause, which still cuts the name."""
    assert handles("攻略参考了小红书博主@川西老向导（这里感谢一下）。") == ["@川西老向导"]
    assert handles("攻略參考了小紅書博主@川西老嚮導(這裡感謝一下)。") == ["@川西老嚮導"]
    assert handles("@林阿芬於今（12）日發文") == ["@林阿芬"]


def test_an_act_at_the_cut_and_a_pronoun_of_address_end_the_name() -> None:
    """美食KOL@港島食神Ricky轉發帖文後: the cut at 轉發 is the act (not 發帖 inside 轉發帖文);
    @小肥羊爱吃草你哪天到的: 你 opens what is asked of the name, so the words before it are the
    name's; 帮你, 教你 still cut before the verb."""
    assert handles("美食KOL@港島食神Ricky轉發帖文後，不少網民回憶") == ["@港島食神Ricky"]
    assert handles("昨天宽窄巷子果然排到街口。@小肥羊爱吃草你哪天到的") == ["@小肥羊爱吃草"]
    assert handles("@小王帮你看看") == ["@小王"] and handles("@老张教你做菜") == ["@老张"]


def test_a_zhihu_invitations_sender_runs_to_the_full_stop() -> None:
    """谢邀@米粒儿要吃汤圆。: the formula names who invited the answer and stops; a thanked
    name before what it did (感谢@小王帮忙。) is cut as before."""
    assert handles("谢邀@米粒儿要吃汤圆。这个问题我太有发言权了。") == ["@米粒儿要吃汤圆"]
    assert handles("謝邀@米粒兒要吃湯圓。") == ["@米粒兒要吃湯圓"]
    assert handles("感谢@小王帮忙。") == ["@小王"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place opens the account's name, and its own words go on after it
        ("市容部门官方微博@上海分类小助手发起“晒晒我家垃圾桶”话题", ["上海分类小助手"]),
        ("博主@厦门吃货阿伟的视频里也出现过", ["厦门吃货阿伟"]),
        ("小红书用户@深圳打工人Leo表示，他前日已经到了", ["深圳打工人Leo"]),
        # … but a place that is the whole name still ends before its clause
        ("@北京说明天降温", ["北京"]),
        # under the account's post, a comment
        ("也有消费者在官方微博@江南都市财经下留言，表示不满", ["江南都市财经"]),
        # a report frame's noun closes a release account's name
        ("另据@江城发布消息，3月22日当天地铁提前开通", ["江城发布"]),
        ("@江北气象台发布消息称，受副热带高压控制", ["江北气象台"]),
    ],
)
def test_a_place_that_opens_a_name_and_the_frames_around_it(text: str, expected: list[str]) -> None:
    from tui.model.scripts import Script, convert

    for form in (text, convert(text, Script.TRADITIONAL)):
        assert [h.lstrip("@＠") for h in handles(form)] == [
            convert(e, Script.TRADITIONAL) if form != text else e for e in expected
        ], form


def test_a_possessive_nickname_the_page_shows_whole_elsewhere() -> None:
    """阿狸的小鱼干 stands alone as a poster's name; @阿狸的小鱼干说的没错 is that poster, then what
    it said.  胖橘的跑鞋 is closed by a repost's colon; 路线图是@胖橘的跑鞋画的 is that account."""
    from tui.model.bloggers import closed_handles, standalone_names
    from tui.model.scripts import Script, convert

    thread = ["运河边的风", "楼主", "端午龙舟赛看台搭好了", "阿狸的小鱼干", "谢谢吧主！收藏了",
              "常州小马哥", "@阿狸的小鱼干说的没错，我昨天刚从那边过，看台都搭好一半了。"]
    repost = ["冲！下礼拜三见//@胖橘的跑鞋:路线图改好了，三阁那段绕开了施工围挡",
              "路线图是@胖橘的跑鞋画的，压尾的是@小熊猫Leo，谁跑崩了就找他。"]
    for lines, want in ((thread, ["@阿狸的小鱼干"]), (repost, ["@胖橘的跑鞋", "@小熊猫Leo"])):
        for form in (lines, [convert(x, Script.TRADITIONAL) for x in lines]):
            known, posters = closed_handles(form), standalone_names(form)
            got = [form[-1][a:b] for a, b in find_handles(form[-1], known, posters)]
            assert got == [convert(w, Script.TRADITIONAL) if form is not lines else w for w in want], got


def test_a_name_then_a_day_written_with_dots_or_slashes() -> None:
    from tui.model.scripts import Script, convert

    for text, want in (
        ("景区官方微博@秦岭山水景区在2024.4.28发布的公告中已提示", "@秦岭山水景区"),
        ("@某某2024/5/1发文称", "@某某"),
    ):
        for form in (text, convert(text, Script.TRADITIONAL)):
            assert handles(form) == [convert(want, Script.TRADITIONAL) if form != text else want], form


def test_an_accounts_label_and_an_id_with_its_name_word_set_apart() -> None:
    """作者微博：@王小蔓说储能 at the line's end: a label's value is the account's whole name, 说
    inside it; 監製@Ryan_Lok音樂人 擔任…: the page set the id and its name word apart with a
    space.  Without the label or the space the name is still cut (@王小蔓说…, X@abc_tech发布的)."""
    from tui.model.scripts import Script, convert

    for text, want in (
        ("欢迎交流！作者微博：@王小蔓说储能", "@王小蔓说储能"),
        ("小红书：@阿花说美食", "@阿花说美食"),
        ("今次由監製@Ryan_Lok音樂人 擔任音樂總監", "@Ryan_Lok音樂人"),
        ("@王小蔓说储能", "@王小蔓"),
        ("X@abc_tech发布的 声明", "@abc_tech"),
    ):
        for form in (text, convert(text, Script.TRADITIONAL)):
            assert handles(form) == [form[form.index("@") : form.index("@") + len(want)]], form


def test_a_nickname_of_a_verb_and_what_it_cannot_reach_is_whole() -> None:
    """@小鹿跑不动在小红书写道, @老王看不懂表示: "cannot run any more", a nickname's shape (the
    name goes on past 不); @某某吃不下饭 and @某某说不清楚 still cut before the clause."""
    from tui.model.bloggers import find_handles
    from tui.model.scripts import Script, convert

    for text, name in (("网友@小鹿跑不动在小红书写道，昨晚紧张得几乎没睡着", "@小鹿跑不动"),
                       ("据@老王看不懂表示，这部片子值得二刷", "@老王看不懂")):
        for form in (text, convert(text, Script.TRADITIONAL)):
            got = [form[a:b] for a, b in find_handles(form)]
            assert got == [form[form.index("@"): form.index("@") + len(name)]], got


def test_an_accounts_work_on_a_platform_after_its_name_is_not_the_name() -> None:
    """#台风登陆# @央视新闻的微博视频, @某某的最新视频: the account, then its video."""
    from tui.model.bloggers import find_handles
    from tui.model.scripts import Script, convert

    for text in ("#台风青岚登陆# @央视新闻的微博视频", "转发@央视新闻的抖音直播", "@央视新闻的最新视频"):
        for form in (text, convert(text, Script.TRADITIONAL)):
            got = [form[a:b] for a, b in find_handles(form)]
            i = form.index("@")
            assert got == [form[i: i + 5]], got


def test_a_nickname_that_does_not_do_something_and_a_credits_verb() -> None:
    """（数据感谢@羽坛数据控整理）: compiled by the account, the verb is the credit's; @收纳整理 is too
    short to hold a name and a verb; @妈妈不接电话 is the account and what it does (a nickname of
    not doing something, @阿秋不吃香菜, has the same shape and is left cut); a lone 摄 is a name's."""
    from tui.model.bloggers import find_handles
    from tui.model.scripts import Script, convert

    for text, name in (("（数据感谢@羽坛数据控整理）：", "@羽坛数据控"), ("（图／@收纳整理）", "@收纳整理"),
                       ("@妈妈不接电话，急死了", "@妈妈"), ("@阿乐爱摄 的新作品", "@阿乐爱摄")):
        for form in (text, convert(text, Script.TRADITIONAL)):
            i = form.index("@")
            assert [form[a:b] for a, b in find_handles(form)] == [form[i : i + len(name)]], form
