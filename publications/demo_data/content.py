"""Texts of the demonstration publications.

The index page and the synthesis report are translated: their values are dicts keyed by
language code (English is the source). The other publications are in English only.
All figures are invented for the demonstration.
"""

INDEX = {
    "title": {
        "en": "Publications",
        "fr": "Publications",
        "ar": "المنشورات",
        "zh-hans": "出版物",
        "bn": "প্রকাশনা",
        "hi": "प्रकाशन",
        "ja": "出版物",
        "pt": "Publicações",
        "ru": "Публикации",
        "sw": "Machapisho",
    },
    "summary": {
        "en": "The Panel's synthesis reports, briefs and data stories, with webinars, podcasts, articles and events.",
        "fr": "Les rapports de synthèse, notes et récits de données du Panel, avec des webinaires, des podcasts, des articles et des événements.",
        "ar": "التقارير التجميعية والموجزات وقصص البيانات الصادرة عن الفريق، إلى جانب الندوات عبر الإنترنت والبودكاست والمقالات والفعاليات.",
        "zh-hans": "专家组的综合报告、简报和数据故事，以及网络研讨会、播客、文章和活动。",
        "bn": "প্যানেলের সমন্বিত প্রতিবেদন, নীতি-সংক্ষেপ ও ডেটা-কাহিনি, সঙ্গে ওয়েবিনার, পডকাস্ট, প্রবন্ধ ও অনুষ্ঠান।",
        "hi": "पैनल की संश्लेषण रिपोर्टें, सारपत्र और डेटा कहानियाँ, साथ में वेबिनार, पॉडकास्ट, लेख और आयोजन।",
        "ja": "パネルの総合報告書、ブリーフ、データストーリーに加え、ウェビナー、ポッドキャスト、記事、イベントを掲載しています。",
        "pt": "Os relatórios de síntese, notas e histórias de dados do Painel, com webinars, podcasts, artigos e eventos.",
        "ru": "Обобщающие доклады, аналитические записки и истории в данных Группы, а также вебинары, подкасты, статьи и мероприятия.",
        "sw": "Ripoti za jumla, muhtasari wa sera na hadithi za data za Jopo, pamoja na semina za mtandaoni, podikasti, makala na matukio.",
    },
    "intro": {
        "en": "Filter publications by theme, domain, audience or country. Synthesis reports answer four questions: what is known, what is desirable, what the obstacles and opportunities are, and what can be done, and by whom.",
        "fr": "Filtrez les publications par thème, domaine, public ou pays. Les rapports de synthèse répondent à quatre questions : que sait-on, qu'est-ce qui est souhaitable, quels sont les obstacles et les opportunités, et que peut-on faire, et qui peut le faire.",
        "ar": "صفِّ المنشورات حسب الموضوع أو المجال أو الجمهور أو البلد. تجيب التقارير التجميعية عن أربعة أسئلة: ما الذي نعرفه، وما المرغوب فيه، وما العقبات والفرص، وما الذي يمكن فعله ومن يفعله.",
        "zh-hans": "可按主题、领域、受众或国家筛选出版物。综合报告回答四个问题：我们知道什么，什么是可取的，有哪些障碍和机遇，以及可以做什么、由谁来做。",
        "bn": "থিম, ক্ষেত্র, পাঠকগোষ্ঠী বা দেশ অনুযায়ী প্রকাশনা ছেঁকে নিন। সমন্বিত প্রতিবেদনগুলো চারটি প্রশ্নের উত্তর দেয়: আমরা কী জানি, কী কাম্য, বাধা ও সুযোগ কী, এবং কী করা যায় ও কে তা করতে পারে।",
        "hi": "प्रकाशनों को थीम, क्षेत्र, पाठक वर्ग या देश के अनुसार छाँटें। संश्लेषण रिपोर्टें चार सवालों के जवाब देती हैं: हम क्या जानते हैं, क्या वांछनीय है, बाधाएँ और अवसर क्या हैं, और क्या किया जा सकता है और कौन कर सकता है।",
        "ja": "テーマ、分野、対象読者、国で出版物を絞り込めます。総合報告書は4つの問いに答えます。何がわかっているのか、何が望ましいのか、障害と機会は何か、そして何を誰ができるのか。",
        "pt": "Filtre as publicações por tema, área, público ou país. Os relatórios de síntese respondem a quatro perguntas: o que se sabe, o que é desejável, quais são os obstáculos e as oportunidades, e o que pode ser feito, e por quem.",
        "ru": "Фильтруйте публикации по теме, сфере, аудитории или стране. Обобщающие доклады отвечают на четыре вопроса: что известно, что желательно, каковы препятствия и возможности, что можно сделать и кому.",
        "sw": "Chuja machapisho kwa mada, sekta, hadhira au nchi. Ripoti za jumla hujibu maswali manne: nini kinajulikana, nini kinatamanika, vikwazo na fursa ni vipi, na nini kinaweza kufanywa, na nani.",
    },
}

REPORT = {
    "title": {
        "en": "Living wages: sharing the responsibility",
        "fr": "Salaires décents : partager la responsabilité",
        "ar": "الأجور المعيشية: تقاسم المسؤولية",
        "zh-hans": "生活工资：共担责任",
    },
    "summary": {
        "en": "The Panel's synthesis report on how public policies and companies can together guarantee a living wage to every worker, including in the informal economy.",
        "fr": "Le rapport de synthèse du Panel sur la manière dont les politiques publiques et les entreprises peuvent, ensemble, garantir un salaire décent à chaque travailleur, y compris dans l'économie informelle.",
        "ar": "التقرير التجميعي للفريق حول الكيفية التي يمكن بها للسياسات العامة والشركات أن تضمن معًا أجرًا معيشيًا لكل عامل، بما في ذلك في الاقتصاد غير الرسمي.",
        "zh-hans": "专家组关于公共政策与企业如何共同保障每位劳动者（包括非正规经济中的劳动者）获得生活工资的综合报告。",
    },
    "publication_date": "2026-06-15",
    "authors": [
        ("Adaeze Okafor", "cla", "Lagos Fair Pay Observatory"),
        ("Claire Moreau", "cla", "Observatoire des Richesses Partagées"),
        ("Diego Martínez", "la", "Red de Salarios Dignos"),
        ("Nasrin Akter", "la", "Independent researcher, Dhaka"),
        ("Yuki Tanaka", "la", "Kizuna Care Cooperative"),
        ("Kofi Mensah", "ca", "Kente Threads Apparel"),
        ("Maria Santos", "ca", "Bayanihan Care Workers' Association"),
    ],
    "takeaways": [
        {
            "en": "A living wage is the pay a worker needs for a decent standard of living for themselves and their family; in most countries studied, legal minimum wages fall well short of it.",
            "fr": "Un salaire décent est la rémunération dont un travailleur a besoin pour assurer un niveau de vie digne à lui-même et à sa famille ; dans la plupart des pays étudiés, les salaires minimums légaux en sont loin.",
            "ar": "الأجر المعيشي هو الأجر الذي يحتاجه العامل لتأمين مستوى معيشي لائق له ولأسرته؛ وفي معظم البلدان التي شملتها الدراسة، تقصر الأجور الدنيا القانونية عنه كثيرًا.",
            "zh-hans": "生活工资是劳动者为自己及家人维持体面生活水平所需的报酬；在所研究的大多数国家，法定最低工资都远低于这一水平。",
        },
        {
            "en": "Neither governments nor companies can close the gap alone: the most effective strategies combine wage floors, collective bargaining, fair purchasing practices and social protection.",
            "fr": "Ni les États ni les entreprises ne peuvent combler seuls cet écart : les stratégies les plus efficaces combinent salaires planchers, négociation collective, pratiques d'achat équitables et protection sociale.",
            "ar": "لا تستطيع الحكومات ولا الشركات سدّ هذه الفجوة بمفردها: فأنجع الاستراتيجيات تجمع بين حدود دنيا للأجور والمفاوضة الجماعية وممارسات شراء منصفة والحماية الاجتماعية.",
            "zh-hans": "无论政府还是企业都无法单独弥合这一差距：最有效的策略是将工资底线、集体谈判、公平采购做法和社会保护结合起来。",
        },
        {
            "en": "Workers in the informal economy, most of them women and young people, need specific measures, from recognised skills to minimum earnings for platform work.",
            "fr": "Les travailleurs de l'économie informelle, en majorité des femmes et des jeunes, ont besoin de mesures spécifiques, de la reconnaissance des compétences aux revenus minimums pour le travail de plateforme.",
            "ar": "يحتاج العاملون في الاقتصاد غير الرسمي، ومعظمهم من النساء والشباب، إلى تدابير خاصة، من الاعتراف بالمهارات إلى حدّ أدنى من الدخل للعمل عبر المنصات.",
            "zh-hans": "非正规经济中的劳动者大多是妇女和青年，他们需要专门的措施，从技能认证到平台工作的最低收入保障。",
        },
    ],
    "what_is_known": {
        "en": "In the twenty countries reviewed, legal minimum wages cover between 40 and 90 per cent of a living wage estimated for a family. The gap is widest where inflation is high and where most people work informally, beyond the reach of any wage floor.",
        "fr": "Dans les vingt pays étudiés, les salaires minimums légaux couvrent entre 40 et 90 % d'un salaire décent estimé pour une famille. L'écart est le plus grand là où l'inflation est forte et où la plupart des gens travaillent de manière informelle, hors de portée de tout salaire plancher.",
        "ar": "في البلدان العشرين التي جرت مراجعتها، تغطي الأجور الدنيا القانونية ما بين 40 و90 في المئة من الأجر المعيشي المقدَّر لأسرة. وتكون الفجوة في أوسع حالاتها حيث التضخم مرتفع وحيث يعمل معظم الناس بشكل غير رسمي، بعيدًا عن متناول أي حدّ أدنى للأجور.",
        "zh-hans": "在所审查的二十个国家中，法定最低工资仅相当于家庭生活工资估算值的40%至90%。在通货膨胀严重、多数人从事非正规就业而不受任何工资底线保护的地方，差距最大。",
    },
    "what_is_desirable": {
        "en": "Principles of justice converge on a simple standard: full-time work should lift a worker and their dependants out of poverty and allow them to take part in social life. How the cost is shared should reflect who benefits from the work, along the whole value chain.",
        "fr": "Les principes de justice convergent vers une norme simple : un travail à temps plein doit permettre à un travailleur et aux personnes à sa charge de sortir de la pauvreté et de participer à la vie sociale. La répartition du coût doit refléter qui bénéficie du travail, tout au long de la chaîne de valeur.",
        "ar": "تلتقي مبادئ العدالة عند معيار بسيط: ينبغي أن يُخرج العمل بدوام كامل العاملَ ومن يعولهم من الفقر وأن يتيح لهم المشاركة في الحياة الاجتماعية. وينبغي أن يعكس توزيع الكلفة من يستفيد من العمل على امتداد سلسلة القيمة بأكملها.",
        "zh-hans": "各种正义原则都指向一个简单的标准：全职工作应使劳动者及其受抚养人摆脱贫困，并能够参与社会生活。成本如何分担，应当反映整个价值链上谁从这项工作中受益。",
    },
    "obstacles_and_opportunities": {
        "en": "Price pressure in global supply chains, weak collective bargaining and fears for competitiveness hold wages down. Yet living wage benchmarks are now widely available, and many companies have found that better pay reduces staff turnover and raises productivity.",
        "fr": "La pression sur les prix dans les chaînes d'approvisionnement mondiales, la faiblesse de la négociation collective et les craintes pour la compétitivité tirent les salaires vers le bas. Pourtant, des références de salaire décent sont désormais largement disponibles, et de nombreuses entreprises ont constaté qu'une meilleure rémunération réduit le renouvellement du personnel et accroît la productivité.",
        "ar": "تُبقي ضغوط الأسعار في سلاسل التوريد العالمية وضعف المفاوضة الجماعية والمخاوف على القدرة التنافسية الأجورَ منخفضة. ومع ذلك، باتت المعايير المرجعية للأجر المعيشي متاحة على نطاق واسع، ووجدت شركات كثيرة أن تحسين الأجور يقلّل دوران العمالة ويرفع الإنتاجية.",
        "zh-hans": "全球供应链中的价格压力、薄弱的集体谈判以及对竞争力的担忧压低了工资。然而，生活工资基准如今已广泛可得，许多企业也发现，提高工资能够降低人员流动率并提升生产率。",
    },
    "what_can_be_done": {
        "en": "Governments can index minimum wages to the cost of living and extend collective agreements to whole sectors. Companies can build living wages into the prices they pay suppliers, and workers' organisations can use shared benchmarks at the bargaining table.",
        "fr": "Les États peuvent indexer les salaires minimums sur le coût de la vie et étendre les conventions collectives à des secteurs entiers. Les entreprises peuvent intégrer le salaire décent dans les prix qu'elles paient à leurs fournisseurs, et les organisations de travailleurs peuvent s'appuyer sur des références communes à la table des négociations.",
        "ar": "يمكن للحكومات ربط الأجور الدنيا بتكاليف المعيشة وتوسيع نطاق الاتفاقات الجماعية لتشمل قطاعات بأكملها. ويمكن للشركات أن تُدرج الأجر المعيشي في الأسعار التي تدفعها لمورديها، ويمكن لمنظمات العمال أن تستخدم معايير مرجعية مشتركة على طاولة المفاوضات.",
        "zh-hans": "政府可以将最低工资与生活成本挂钩，并将集体协议推广至整个行业。企业可以把生活工资纳入向供应商支付的价格，工人组织则可以在谈判桌上使用共同的基准。",
    },
    "recommendations": [
        {
            "title": {
                "en": "Index minimum wages to a published cost of living",
                "fr": "Indexer les salaires minimums sur un coût de la vie publié",
                "ar": "ربط الأجور الدنيا بتكلفة معيشة منشورة",
                "zh-hans": "将最低工资与公开的生活成本挂钩",
            },
            "text": {
                "en": "Review wage floors every year against a transparent estimate of what a decent life costs, prepared with employers and unions.",
                "fr": "Réviser chaque année les salaires planchers au regard d'une estimation transparente du coût d'une vie décente, élaborée avec les employeurs et les syndicats.",
                "ar": "مراجعة الحدود الدنيا للأجور كل عام استنادًا إلى تقدير شفاف لتكلفة الحياة الكريمة، يُعدّ بالتعاون مع أصحاب العمل والنقابات.",
                "zh-hans": "每年对照一项与雇主和工会共同编制的、透明的体面生活成本估算，审查工资底线。",
            },
            "addressed_to": {
                "en": "National governments",
                "fr": "Gouvernements nationaux",
                "ar": "الحكومات الوطنية",
                "zh-hans": "各国政府",
            },
        },
        {
            "title": {
                "en": "Pay prices that allow suppliers to pay living wages",
                "fr": "Payer des prix qui permettent aux fournisseurs de verser des salaires décents",
                "ar": "دفع أسعار تتيح للموردين دفع أجور معيشية",
                "zh-hans": "支付能让供应商发放生活工资的价格",
            },
            "text": {
                "en": "Make the labour cost of a living wage a protected line in purchase prices, and publish progress supplier by supplier.",
                "fr": "Faire du coût salarial d'un salaire décent une ligne protégée des prix d'achat, et publier les progrès fournisseur par fournisseur.",
                "ar": "جعل كلفة العمل المرتبطة بالأجر المعيشي بندًا محميًا في أسعار الشراء، ونشر التقدم المحرز لكل مورد على حدة.",
                "zh-hans": "将生活工资对应的劳动力成本列为采购价格中受保护的单项，并逐一公布各供应商的进展。",
            },
            "addressed_to": {
                "en": "Companies and buyers",
                "fr": "Entreprises et acheteurs",
                "ar": "الشركات والمشترون",
                "zh-hans": "企业和采购方",
            },
        },
        {
            "title": {
                "en": "Extend protection to informal and platform workers",
                "fr": "Étendre la protection aux travailleurs informels et de plateforme",
                "ar": "توسيع الحماية لتشمل العاملين في الاقتصاد غير الرسمي وعبر المنصات",
                "zh-hans": "将保护范围扩大到非正规劳动者和平台劳动者",
            },
            "text": {
                "en": "Guarantee minimum earnings per hour of work on digital platforms and recognise the skills of informal workers.",
                "fr": "Garantir un revenu minimum par heure de travail sur les plateformes numériques et reconnaître les compétences des travailleurs informels.",
                "ar": "ضمان حدّ أدنى من الدخل عن كل ساعة عمل على المنصات الرقمية والاعتراف بمهارات العاملين في الاقتصاد غير الرسمي.",
                "zh-hans": "保障数字平台上每小时工作的最低收入，并承认非正规劳动者的技能。",
            },
            "addressed_to": {
                "en": "Governments, platforms and international organisations",
                "fr": "Gouvernements, plateformes et organisations internationales",
                "ar": "الحكومات والمنصات والمنظمات الدولية",
                "zh-hans": "各国政府、平台和国际组织",
            },
        },
    ],
    "toolkit": [
        {
            "title": {
                "en": "Living wage calculator",
                "fr": "Calculateur de salaire décent",
                "ar": "حاسبة الأجر المعيشي",
                "zh-hans": "生活工资计算器",
            },
            "description": {
                "en": "A spreadsheet to estimate a living wage for a city from local prices, with instructions.",
                "fr": "Un tableur pour estimer le salaire décent d'une ville à partir des prix locaux, avec son mode d'emploi.",
                "ar": "جدول بيانات لتقدير الأجر المعيشي في مدينة ما انطلاقًا من الأسعار المحلية، مع تعليمات الاستخدام.",
                "zh-hans": "一份根据当地物价估算城市生活工资的电子表格，附使用说明。",
            },
            "link": "https://example.org/demo/living-wages/calculator",
        },
        {
            "title": {
                "en": "Guide to open-book purchasing",
                "fr": "Guide des achats à livre ouvert",
                "ar": "دليل الشراء بالحسابات المفتوحة",
                "zh-hans": "开放账簿采购指南",
            },
            "description": {
                "en": "How buyers and suppliers can agree on prices that cover living wages.",
                "fr": "Comment acheteurs et fournisseurs peuvent s'accorder sur des prix qui couvrent des salaires décents.",
                "ar": "كيف يمكن للمشترين والموردين الاتفاق على أسعار تغطي الأجور المعيشية.",
                "zh-hans": "采购方与供应商如何就涵盖生活工资的价格达成一致。",
            },
            "link": "https://example.org/demo/living-wages/open-book-purchasing",
        },
    ],
    "themes": ["living-wages", "entrepreneurship-social-purpose", "measuring-what-we-value"],
    "domains": ["work-employment", "social-protection", "gender-equality"],
    "audiences": ["policymakers", "business", "civil-society", "scholars"],
    "countries": ["NG", "GH", "BD", "AR", "CL", "PH", "JP", "FR"],
}

BRIEF = {
    "title": "Measuring what we value: five indicators every city can publish",
    "summary": "A short brief for local governments that want to report on well-being, inequality and ecological health next to their budget.",
    "publication_date": "2026-03-10",
    "authors": [
        ("Claire Moreau", "author", "Observatoire des Richesses Partagées"),
        ("Aroha Ngata", "author", "Aotearoa Wellbeing Economy Trust"),
    ],
    "key_messages": [
        "Budgets judged by growth alone miss what residents value most.",
        "Five indicators, chosen with residents, are enough to start: time for care, social ties, housing costs, air and water quality, and trust in local institutions.",
        "Publishing them every year next to the budget changes the questions elected officials are asked.",
    ],
    "body": [
        ("heading", "Why cities should start now"),
        (
            "paragraph",
            "National statistical offices have developed well-being frameworks, but local decisions are still assessed by jobs and tax revenue. Cities and districts can move faster, because they are closer to residents and to the services that shape daily life.",
        ),
        (
            "paragraph",
            "The towns of the Drôme valley in France and six district councils in Aotearoa New Zealand show that a handful of indicators, chosen by citizens' panels, can change how projects are discussed and assessed.",
        ),
        ("heading", "What it takes"),
        (
            "paragraph",
            "A citizens' panel to choose the indicators, a small team to collect the data, and the commitment to publish the results even when they are unflattering. The cost is modest compared with the budget decisions it informs.",
        ),
        (
            "quote",
            {
                "quote": "Since we publish the accounts, nobody presents a project without saying what it does for care and for the river.",
                "attribution": "A town councillor taking part in the Community Wellbeing Accounts (fictional quotation)",
            },
        ),
        (
            "link",
            {
                "title": "Indicator selection guide for citizens' panels",
                "url": "https://example.org/demo/briefs/indicator-guide",
                "description": "The method used by the towns quoted in this brief.",
            },
        ),
    ],
    "themes": ["measuring-what-we-value", "systemic-conditions", "cities-social-progress"],
    "domains": ["governance", "finance-economy"],
    "audiences": ["policymakers", "scholars"],
    "countries": ["FR", "NZ"],
}

DATA_STORY = {
    "title": "How far wages fall short: the living wage gap in eight cities",
    "summary": "Minimum wages, typical wages and living wage estimates compared in eight cities, with the data behind every chart.",
    "publication_date": "2026-09-01",
    "authors": [
        ("Oluwaseun Adeyemi", "author", "Lagos Fair Pay Observatory"),
        ("Valentina Rojas", "author", "Red de Salarios Dignos"),
    ],
    "body": [
        (
            "paragraph",
            "How much of a living wage does a worker on the legal minimum earn? We compared living wage estimates for a family with the legal minimum wage and with the median wage of garment, retail and care workers in eight cities. All figures are fictional and serve only to demonstrate the platform.",
        ),
        (
            "chart",
            {
                "title": "Wages as a share of the living wage, 2025",
                "chart_type": "bar",
                "unit": "% of the living wage",
                "caption": "In none of the eight cities does the legal minimum wage reach a living wage; typical wages come closer but still fall short in six.",
                "source": "IPSP demonstration data (fictional)",
                "rows": [
                    ["City", "Legal minimum wage", "Median wage of low-paid sectors"],
                    ["Lagos", "48", "71"],
                    ["Accra", "52", "68"],
                    ["Dhaka", "45", "63"],
                    ["Manila", "61", "79"],
                    ["Buenos Aires", "58", "84"],
                    ["Santiago", "72", "95"],
                    ["Osaka", "83", "104"],
                    ["Lyon", "88", "101"],
                ],
            },
        ),
        (
            "paragraph",
            "The gap has moved differently over time. Where minimum wages are indexed to prices, it has narrowed; where high inflation meets fragmented bargaining, it has widened year after year.",
        ),
        (
            "chart",
            {
                "title": "Legal minimum wage as a share of the living wage, 2019-2025",
                "chart_type": "line",
                "unit": "% of the living wage",
                "caption": "Indexation protects the minimum wage against inflation; its absence lets the gap widen.",
                "source": "IPSP demonstration data (fictional)",
                "rows": [
                    ["Year", "Buenos Aires", "Manila", "Lyon"],
                    ["2019", "71", "58", "86"],
                    ["2020", "68", "59", "87"],
                    ["2021", "65", "59", "87"],
                    ["2022", "60", "57", "86"],
                    ["2023", "55", "59", "88"],
                    ["2024", "54", "60", "88"],
                    ["2025", "58", "61", "88"],
                ],
            },
        ),
        (
            "paragraph",
            "The initiatives in the directory suggest ways to close the gap: shared benchmarks at the bargaining table in the Southern Cone, living wages built into purchase prices in the garment industry, and written contracts for domestic workers.",
        ),
    ],
    "data_sources": [
        "Living wage estimates: demonstration values modelled on the cost of a decent basket of goods for a family of four.",
        "Wages: demonstration values. No real statistical source is used on this page.",
    ],
    "themes": ["living-wages", "measuring-what-we-value"],
    "domains": ["work-employment", "finance-economy"],
    "audiences": ["media", "teachers-students", "general-public"],
    "countries": ["NG", "GH", "BD", "PH", "AR", "CL", "JP", "FR"],
}

MEDIA = [
    {
        "slug": "webinar-citizens-assemblies-against-backsliding",
        "title": "Webinar: citizens' assemblies against democratic backsliding",
        "summary": "Practitioners from Lisbon, Seoul and Cape Town discuss what randomly selected assemblies can and cannot do to protect democracy.",
        "kind": "webinar",
        "publication_date": "2026-05-20",
        "duration_minutes": 90,
        "speakers": "Inês Ferreira, Kim Ji-woo, Thandiwe Dlamini; moderated by Sophie Laurent",
        "media_url": "https://example.org/demo/media/webinar-citizens-assemblies",
        "description": [
            "Citizens' assemblies are spreading from city halls to national parliaments. Can they act as a barrier against democratic backsliding, or do they risk becoming a democratic alibi?",
            "Three practitioners compare their experiences with assemblies on housing, on public uses of artificial intelligence and in schools, and answer questions from the audience.",
        ],
        "transcript": "Moderator: Welcome to this IPSP webinar on citizens' assemblies. Let us start with a simple question: what did your assembly change? ... (Demonstration transcript, abridged.)",
        "themes": ["barriers-democratic-backsliding", "steering-technological-change"],
        "domains": ["governance"],
        "audiences": ["policymakers", "civil-society", "scholars"],
        "countries": ["PT", "KR", "ZA"],
    },
    {
        "slug": "podcast-the-women-who-farm-the-sea",
        "title": "Podcast: the women who farm the sea",
        "summary": "On Pemba Island, women seaweed farmers adapt to warmer waters and build a business of their own. An episode of the Social Progress Stories podcast.",
        "kind": "podcast",
        "publication_date": "2026-07-08",
        "duration_minutes": 28,
        "speakers": "Neema Mwakyusa, Zawadi Njeri; presented by Emma Walsh",
        "media_url": "https://example.org/demo/media/podcast-women-who-farm-the-sea",
        "description": [
            "Seaweed farming changed the lives of thousands of women on the islands of Zanzibar. Then the sea grew warmer. This episode follows a cooperative that moved its farms into deeper water and learnt to turn its harvest into products sold on the islands.",
        ],
        "transcript": "Presenter: It is low tide on the east coast of Pemba, and the women are already in the water... (Demonstration transcript, abridged.)",
        "themes": ["beyond-extractive-paradigm", "entrepreneurship-social-purpose"],
        "domains": ["food-agriculture", "gender-equality"],
        "audiences": ["general-public", "teachers-students"],
        "countries": ["TZ"],
    },
]

ARTICLES = [
    {
        "slug": "what-the-forum-taught-us-about-coalitions",
        "title": "What the Forum taught us about coalitions",
        "summary": "Three lessons from the second World Social Progress Forum on how actors with different agendas can work together.",
        "kind": "blog",
        "publication_date": "2026-11-05",
        "author_name": "Kofi Mensah",
        "body": [
            (
                "paragraph",
                "For three days in Dakar, unions sat next to business owners, village mediators next to economists, and funders next to the groups they fund. What did we learn about building coalitions for social progress?",
            ),
            ("heading", "Start from a shared problem, not a shared identity"),
            (
                "paragraph",
                "The most productive workshops gathered people around a concrete problem, such as wages in garment towns or water in the Delta, rather than around their type of organisation.",
            ),
            ("heading", "Make room for disagreement"),
            (
                "paragraph",
                "Coalitions that named their disagreements early lasted longer than those that avoided them. Several participants asked the Panel to document how tensions between partners were handled.",
            ),
            ("heading", "Keep the smallest actors at the table"),
            (
                "paragraph",
                "Community groups often cannot afford the time that coalitions require. Paying for their participation is not a favour; it is a condition for coalitions that represent those they speak for.",
            ),
        ],
        "themes": ["systemic-conditions", "global-solidarity-citizenship"],
        "domains": ["governance"],
        "audiences": ["civil-society", "general-public"],
        "countries": ["SN"],
    },
    {
        "slug": "call-for-nominations-social-progress-awards-2027",
        "title": "Call for nominations: Social Progress Awards 2027",
        "summary": "Nominations are open for the 2027 Social Progress Awards, which recognise outstanding and inspirational achievements.",
        "kind": "news",
        "publication_date": "2026-11-16",
        "author_name": "IPSP secretariat",
        "body": [
            (
                "paragraph",
                "The Social Progress Awards recognise outstanding and inspirational achievements for social progress. Any initiative registered in the directory can be nominated, by its holders or by others.",
            ),
            (
                "paragraph",
                "Reviewers give particular attention to initiatives that are new, smaller, less visible or more remote than well-known actors. The awards will be presented at the third World Social Progress Forum in October 2027.",
            ),
            (
                "link",
                {
                    "title": "Nomination form (demonstration)",
                    "url": "https://example.org/demo/awards-2027/nominate",
                    "description": "Nominations close on 31 March 2027.",
                },
            ),
        ],
        "themes": ["inspiration-behavioural-change"],
        "domains": [],
        "audiences": ["civil-society", "media", "general-public"],
        "countries": [],
    },
]

EVENTS = [
    {
        "slug": "second-world-social-progress-forum",
        "title": "Second World Social Progress Forum",
        "summary": "Keynotes, workshops, presentations and poster sessions on coalitions for social progress, in Dakar and online.",
        "kind": "forum",
        "start": "2026-10-26T09:00:00+00:00",
        "end": "2026-10-28T18:00:00+00:00",
        "event_format": "hybrid",
        "venue": "Conference centre (demonstration venue)",
        "city": "Dakar",
        "country": "SN",
        "body": [
            (
                "paragraph",
                "Held every year on a different continent, the World Social Progress Forum brings together scholars, practitioners, policymakers and business leaders to exchange ideas and experiences. The 2026 edition focused on the coalitions of actors able to carry a social progress agenda.",
            ),
            (
                "paragraph",
                "Background material and video presentations were shared before the Forum, so that sessions could concentrate on questions and practical exchanges.",
            ),
        ],
        "themes": ["systemic-conditions", "global-solidarity-citizenship"],
        "audiences": ["scholars", "civil-society", "policymakers", "business"],
    },
    {
        "slug": "social-progress-awards-2026",
        "title": "Social Progress Awards 2026",
        "summary": "The awards ceremony of the second World Social Progress Forum, recognising outstanding and inspirational achievements.",
        "kind": "awards",
        "start": "2026-10-27T18:30:00+00:00",
        "end": "2026-10-27T21:00:00+00:00",
        "event_format": "hybrid",
        "venue": "Conference centre (demonstration venue)",
        "city": "Dakar",
        "country": "SN",
        "body": [
            (
                "paragraph",
                "Seven initiatives flagged by IPSP reviewers received Social Progress Awards, from village peace circles in the Sahel to a care cooperative in Osaka.",
            ),
        ],
        "themes": ["inspiration-behavioural-change"],
        "audiences": ["civil-society", "media", "general-public"],
    },
    {
        "slug": "world-social-progress-day-2026",
        "title": "World Social Progress Day 2026 and the first Declaration",
        "summary": "On October 28th, the Panel launched World Social Progress Day and released its first annual Declaration.",
        "kind": "day",
        "start": "2026-10-28T10:00:00+00:00",
        "end": "2026-10-28T20:00:00+00:00",
        "event_format": "hybrid",
        "venue": "",
        "city": "Dakar",
        "country": "SN",
        "body": [
            (
                "paragraph",
                "World Social Progress Day takes place every year on October 28th. It is the occasion to release an annual Declaration calling for a set of concrete changes, addressed to international organisations, national governments and business leaders.",
            ),
            (
                "paragraph",
                "The 2026 Declaration calls for living wages along global supply chains, for minimum earnings on digital platforms and for the recognition of unpaid care work in national accounts.",
            ),
        ],
        "themes": ["living-wages", "measuring-what-we-value"],
        "audiences": ["policymakers", "business", "media", "general-public"],
    },
    {
        "slug": "workshop-measuring-living-wages",
        "title": "Workshop: measuring living wages with workers",
        "summary": "An online workshop for unions, researchers and companies on estimating living wages together with workers.",
        "kind": "workshop",
        "start": "2027-03-16T13:00:00+00:00",
        "end": "2027-03-16T16:00:00+00:00",
        "event_format": "online",
        "venue": "",
        "city": "",
        "country": None,
        "body": [
            (
                "paragraph",
                "Participants will learn to price a decent basket of goods with workers, to compare it with pay slips and earnings diaries, and to present the results at the bargaining table.",
            ),
        ],
        "themes": ["living-wages"],
        "audiences": ["civil-society", "business", "scholars"],
    },
    {
        "slug": "third-world-social-progress-forum",
        "title": "Third World Social Progress Forum",
        "summary": "The third Forum will take place in Bogotá and online, with the 2027 Social Progress Awards and World Social Progress Day.",
        "kind": "forum",
        "start": "2027-10-26T09:00:00+00:00",
        "end": "2027-10-28T18:00:00+00:00",
        "event_format": "hybrid",
        "venue": "University campus (demonstration venue)",
        "city": "Bogotá",
        "country": "CO",
        "body": [
            (
                "paragraph",
                "The third World Social Progress Forum will take place in Latin America. Keynotes, workshops, presentations and poster sessions will be open to all, in person and online, and the Social Progress Awards will be presented during the Forum.",
            ),
            (
                "paragraph",
                "Calls for workshops and posters will open in the spring. Most sessions will be hybrid, to widen attendance and reduce the ecological footprint of the event.",
            ),
        ],
        "themes": ["cities-social-progress", "global-solidarity-citizenship"],
        "audiences": ["scholars", "civil-society", "policymakers", "business", "media"],
    },
]
