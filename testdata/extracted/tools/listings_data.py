# -*- coding: utf-8 -*-
"""Hand-made data for the fixture listings: real institutions in their real countries.

Each listing is a block of text:
  '@CC Label'      starts a group (ISO 3166-1 alpha-2 code, label as printed in the listing)
  'a | b | c'      one agreement: the fields listed in the listing's 'fields' (partner first)
Dates are not written here: build_listings.py draws them from a seeded generator (or takes the
'pin' overrides) so that every printed date comes from one ISO date, and the truth is exact."""

LISTINGS = {}

# 1. The seed's shape: four columns, short English labels, label on the middle row, long names
#    with faculties in parentheses, quotas, sorted by country then partner.
LISTINGS['eng-seed-style'] = dict(
    title='Academic Exchange Agreements (Graduate School of Science and Technology)',
    header=['Country/Area', 'Partner University/School/Institute', 'Effective Since', 'Quota'],
    fields=['partner', 'quota'],
    label_pos='middle', order='alpha', date_fmt='ymd_slash',
    page_break_after=27,   # the .tsv repeats title and header here, as pdfplumber output does
    data='''
@AU Australia
The University of Queensland (School of Chemical Engineering) | 3
University of New South Wales (School of Materials Science and Engineering) | ST10,LT
@AT Austria
Graz University of Technology (Faculty of Mechanical Engineering and Economic Sciences) | 2
TU Wien (Faculty of Technical Chemistry) | 5
@CA Canada
McGill University (Faculty of Engineering) | 2
University of British Columbia (Faculty of Applied Science) | ×
University of Waterloo (Faculty of Engineering) | 3
@CZ Czech
Brno University of Technology (Faculty of Chemistry) | 5
Czech Technical University in Prague (Faculty of Mechanical Engineering) | 3
@FI Finland
Aalto University (School of Chemical Engineering) | 5
Tampere University (Faculty of Engineering and Natural Sciences) | 2
@FR France
École Centrale de Lyon | 3
Institut National des Sciences Appliquées de Lyon | 5
Université de Strasbourg (Faculty of Chemistry) | ST5,LT2
Université Grenoble Alpes (Grenoble INP - Phelma) | 2
@DE Germany
Karlsruhe Institute of Technology (Department of Chemical and Process Engineering) | 5
RWTH Aachen University (Faculty of Mechanical Engineering) | 6
Technical University of Munich (TUM School of Engineering and Design) | 5
University of Stuttgart (Faculty of Energy-, Process- and Bio-Engineering) | ×
@IN India
Indian Institute of Science (Department of Materials Engineering) | 5
Indian Institute of Technology Bombay | 5
Indian Institute of Technology Madras (Department of Chemical Engineering) | 2
@ID Indonesia
Institut Teknologi Bandung (Faculty of Industrial Technology) | ST10,LT
Universitas Gadjah Mada (Faculty of Engineering) | 5
Universitas Indonesia | 3
@IT Italy
Politecnico di Milano (Department of Chemistry, Materials and Chemical Engineering "Giulio Natta") | 2
Politecnico di Torino | 5
University of Padova (Department of Industrial Engineering) | ×
@KR Korea
Korea Advanced Institute of Science and Technology | ST5,LT
Korea University (College of Engineering) | 5
Pohang University of Science and Technology (Department of Materials Science and Engineering) | 2
Seoul National University (College of Engineering) | 3
@NL Netherlands
Delft University of Technology (Faculty of Applied Sciences) | 2
Eindhoven University of Technology (Department of Chemical Engineering and Chemistry) | 5
University of Twente | ×
@SE Sweden
Chalmers University of Technology | 3
KTH Royal Institute of Technology (School of Engineering Sciences in Chemistry, Biotechnology and Health) | 2
Lund University (Faculty of Engineering, LTH) | 5
@TH Thailand
Chulalongkorn University (Faculty of Engineering) | ST10,LT
King Mongkut's University of Technology Thonburi | 5
Mahidol University (Faculty of Science) | 3
@US USA
Georgia Institute of Technology (College of Engineering) | 2
Purdue University (School of Materials Engineering) | ×
University of California, Davis (College of Engineering) | 5
University of Illinois Urbana-Champaign (The Grainger College of Engineering) | 3
''')

# 2. Long official country names in a narrow country column.
LISTINGS['narrow-country'] = dict(
    title='List of Partner Institutions for Student Exchange',
    header=['Country / Region', 'Partner Institution', 'Date of Agreement', 'Students'],
    fields=['partner', 'quota'],
    label_pos='middle', order='alpha', date_fmt='ymd_slash',
    data='''
@CZ Czech Republic
Charles University | 2
Masaryk University | 2
Palacký University Olomouc | 1
@CD Democratic Republic of the Congo
University of Kinshasa | 2
University of Lubumbashi | 1
@HK Hong Kong
The Chinese University of Hong Kong | 3
The Hong Kong Polytechnic University | 2
The University of Hong Kong | 2
@LA Lao PDR
National University of Laos | 3
Souphanouvong University | 1
@NZ New Zealand
University of Canterbury | 2
University of Otago | 2
Victoria University of Wellington | 2
@CN People's Republic of China
Fudan University | 2
Nanjing University | 2
Shanghai Jiao Tong University | 3
Tsinghua University | 2
@KR Republic of Korea
Kyungpook National University | 2
Pusan National University | 3
Sungkyunkwan University | 2
Yonsei University | 2
@RU Russian Federation
Far Eastern Federal University | 2
Novosibirsk State University | 2
Saint Petersburg State University | 2
@ZA South Africa
Stellenbosch University | 1
University of Cape Town | 2
University of Pretoria | 1
@TW Taiwan
National Cheng Kung University | 2
National Taiwan University | 3
National Tsing Hua University | 2
@GB United Kingdom
Cardiff University | 2
The University of Edinburgh | 1
The University of Sheffield | 2
University of Leeds | 2
@US United States of America
Arizona State University | 2
Portland State University | 3
University of Hawaii at Manoa | 2
University of Washington | 1
@VN Viet Nam
Can Tho University | 3
Hanoi University of Science and Technology | 2
Vietnam National University, Hanoi | 2
Vietnam National University, Ho Chi Minh City | 2
''')

# 3. Running number first, country on the first row of its group, level, validity, ISO dates.
LISTINGS['numbered-first'] = dict(
    title=None,
    header=['No.', 'Country', 'Partner Institution', 'Level', 'Effective Date', 'Valid Until'],
    fields=['partner', 'level'],
    label_pos='first', order='alpha', date_fmt='iso', valid_until=True,
    data='''
@BE Belgium
Ghent University | University-wide
KU Leuven | Faculty-level
@BR Brazil
Universidade de São Paulo | University-wide
Universidade Estadual de Campinas | Faculty-level
@CL Chile
Pontificia Universidad Católica de Chile | University-wide
Universidad de Chile | University-wide
Universidad de Concepción | Faculty-level
@CO Colombia
Universidad de los Andes | University-wide
Universidad Nacional de Colombia | Faculty-level
@EG Egypt
Cairo University | Faculty-level
Egypt-Japan University of Science and Technology | University-wide
@GH Ghana
Kwame Nkrumah University of Science and Technology | University-wide
University of Ghana | University-wide
@GR Greece
Aristotle University of Thessaloniki | Faculty-level
National Technical University of Athens | Faculty-level
@IE Ireland
Trinity College Dublin | University-wide
University College Dublin | University-wide
@IL Israel
Technion - Israel Institute of Technology | Faculty-level
Tel Aviv University | University-wide
@KE Kenya
Jomo Kenyatta University of Agriculture and Technology | University-wide
University of Nairobi | Faculty-level
@MX Mexico
Instituto Politécnico Nacional | Faculty-level
Tecnológico de Monterrey | University-wide
Universidad Nacional Autónoma de México | University-wide
@NG Nigeria
University of Ibadan | University-wide
University of Lagos | Faculty-level
@NO Norway
Norwegian University of Science and Technology | University-wide
University of Bergen | Faculty-level
@PE Peru
Pontificia Universidad Católica del Perú | University-wide
Universidad Nacional de Ingeniería | Faculty-level
@PT Portugal
Universidade de Coimbra | University-wide
Universidade do Porto | Faculty-level
Universidade NOVA de Lisboa | University-wide
@CH Switzerland
École Polytechnique Fédérale de Lausanne | Faculty-level
ETH Zurich | Faculty-level
University of Basel | University-wide
''')

# 4. Country column last, city, agreement type, expiry date, dotted dates, aliases as labels,
#    partners sorted by date inside each group.
LISTINGS['country-last'] = dict(
    title='International Academic Agreements',
    header=['Partner Institution', 'City', 'Agreement Type', 'Signed', 'Expiry Date', 'Country'],
    fields=['partner', 'city', 'type'],
    label_pos='middle', order='date', date_fmt='ymd_dot', valid_until=True, country_col=5,
    data='''
@KH Cambodia
Royal University of Phnom Penh | Phnom Penh | MOU
Institute of Technology of Cambodia | Phnom Penh | MOU / Student Exchange
@KZ Kazakhstan
Al-Farabi Kazakh National University | Almaty | MOU / Student Exchange
Nazarbayev University | Astana | Student Exchange
@KR Korea, Republic of
Chonnam National University | Gwangju | MOU / Student Exchange
Ewha Womans University | Seoul | Student Exchange
Kyung Hee University | Seoul | Student Exchange
Ulsan National Institute of Science and Technology | Ulsan | MOU
@MN Mongolia
National University of Mongolia | Ulaanbaatar | MOU / Student Exchange
Mongolian University of Science and Technology | Ulaanbaatar | MOU
@MM Myanmar
University of Yangon | Yangon | MOU
Yangon Technological University | Yangon | MOU / Student Exchange
@RU Russian Federation
Bauman Moscow State Technical University | Moscow | MOU
Tomsk Polytechnic University | Tomsk | MOU / Student Exchange
Ural Federal University | Yekaterinburg | Student Exchange
@TR Türkiye
Boğaziçi University | Istanbul | Student Exchange
Middle East Technical University | Ankara | MOU / Student Exchange
Istanbul Technical University | Istanbul | MOU
@GB U.K.
University of Glasgow | Glasgow | Student Exchange
University of Nottingham | Nottingham | MOU / Student Exchange
Lancaster University | Lancaster | Student Exchange
Newcastle University | Newcastle upon Tyne | MOU
@US U.S.A.
University of Minnesota | Minneapolis | MOU / Student Exchange
Texas A&M University | College Station | MOU
The Ohio State University | Columbus | Student Exchange
University of Pittsburgh | Pittsburgh | Student Exchange
@UZ Uzbekistan
National University of Uzbekistan | Tashkent | MOU
Tashkent State Technical University | Tashkent | MOU / Student Exchange
@VN Viet Nam
Hue University | Hue | MOU / Student Exchange
Foreign Trade University | Hanoi | Student Exchange
National Economics University | Hanoi | MOU
''')

# 5. Number, web address, remarks; groups and partners in no particular order.
LISTINGS['web-remarks'] = dict(
    title='Partner Universities - Asia, Middle East and Africa',
    header=['No.', 'Country', 'University', 'Website', 'Remarks', 'Effective'],
    fields=['partner', 'web', 'remarks'],
    label_pos='middle', order='none', date_fmt='ymd_slash',
    data='''
@SG Singapore
National University of Singapore | https://www.nus.edu.sg | Tuition waiver, 2 students
Nanyang Technological University | https://www.ntu.edu.sg | Graduate students only
Singapore University of Technology and Design | https://www.sutd.edu.sg | -
@PH Philippines
University of the Philippines Los Baños | https://uplb.edu.ph | Renewed 2022/04/01
Ateneo de Manila University | https://www.ateneo.edu | -
De La Salle University | https://www.dlsu.edu.ph | Tuition waiver
@BD Bangladesh
University of Dhaka | https://www.du.ac.bd | MOU only
Bangladesh University of Engineering and Technology | https://www.buet.ac.bd | Double degree (Master's)
@LK Sri Lanka
University of Peradeniya | https://www.pdn.ac.lk | -
University of Moratuwa | https://uom.lk | Graduate students only
@NP Nepal
Tribhuvan University | https://tu.edu.np | MOU only
Kathmandu University | https://ku.edu.np | -
@BN Brunei Darussalam
Universiti Brunei Darussalam | https://ubd.edu.bn | Tuition waiver, 1 student
@FJ Fiji
The University of the South Pacific | https://www.usp.ac.fj | -
@PK Pakistan
National University of Sciences and Technology | https://nust.edu.pk | Suspended 2020-2022
Lahore University of Management Sciences | https://lums.edu.pk | -
@SA Saudi Arabia
King Abdullah University of Science and Technology | https://www.kaust.edu.sa | Research internships
King Fahd University of Petroleum and Minerals | https://www.kfupm.edu.sa | -
@AE United Arab Emirates
Khalifa University | https://www.ku.ac.ae | Graduate students only
United Arab Emirates University | https://www.uaeu.ac.ae | -
@TZ Tanzania
University of Dar es Salaam | https://www.udsm.ac.tz | MOU only
Sokoine University of Agriculture | https://www.sua.ac.tz | Joint research
@ET Ethiopia
Addis Ababa University | https://www.aau.edu.et | -
@MO Macao
University of Macau | https://www.um.edu.mo | Tuition waiver
@MA Morocco
Al Akhawayn University in Ifrane | https://www.aui.ma | Renewed 2023/09/15
''')

# 6. Japanese headers, Japanese names, Japanese-era dates (wrapping in a narrow column),
#    groups by region, partners by date.
LISTINGS['japanese-full'] = dict(
    title='大学間交流協定締結校一覧',
    header=['国・地域名', '相手機関名', '所在地', '締結母体', '締結年月日', '協定内容'],
    fields=['partner', 'city', 'body', 'content'],
    label_pos='middle', order='date', date_fmt='wareki', lang='ja',
    pin={('KR', 0): '1983-04-01', ('CN', 1): '2013-07-22', ('TW', 2): '2019-06-12',
         ('US', 0): '1989-03-15'},
    data='''
@CN 中国
清華大学 | 北京 | 全学 | 学術交流・学生交流
浙江大学 | 杭州 | 全学 | 学術交流・学生交流
上海交通大学 | 上海 | 工学研究科 | 学生交流
南京大学 | 南京 | 理学研究科 | 学術交流
@KR 大韓民国
ソウル大学校 | ソウル | 全学 | 学術交流・学生交流
釜山大学校 | 釜山 | 全学 | 学生交流
慶北大学校 | 大邱 | 農学部 | 学術交流
浦項工科大学校 | 浦項 | 工学研究科 | 学術交流・学生交流
@TW 台湾
国立台湾大学 | 台北 | 全学 | 学術交流・学生交流
国立成功大学 | 台南 | 工学研究科 | 学生交流
国立清華大学 | 新竹 | 理学研究科 | 学術交流・学生交流
@TH タイ
チュラロンコン大学 | バンコク | 全学 | 学術交流・学生交流
チェンマイ大学 | チェンマイ | 農学部 | 学術交流
@VN ベトナム
ハノイ工科大学 | ハノイ | 工学研究科 | 学術交流・学生交流
ベトナム国家大学ホーチミン市校 | ホーチミン | 全学 | 学術交流
@ID インドネシア
バンドン工科大学 | バンドン | 工学研究科 | 学術交流・学生交流
ガジャマダ大学 | ジョグジャカルタ | 農学部 | 学術交流
@LA ラオス
ラオス国立大学 | ビエンチャン | 全学 | 学術交流
@MN モンゴル
モンゴル国立大学 | ウランバートル | 全学 | 学術交流・学生交流
@AU オーストラリア
クイーンズランド大学 | ブリスベン | 全学 | 学生交流
@NZ ニュージーランド
オークランド大学 | オークランド | 全学 | 学術交流・学生交流
@US アメリカ合衆国
ハワイ大学マノア校 | ホノルル | 全学 | 学術交流・学生交流
ワシントン大学 | シアトル | 全学 | 学生交流
パデュー大学 | ウェストラファイエット | 工学研究科 | 学術交流
カリフォルニア大学デービス校 | デービス | 農学部 | 学術交流・学生交流
@CA カナダ
ブリティッシュ・コロンビア大学 | バンクーバー | 全学 | 学生交流
アルバータ大学 | エドモントン | 理学研究科 | 学術交流
@GB 英国
シェフィールド大学 | シェフィールド | 全学 | 学生交流
@DE ドイツ
アーヘン工科大学 | アーヘン | 工学研究科 | 学術交流・学生交流
ミュンヘン工科大学 | ミュンヘン | 全学 | 学生交流
@FR フランス
ストラスブール大学 | ストラスブール | 全学 | 学術交流・学生交流
グルノーブル・アルプ大学 | グルノーブル | 理学研究科 | 学術交流
@SE スウェーデン
チャルマース工科大学 | ヨーテボリ | 工学研究科 | 学生交流
@CZ チェコ
チェコ工科大学 | プラハ | 工学研究科 | 学術交流
@RU ロシア連邦
ノボシビルスク国立大学 | ノボシビルスク | 理学研究科 | 学術交流
極東連邦大学 | ウラジオストク | 全学 | 学術交流・学生交流
@KE ケニア
ジョモ・ケニヤッタ農工大学 | ジュジャ | 農学部 | 学術交流
@ZA 南アフリカ共和国
ケープタウン大学 | ケープタウン | 全学 | 学生交流
''')

# 7. Japanese/English bilingual cells; dates like 2017/6/28; sorted by the English names.
LISTINGS['japanese-bilingual'] = dict(
    title='海外協定校一覧 List of Partner Universities',
    header=['国・地域', '協定校', '締結日', '派遣人数'],
    fields=['partner', 'quota'],
    label_pos='middle', order='alpha-en', date_fmt='ymd_slash_nopad', lang='ja',
    data='''
@AT オーストリア Austria
グラーツ工科大学 Technische Universität Graz | 2名
ウィーン工科大学 Technische Universität Wien | 2名
ウィーン大学 Universität Wien | 若干名
@BE ベルギー Belgium
ゲント大学 Ghent University | 2名
ルーヴェン・カトリック大学 KU Leuven | 1名
@BR ブラジル Brazil
サンパウロ大学 Universidade de São Paulo | 若干名
@CA カナダ Canada
マギル大学 McGill University | 1名
@CN 中国 China
復旦大学 Fudan University | 3名
北京大学 Peking University | 2名
@FI フィンランド Finland
アールト大学 Aalto University | 2名
@FR フランス France
ソルボンヌ大学 Sorbonne Université | 1名
@DE ドイツ Germany
ベルリン自由大学 Freie Universität Berlin | 2名
ミュンヘン大学 Ludwig-Maximilians-Universität München | 若干名
@HK 香港 Hong Kong
香港中文大学 The Chinese University of Hong Kong | 3名
香港科技大学 The Hong Kong University of Science and Technology | 2名
@IT イタリア Italy
パドヴァ大学 Università degli Studi di Padova | 2名
@KR 大韓民国 Korea
高麗大学校 Korea University | 3名
延世大学校 Yonsei University | 3名
@MX メキシコ Mexico
メキシコ国立自治大学 Universidad Nacional Autónoma de México | 2名
@NL オランダ Netherlands
ライデン大学 Leiden University | 2名
ワーヘニンゲン大学 Wageningen University & Research | 1名
@SG シンガポール Singapore
南洋理工大学 Nanyang Technological University | 2名
シンガポール国立大学 National University of Singapore | 2名
@ES スペイン Spain
サラマンカ大学 Universidad de Salamanca | 2名
@SE スウェーデン Sweden
ルンド大学 Lund University | 2名
@CH スイス Switzerland
スイス連邦工科大学チューリッヒ校 ETH Zürich | 若干名
ジュネーブ大学 Université de Genève | 1名
@TW 台湾 Taiwan
国立政治大学 National Chengchi University | 3名
@GB 英国 United Kingdom
ロンドン大学東洋アフリカ研究学院 SOAS University of London | 2名
ケンブリッジ大学 University of Cambridge | 若干名
@US アメリカ合衆国 United States of America
コロンビア大学 Columbia University | 1名
カリフォルニア大学バークレー校 University of California, Berkeley | 若干名
ハワイ大学マノア校 University of Hawaii at Manoa | 2名
''')

# 8. Traditional Chinese headers and labels, level, remarks, dotted dates, label on the first
#    row, groups by region, partners by date.
LISTINGS['chinese-columns'] = dict(
    title='姊妹校一覽表',
    header=['國家', '學校名稱', '層級', '簽約日期', '備註'],
    fields=['partner', 'level', 'remarks'],
    label_pos='first', order='date', date_fmt='ymd_dot_nopad', lang='tc',
    data='''
@JP 日本
京都大學 | 校級 | 交換生 2名
東北大學 | 校級 | 學費互免
早稻田大學 | 校級 | 交換生 3名
九州大學 | 院級 | 限研究生
@KR 韓國
延世大學 | 校級 | 交換生 2名
成均館大學 | 校級 | 學費互免
漢陽大學 | 院級 | 無
@VN 越南
Vietnam National University, Hanoi | 校級 | 無
Can Tho University | 院級 | 限研究生
@TH 泰國
Chulalongkorn University | 校級 | 學費互免
Chiang Mai University | 院級 | 無
@MY 馬來西亞
Universiti Malaya | 校級 | 雙聯學位
Universiti Putra Malaysia | 院級 | 無
@ID 印尼
Universitas Airlangga | 校級 | 無
Institut Teknologi Sepuluh Nopember | 院級 | 限研究生
@PH 菲律賓
University of Santo Tomas | 校級 | 學費互免
Mapúa University | 院級 | 無
@DE 德國
Universität Hamburg | 校級 | 交換生 2名
Leibniz Universität Hannover | 院級 | 雙聯學位
@FR 法國
Université de Lille | 校級 | 無
Université de Bordeaux | 院級 | 限研究生
@NL 荷蘭
University of Groningen | 校級 | 學費互免
@CZ 捷克
VSB - Technical University of Ostrava | 院級 | 雙聯學位
Brno University of Technology | 校級 | 無
@PL 波蘭
Warsaw University of Technology | 院級 | 無
Jagiellonian University | 校級 | 交換生 1名
@LT 立陶宛
Vilnius University | 校級 | 無
Kaunas University of Technology | 院級 | 限研究生
@US 美國
University of Texas at Austin | 院級 | 限研究生
University of Wisconsin-Madison | 校級 | 交換生 2名
@CA 加拿大
University of Alberta | 校級 | 無
McMaster University | 院級 | 雙聯學位
@MX 墨西哥
Universidad de Guadalajara | 校級 | 無
@AU 澳洲
RMIT University | 校級 | 學費互免
Curtin University | 院級 | 無
@NZ 紐西蘭
University of Waikato | 校級 | 交換生 1名
''')

# 9. Korean headers and labels (sorted in Hangul order), English partners, 2017.06.28 dates.
LISTINGS['korean'] = dict(
    title='해외 자매대학 현황',
    header=['국가', '대학명', '체결일'],
    fields=['partner'],
    label_pos='middle', order='alpha', date_fmt='ymd_dot', lang='ko',
    data='''
@NL 네덜란드
University of Amsterdam
@TW 대만
National Taiwan University of Science and Technology
National Yang Ming Chiao Tung University
@DE 독일
Freie Universität Berlin
Humboldt-Universität zu Berlin
@RU 러시아
HSE University
Lomonosov Moscow State University
@US 미국
Carnegie Mellon University
Duke University
University of Southern California
@VN 베트남
Foreign Trade University
Ho Chi Minh City University of Technology
@SE 스웨덴
Linköping University
Stockholm University
@SG 싱가포르
Singapore Management University
@GB 영국
Durham University
King's College London
University of Bristol
@JP 일본
Hiroshima University
Keio University
Waseda University
@CN 중국
Beijing Normal University
Renmin University of China
@CZ 체코
University of Chemistry and Technology, Prague
@CA 캐나다
Queen's University
Simon Fraser University
Université Laval
@FR 프랑스
Sciences Po
Université Claude Bernard Lyon 1
@AU 호주
Queensland University of Technology
The University of Adelaide
@HK 홍콩
Hong Kong Baptist University
Lingnan University
''')

# 10. Spanish headers and labels, number, city, dd/mm/yyyy dates; written with CRLF and a BOM.
LISTINGS['spanish-columns'] = dict(
    title='Convenios bilaterales de intercambio',
    header=['N.º', 'País', 'Universidad', 'Ciudad', 'Fecha'],
    fields=['partner', 'city'],
    label_pos='middle', order='alpha', date_fmt='dmy_slash', lang='es', crlf_bom=True,
    data='''
@DE Alemania
Technische Universität Darmstadt | Darmstadt
Universität Stuttgart | Stuttgart
@AR Argentina
Universidad de Buenos Aires | Buenos Aires
Universidad Nacional de Cuyo | Mendoza
@BR Brasil
Pontifícia Universidade Católica do Rio de Janeiro | Río de Janeiro
Universidade Federal do Rio Grande do Sul | Porto Alegre
@CA Canadá
Université de Montréal | Montreal
University of Calgary | Calgary
@CL Chile
Universidad Austral de Chile | Valdivia
Universidad de Santiago de Chile | Santiago
Universidad Técnica Federico Santa María | Valparaíso
@CO Colombia
Pontificia Universidad Javeriana | Bogotá
Universidad de Antioquia | Medellín
Universidad del Valle | Cali
@KR Corea del Sur
Hankuk University of Foreign Studies | Seúl
Sogang University | Seúl
@US Estados Unidos
University of California, Los Angeles | Los Ángeles
University of Michigan | Ann Arbor
@FR Francia
Sorbonne Université | París
Université Côte d'Azur | Niza
Université Toulouse III - Paul Sabatier | Toulouse
@IT Italia
Sapienza Università di Roma | Roma
Università degli Studi di Firenze | Florencia
@JP Japón
Sophia University | Tokio
University of Tsukuba | Tsukuba
@MX México
Universidad de las Américas Puebla | Puebla
Universidad Iberoamericana | Ciudad de México
@PE Perú
Pontificia Universidad Católica del Perú | Lima
Universidad Nacional Mayor de San Marcos | Lima
@PT Portugal
Universidade de Aveiro | Aveiro
Universidade do Minho | Braga
@GB Reino Unido
University of Birmingham | Birmingham
University of Southampton | Southampton
''')

# 11. No country column: heading lines "region / country" in two scripts, numbered partner
#     lines with dates like 2017年6月28日.
LISTINGS['headings-region'] = dict(
    title='姊妹校一覽表 Partner Universities',
    header=['序號', '學校名稱 Institution', '簽約日期 Date Signed'],
    fields=['partner'],
    headings=True, order='none', date_fmt='kanji', lang='tc',
    data='''
@JP 亞洲 Asia / 日本 Japan
東京大學 The University of Tokyo
大阪大學 Osaka University
名古屋大學 Nagoya University
筑波大學 University of Tsukuba
@CN 亞洲 Asia / 中國 China
北京大學 Peking University
復旦大學 Fudan University
南京大學 Nanjing University
廈門大學 Xiamen University
四川大學 Sichuan University
@HK 亞洲 Asia / 香港 Hong Kong
香港大學 The University of Hong Kong
嶺南大學 Lingnan University
@MO 亞洲 Asia / 澳門 Macao
澳門大學 University of Macau
@KR 亞洲 Asia / 韓國 Korea
高麗大學 Korea University
梨花女子大學 Ewha Womans University
慶熙大學 Kyung Hee University
@SG 亞洲 Asia / 新加坡 Singapore
新加坡國立大學 National University of Singapore
@IN 亞洲 Asia / 印度 India
Indian Institute of Technology Delhi
Jawaharlal Nehru University
@GB 歐洲 Europe / 英國 United Kingdom
University of Leeds
The University of Manchester
Queen's University Belfast
@DE 歐洲 Europe / 德國 Germany
Georg-August-Universität Göttingen
Ruprecht-Karls-Universität Heidelberg
@FR 歐洲 Europe / 法國 France
Université Jean Moulin Lyon 3
Université Paris Cité
@ES 歐洲 Europe / 西班牙 Spain
Universidad de Granada
Universidad Autónoma de Madrid
@SK 歐洲 Europe / 斯洛伐克 Slovakia
Comenius University Bratislava
@HU 歐洲 Europe / 匈牙利 Hungary
Eötvös Loránd University
@US 美洲 America / 美國 United States
Cornell University
Northwestern University
University of Hawaii at Manoa
@BR 美洲 America / 巴西 Brazil
Universidade de Brasília
@AU 大洋洲 Oceania / 澳洲 Australia
The University of Sydney
The Australian National University
@ZA 非洲 Africa / 南非 South Africa
University of the Witwatersrand
''')

# 12. No country column: all-caps Spanish country headings with the group's count
#     ("7<TAB>ALEMANIA"), one-cell partner lines, no dates.
LISTINGS['headings-caps'] = dict(
    title='CONVENIOS DE MOVILIDAD INTERNACIONAL - UNIVERSIDADES SOCIAS',
    header=None,
    fields=['partner'],
    headings=True, order='alpha', date_fmt=None, lang='es',
    data='''
@DE ALEMANIA
Friedrich-Alexander-Universität Erlangen-Nürnberg
Georg-August-Universität Göttingen
Humboldt-Universität zu Berlin
Karlsruher Institut für Technologie
Technische Universität Berlin
Universität Hamburg
@AT AUSTRIA
Johannes Kepler Universität Linz
Universität für Bodenkultur Wien
@BE BÉLGICA
Université libre de Bruxelles
Universiteit Antwerpen
Vrije Universiteit Brussel
@HR CROACIA
Sveučilište u Zagrebu
@DK DINAMARCA
Aalborg Universitet
Københavns Universitet
@SI ESLOVENIA
Univerza v Ljubljani
@EE ESTONIA
Tallinna Tehnikaülikool
Tartu Ülikool
@FI FINLANDIA
LUT University
University of Turku
@FR FRANCIA
École des Ponts ParisTech
Université de Lorraine
@GR GRECIA
National and Kapodistrian University of Athens
@IE IRLANDA
Dublin City University
University College Cork
University of Galway
@IS ISLANDIA
University of Iceland
@IT ITALIA
Alma Mater Studiorum - Università di Bologna
Università Ca' Foscari Venezia
Università degli Studi di Trento
@LT LITUANIA
Kaunas University of Technology
@NO NORUEGA
UiT The Arctic University of Norway
@NL PAÍSES BAJOS
Radboud University
Vrije Universiteit Amsterdam
@PL POLONIA
Gdańsk University of Technology
Wrocław University of Science and Technology
@PT PORTUGAL
Universidade de Lisboa
@RO RUMANÍA
Babeș-Bolyai University
@RS SERBIA
University of Belgrade
''')
