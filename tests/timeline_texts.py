"""Small texts of our own for the timeline's tests, in the shapes of real news pages."""

from __future__ import annotations

#: A gala story: one date named many times, an outlier year, a holiday week, no dateline.
GALA = (
    "2025年央視春晚今晚登場，本屆春晚共有四十個節目。\n"
    "導演組說，春晚的彩排從2024年12月開始，一共進行了五次，春晚當天還有直播。\n"
    "1983年，央視在北京辦了第一屆晚會，當年只有一個舞台。\n"
    "今年春晚的機器人節目最受關注，春晚結束後話題衝上熱搜。\n"
    "春節假期期間，重播的春晚仍有數億人收看。\n"
)

#: No dateline and no year at all next to most dates: the reference date is a guess.
GUESSED = (
    "社區里的讀書會辦了很多年。\n"
    "2025年3月，讀書會搬到新址。\n"
    "昨天下午，會員們在新址辦了第一次分享會。\n"
    "5月3日還會有一場關於城市記憶的講座，歡迎參加。\n"
)
