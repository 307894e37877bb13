package country

import (
	"math/bits"
	"sort"
	"strings"

	"github.com/exchangelist/agreements/internal/editdist"
)

// Counter-evidence. The repairs read a damaged label as the country name
// it is nearest to, but a label near a country's name may be another
// word altogether: a city ("Cambridge" is not Cambodia, "Turku" not
// Turkey), a region ("Siberia" is not Liberia), a continent ("South
// America" is not South Africa) or a person's name ("Francis" is not
// France). The words below are known not to be countries. A label that
// is one of them is not repaired into any country; nor is a label that
// is one of them up to spacing and OCR confusions, or at least as near
// one of them as to a country's name (see index.nearest), unless the
// place is in that very country.
//
// A place is in a country (or several) or in none. A country's own name
// or alias is never counter-evidence ("Georgia" is a US state, but also
// the country's name). Places also tell which part of a qualified label
// is the place: "Georgia, USA" is the state (see qualify.go).

// worldRegions are continents and regions of the world, which are no
// country, in English and as Japanese and Chinese listings write them.
const worldRegions = `
europe; asia; africa; oceania; antarctic; arctic; eurasia; australasia; america; americas; the americas =
north america; south america; central america; latin america; latin america and the caribbean; anglo america; caribbean; the caribbean; west indies =
middle east; near east; far east; mena; emea; apac; asia pacific; pacific; pacific islands; pacific rim; indochina; indo china =
east asia; eastern asia; southeast asia; south east asia; south asia; southern asia; central asia; west asia; western asia; northeast asia; north east asia; asia minor =
eastern europe; western europe; northern europe; southern europe; central europe; central and eastern europe; east europe; west europe; continental europe; mainland europe =
scandinavia; nordic; nordics; nordic countries; baltic; baltics; baltic states; balkans; the balkans; benelux; iberia; iberian peninsula; british isles; caucasus; transcaucasia =
north africa; northern africa; west africa; western africa; east africa; eastern africa; southern africa; central africa; sub saharan africa; subsaharan africa; horn of africa; sahel; maghreb =
arabia; arabian peninsula; gulf; gulf states; persian gulf; arabian gulf; levant; mesopotamia; polynesia; melanesia =
worldwide; international; global; various; various countries; multiple; multiple countries; other; others; overseas; abroad; online; consortium =
ヨーロッパ; ヨーロッパ州; 欧州; アジア; アジア州; アフリカ; アフリカ州; 北米; 南米; 中南米; 北アメリカ; 南アメリカ; オセアニア; 中東; 東南アジア; 東アジア =
亚洲; 亞洲; 欧洲; 歐洲; 非洲; 美洲; 北美; 南美; 北美洲; 南美洲; 拉丁美洲; 大洋洲; 中东; 东南亚; 東南亞 =
유럽; 아시아; 아프리카; 북미; 남미; 중동; 오세아니아 =
`

// places are cities, university towns and regions, with the countries
// they are in; the cities of the mentions index (cities, in mentions.go)
// are places too.
const places = `
georgia; texas; california; florida; ohio; michigan; indiana; illinois; iowa; virginia; washington; oregon; nevada; utah; arizona; colorado; kansas; nebraska; montana; idaho; wyoming; alaska; hawaii; maine; vermont; massachusetts; connecticut; pennsylvania; maryland; delaware = US
carolina; north carolina; south carolina; dakota; north dakota; south dakota; tennessee; kentucky; alabama; mississippi; louisiana; arkansas; missouri; oklahoma; minnesota; wisconsin; new york; new jersey; new mexico; new hampshire; rhode island; west virginia = US
lebanon; columbia; new haven; ithaca; palo alto; pasadena; chapel hill; raleigh; madison; minneapolis; columbus; cleveland; cincinnati; detroit; evanston; providence; amherst; hartford; storrs; rochester; buffalo; albany; newark; dallas; san antonio; el paso; phoenix; tucson; tempe = US
denver; boulder; salt lake city; provo; portland; eugene; corvallis; davis; irvine; san diego; santa barbara; riverside; sacramento; las vegas; reno; omaha; lawrence; manhattan; iowa city; ames; bloomington; lafayette; west lafayette; gainesville; tallahassee; miami; orlando; tampa = US
nashville; knoxville; memphis; lexington; louisville; charlotte; charlottesville; richmond; blacksburg; norfolk; college park; state college; new orleans; baton rouge; college station; lubbock; norman; stillwater; tulsa; kansas city; st louis; milwaukee; indianapolis; south bend = US
anchorage; fairbanks; pullman; spokane; missoula; bozeman; fargo; albuquerque; las cruces; orono; springfield = US
durham; worcester; lincoln = GB US
syracuse = US IT
athens = GR US
kingston = CA JM
hamilton = CA NZ GB
victoria = CA AU
canterbury = GB NZ
san jose = CR US
santa cruz = BO US
bangor = GB US
ontario; alberta; manitoba; saskatchewan; newfoundland; new brunswick; guelph; winnipeg; saskatoon; regina; halifax; fredericton; sherbrooke; laval = CA
york; exeter; bath; warwick; coventry; lancaster; leicester; loughborough; reading; surrey; guildford; sussex; brighton; kent; essex; colchester; norwich; east anglia; hull; bradford; salford; keele; stirling; st andrews; aberdeen; dundee; swansea; aberystwyth; plymouth; portsmouth; bournemouth; cranfield; cornwall; devon; yorkshire; lancashire; ulster; derry = GB
limerick; maynooth = IE
nice; metz; dijon; besancon; poitiers; tours; orleans; angers; brest; caen; rouen; le havre; amiens; reims; clermont ferrand; limoges; pau; perpignan; avignon; aix en provence; saint etienne; valenciennes; troyes; mulhouse; cergy; evry; versailles; sophia antipolis = FR
normandy; normandie; brittany; bretagne; provence; alsace; lorraine; burgundy; bourgogne; aquitaine; occitanie; ile de france; corsica; corse = FR
mainz; wurzburg; regensburg; passau; bayreuth; bamberg; augsburg; ulm; tubingen; konstanz; mannheim; saarbrucken; trier; kassel; marburg; giessen; jena; halle; magdeburg; rostock; greifswald; kiel; lubeck; oldenburg; osnabruck; munster; bielefeld; paderborn; siegen; wuppertal = DE
duisburg; essen; dusseldorf; chemnitz; freiberg; cottbus; potsdam; clausthal; hildesheim; luneburg; flensburg; bavaria; bayern; saxony; sachsen; hesse; hessen; baden; wurttemberg; baden wurttemberg; thuringia; brandenburg; westphalia; rhineland; saarland = DE
leoben; klagenfurt; tyrol; tirol; styria = AT
st gallen; lucerne; luzern; lugano; fribourg; neuchatel; zug = CH
the hague; den haag; haarlem; arnhem; breda; zwolle; friesland = NL
namur; mons; hasselt; louvain la neuve; brugge; bruges; flanders; wallonia = BE
perugia; siena; parma; modena; ferrara; verona; brescia; bergamo; udine; ancona; macerata; camerino; urbino; cagliari; sassari; messina; reggio; reggio emilia; salerno; lecce; cosenza; pescara; chieti; aquila; varese; novara = IT
sardinia; sardegna; sicily; sicilia; tuscany; toscana; lombardy; lombardia; piedmont; piemonte; veneto; calabria; puglia; apulia; campania; lazio; emilia; emilia romagna; liguria; umbria; marche; abruzzo = IT
malaga; cadiz; jaen; almeria; huelva; murcia; cartagena; alicante; castellon; tarragona; girona; lleida; pamplona; oviedo; gijon; santander; valladolid; burgos; vigo; la coruna; coruna; caceres; badajoz; toledo; ciudad real; albacete; las palmas; tenerife; la laguna; palma; mallorca; majorca = ES
san sebastian; donostia; vitoria; navarra; navarre; basque country; pais vasco; euskadi; andalusia; andalucia; asturias; aragon; castilla; castile; extremadura; canarias; canary islands; balearic islands; cantabria; la rioja; leon = ES
evora; faro; algarve; covilha; vila real; guimaraes; leiria; madeira; azores; setubal = PT
katowice; bialystok; rzeszow; szczecin; torun; opole; kielce; silesia; pomerania; mazovia = PL
olomouc; plzen; pilsen; liberec; pardubice; ceske budejovice; zlin; bohemia; moravia = CZ
zilina; nitra; presov; trnava = SK
pecs; gyor; veszprem; godollo; sopron = HU
iasi; timisoara; brasov; craiova; constanta; sibiu; oradea; galati; transylvania = RO
plovdiv; varna; ruse = BG
belgrade; beograd; novi sad; nis; kragujevac = RS
zagreb; rijeka; osijek; dubrovnik; dalmatia = HR
ljubljana; maribor; koper = SI
sarajevo; mostar; banja luka; tuzla = BA
podgorica = ME
skopje; bitola = MK
tirana; tirane = AL
patras; ioannina; heraklion; crete; volos; chania; larissa; thrace; peloponnese = GR
nicosia; limassol; famagusta = CY
valletta; msida = MT
bursa; eskisehir; konya; kayseri; trabzon; erzurum; samsun; antalya; adana; mersin; gaziantep; diyarbakir; denizli; edirne; sakarya; kocaeli; izmit; anatolia = TR
yekaterinburg; ekaterinburg; nizhny novgorod; samara; rostov; krasnoyarsk; irkutsk; vladivostok; khabarovsk; tyumen; perm; ufa; chelyabinsk; omsk; voronezh; sochi; murmansk; siberia; tatarstan; kaliningrad; petersburg = RU
lviv; odesa; odessa; dnipro; zaporizhzhia = UA
minsk; gomel; grodno = BY
chisinau = MD
klaipeda = LT
daugavpils; jelgava = LV
odense; aalborg; roskilde; lyngby = DK
linkoping; umea; lulea; orebro; karlstad; vaxjo; malmo; jonkoping = SE
lapland = SE FI
tromso; stavanger; bodo; kristiansand; alesund = NO
turku; jyvaskyla; lappeenranta; kuopio; joensuu; vaasa; rovaniemi = FI
reykjavik; akureyri = IS
kanazawa; okayama; kumamoto; kagoshima; niigata; nagasaki; chiba; kyushu; hokkaido; tohoku; shizuoka; hamamatsu; toyohashi; gifu; nara; tokushima; matsuyama; ehime; yamaguchi; tottori; shimane; toyama; fukui; shinshu; matsumoto; utsunomiya; gunma = JP
ibaraki; saitama; kawasaki; okinawa; hakodate; muroran; nagaoka; aizu; akita; iwate; morioka; yamagata; hirosaki; aomori; kitakyushu; oita; miyazaki; wakayama; kansai; kanto; honshu; shikoku = JP
kochi = JP IN
saga = JP
jeonju; cheongju; chuncheon; changwon; jinju; gyeongju; cheonan; gangneung; jeju; andong; gyeonggi; gangwon = KR
guilin; nanning; haikou; urumqi; hohhot; yinchuan; xining; lhasa; guiyang; shijiazhuang; baoding; tangshan; qinhuangdao; yantai; weihai; zibo; wuxi; changzhou; yangzhou; zhenjiang; nantong; xuzhou; shantou; zhuhai; dongguan; foshan = CN
jiangsu; zhejiang; guangdong; sichuan; hubei; hunan; shandong; yunnan; fujian; anhui; jiangxi; henan; hebei; shanxi; shaanxi; liaoning; jilin; heilongjiang; gansu; guangxi; hainan; tibet; xinjiang; inner mongolia; manchuria = CN
chiayi; hualien; keelung; changhua; yunlin; pingtung; yilan = TW
shatin; hung hom; pok fu lam = HK
taipa = MO
vinh; thai nguyen; quy nhon; nha trang; da lat; dalat; buon ma thuot = VN
nakhon pathom; salaya; rangsit; chonburi; bangsaen; mahasarakham; maha sarakham; chiang rai; nakhon si thammarat; surat thani; pattani; ayutthaya = TH
ipoh; kota kinabalu; kuching; kuantan; melaka; malacca; shah alam; bangi; nilai; perak; kedah; kelantan; terengganu; pahang; perlis; negeri sembilan; labuan = MY
palembang; padang; pekanbaru; banda aceh; aceh; pontianak; banjarmasin; samarinda; balikpapan; manado; kupang; mataram; ambon; jayapura; solo; surakarta; purwokerto; jember; java; jawa; sumatra; sumatera; kalimantan; sulawesi; celebes; lombok; maluku = ID
borneo = MY ID BN
papua = ID PG
baguio; cagayan de oro; zamboanga; bacolod; tacloban; dumaguete; luzon; mindanao; visayas = PH
siem reap; battambang = KH
luang prabang = LA
naypyidaw; mawlamyine = MM
trivandrum; thiruvananthapuram; cochin; coimbatore; madurai; mysore; mangalore; surathkal; warangal; visakhapatnam; vijayawada; tirupati; nagpur; indore; raipur; patna; ranchi; bhubaneswar; rourkela; dhanbad; allahabad; prayagraj; lucknow; agra; aligarh; jodhpur; udaipur; chandigarh; amritsar = IN
ludhiana; jammu; srinagar; shillong; gandhinagar; surat; vadodara; baroda; goa; kerala; karnataka; tamil nadu; andhra pradesh; telangana; maharashtra; gujarat; rajasthan; bengal; west bengal; bihar; odisha; orissa; assam; uttar pradesh; madhya pradesh; himachal; uttarakhand; haryana; jharkhand = IN
punjab; kashmir = IN PK
rawalpindi; peshawar; quetta; faisalabad; multan; sindh; balochistan = PK
chittagong; chattogram; sylhet; rajshahi; khulna = BD
kandy; peradeniya; moratuwa; galle; jaffna = LK
pokhara; lalitpur; patan; bhaktapur; dharan = NP
thimphu = BT
darkhan; erdenet = MN
bishkek = KG
dushanbe = TJ
ashgabat = TM
samarkand; bukhara = UZ
karaganda; shymkent = KZ
mashhad; tabriz; qom; kerman; ahvaz; rasht; karaj = IR
baghdad; basra; mosul; erbil; sulaymaniyah = IQ
kurdistan = IQ IR TR
damascus; aleppo; homs; latakia = SY
irbid; zarqa = JO
beersheba; rehovot; nazareth = IL
ramallah; gaza; bethlehem; nablus; hebron = PS
manama = BH
muscat = OM
sanaa; aden = YE
mecca; makkah; medina; madinah; abha; taif; dammam = SA
al ain; ras al khaimah = AE
mansoura; assiut; tanta; zagazig; aswan; luxor; port said; suez; ismailia = EG
khartoum; omdurman = SD
juba = SS
benghazi = LY
tripoli = LY LB
sfax; sousse; monastir = TN
oran; constantine; annaba; tlemcen = DZ
tangier; tetouan; agadir; oujda; meknes; kenitra = MA
nouakchott = MR
bamako = ML
ouagadougou = BF
niamey = NE
abidjan; yamoussoukro = CI
conakry = GN
freetown = SL
monrovia = LR
banjul = GM
bissau = GW
praia = CV
lome = TG
cotonou; porto novo = BJ
kano; kaduna; enugu; port harcourt; benin city; ilorin; ife; ile ife; akure; owerri; calabar; jos; maiduguri; sokoto = NG
yaounde; douala; buea; dschang = CM
libreville = GA
brazzaville = CG
kinshasa; lubumbashi; goma; bukavu = CD
bangui = CF
ndjamena = TD
luanda = AO
windhoek = NA
gaborone = BW
harare; bulawayo = ZW
lusaka = ZM
lilongwe; blantyre; zomba = MW
maputo = MZ
antananarivo = MG
port louis = MU
moshi; arusha; dodoma; mwanza; morogoro; zanzibar = TZ
mombasa; kisumu; eldoret; nakuru = KE
gondar; bahir dar; mekelle; jimma; hawassa = ET
asmara = ER
mogadishu; hargeisa = SO
butare; huye = RW
bujumbura = BI
entebbe; mbarara; gulu = UG
port elizabeth; gqeberha; bloemfontein; potchefstroom; grahamstown; makhanda; east london; pietermaritzburg; polokwane; soweto = ZA
maseru = LS
mbabane = SZ
darwin; townsville; cairns; wollongong; geelong; gold coast; sunshine coast; toowoomba; armidale; lismore; bathurst; wagga wagga; ballarat; bendigo; launceston = AU
tasmania; queensland; new south wales; south australia; western australia; northern territory; clayton = AU
palmerston north; waikato; otago; nelson = NZ
suva = FJ
port moresby; lae = PG
apia = WS
nuku alofa = TO
noumea = NC
papeete = PF
honiara = SB
port vila = VU
salvador; fortaleza; manaus; belem; natal; vitoria; goiania; santos; londrina; vicosa; lavras; pelotas; santa maria; bahia; minas gerais; rio grande do sul; pernambuco; sao carlos; niteroi = BR
parana = BR AR
queretaro; toluca; morelia; tijuana; veracruz; oaxaca; chihuahua; hermosillo; cuernavaca; jalisco; yucatan; saltillo = MX
merida = MX VE ES
concepcion = CL PY
temuco; valdivia; antofagasta = CL
mendoza; tucuman; bahia blanca; mar del plata; patagonia = AR CL
cali; barranquilla; bucaramanga; manizales = CO
arequipa; cusco; cuzco; trujillo = PE
quito; guayaquil; cuenca = EC
caracas; maracaibo = VE
montevideo = UY
asuncion = PY
la paz; sucre; cochabamba = BO
havana; la habana = CU
santo domingo = DO
san juan; mayaguez = PR
`

// eponyms are names of universities that are no place, with the
// country they are in: counter-evidence like the places ("Mahidol" is
// not Maldives), never evidence of a partner's country, since that
// would make a table of known institutions.
const eponyms = `
notre dame; harvard; yale; cornell; purdue; rutgers; tufts; emory; vanderbilt; caltech; duke; brown = US
sorbonne = FR
keio; waseda; hitotsubashi = JP
kaist; postech; yonsei; sogang; hanyang = KR
tsinghua; fudan = CN
chulalongkorn; mahidol; kasetsart; thammasat = TH
gadjah mada; airlangga; diponegoro; brawijaya; padjadjaran; hasanuddin = ID
ateneo = PH
makerere = UG
monash; macquarie; la trobe; deakin; griffith; curtin; flinders; murdoch = AU
massey = NZ
`

// givenNames are common given names: a label that is one of them, or
// nearer one than a country, is a person, not a country.
const givenNames = `
adrian; adriana; alan; albert; alberto; alejandro; alessandro; alex; alexander; alexandra; alice; alicia; amanda; amelia; ana; andrea; andreas; andrew; angela; anna; anne; anthony; antonio; arthur
barbara; benjamin; bernard; brian; carl; carla; carlos; carmen; caroline; catherine; charles; chris; christian; christina; christine; christopher; claire; clara; claudia; daniel; daniela; david; diana; diego
dominic; dominik; edward; elena; elizabeth; emily; emma; eric; erik; eva; felix; fernando; frances; francesca; francesco; francis; francisco; franco; frank; franz; frederick; gabriel
george; georg; gerard; giovanni; giulia; giuseppe; grace; hannah; hans; helen; henry; hugo; irene; irena; irina; iris; isabel; isabella; ivan; jack; jacob; james; jane; javier; jean; jennifer
jessica; joan; joao; johann; john; jonathan; jorge; jose; joseph; juan; julia; julian; juliana; karen; karl; kate; katherine; laura; lena; linda; lisa; lorenzo; louis; louise; luca; lucas; lucia; luis; luke
malia; malika; manuel; marco; margaret; maria; mariana; marie; marina; mario; mark; martin; mary; matteo; matthew; michael; michel; michelle; miguel; monica; nadia; natalia; nathan; nicholas; nicola; nicole; nina
olga; oliver; olivia; oscar; pablo; patricia; patrick; paul; paula; pedro; peter; philip; philippe; pierre; rachel; rafael; ramon; raymond; rebecca; richard; robert; roberto; roger; roman; rosa; ruth
samuel; sandra; sara; sarah; sebastian; sergio; simon; sofia; sophia; sophie; stefan; stephen; steven; susan; teresa; thomas; tiago; victor; vincent; walter; william
pieter; jens; lars; sven; nils; anders; olaf; mikko; juha; piotr; pawel; tomasz; katarzyna; agnieszka; jiri; petr; istvan; laszlo; dimitri; dmitry; sergei; vladimir; natasha; tatiana; svetlana
hiroshi; takeshi; kenji; akira; haruka; yuko; kenta; yuki; somchai; siti; muhammad; mohammed; ahmed; fatima; aisha; omar; hassan; hussein; ibrahim; yusuf; mustafa; mehmet; ayse
rahul; priya; anil; sunil; amit; arjun; sanjay; vijay; deepak; lakshmi; indira; ravi; kiran; chidi; kwame; kofi; amara; chiara
`

// A placeInfo says where a place is: the codes of its countries, space
// separated, "" for a continent, a region of the world or a given name.
type placeInfo struct {
	codes string
	// country is set when the place's key is also a country's name or
	// alias ("georgia"): it is then no counter-evidence.
	country bool
}

// in reports whether the place is in the country of code.
func (p placeInfo) in(code string) bool {
	for c := range strings.FieldsSeq(p.codes) {
		if c == code {
			return true
		}
	}
	return false
}

// against reports whether the place stands against reading it as the
// country of code.
func (p placeInfo) against(code string) bool {
	return !p.country && !p.in(code)
}

// A placeName is a place the edit distance compares labels with.
type placeName struct {
	info placeInfo
	skel string // the OCR skeleton of its compact key
	bag  letters
}

// readTable reads a table of lines "name; name = CC CC", calling set for
// each name with the codes after "=" (empty for none).
func readTable(table string, set func(name, codes string)) {
	for _, line := range strings.Split(table, "\n") {
		list, codes, _ := strings.Cut(line, "=")
		for name := range strings.SplitSeq(list, ";") {
			if name = strings.TrimSpace(name); name != "" {
				set(name, strings.TrimSpace(codes))
			}
		}
	}
}

// placeTables reads the tables of places, calling set for each name.
func placeTables(set func(name, codes string)) {
	readTable(worldRegions, set)
	readTable(places, set)
	readTable(eponyms, set)
	readTable(givenNames, set)
	// The cities of the mentions index, without their weights.
	for _, line := range strings.Split(cities, "\n") {
		list, codes, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		var cs []string
		for f := range strings.FieldsSeq(codes) {
			c, _, _ := strings.Cut(f, ":")
			cs = append(cs, c)
		}
		for name := range strings.SplitSeq(list, ";") {
			if name = strings.TrimSpace(name); name != "" {
				set(name, strings.Join(cs, " "))
			}
		}
	}
}

// placeSet is the counter-evidence as the index holds it.
type placeSet struct {
	exact   map[string]placeInfo // key -> where it is
	world   map[string]bool      // keys of the parts of the world (worldRegions)
	compact map[string]placeInfo // compact key -> where
	skel    map[string]placeInfo // OCR skeleton of the compact key -> where
	// fuzzy holds the places by length of skel, then by its first
	// letter (first) and by its second (second, for labels whose
	// capital came apart).
	fuzzy [][2][27]placeBucket
}

// A placeBucket holds places and, apart, their masks and skeletons: the
// edit distance scans those first. The places of a bucket by second
// letter are sorted by their third, which starts at thirds[slot].
type placeBucket struct {
	masks  []uint64 // see countMask
	heads  []uint32 // the first four letters of skels, see head
	skels  []string
	names  []placeName
	thirds [28]uint16
}

// countMask returns the set of letters b holds once or more in its low
// 32 bits, twice or more in its high 32 bits: the bits one bag has and
// another lacks are a lower bound of their bagDistance.
func (b *letters) countMask() uint64 {
	var m uint64
	for i, n := range b {
		if n > 0 {
			m |= 1 << i
		}
		if n > 1 {
			m |= 1 << (32 + i)
		}
	}
	return m
}

// countMaskDistance is a lower bound of bagDistance from countMasks.
func countMaskDistance(a, b uint64) int {
	return max(bits.OnesCount64(a&^b), bits.OnesCount64(b&^a))
}

// head packs the first four letters of a skeleton: names that share a
// prefix of four letters or more share their heads.
func head(sk string) uint32 {
	var h uint32
	for i := 0; i < 4 && i < len(sk); i++ {
		h |= uint32(sk[i]) << (8 * i)
	}
	return h
}

// letterSlot is the slot of a skeleton's letter in placeSet.fuzzy.
func letterSlot(c byte) int {
	if c >= 'a' && c <= 'z' {
		return int(c - 'a')
	}
	return 26
}

// buildPlaces indexes the places; primary holds the keys of the
// countries' own names and aliases.
func buildPlaces(primary map[string]string) placeSet {
	ps := placeSet{
		exact:   make(map[string]placeInfo),
		compact: make(map[string]placeInfo),
		skel:    make(map[string]placeInfo),
		fuzzy:   make([][2][27]placeBucket, maxFuzzyLen+8),
	}
	merge := func(m map[string]placeInfo, k string, p placeInfo) {
		if old, ok := m[k]; ok {
			p.country = p.country || old.country
			for c := range strings.FieldsSeq(old.codes) {
				if !p.in(c) {
					p.codes = strings.TrimSpace(p.codes + " " + c)
				}
			}
		}
		m[k] = p
	}
	placeTables(func(name, codes string) {
		k, _ := foldKey(name)
		if k == "" {
			return
		}
		_, country := primary[k]
		merge(ps.exact, k, placeInfo{codes: codes, country: country})
	})
	ps.world = make(map[string]bool)
	readTable(worldRegions, func(name, _ string) {
		if k, _ := foldKey(name); k != "" {
			ps.world[k] = true
		}
	})
	for k, p := range ps.exact {
		if !isLatinKey(k) || p.country {
			continue
		}
		merge(ps.compact, compact(k), p)
		merge(ps.skel, ocrSkeleton(compact(k)), p)
	}
	sks := make([]string, 0, len(ps.skel))
	for sk := range ps.skel {
		if len(sk) >= 3 && len(sk) < len(ps.fuzzy) {
			sks = append(sks, sk)
		}
	}
	// By third letter, then skeleton: the same index from run to run,
	// and the buckets by second letter in runs of one third letter.
	sort.Slice(sks, func(i, j int) bool {
		if a, b := letterSlot(sks[i][2]), letterSlot(sks[j][2]); a != b {
			return a < b
		}
		return sks[i] < sks[j]
	})
	for _, sk := range sks {
		pn := placeName{info: ps.skel[sk], skel: sk, bag: bagOf(sk)}
		for by, slot := range [2]int{letterSlot(sk[0]), letterSlot(sk[1])} {
			b := &ps.fuzzy[len(sk)][by][slot]
			b.masks = append(b.masks, pn.bag.countMask())
			b.heads = append(b.heads, head(sk))
			b.skels = append(b.skels, pn.skel)
			b.names = append(b.names, pn)
		}
	}
	for l := range ps.fuzzy {
		for slot := range ps.fuzzy[l][1] {
			b := &ps.fuzzy[l][1][slot]
			t := 0
			for i := range b.thirds {
				for t < len(b.skels) && letterSlot(b.skels[t][2]) < i {
					t++
				}
				b.thirds[i] = uint16(t)
			}
		}
	}
	return ps
}

// blocks reports whether key is exactly a place that stands against any
// country: a label that is one is not repaired into a country.
func (ps *placeSet) blocks(key string) bool {
	p, ok := ps.exact[key]
	return ok && !p.country
}

// sameAs reports whether the OCR skeleton sk of a compact label is that
// of a place which stands against the country of code.
func (ps *placeSet) sameAs(sk, code string) bool {
	p, ok := ps.skel[sk]
	return ok && p.against(code)
}

// spacedAs reports whether a compact label c is a place, spaced another
// way, which stands against the country of code.
func (ps *placeSet) spacedAs(c, code string) bool {
	p, ok := ps.compact[c]
	return ok && p.against(code)
}

// near reports whether a place that stands against the country of code
// is at least as near the OCR skeleton sk of a label (whose letters are
// bag) as the country's name, d edits away. When the country
// was found by its prefix (prefix > 0 letters shared, see
// index.nearest), a place is as near when it is within the edit limit
// of its length, or shares as long a prefix and is within d edits. As in
// index.nearest, a place with another first letter is another word;
// unless the label's capital came apart (splitCapital), and then its
// second and third letters must be the label's.
func (ps *placeSet) near(sk string, bag *letters, d, prefix int, code string, splitCapital bool) bool {
	n := len(sk)
	mask := bag.countMask()
	if n < 2 {
		return false
	}
	by, slot := 0, letterSlot(sk[0])
	if splitCapital {
		if n < 3 {
			return false
		}
		by, slot = 1, letterSlot(sk[1])
	}
	h := head(sk)
	for l := max(3, n-d); l <= n+d && l < len(ps.fuzzy); l++ {
		b := &ps.fuzzy[l][by][slot]
		base := d
		if prefix > 0 {
			base = min(d, editLimit(l))
		}
		if prefix == 0 || base == d {
			// One limit for the whole bucket: scan the masks alone.
			if abs(n-l) > base {
				continue
			}
			lo, hi := 0, len(b.masks)
			if splitCapital {
				t := letterSlot(sk[2])
				lo, hi = int(b.thirds[t]), int(b.thirds[t+1])
			}
			for j := lo; j < hi; j++ {
				if countMaskDistance(mask, b.masks[j]) <= base && ps.within(sk, bag, &b.names[j], base, code) {
					return true
				}
			}
			continue
		}
		for j, m := range b.masks {
			lim := base
			if b.heads[j] == h && commonPrefix(sk, b.skels[j]) >= prefix {
				lim = d
			}
			if abs(n-l) <= lim && countMaskDistance(mask, m) <= lim && ps.within(sk, bag, &b.names[j], lim, code) {
				return true
			}
		}
	}
	return false
}

// within reports whether place p is within lim edits of sk and stands
// against the country of code.
func (ps *placeSet) within(sk string, bag *letters, p *placeName, lim int, code string) bool {
	if bagDistance(bag, &p.bag) > lim {
		return false
	}
	if lim == 0 && sk != p.skel || lim > 0 && editdist.Distance(sk, p.skel, lim) > lim {
		return false
	}
	return p.info.against(code)
}
