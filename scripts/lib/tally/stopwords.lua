--[[[
tally.stopwords: words that say nothing about what a report is about
(function words, pronouns, the commonest verbs of official prose), in
Simplified Chinese; a set (tally.stopwords[word] == true). Frequency and
keyness scripts leave them out; add to it or set a word to nil to keep it.
]]
local tally = ...

local words = [[
的 了 和 与 及 以及 或 或者 并 并且 而 而且 也 都 又 还 就 才 只 更 最 很 太 再 已 已经 曾
是 为 在 于 对 对于 把 被 将 从 向 由 以 按 按照 通过 根据 关于 经过 为了 因为 所以 因此 但 但是
然而 如果 虽然 即 即使 之 其 其中 此 这 那 这些 那些 这个 那个 这样 那样 这里 那里 哪 什么
怎么 怎样 如何 多少 几 每 各 该 本 某 其他 另外 一些 一个 有 没有 无 不 没 非 要 会 能 可
可以 应 应该 需要 让 使 给 得 地 着 过 吗 呢 吧 啊 等 等等 上 下 中 内 外 前 后 里 间 时 年 月
日 我 我们 你 你们 他 他们 她 它 它们 自己 大家 咱们 记者 表示 介绍 指出 说 进行 开展 实施 推进
推动 加强 加快 提升 坚持 持续 不断 积极 进一步 全面 充分 有效 努力 做好 抓好 重点 工作 方面
目前 当前 今年 去年 同时 一是 二是 三是 四是 五是 首先 其次 最后
]]

local set = {}
for w in words:gmatch("%S+") do set[w] = true end
tally.stopwords = set
