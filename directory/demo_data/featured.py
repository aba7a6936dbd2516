"""Demonstration entries written in full, with their French, Arabic and Chinese translations.

These are the directory pages the demo translates through wagtail-localize: every text value
is a dict keyed by language code, English first. Summaries get the demonstration mark
(`cms.demo.DEMO_MARKS`) appended in each language.
"""

# The titles and descriptions of resource links (`phrases.RESOURCE_KINDS`), translated.
RESOURCE_TRANSLATIONS = {
    "Annual report 2025": {"fr": "Rapport annuel 2025", "ar": "التقرير السنوي 2025", "zh-hans": "2025年年度报告"},
    "Activities, finances and results of the year.": {
        "fr": "Activités, finances et résultats de l'année.",
        "ar": "أنشطة السنة وشؤونها المالية ونتائجها.",
        "zh-hans": "本年度的活动、财务和成果。",
    },
    "Methodology note": {"fr": "Note méthodologique", "ar": "مذكرة منهجية", "zh-hans": "方法说明"},
    "How the initiative works and how its results are measured.": {
        "fr": "Le fonctionnement de l'initiative et la mesure de ses résultats.",
        "ar": "كيف تعمل المبادرة وكيف تُقاس نتائجها.",
        "zh-hans": "该举措如何运作以及如何衡量其成果。",
    },
    "Practical guide (open licence)": {
        "fr": "Guide pratique (licence ouverte)",
        "ar": "دليل عملي (برخصة مفتوحة)",
        "zh-hans": "实用指南（开放许可）",
    },
    "Step-by-step guide for those who want to adapt the approach.": {
        "fr": "Un guide pas à pas pour celles et ceux qui veulent adapter l'approche.",
        "ar": "دليل خطوة بخطوة لمن يرغب في تكييف هذا النهج.",
        "zh-hans": "为希望借鉴这一方法者提供的分步指南。",
    },
    "Evaluation summary": {"fr": "Synthèse de l'évaluation", "ar": "ملخص التقييم", "zh-hans": "评估摘要"},
    "Main findings of the latest evaluation, in plain language.": {
        "fr": "Les principaux résultats de la dernière évaluation, en langage clair.",
        "ar": "أبرز نتائج التقييم الأخير بلغة واضحة.",
        "zh-hans": "以通俗语言介绍最近一次评估的主要结论。",
    },
    "Open data set": {"fr": "Jeu de données ouvert", "ar": "مجموعة بيانات مفتوحة", "zh-hans": "开放数据集"},
    "Anonymised monitoring data, published under an open licence.": {
        "fr": "Des données de suivi anonymisées, publiées sous licence ouverte.",
        "ar": "بيانات رصد مجهولة الهوية، منشورة برخصة مفتوحة.",
        "zh-hans": "经匿名化处理的监测数据，以开放许可发布。",
    },
}

INDEX_PAGES = {
    "initiatives": {
        "title": {"en": "Initiatives", "fr": "Initiatives", "ar": "المبادرات", "zh-hans": "社会举措"},
        "summary": {
            "en": "Social initiatives from every continent, described by the people who carry them and flagged by IPSP reviewers.",
            "fr": "Des initiatives sociales de tous les continents, décrites par celles et ceux qui les portent et signalées par les relecteurs de l'IPSP.",
            "ar": "مبادرات اجتماعية من كل القارات، يصفها القائمون عليها ويُبرزها مراجعو الفريق الدولي.",
            "zh-hans": "来自各大洲的社会举措，由其发起者亲自描述，并经专家组评审人标注推荐。",
        },
        "intro": {
            "en": "Filter the directory by theme, domain, discipline, project type or country. Each initiative explains the problem it addresses, its approach, its results, how it could be replicated and how it handles its side effects.",
            "fr": "Filtrez le répertoire par thème, domaine, discipline, type de projet ou pays. Chaque initiative présente le problème qu'elle traite, son approche, ses résultats, les conditions de sa reproduction et la manière dont elle gère ses effets indirects.",
            "ar": "صفِّ الدليل حسب الموضوع أو المجال أو التخصص أو نوع المشروع أو البلد. تشرح كل مبادرة المشكلة التي تعالجها ونهجها ونتائجها وإمكانية تكرارها وطريقة تعاملها مع آثارها الجانبية.",
            "zh-hans": "可按主题、领域、学科、项目类型或国家筛选名录。每项举措都会说明其所应对的问题、方法、成果、可复制性以及如何处理其外部影响。",
        },
    },
    "actors": {
        "title": {"en": "Actors", "fr": "Acteurs", "ar": "الجهات الفاعلة", "zh-hans": "行动者"},
        "summary": {
            "en": "Organisations, networks and communities working for social progress, and what they are looking for in partners.",
            "fr": "Des organisations, réseaux et communautés qui œuvrent pour le progrès social, et ce qu'ils attendent de leurs partenaires.",
            "ar": "منظمات وشبكات ومجتمعات تعمل من أجل التقدم الاجتماعي، وما تبحث عنه لدى شركائها.",
            "zh-hans": "致力于社会进步的组织、网络和社区，以及它们希望寻找的合作伙伴。",
        },
        "intro": {
            "en": "Find actors by field of action, theme and country, learn about their activities and partnerships, and see which ones are open to new collaborations.",
            "fr": "Trouvez des acteurs par champ d'action, thème et pays, découvrez leurs activités et leurs partenariats, et repérez ceux qui sont ouverts à de nouvelles collaborations.",
            "ar": "ابحث عن الجهات الفاعلة حسب مجال العمل والموضوع والبلد، وتعرّف على أنشطتها وشراكاتها، واكتشف أيها منفتح على تعاون جديد.",
            "zh-hans": "按行动领域、主题和国家查找行动者，了解它们的活动与合作关系，并看看哪些行动者愿意开展新的合作。",
        },
    },
}

ACTOR = {
    "key": "mtaa-commons",
    "name": {
        "en": "Mtaa Commons Housing Collective",
        "fr": "Collectif de logement Mtaa Commons",
        "ar": "تجمّع «مْتاع كومنز» للإسكان",
        "zh-hans": "Mtaa公共住房集体",
    },
    "kind": "community",
    "countries": ["KE"],
    "place": "Nairobi",
    "themes": ["cities-social-progress", "emancipatory-nation-states"],
    "domains": ["housing-urban", "social-protection"],
    "activities": ["community-organising", "advocacy"],
    "flagged": True,
    "summary": {
        "en": "A residents' collective in Nairobi's informal settlements that secures homes through community ownership of land.",
        "fr": "Un collectif d'habitants des quartiers informels de Nairobi qui sécurise le logement grâce à la propriété collective du foncier.",
        "ar": "تجمّع لسكان الأحياء غير الرسمية في نيروبي يؤمّن المساكن من خلال الملكية المجتمعية للأرض.",
        "zh-hans": "内罗毕非正规住区的居民集体，通过社区共同拥有土地来保障住房。",
    },
    "problems": {
        "en": "Most families in Nairobi's informal settlements rent a single room from landlords who live elsewhere and can evict them at any time. Rents rise whenever a road or a water point is built, so improvements end up pushing out the residents they were meant to serve.",
        "fr": "La plupart des familles des quartiers informels de Nairobi louent une seule pièce à des propriétaires qui vivent ailleurs et peuvent les expulser à tout moment. Les loyers augmentent dès qu'une route ou un point d'eau est construit, si bien que les améliorations finissent par chasser les habitants qu'elles devaient servir.",
        "ar": "تستأجر معظم الأسر في الأحياء غير الرسمية في نيروبي غرفة واحدة من ملّاك يعيشون في أماكن أخرى ويمكنهم طردها في أي وقت. وترتفع الإيجارات كلما شُقّ طريق أو أُقيمت نقطة مياه، فينتهي الأمر بالتحسينات إلى إخراج السكان الذين كان يُفترض أن تخدمهم.",
        "zh-hans": "内罗毕非正规住区的大多数家庭只能向住在别处的房东租住一个房间，随时可能被赶走。每当修建一条道路或一个供水点，租金就会上涨，结果这些改善反而把本应受益的居民挤了出去。",
    },
    "activities_description": {
        "en": "We help residents buy land together and hold it in a community land trust, which leases homes to members at prices they can afford. Savings groups, women's committees and youth groups elect the trust's board.",
        "fr": "Nous aidons les habitants à acheter ensemble des terrains et à les placer dans une fiducie foncière communautaire, qui loue les logements à ses membres à des prix abordables. Les groupes d'épargne, les comités de femmes et les groupes de jeunes élisent le conseil de la fiducie.",
        "ar": "نساعد السكان على شراء الأراضي معًا ووضعها في صندوق ائتماني مجتمعي للأراضي يؤجّر المساكن لأعضائه بأسعار في متناولهم. وتنتخب مجموعات الادخار ولجان النساء ومجموعات الشباب مجلس إدارة الصندوق.",
        "zh-hans": "我们帮助居民共同购买土地，并将其纳入社区土地信托，由信托以成员负担得起的价格向他们出租住房。信托的理事会由储蓄小组、妇女委员会和青年团体选举产生。",
    },
    "partnerships": {
        "en": "We work with residents' savings groups across Nairobi, with urban researchers who measure our results, and with Teranga Solidarity Finance on investment by the diaspora.",
        "fr": "Nous travaillons avec des groupes d'épargne d'habitants dans tout Nairobi, avec des chercheurs en études urbaines qui mesurent nos résultats, et avec Teranga Solidarity Finance sur l'investissement de la diaspora.",
        "ar": "نعمل مع مجموعات ادخار السكان في أنحاء نيروبي، ومع باحثين في الدراسات الحضرية يقيسون نتائجنا، ومع مؤسسة «تيرانغا للتمويل التضامني» في مجال استثمار المغتربين.",
        "zh-hans": "我们与内罗毕各地的居民储蓄小组合作，与衡量我们成果的城市研究人员合作，并与Teranga团结金融在侨民投资方面开展合作。",
    },
    "collaboration_interest": {
        "en": "We would like to exchange with community land trusts in other cities of Africa, Latin America and Europe, and to meet funders willing to provide patient capital for buying land.",
        "fr": "Nous souhaitons échanger avec des fiducies foncières communautaires d'autres villes d'Afrique, d'Amérique latine et d'Europe, et rencontrer des financeurs prêts à apporter un capital patient pour l'achat de terrains.",
        "ar": "نرغب في تبادل الخبرات مع صناديق الأراضي المجتمعية في مدن أخرى في أفريقيا وأمريكا اللاتينية وأوروبا، وفي لقاء ممولين مستعدين لتقديم رأس مال صبور لشراء الأراضي.",
        "zh-hans": "我们希望与非洲、拉丁美洲和欧洲其他城市的社区土地信托交流经验，并结识愿意为购地提供耐心资本的资助方。",
    },
}

INITIATIVES = [
    {
        "title": {
            "en": "Mtaa Community Land Trust",
            "fr": "Fiducie foncière communautaire de Mtaa",
            "ar": "الصندوق المجتمعي للأراضي في مْتاع",
            "zh-hans": "Mtaa社区土地信托",
        },
        "countries": ["KE"],
        "place": "Nairobi",
        "themes": ["cities-social-progress", "emancipatory-nation-states", "systemic-conditions"],
        "domains": ["housing-urban", "social-protection"],
        "disciplines": ["urban-studies", "law"],
        "type": "community-initiative",
        "activities": ["community-organising", "service-delivery"],
        "orgs": ["mtaa-commons", "medellin-urban-lab"],
        "start": 2017,
        "status": "active",
        "flagged": True,
        "holders": [("Wanjiru Kamau", "Chair of the trust"), ("Otieno Ochieng", "Land and legal officer")],
        "summary": {
            "en": "Residents of a Nairobi informal settlement own their land together, so that improvements to the neighbourhood no longer drive them out.",
            "fr": "Les habitants d'un quartier informel de Nairobi possèdent ensemble leur terrain, pour que l'amélioration du quartier ne les chasse plus.",
            "ar": "يمتلك سكان حيّ غير رسمي في نيروبي أرضهم معًا، حتى لا تعود تحسينات الحي سببًا في إخراجهم منه.",
            "zh-hans": "内罗毕一个非正规住区的居民共同拥有土地，使社区的改善不再把他们赶走。",
        },
        "problem": {
            "en": "In Nairobi's informal settlements, most families rent a single room and can be evicted at short notice. When a road, a school or a water point is built, rents rise and the poorest residents are pushed further out.",
            "fr": "Dans les quartiers informels de Nairobi, la plupart des familles louent une seule pièce et peuvent être expulsées du jour au lendemain. Lorsqu'une route, une école ou un point d'eau est construit, les loyers augmentent et les habitants les plus pauvres sont repoussés plus loin.",
            "ar": "في الأحياء غير الرسمية في نيروبي، تستأجر معظم الأسر غرفة واحدة ويمكن طردها بإشعار قصير. وعندما يُشقّ طريق أو تُبنى مدرسة أو نقطة مياه، ترتفع الإيجارات ويُدفع أفقر السكان إلى أماكن أبعد.",
            "zh-hans": "在内罗毕的非正规住区，大多数家庭只租住一个房间，随时可能被驱逐。每当修建道路、学校或供水点，租金就会上涨，最贫困的居民被推向更远的地方。",
        },
        "approach": {
            "en": "Residents pool their savings to buy land together and place it in a community land trust that can never resell it on the open market. Members own their homes, while the trust keeps the land and caps resale prices so that homes stay affordable for the next family.",
            "fr": "Les habitants mettent leur épargne en commun pour acheter ensemble des terrains et les placer dans une fiducie foncière communautaire qui ne pourra jamais les revendre sur le marché. Les membres possèdent leur logement, tandis que la fiducie conserve le terrain et plafonne les prix de revente pour que les logements restent abordables pour la famille suivante.",
            "ar": "يجمع السكان مدخراتهم لشراء الأرض معًا ووضعها في صندوق مجتمعي للأراضي لا يجوز له أبدًا بيعها في السوق المفتوحة. ويملك الأعضاء مساكنهم، بينما يحتفظ الصندوق بالأرض ويضع سقفًا لأسعار إعادة البيع كي تبقى المساكن في متناول الأسرة التالية.",
            "zh-hans": "居民汇集储蓄共同购买土地，并将其纳入一个永远不得在公开市场上转售土地的社区土地信托。成员拥有自己的房屋，而信托保留土地并限定转售价格，使住房对下一个家庭依然负担得起。",
        },
        "success": {
            "en": "Since 2017 the trust has secured land for 420 households, and no member family has been evicted. Housing costs are recorded every year by the residents' committees and compared with neighbouring areas, where they rose by about a third over the same period.",
            "fr": "Depuis 2017, la fiducie a sécurisé des terrains pour 420 ménages, et aucune famille membre n'a été expulsée. Les coûts du logement sont relevés chaque année par les comités d'habitants et comparés à ceux des quartiers voisins, où ils ont augmenté d'environ un tiers sur la même période.",
            "ar": "منذ عام 2017 أمّن الصندوق الأرض لـ420 أسرة، ولم تُطرد أي أسرة من الأعضاء. وتسجّل لجان السكان تكاليف السكن كل عام وتقارنها بالأحياء المجاورة التي ارتفعت فيها بنحو الثلث خلال الفترة نفسها.",
            "zh-hans": "自2017年以来，该信托已为420户家庭取得土地，没有一户成员家庭遭到驱逐。居民委员会每年记录住房成本，并与邻近地区进行比较；同一时期，邻近地区的住房成本上涨了约三分之一。",
        },
        "replicability": {
            "en": "The model is adapted from community land trusts on other continents and can work wherever residents are organised in savings groups and land can be registered collectively. The main obstacle is the price of land, which calls for patient capital from public or solidarity funders.",
            "fr": "Le modèle s'inspire des fiducies foncières communautaires d'autres continents et peut fonctionner partout où les habitants sont organisés en groupes d'épargne et où la terre peut être enregistrée collectivement. Le principal obstacle est le prix du foncier, qui exige un capital patient de financeurs publics ou solidaires.",
            "ar": "النموذج مقتبس من صناديق الأراضي المجتمعية في قارات أخرى، ويمكن أن ينجح حيثما كان السكان منظمين في مجموعات ادخار وأمكن تسجيل الأرض تسجيلًا جماعيًا. والعائق الرئيسي هو سعر الأرض، الذي يتطلب رأس مال صبورًا من ممولين عموميين أو تضامنيين.",
            "zh-hans": "该模式借鉴了其他大洲的社区土地信托，只要居民组织成储蓄小组、土地可以集体登记，就能够推行。主要障碍是地价，这需要公共或团结性质的资助方提供耐心资本。",
        },
        "externalities": {
            "en": "Capping resale prices limits the gains of individual owners, which the members accepted after long discussions in assembly. The trust also makes sure that tenants living next to its land are not displaced by rising prices around it.",
            "fr": "Le plafonnement des prix de revente limite les gains des propriétaires individuels, ce que les membres ont accepté après de longues discussions en assemblée. La fiducie veille aussi à ce que les locataires qui vivent à côté de ses terrains ne soient pas chassés par la hausse des prix alentour.",
            "ar": "يحدّ وضع سقف لأسعار إعادة البيع من مكاسب الملّاك الأفراد، وقد قبل الأعضاء ذلك بعد نقاشات طويلة في الجمعية العامة. ويحرص الصندوق أيضًا على ألا يُهجَّر المستأجرون الذين يعيشون بجوار أرضه بسبب ارتفاع الأسعار من حولها.",
            "zh-hans": "限定转售价格会限制个人业主的收益，成员们在全体大会上经过长时间讨论后接受了这一点。信托还注意确保其土地周边的租户不会因附近房价上涨而被迫迁离。",
        },
    },
    {
        "title": {
            "en": "Diaspora Seed Capital Circles",
            "fr": "Cercles de capital d'amorçage de la diaspora",
            "ar": "حلقات رأس المال التأسيسي للمغتربين",
            "zh-hans": "侨民种子资本圈",
        },
        "countries": ["SN", "FR", "IT", "ES"],
        "place": "Dakar",
        "themes": ["entrepreneurship-social-purpose", "global-solidarity-citizenship"],
        "domains": ["finance-economy", "migration"],
        "disciplines": ["economics", "development-studies"],
        "type": "funding-programme",
        "activities": ["funding", "capacity-building"],
        "orgs": ["teranga-finance"],
        "start": 2019,
        "status": "evolving",
        "flagged": False,
        "holders": [("Aminata Diop", "Coordinator"), ("Moussa Ndiaye", "Treasurer of the guarantee fund"), ("Fatou Sarr", "Mentoring lead, Milan")],
        "summary": {
            "en": "Savings circles of Senegalese living in Europe guarantee loans to young entrepreneurs at home and mentor them.",
            "fr": "Des cercles d'épargne de Sénégalais vivant en Europe garantissent des prêts à de jeunes entrepreneurs restés au pays et les accompagnent.",
            "ar": "حلقات ادخار يديرها سنغاليون مقيمون في أوروبا تضمن قروضًا لرواد أعمال شباب في بلدهم وتوفّر لهم الإرشاد.",
            "zh-hans": "旅居欧洲的塞内加尔人组成储蓄圈，为国内的青年创业者提供贷款担保和辅导。",
        },
        "problem": {
            "en": "Remittances sent home by Senegalese living abroad exceed the aid the country receives, but they mostly pay for daily needs. Young entrepreneurs in Senegal, meanwhile, cannot borrow at reasonable rates because they have neither collateral nor a credit history.",
            "fr": "Les fonds envoyés par les Sénégalais de l'étranger dépassent l'aide que reçoit le pays, mais ils servent surtout aux besoins quotidiens. Pendant ce temps, les jeunes entrepreneurs au Sénégal ne peuvent pas emprunter à des taux raisonnables, faute de garanties et d'historique de crédit.",
            "ar": "تفوق التحويلات التي يرسلها السنغاليون المقيمون في الخارج المساعداتِ التي يتلقاها البلد، لكنها تُنفق في الغالب على الاحتياجات اليومية. وفي الوقت نفسه، لا يستطيع رواد الأعمال الشباب في السنغال الاقتراض بأسعار معقولة لأنهم لا يملكون ضمانات ولا سجلًا ائتمانيًا.",
            "zh-hans": "旅居海外的塞内加尔人汇回国内的资金超过了该国获得的援助，但大多用于日常开支。与此同时，塞内加尔的青年创业者既没有抵押品，也没有信用记录，无法以合理的利率借款。",
        },
        "approach": {
            "en": "Savings circles in France, Italy and Spain pool part of their members' remittances into a guarantee fund, which allows partner microfinance institutions in Senegal to lend at lower rates. Each circle follows the enterprises it supports and mentors their founders by video call.",
            "fr": "Des cercles d'épargne en France, en Italie et en Espagne mettent en commun une partie des envois de leurs membres dans un fonds de garantie, qui permet à des institutions de microfinance partenaires au Sénégal de prêter à des taux plus bas. Chaque cercle suit les entreprises qu'il soutient et accompagne leurs fondateurs par visioconférence.",
            "ar": "تجمع حلقات الادخار في فرنسا وإيطاليا وإسبانيا جزءًا من تحويلات أعضائها في صندوق ضمان يتيح لمؤسسات التمويل الأصغر الشريكة في السنغال الإقراض بأسعار أدنى. وتتابع كل حلقة المشاريع التي تدعمها وتوجّه مؤسسيها عبر مكالمات الفيديو.",
            "zh-hans": "法国、意大利和西班牙的储蓄圈将成员的部分汇款汇集到一个担保基金中，使塞内加尔的合作小额信贷机构能够以更低的利率放贷。每个储蓄圈都跟踪其支持的企业，并通过视频通话辅导创业者。",
        },
        "success": {
            "en": "In five years, 38 circles have guaranteed 610 loans, two thirds of them to enterprises led by women, and the repayment rate has stayed above 95 per cent. The circles publish an annual account of the jobs created and of the losses covered by the fund.",
            "fr": "En cinq ans, 38 cercles ont garanti 610 prêts, dont les deux tiers à des entreprises dirigées par des femmes, et le taux de remboursement est resté supérieur à 95 %. Les cercles publient chaque année un bilan des emplois créés et des pertes couvertes par le fonds.",
            "ar": "خلال خمس سنوات، ضمنت 38 حلقة 610 قروض، ثلثاها لمشاريع تقودها نساء، وبقي معدل السداد فوق 95 في المئة. وتنشر الحلقات حسابًا سنويًا بالوظائف التي أُنشئت وبالخسائر التي غطّاها الصندوق.",
            "zh-hans": "五年来，38个储蓄圈为610笔贷款提供了担保，其中三分之二流向女性领导的企业，还款率始终保持在95%以上。各储蓄圈每年公布创造的就业岗位以及由基金承担的损失。",
        },
        "replicability": {
            "en": "The approach could work for any diaspora organised in associations, as long as a trusted financial partner exists in the country of origin. The cooperative is now testing it with Malian and Cape Verdean communities.",
            "fr": "L'approche pourrait fonctionner pour toute diaspora organisée en associations, pour peu qu'un partenaire financier de confiance existe dans le pays d'origine. La coopérative la teste actuellement avec les communautés maliennes et cap-verdiennes.",
            "ar": "يمكن أن ينجح هذا النهج مع أي جالية منظمة في جمعيات، ما دام في بلد المنشأ شريك مالي موثوق. وتختبره التعاونية حاليًا مع الجاليتين المالية والرأس أخضرية.",
            "zh-hans": "只要原籍国有值得信赖的金融合作伙伴，这一方法就适用于任何以协会形式组织起来的侨民群体。该合作社目前正在马里和佛得角侨民社区中试行。",
        },
        "externalities": {
            "en": "Guaranteed loans could push young entrepreneurs into debt they cannot repay, so every loan is preceded by training and a business plan reviewed by the circle. The fund also avoids competing with local savings groups, which it invites to join rather than replace.",
            "fr": "Les prêts garantis pourraient entraîner de jeunes entrepreneurs dans un endettement insoutenable ; chaque prêt est donc précédé d'une formation et d'un plan d'affaires examiné par le cercle. Le fonds évite aussi de concurrencer les groupes d'épargne locaux, qu'il invite à le rejoindre plutôt que de les remplacer.",
            "ar": "قد تدفع القروض المضمونة رواد الأعمال الشباب إلى ديون يعجزون عن سدادها، لذا يسبق كل قرض تدريبٌ وخطة عمل تراجعها الحلقة. ويتجنب الصندوق أيضًا منافسة مجموعات الادخار المحلية، ويدعوها إلى الانضمام إليه بدلًا من أن يحل محلها.",
            "zh-hans": "担保贷款可能使青年创业者背上无力偿还的债务，因此每笔贷款发放前都要先进行培训，并由储蓄圈审核商业计划。基金也避免与当地储蓄小组竞争，而是邀请它们加入，而非取而代之。",
        },
    },
    {
        "title": {
            "en": "Refugee Skills Passport",
            "fr": "Passeport de compétences pour les réfugiés",
            "ar": "جواز المهارات للاجئين",
            "zh-hans": "难民技能护照",
        },
        "countries": ["JO"],
        "place": "Amman",
        "themes": ["global-solidarity-citizenship", "living-wages"],
        "domains": ["migration", "work-employment"],
        "disciplines": ["sociology", "economics"],
        "type": "training-programme",
        "activities": ["service-delivery", "advocacy"],
        "orgs": ["amman-skills-exchange"],
        "start": 2020,
        "status": "active",
        "flagged": True,
        "holders": [("Rania Haddad", "Programme director"), ("Yousef Al-Khatib", "Employer relations")],
        "summary": {
            "en": "Refugees and Jordanians have their practical skills assessed by employers and recorded in a passport that opens the door to decent work.",
            "fr": "Des réfugiés et des Jordaniens font évaluer leurs compétences pratiques par des employeurs et les inscrivent dans un passeport qui ouvre la porte à un travail décent.",
            "ar": "يخضع لاجئون وأردنيون لتقييم مهاراتهم العملية على يد أصحاب العمل، وتُسجَّل في جواز يفتح الباب أمام عمل لائق.",
            "zh-hans": "难民和约旦人由雇主评估其实际技能，并记录在一本护照中，为他们打开获得体面工作的大门。",
        },
        "problem": {
            "en": "Many refugees in Jordan are skilled electricians, nurses or tailors, but they left their diplomas behind or hold diplomas that no employer can check. Without proof of their skills they end up in informal, underpaid work.",
            "fr": "Beaucoup de réfugiés en Jordanie sont des électriciens, des infirmiers ou des tailleurs qualifiés, mais ils ont laissé leurs diplômes derrière eux ou détiennent des diplômes qu'aucun employeur ne peut vérifier. Faute de preuve de leurs compétences, ils finissent dans un travail informel et mal payé.",
            "ar": "كثير من اللاجئين في الأردن كهربائيون أو ممرضون أو خياطون مهرة، لكنهم تركوا شهاداتهم وراءهم أو يحملون شهادات لا يستطيع أي صاحب عمل التحقق منها. ومن دون ما يثبت مهاراتهم ينتهي بهم الأمر في أعمال غير رسمية وزهيدة الأجر.",
            "zh-hans": "在约旦的许多难民是熟练的电工、护士或裁缝，但他们的文凭留在了身后，或者所持文凭无法被雇主核实。由于无法证明自己的技能，他们最终只能从事非正规、报酬过低的工作。",
        },
        "approach": {
            "en": "Practical skills are assessed in real workshops by employers and vocational trainers together, and the results are recorded in a skills passport that refugees carry on their phones. Jordanians looking for work can obtain the same passport, so that it does not become a mark of difference.",
            "fr": "Les compétences pratiques sont évaluées dans de vrais ateliers par des employeurs et des formateurs professionnels réunis, et les résultats sont inscrits dans un passeport de compétences que les réfugiés gardent sur leur téléphone. Les Jordaniens en recherche d'emploi peuvent obtenir le même passeport, afin qu'il ne devienne pas une marque de différence.",
            "ar": "يقيّم أصحاب العمل والمدربون المهنيون معًا المهارات العملية في ورش حقيقية، وتُسجَّل النتائج في جواز مهارات يحمله اللاجئون على هواتفهم. ويمكن للأردنيين الباحثين عن عمل الحصول على الجواز نفسه، حتى لا يصبح علامة تمييز.",
            "zh-hans": "雇主和职业培训师在真实的作坊中共同评估实际技能，评估结果记录在难民可随手机携带的技能护照中。正在求职的约旦人也可以获得同样的护照，以免它成为一种区别对待的标记。",
        },
        "success": {
            "en": "More than 3,000 people have obtained a passport, and six months later half of them work in a job that matches their skills, compared with one in five before the assessment. Earnings are followed through short telephone surveys, conducted with the participants' consent.",
            "fr": "Plus de 3 000 personnes ont obtenu un passeport, et six mois plus tard la moitié d'entre elles occupent un emploi correspondant à leurs compétences, contre une sur cinq avant l'évaluation. Les revenus sont suivis grâce à de courtes enquêtes téléphoniques menées avec l'accord des participants.",
            "ar": "حصل أكثر من 3000 شخص على الجواز، وبعد ستة أشهر يعمل نصفهم في وظيفة تناسب مهاراتهم، مقارنة بواحد من كل خمسة قبل التقييم. وتُتابَع الدخول عبر استطلاعات هاتفية قصيرة تُجرى بموافقة المشاركين.",
            "zh-hans": "已有3000多人获得技能护照，六个月后其中一半人从事与其技能相符的工作，而评估前这一比例仅为五分之一。收入情况通过简短的电话调查进行跟踪，调查均征得参与者同意。",
        },
        "replicability": {
            "en": "The assessment method is documented in an open handbook and relies on trades that exist in every country. Replication requires employers willing to take part in assessments and a legal framework that allows refugees to work.",
            "fr": "La méthode d'évaluation est décrite dans un manuel ouvert et s'appuie sur des métiers qui existent dans tous les pays. Pour la reproduire, il faut des employeurs prêts à participer aux évaluations et un cadre juridique qui autorise les réfugiés à travailler.",
            "ar": "طريقة التقييم موثقة في دليل مفتوح وتستند إلى مهن موجودة في كل بلد. ويتطلب تكرارها أصحاب عمل مستعدين للمشاركة في التقييمات وإطارًا قانونيًا يسمح للاجئين بالعمل.",
            "zh-hans": "评估方法已写入一本公开手册，所依托的职业在每个国家都存在。复制这一做法需要有愿意参与评估的雇主，以及允许难民工作的法律框架。",
        },
        "externalities": {
            "en": "Recognising refugees' skills could be perceived as competition by Jordanian workers, which is why the passport is open to all and assessments are organised in mixed groups. Personal data are stored with the holder, who decides with whom to share them.",
            "fr": "La reconnaissance des compétences des réfugiés pourrait être perçue comme une concurrence par les travailleurs jordaniens ; c'est pourquoi le passeport est ouvert à tous et les évaluations sont organisées en groupes mixtes. Les données personnelles sont conservées par le titulaire, qui décide avec qui les partager.",
            "ar": "قد يرى العمال الأردنيون في الاعتراف بمهارات اللاجئين منافسةً لهم، ولذلك فإن الجواز مفتوح للجميع وتُنظَّم التقييمات في مجموعات مختلطة. وتُحفظ البيانات الشخصية لدى حاملها، وهو من يقرر مع من يشاركها.",
            "zh-hans": "承认难民的技能可能被约旦工人视为竞争，因此技能护照向所有人开放，评估也以混合小组的形式进行。个人数据由持有人自行保存，并由其决定与谁分享。",
        },
    },
]
