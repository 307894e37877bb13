package country

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Partner names in Japanese, Chinese or Korean run their words together
// ("インドネシア大学", "国立台湾大学"), so the country names in them are
// found as substrings rather than as words. The names come from CLDR in
// those languages.

// cjkName is a country name written in Han, kana or Hangul.
type cjkName struct {
	name string
	code string
}

var (
	cjkOnce  sync.Once
	cjkNames []cjkName // longest first, so that a longer name wins its place
)

func buildCJKNames() {
	seen := map[string]bool{}
	add := func(name, code string) {
		if i := strings.IndexAny(name, "(（"); i > 0 {
			name = strings.TrimSpace(name[:i])
		}
		if utf8.RuneCountInString(name) < 2 || seen[name] || !isCJKText(name) {
			return
		}
		seen[name] = true
		cjkNames = append(cjkNames, cjkName{name, code})
	}
	for _, tag := range []language.Tag{language.Japanese, language.SimplifiedChinese, language.TraditionalChinese, language.Korean} {
		namer := display.Regions(tag)
		for _, r := range regions() {
			add(namer.Name(r), r.String())
		}
	}
	// Short forms that university names use and CLDR does not give.
	for _, n := range []cjkName{{"米国", "US"}, {"英国", "GB"}, {"豪州", "AU"}, {"アメリカ", "US"}, {"イギリス", "GB"}, {"한국", "KR"}, {"臺灣", "TW"},
		{"香港", "HK"}, {"ホンコン", "HK"}, {"홍콩", "HK"}, {"澳门", "MO"}, {"澳門", "MO"}, {"マカオ", "MO"}, {"마카오", "MO"},
		{"中国香港", "HK"}, {"中國香港", "HK"}, {"中国澳门", "MO"}, {"中國澳門", "MO"}, {"中国台湾", "TW"}, {"中國台灣", "TW"}} {
		add(n.name, n.code)
	}
	for _, c := range cjkCities {
		if !seen[c.name] {
			seen[c.name] = true
			cjkNames = append(cjkNames, c)
		}
	}
	sort.SliceStable(cjkNames, func(i, j int) bool { return len(cjkNames[i].name) > len(cjkNames[j].name) })
}

// cjkCities are cities, and states and provinces, that name
// universities, as Japanese, Chinese (simplified and traditional) and
// Korean write them, with the country they are in: weaker evidence than
// a country's name (see cjkWeightFor). Names that are also another
// country's city or a common word in one of the languages are left out:
// 圣地亚哥 (Santiago and San Diego), 奥克兰 (Auckland and Oakland),
// 九州 and 东北 (regions of Japan, and of China in Chinese), 德州 (Texas,
// and a city in Shandong), 剑桥 and 牛津 (in England and in the United
// States), Victoria, Valencia.
var cjkCities = cjkCityTable(`
VN: ハノイ ホーチミン 河内 河內 胡志明 하노이 호치민
TH: バンコク チェンマイ 曼谷 清迈 清邁 방콕 치앙마이
ID: ジャカルタ バンドン スラバヤ ジョグジャカルタ 雅加达 雅加達 日惹 자카르타 반둥
MY: クアラルンプール ペナン 吉隆坡 槟城 檳城 쿠알라룸푸르 페낭
PH: マニラ セブ 马尼拉 馬尼拉 宿务 宿務 마닐라
KR: ソウル 釜山 プサン テグ インチョン 首尔 首爾 汉城 漢城 大邱 仁川 서울 부산 대구 인천 광주 대전 울산
CN: 北京 上海 南京 武漢 武汉 広州 广州 廣州 杭州 成都 西安 重庆 重慶 天津 厦门 廈門 深圳 哈尔滨 哈爾濱 長春 长春 沈阳 瀋陽 大连 大連 济南 濟南 青岛 青島 苏州 蘇州 合肥 长沙 長沙 福州 昆明 兰州 蘭州 郑州 鄭州 베이징 상하이 난징 칭다오 광저우
TW: 台北 臺北 台中 臺中 台南 臺南 高雄 新竹 桃园 桃園 嘉义 嘉義 花莲 花蓮 타이베이 타이페이
JP: 東京 东京 大阪 京都 名古屋 横浜 横滨 神戸 神户 福岡 福冈 札幌 仙台 広島 广岛 廣島 筑波 沖縄 冲绳 北海道 도쿄 오사카 교토 나고야 후쿠오카 홋카이도 요코하마
BD: ダッカ 达卡 達卡
IN: デリー ムンバイ バンガロール 新德里 孟买 孟買 班加罗尔 加尔各答 金奈 델리 뭄바이
MN: ウランバートル 乌兰巴托 烏蘭巴托 울란바토르
MM: ヤンゴン 仰光 양곤
KH: プノンペン 프놈펜
LA: ビエンチャン 비엔티안
NP: カトマンズ 加德满都 加德滿都 카트만두
KZ: アルマトイ 阿拉木图 阿拉木圖 알마티
UZ: タシケント 塔什干 타슈켄트
FR: パリ リヨン ストラスブール トゥールーズ ボルドー マルセイユ グルノーブル モンペリエ ナント 巴黎 里昂 马赛 馬賽 图卢兹 圖盧茲 波尔多 波爾多 斯特拉斯堡 蒙彼利埃 格勒诺布尔 格勒諾布爾 파리 리옹 스트라스부르 툴루즈 보르도 마르세유 그르노블 몽펠리에
DE: ベルリン ミュンヘン アーヘン ハンブルク ハイデルベルク フランクフルト ケルン ドレスデン ライプツィヒ ゲッティンゲン シュトゥットガルト フライブルク 柏林 慕尼黑 汉堡 漢堡 海德堡 法兰克福 法蘭克福 科隆 亚琛 亞琛 德累斯顿 德勒斯登 莱比锡 萊比錫 哥廷根 斯图加特 斯圖加特 弗莱堡 베를린 뮌헨 함부르크 하이델베르크 프랑크푸르트 쾰른 아헨 드레스덴 라이프치히
AT: ウィーン 维也纳 維也納 비엔나
CH: チューリッヒ ジュネーブ ローザンヌ 苏黎世 蘇黎世 日内瓦 日內瓦 洛桑 취리히 제네바 로잔
IT: ローマ ミラノ トリノ ボローニャ フィレンツェ ナポリ パドヴァ ピサ ヴェネツィア 罗马 羅馬 米兰 米蘭 都灵 博洛尼亚 波隆那 佛罗伦萨 佛羅倫斯 那不勒斯 帕多瓦 比萨 比薩 威尼斯 로마 밀라노 토리노 볼로냐 피렌체 나폴리 파도바
ES: マドリード マドリッド バルセロナ サラマンカ グラナダ セビリア 马德里 馬德里 巴塞罗那 巴塞隆納 萨拉曼卡 薩拉曼卡 格拉纳达 塞维利亚 마드리드 바르셀로나 살라망카 그라나다 세비야
PT: リスボン ポルト コインブラ 里斯本 波尔图 波爾圖 科英布拉 리스본 포르투 코임브라
NL: アムステルダム ロッテルダム ライデン ユトレヒト デルフト 阿姆斯特丹 鹿特丹 莱顿 萊頓 乌得勒支 烏特勒支 代尔夫特 台夫特 암스테르담 로테르담 레이던 위트레흐트 델프트
BE: ブリュッセル ルーヴェン ゲント 布鲁塞尔 布魯塞爾 鲁汶 魯汶 根特 브뤼셀 루뱅 겐트
DK: コペンハーゲン オーフス 哥本哈根 奥胡斯 奧胡斯 코펜하겐 오르후스
SE: ストックホルム ウプサラ ルンド ヨーテボリ 斯德哥尔摩 斯德哥爾摩 乌普萨拉 烏普薩拉 哥德堡 스톡홀름 웁살라 룬드 예테보리
NO: オスロ ベルゲン 奥斯陆 奧斯陸 卑尔根 卑爾根 오슬로 베르겐
FI: ヘルシンキ 赫尔辛基 赫爾辛基 헬싱키
PL: ワルシャワ クラクフ 华沙 華沙 克拉科夫 바르샤바 크라쿠프
CZ: プラハ 布拉格 프라하
HU: ブダペスト 布达佩斯 布達佩斯 부다페스트
IE: ダブリン 都柏林 더블린
GB: ロンドン エディンバラ マンチェスター バーミンガム グラスゴー リーズ 伦敦 倫敦 爱丁堡 愛丁堡 曼彻斯特 曼徹斯特 伯明翰 格拉斯哥 利兹 利茲 런던 에든버러 맨체스터 버밍엄 글래스고
RU: モスクワ サンクトペテルブルク カザン ノヴォシビルスク トムスク 莫斯科 圣彼得堡 聖彼得堡 喀山 新西伯利亚 新西伯利亞 托木斯克 모스크바 상트페테르부르크 카잔 노보시비르스크 톰스크
GR: アテネ 雅典 아테네
TR: イスタンブール アンカラ 伊斯坦布尔 伊斯坦堡 安卡拉 이스탄불 앙카라
EG: カイロ 开罗 開羅 카이로
IL: テルアビブ 特拉维夫 特拉維夫 텔아비브
IR: テヘラン 德黑兰 德黑蘭 테헤란
AE: ドバイ 迪拜 杜拜 두바이
KE: ナイロビ 内罗毕 奈洛比 나이로비
NG: ラゴス 拉各斯 라고스
ZA: ヨハネスブルグ ケープタウン 约翰内斯堡 約翰尼斯堡 开普敦 開普敦 요하네스버그 케이프타운
MA: ラバト 拉巴特 라바트
AU: シドニー メルボルン ブリスベン アデレード キャンベラ クイーンズランド ニューサウスウェールズ 悉尼 雪梨 墨尔本 墨爾本 布里斯班 阿德莱德 阿德雷德 堪培拉 坎培拉 昆士兰 昆士蘭 新南威尔士 新南威爾斯 시드니 멜버른 브리즈번 애들레이드 캔버라 퀸즐랜드 ゴールドコースト サンシャインコースト タスマニア ホバート ウーロンゴン パース 阳光海岸 陽光海岸 塔斯马尼亚 塔斯馬尼亞 霍巴特 卧龙岗 臥龍崗 珀斯 퍼스 골드코스트 선샤인코스트 태즈메이니아 호바트 울런공
NZ: ウェリントン クライストチャーチ 惠灵顿 威靈頓 基督城 웰링턴 크라이스트처치
CA: トロント バンクーバー モントリオール オタワ ケベック オンタリオ アルバータ サスカチュワン ブリティッシュコロンビア 多伦多 多倫多 温哥华 溫哥華 蒙特利尔 蒙特婁 渥太华 渥太華 卡尔加里 卡加利 埃德蒙顿 魁北克 安大略 阿尔伯塔 亞伯達 萨斯喀彻温 薩斯喀徹溫 不列颠哥伦比亚 英屬哥倫比亞 曼尼托巴 토론토 밴쿠버 몬트리올 오타와 퀘벡 온타리오 앨버타 서스캐처원 ウィニペグ マニトバ カルガリー エドモントン ハリファックス 温尼伯 溫尼伯 哈利法克斯 위니펙 매니토바 캘거리 에드먼턴 핼리팩스 새스커툰
US: ニューヨーク カリフォルニア ハワイ ボストン シカゴ テキサス フロリダ オレゴン ミシガン ワシントン 纽约 紐約 洛杉矶 洛杉磯 旧金山 舊金山 芝加哥 波士顿 波士頓 费城 費城 西雅图 西雅圖 匹兹堡 匹茲堡 亚特兰大 亞特蘭大 休斯顿 休士頓 夏威夷 加州 加利福尼亚 加利福尼亞 德克萨斯 德克薩斯 佛罗里达 佛羅里達 俄勒冈 俄勒岡 俄亥俄 密歇根 密西根 伊利诺伊 伊利諾 威斯康星 明尼苏达 明尼蘇達 宾夕法尼亚 賓夕法尼亞 宾州 賓州 马萨诸塞 麻省 华盛顿 華盛頓 亚利桑那 亞利桑那 科罗拉多 科羅拉多 犹他 猶他 印第安纳 印第安納 北卡罗来纳 北卡羅來納 弗吉尼亚 維吉尼亞 佐治亚 喬治亞州 田纳西 田納西 肯塔基 爱荷华 愛荷華 堪萨斯 堪薩斯 密苏里 密蘇里 新泽西 新澤西 马里兰 馬里蘭 康涅狄格 뉴욕 캘리포니아 하와이 보스턴 시카고 텍사스 플로리다 오리건 미시간 워싱턴 일리노이 위스콘신 미네소타 펜실베이니아 매사추세츠 애리조나 콜로라도 인디애나 버지니아 조지아주 오하이오 ミズーリ アイオワ カンザス ネブラスカ オクラホマ アーカンソー ルイジアナ ミシシッピ アラバマ テネシー ケンタッキー ノースカロライナ サウスカロライナ ニュージャージー メリーランド コネチカット ネバダ アイダホ モンタナ ワイオミング アラスカ ニューメキシコ 密苏里 内布拉斯加 內布拉斯加 俄克拉荷马 阿肯色 路易斯安那 密西西比 阿拉巴马 阿拉巴馬 南卡罗来纳 内华达 內華達 爱达荷 蒙大拿 怀俄明 阿拉斯加 新墨西哥 미주리 아이오와 캔자스 네브래스카 오클라호마 아칸소 루이지애나 미시시피 앨라배마 테네시 켄터키 노스캐롤라이나 사우스캐롤라이나 뉴저지 메릴랜드 코네티컷 네바다 아이다호 몬태나 와이오밍 알래스카 뉴멕시코
BR: サンパウロ リオデジャネイロ 里约热内卢 里約熱內盧 상파울루 리우데자네이루
AR: ブエノスアイレス 布宜诺斯艾利斯 布宜諾斯艾利斯 부에노스아이레스
PE: リマ 利马 利馬
CO: ボゴタ 波哥大 보고타
MX: メキシコシティ グアダラハラ 瓜达拉哈拉 과달라하라
`)

// cjkCityTable reads lines "CODE: name name …" into cjkNames.
func cjkCityTable(table string) []cjkName {
	var out []cjkName
	for _, line := range strings.Split(table, "\n") {
		code, names, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, n := range strings.Fields(names) {
			out = append(out, cjkName{n, strings.TrimSpace(code)})
		}
	}
	return out
}

// cjkCityNames marks which of cjkNames are cities.
var cjkCityNames = func() map[string]bool {
	m := make(map[string]bool, len(cjkCities))
	for _, c := range cjkCities {
		m[c.name] = true
	}
	return m
}()

// cjkWeightFor is the weight of a name found in a CJK partner name: a
// country's name counts as much as a demonym in a Latin name, a city as
// much as a city.
func cjkWeightFor(name string) float64 {
	if cjkCityNames[name] {
		return cjkCityWeight
	}
	return cjkWeight
}

// isCJKText reports whether s has a Han, kana or Hangul letter.
func isCJKText(s string) bool {
	for _, r := range s {
		if r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) ||
			unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Hangul, r)) {
			return true
		}
	}
	return false
}

// isKatakana reports whether r is a katakana letter or the long vowel
// mark, which continue a katakana word.
func isKatakana(r rune) bool {
	return unicode.Is(unicode.Katakana, r) || r == 'ー'
}

// cjkHints adds the country names found in a CJK text to acc. A katakana
// name must stand as a word of its own (インド is not in インドネシア, nor
// チャド in リチャード), and a place taken by a longer name is not read
// again for a shorter one (ギニア in 赤道ギニア).
func cjkHints(text string, factor float64, acc *hintAcc) {
	if !isCJKText(text) {
		return
	}
	cjkOnce.Do(buildCJKNames)
	var taken []bool
	for _, n := range cjkNames {
		for off := 0; off < len(text); {
			i := strings.Index(text[off:], n.name)
			if i < 0 {
				break
			}
			i += off
			j := i + len(n.name)
			off = j
			if taken != nil && (taken[i] || taken[j-1]) {
				continue
			}
			first, _ := utf8.DecodeRuneInString(n.name)
			last, _ := utf8.DecodeLastRuneInString(n.name)
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			after, _ := utf8.DecodeRuneInString(text[j:])
			if isKatakana(first) && i > 0 && isKatakana(before) || isKatakana(last) && j < len(text) && isKatakana(after) {
				continue
			}
			if taken == nil {
				taken = make([]bool, len(text))
			}
			for k := i; k < j; k++ {
				taken[k] = true
			}
			acc.add(n.code, cjkWeightFor(n.name)*factor, false)
		}
	}
}

// Weights of names found inside CJK partner names.
const (
	cjkWeight     = 0.8 // a country, as a demonym in a Latin name
	cjkCityWeight = 0.6 // a city, as a city in a Latin name
)
