"""Texts of the demonstration home page, audience pages and standard pages.

Multilingual values are dicts keyed by language code; the English text is the source, the
others are its translations (loaded into wagtail-localize's translation memory).
"""

SITE_SETTINGS = {
    "footer_text": (
        "The International Platform for Social Progress is developed by the International Panel "
        "on Social Progress, a non-profit association. This installation shows fictional "
        "demonstration content."
    ),
    "contact_email": "secretariat@example.org",
}

HOME = {
    "title": {
        "en": "International Platform for Social Progress",
        "fr": "Plateforme internationale pour le progrès social",
        "ar": "المنصة الدولية للتقدم الاجتماعي",
        "zh-hans": "国际社会进步平台",
        "bn": "সামাজিক অগ্রগতির জন্য আন্তর্জাতিক প্ল্যাটফর্ম",
        "hi": "सामाजिक प्रगति के लिए अंतरराष्ट्रीय मंच",
        "ja": "社会進歩のための国際プラットフォーム",
        "pt": "Plataforma Internacional para o Progresso Social",
        "ru": "Международная платформа социального прогресса",
        "sw": "Jukwaa la Kimataifa la Maendeleo ya Kijamii",
    },
    "summary": {
        "en": (
            "Social initiatives and the actors who carry them, side by side with the Panel's "
            "reports, briefs, data stories and events, in ten languages."
        ),
        "fr": (
            "Les initiatives sociales et les acteurs qui les portent, aux côtés des rapports, "
            "notes, récits de données et événements du Panel, en dix langues."
        ),
        "ar": (
            "المبادرات الاجتماعية والجهات الفاعلة التي تحملها، إلى جانب تقارير الفريق وموجزاته "
            "وقصص البيانات وفعالياته، بعشر لغات."
        ),
        "zh-hans": "社会创新举措及推动它们的行动者，与专家组的报告、简报、数据故事和活动并列呈现，提供十种语言版本。",
        "bn": "সামাজিক উদ্যোগ এবং সেগুলো যাঁরা এগিয়ে নেন সেই অংশীজনেরা, প্যানেলের প্রতিবেদন, নীতি-সংক্ষেপ, ডেটা-কাহিনি ও অনুষ্ঠানের পাশাপাশি—দশটি ভাষায়।",
        "hi": "सामाजिक पहलें और उन्हें आगे बढ़ाने वाले कर्ता, पैनल की रिपोर्टों, सारपत्रों, डेटा कहानियों और आयोजनों के साथ-साथ, दस भाषाओं में।",
        "ja": "社会的な取り組みとその担い手を、パネルの報告書、ブリーフ、データストーリー、イベントとあわせて、10の言語で紹介します。",
        "pt": "Iniciativas sociais e os atores que as conduzem, lado a lado com os relatórios, notas, histórias de dados e eventos do Painel, em dez idiomas.",
        "ru": "Социальные инициативы и участники, которые их реализуют, рядом с докладами, аналитическими записками, историями в данных и мероприятиями Группы — на десяти языках.",
        "sw": "Mipango ya kijamii na wadau wanaoiendesha, sambamba na ripoti, muhtasari wa sera, hadithi za data na matukio ya Jopo, kwa lugha kumi.",
    },
    "hero_title": {
        "en": "Collective intelligence for action",
        "fr": "L'intelligence collective au service de l'action",
        "ar": "ذكاء جماعي من أجل العمل",
        "zh-hans": "汇聚集体智慧，推动行动",
        "bn": "পদক্ষেপের জন্য সমষ্টিগত বুদ্ধিমত্তা",
        "hi": "कार्रवाई के लिए सामूहिक बुद्धिमत्ता",
        "ja": "行動のための集合知",
        "pt": "Inteligência coletiva para a ação",
        "ru": "Коллективный разум для действий",
        "sw": "Busara ya pamoja kwa ajili ya vitendo",
    },
    "hero_text": {
        "en": (
            "Find the most inspiring initiatives for social progress, meet the organisations, "
            "networks and communities behind them, and read what the International Panel on "
            "Social Progress has learnt across its fourteen themes."
        ),
        "fr": (
            "Découvrez les initiatives les plus inspirantes pour le progrès social, rencontrez "
            "les organisations, réseaux et communautés qui les portent, et lisez ce que le Panel "
            "international sur le progrès social a appris dans ses quatorze thèmes."
        ),
        "ar": (
            "اكتشف أكثر المبادرات إلهامًا من أجل التقدم الاجتماعي، وتعرّف على المنظمات والشبكات "
            "والمجتمعات التي تقف وراءها، واقرأ ما توصّل إليه الفريق الدولي المعني بالتقدم "
            "الاجتماعي في موضوعاته الأربعة عشر."
        ),
        "zh-hans": "发现推动社会进步最具启发性的举措，结识背后的组织、网络和社区，并阅读国际社会进步专家组在十四个主题中的研究成果。",
        "bn": "সামাজিক অগ্রগতির সবচেয়ে অনুপ্রেরণাদায়ী উদ্যোগগুলো খুঁজে নিন, সেগুলোর পেছনের সংগঠন, নেটওয়ার্ক ও জনগোষ্ঠীর সঙ্গে পরিচিত হোন, এবং সামাজিক অগ্রগতি বিষয়ক আন্তর্জাতিক প্যানেল তার চৌদ্দটি থিমে কী শিখেছে তা পড়ুন।",
        "hi": "सामाजिक प्रगति की सबसे प्रेरक पहलें खोजें, उनके पीछे खड़े संगठनों, नेटवर्कों और समुदायों से मिलें, और पढ़ें कि सामाजिक प्रगति पर अंतरराष्ट्रीय पैनल ने अपनी चौदह थीमों में क्या सीखा है।",
        "ja": "社会進歩に向けた特に刺激的な取り組みを見つけ、それを支える組織やネットワーク、コミュニティと出会い、社会進歩に関する国際パネルが14のテーマを通じて学んだことを読んでみてください。",
        "pt": "Encontre as iniciativas mais inspiradoras para o progresso social, conheça as organizações, redes e comunidades por trás delas e leia o que o Painel Internacional sobre o Progresso Social aprendeu em seus catorze temas.",
        "ru": "Находите самые вдохновляющие инициативы в интересах социального прогресса, знакомьтесь с организациями, сетями и сообществами, которые за ними стоят, и читайте, что Международная группа по социальному прогрессу узнала по своим четырнадцати темам.",
        "sw": "Gundua mipango yenye kuhamasisha zaidi kwa ajili ya maendeleo ya kijamii, kutana na mashirika, mitandao na jamii zilizo nyuma yake, na usome kile ambacho Jopo la Kimataifa la Maendeleo ya Kijamii limejifunza katika mada zake kumi na nne.",
    },
    "body": [
        (
            "heading",
            {
                "en": "A directory, a library and a meeting place",
                "fr": "Un répertoire, une bibliothèque et un lieu de rencontre",
                "ar": "دليل ومكتبة وملتقى",
                "zh-hans": "名录、图书馆与交流平台",
                "bn": "একটি ডিরেক্টরি, একটি গ্রন্থাগার এবং একটি মিলনস্থল",
                "hi": "एक निर्देशिका, एक पुस्तकालय और एक मिलन-स्थल",
                "ja": "ディレクトリ、図書館、そして出会いの場",
                "pt": "Um diretório, uma biblioteca e um ponto de encontro",
                "ru": "Каталог, библиотека и место встречи",
                "sw": "Saraka, maktaba na mahali pa kukutania",
            },
        ),
        (
            "paragraph",
            {
                "en": (
                    "Every initiative is described in five parts: the problem it addresses, its "
                    "approach, how its success is measured, whether it can be replicated and how "
                    "it deals with its side effects. IPSP reviewers flag the most innovative ones."
                ),
                "fr": (
                    "Chaque initiative est décrite en cinq parties : le problème qu'elle traite, "
                    "son approche, la mesure de son succès, sa reproductibilité et la façon dont "
                    "elle gère ses effets indirects. Les relecteurs de l'IPSP signalent les plus "
                    "innovantes."
                ),
                "ar": (
                    "توصف كل مبادرة في خمسة أجزاء: المشكلة التي تعالجها، ونهجها، وكيفية قياس "
                    "نجاحها، وإمكانية تكرارها، وطريقة تعاملها مع آثارها الجانبية. ويُبرز مراجعو "
                    "الفريق أكثرها ابتكارًا."
                ),
                "zh-hans": "每项举措都从五个方面加以描述：它所应对的问题、采用的方法、衡量成效的方式、可复制性，以及如何处理其外部影响。专家组的评审人会标注其中最具创新性的举措。",
                "bn": "প্রতিটি উদ্যোগ পাঁচটি অংশে বর্ণিত: এটি কোন সমস্যা মোকাবিলা করে, এর পদ্ধতি, এর সাফল্য কীভাবে পরিমাপ করা হয়, এর পুনরাবৃত্তি সম্ভব কি না, এবং এর পার্শ্বপ্রতিক্রিয়া এটি কীভাবে সামলায়। IPSP-এর পর্যালোচকেরা সবচেয়ে উদ্ভাবনীগুলো চিহ্নিত করেন।",
                "hi": "हर पहल का वर्णन पाँच हिस्सों में होता है: वह किस समस्या से निपटती है, उसका तरीका, उसकी सफलता कैसे मापी जाती है, क्या उसे दोहराया जा सकता है, और वह अपने अप्रत्यक्ष प्रभावों से कैसे निपटती है। IPSP के समीक्षक सबसे नवाचारी पहलों को चिह्नित करते हैं।",
                "ja": "それぞれの取り組みは、向き合っている課題、手法、成果の測り方、再現可能性、波及効果への対応という5つの観点から紹介されています。IPSPの審査員は、特に革新的なものを選んでいます。",
                "pt": "Cada iniciativa é descrita em cinco partes: o problema que enfrenta, sua abordagem, como seu sucesso é medido, se pode ser replicada e como lida com seus efeitos indiretos. Os avaliadores do IPSP destacam as mais inovadoras.",
                "ru": "Каждая инициатива описана в пяти разделах: проблема, которую она решает, её подход, способ измерения успеха, возможность воспроизведения и то, как она справляется с побочными эффектами. Рецензенты IPSP отмечают самые новаторские.",
                "sw": "Kila mpango unaelezwa katika sehemu tano: tatizo unalolishughulikia, mbinu yake, jinsi mafanikio yake yanavyopimwa, iwapo unaweza kuigwa na jinsi unavyoshughulikia athari zake zisizokusudiwa. Wakaguzi wa IPSP huteua ile iliyo bunifu zaidi.",
            },
        ),
        (
            "paragraph",
            {
                "en": (
                    "The content of this installation is fictional: it demonstrates how the "
                    "platform works before real entries are registered."
                ),
                "fr": (
                    "Le contenu de cette installation est fictif : il montre le fonctionnement de "
                    "la plateforme avant l'enregistrement de véritables contributions."
                ),
                "ar": "محتوى هذه النسخة خيالي: يوضّح طريقة عمل المنصة قبل تسجيل مدخلات حقيقية.",
                "zh-hans": "本站点的内容均为虚构，用于在真实条目登记之前演示平台的运作方式。",
                "bn": "এই সংস্করণের বিষয়বস্তু কাল্পনিক: প্রকৃত ভুক্তি নিবন্ধিত হওয়ার আগে প্ল্যাটফর্মটি কীভাবে কাজ করে, তা দেখানোই এর উদ্দেশ্য।",
                "hi": "इस संस्करण की सामग्री काल्पनिक है: यह दिखाती है कि असली प्रविष्टियाँ दर्ज होने से पहले मंच कैसे काम करता है।",
                "ja": "このサイトの内容は架空のものです。実際の項目が登録される前に、プラットフォームの仕組みをお見せするためのものです。",
                "pt": "O conteúdo deste site é fictício: ele mostra como a plataforma funciona antes que cadastros reais sejam feitos.",
                "ru": "Содержимое этого сайта вымышлено: оно показывает, как работает платформа, пока в ней нет настоящих записей.",
                "sw": "Maudhui ya toleo hili ni ya kubuni: yanaonyesha jinsi jukwaa linavyofanya kazi kabla maingizo halisi hayajasajiliwa.",
            },
        ),
    ],
}

# Audience slug → landing page. "links" name the index pages (by slug) each audience starts from.
AUDIENCES = [
    {
        "audience": "scholars",
        "slug": "for-scholars",
        "title": "For scholars",
        "summary": (
            "Cases, data and syntheses for research on social progress, with the Panel's "
            "reports and the encyclopedia as entry points."
        ),
        "intro": [
            "The directories give researchers an enlarged and diversified pool of cases: "
            "initiatives described in a common structure, tagged with the same themes, "
            "disciplines and countries, and flagged by IPSP reviewers when they stand out.",
            "Every initiative has a stable identifier and a citable DOI, so the cases you use in "
            "a publication can be traced by your readers.",
        ],
        "links": [
            ("Synthesis reports and briefs", "The Panel's assessments, their authors and their data.", "publications"),
            ("The encyclopedia", "What groups of similar initiatives have in common, and what sets each apart.", "encyclopedia"),
            ("Initiatives by discipline", "Filter the directory by discipline, theme or country.", "initiatives"),
        ],
        "body": [
            "Scholars can also join the decentralised community of reviewers who flag the most "
            "innovative and inspiring entries in their fields of competence.",
        ],
    },
    {
        "audience": "civil-society",
        "slug": "for-civil-society",
        "title": "For civil society actors",
        "summary": (
            "Register your initiative or organisation, find partners working on the same "
            "problems elsewhere, and gain visibility when reviewers flag your work."
        ),
        "intro": [
            "Grassroots groups, NGOs, cooperatives and networks register their initiatives with a "
            "simple form, one per initiative, and receive a private access token to update them as "
            "projects develop, evolve or end.",
            "No personal e-mail address is ever published: contacts between actors go through the "
            "platform, and any part of a description can be kept for IPSP use only.",
        ],
        "links": [
            ("Browse the initiatives", "Learn from initiatives addressing similar problems.", "initiatives"),
            ("Find actors", "Organisations, networks and communities, by theme and country.", "actors"),
            ("Events", "The World Social Progress Forum and the Social Progress Awards.", "publications"),
        ],
        "body": [
            "Flagged initiatives are featured on the platform, receive help to improve their "
            "presentation and may be invited to present their work at IPSP events.",
        ],
    },
    {
        "audience": "business",
        "slug": "for-business",
        "title": "For business",
        "summary": (
            "Purpose-driven enterprises, living wages and worker participation: evidence and "
            "examples for companies that want to be good for society."
        ),
        "intro": [
            "Free enterprise can be justified only as being good for society. The platform "
            "gathers companies, small and large, that write social purpose into their statutes, "
            "pay living wages across their supply chains and share decisions with their workers.",
        ],
        "links": [
            ("Entrepreneurship and social purpose", "Initiatives of the theme, with their measured results.", "initiatives"),
            ("The synthesis report on living wages", "What is known, what is desirable and what can be done.", "publications"),
            ("Find partners", "Actors working with business on social progress.", "actors"),
        ],
        "body": [
            "Small and medium enterprises are a particular focus: they employ most of the world's "
            "workers and can move faster than large groups.",
        ],
    },
    {
        "audience": "policymakers",
        "slug": "for-policymakers",
        "title": "For policymakers",
        "summary": (
            "Actionable recommendations, tested public programmes and the coalitions able to "
            "carry them, across the fourteen themes of the Panel's work programme."
        ),
        "intro": [
            "Each synthesis report answers four questions: what is known, what is desirable, what "
            "the obstacles and opportunities are, and what can be done, and by whom. "
            "Recommendations name the actors who should act on them.",
        ],
        "links": [
            ("Recommendations and briefs", "Short, actionable texts for decision-makers.", "publications"),
            ("Public programmes", "Initiatives led or co-led by public authorities.", "initiatives"),
            ("The encyclopedia", "Comparisons of similar programmes across countries.", "encyclopedia"),
        ],
        "body": [
            "The annual Declaration released on World Social Progress Day, October 28th, calls on "
            "international organisations, national governments and business leaders for a set of "
            "concrete changes.",
        ],
    },
    {
        "audience": "teachers-students",
        "slug": "for-teachers-and-students",
        "title": "For teachers and students",
        "summary": (
            "Case studies, data stories, webinars and podcasts to teach and learn about social "
            "progress, free to use in the classroom."
        ),
        "intro": [
            "Initiatives described in five comparable parts make ready-made case studies; data "
            "stories show their figures with the tables behind every chart.",
        ],
        "links": [
            ("Webinars, podcasts and data stories", "Media and data for the classroom.", "publications"),
            ("Initiatives to study", "Filter by theme, domain or country.", "initiatives"),
            ("The encyclopedia", "Introductions to families of initiatives.", "encyclopedia"),
        ],
        "body": [
            "Students are welcome to propose initiatives they have studied, with the agreement of "
            "their project holders.",
        ],
    },
    {
        "audience": "media",
        "slug": "for-media",
        "title": "For the media",
        "summary": (
            "Direct access to sources, publications and experts, for an informed and independent "
            "coverage of social progress."
        ),
        "intro": [
            "Journalists find here the Panel's publications with their data, the initiatives "
            "flagged by reviewers and the experts of the IPSP community, by theme and region.",
        ],
        "links": [
            ("Latest publications and news", "Reports, briefs, articles and events.", "publications"),
            ("Flagged initiatives", "The entries IPSP reviewers found most inspiring.", "initiatives"),
            ("Actors", "Organisations to contact through the platform.", "actors"),
        ],
        "body": [
            "Requests for interviews with IPSP authors go through the secretariat, which puts "
            "journalists in touch with the relevant experts.",
        ],
    },
    {
        "audience": "general-public",
        "slug": "for-everyone",
        "title": "For everyone",
        "summary": (
            "A free introduction to the most inspiring initiatives for better societies, and to "
            "the people who carry them."
        ),
        "intro": [
            "Social progress is not an abstraction: it is made by people who organise, test ideas "
            "and share what works. Start with an initiative near you, or with a theme you care "
            "about.",
        ],
        "links": [
            ("Initiatives near you", "Filter the directory by country or region.", "initiatives"),
            ("Podcasts and articles", "Stories from the field, told simply.", "publications"),
            ("World Social Progress Day", "Every year on October 28th.", "publications"),
        ],
        "body": [
            "You can also ask questions to the IPSP community: the secretariat channels them to "
            "the contributors and reviewers who know the subject.",
        ],
    },
]

ABOUT = {
    "slug": "about",
    "title": "About the Panel",
    "summary": (
        "The International Panel on Social Progress brings together scholars and actors to "
        "produce innovative, actionable knowledge for better societies."
    ),
    "body": [
        ("heading", "Collective intelligence for action"),
        (
            "paragraph",
            "The International Panel on Social Progress (IPSP) is a non-profit association "
            "registered in France in 2017 and with the United Nations in 2023. Its first report, "
            "in three volumes, was published by Cambridge University Press in 2018.",
        ),
        (
            "paragraph",
            "Its work programme for 2024-2027 is organised around five components of the Social "
            "Progress Agenda: reforming the economic system, unleashing the potential for social "
            "change, strengthening democracy and participation, promoting global security and "
            "solidarity, and rethinking relations with nature. Fourteen transversal themes, two of "
            "them overarching, structure its reports.",
        ),
        ("heading", "How the Panel works"),
        (
            "paragraph",
            "Reports are co-constructed with practitioners and member-based organisations, draw on "
            "expertise across disciplines and sectors, and look for solutions that a wide range of "
            "actors can take up. Authors, contributors and reviewers follow the IPSP code of "
            "ethics: objectivity, rigour, transparency, inclusivity and respect for human dignity.",
        ),
        (
            "paragraph",
            "Every year in October the Panel holds the World Social Progress Forum, on a different "
            "continent each time, and attributes the Social Progress Awards. World Social Progress "
            "Day, on October 28th, is the occasion to release an annual Declaration.",
        ),
        (
            "quote",
            {
                "quote": "Social progress can be affirmed as a key moral compass for action.",
                "attribution": "IPSP Work Programme 2024-2027",
            },
        ),
    ],
}

PRIVACY = {
    "slug": "privacy",
    "title": "Privacy notice",
    "summary": (
        "How the platform handles the personal data of readers and contributors, why, for how "
        "long, and the rights you have over it."
    ),
    "body": [
        (
            "paragraph",
            "This notice is demonstration text, written for the test installation of the platform. "
            "It describes how the platform is built to handle personal data; the IPSP secretariat "
            "will publish the notice that binds it, with its full legal details, before the "
            "platform opens to contributors.",
        ),
        ("heading", "Who is responsible"),
        (
            "paragraph",
            "The controller of the personal data processed on this platform is the secretariat of "
            "the International Panel on Social Progress (IPSP), a non-profit association "
            "registered in France. You can write to it at secretariat@example.org.",
        ),
        ("heading", "Readers"),
        (
            "paragraph",
            "You can read the whole platform without an account. It sets no cookies, uses no "
            "analytics or advertising service and loads no tracking script. Like every web "
            "server, ours keeps short-lived technical logs (network address, time, page "
            "requested) to keep the service secure; what you type into a form is never written "
            "to them.",
        ),
        (
            "paragraph",
            "Some entries embed a video from its provider, such as YouTube or Vimeo. The "
            "provider receives your request when the video loads and applies its own privacy "
            "policy; every video also has a plain link to watch it on the provider's site.",
        ),
        ("heading", "What we collect from contributors"),
        (
            "paragraph",
            "When you register an initiative or an organisation, we record your name (if you "
            "give it) and your e-mail address; the contact details of the organisations you "
            "register (contact person, e-mail address, telephone); the entries themselves, with "
            "their descriptions, classifications, people, organisations and links; and the date "
            "and time of your consent, with the version of this notice you agreed to.",
        ),
        (
            "paragraph",
            "Your name, your e-mail address and the contact details of organisations are never "
            "published, shown to other users or sent through the API. The entries are meant to "
            "be published once validated: the names of project holders and organisations you "
            "list appear on the entry and in the metadata of its DOI, so please name only people "
            "who agree to it. Any part of an organisation's description can be kept for IPSP use "
            "only.",
        ),
        ("heading", "Why, and on what legal basis"),
        (
            "paragraph",
            "We use this data to verify and publish the entries, to write to you about them "
            "(your access link, questions from the secretariat, comments from reviewers) and to "
            "keep the directory reliable. The legal basis is your consent (Article 6(1)(a) of "
            "the General Data Protection Regulation), which you give by ticking the box at the "
            "end of the form; we record the moment you gave it. You can withdraw it at any time "
            "by erasing your data, as described below.",
        ),
        ("heading", "Your access link"),
        (
            "paragraph",
            "Instead of an account, you receive a private access link, shown once after you send "
            "the form and sent to your e-mail address. We store only a hash of it, from which "
            "the link cannot be rebuilt: if you lose it, we can send you a new one, and the old "
            "one stops working at once.",
        ),
        ("heading", "Spam screening"),
        (
            "paragraph",
            "Automatic checks protect the forms from bots and abuse: the time taken to fill in "
            "the form, the number of submissions from one network address or e-mail address, the "
            "number of links and a list of blocked terms. The counters they use hold keyed "
            "hashes, never addresses, and expire within a day. A submission the checks hold is "
            "kept for a member of the secretariat to read, then deleted with its personal data "
            "after a limited period (30 days by default).",
        ),
        ("heading", "Who sees your data, and for how long"),
        (
            "paragraph",
            "Only the IPSP secretariat and the reviewers it appoints see private data, in the "
            "administration of the platform. We do not sell it or share it with anyone else. We "
            "keep your contact data as long as you have entries on the platform, or until you "
            "erase it; published entries stay online, with their DOI, unless you withdraw them.",
        ),
        ("heading", "Your rights"),
        (
            "paragraph",
            "Under the General Data Protection Regulation you have the right to access your "
            "data, to receive it in a portable format, to have it corrected or erased, and to "
            "withdraw your consent. Your access page lets you do this yourself: download all "
            "your data as a JSON file, update your entries and contact details, or erase your "
            "personal data, choosing whether your entries then stay online anonymised or are "
            "withdrawn.",
        ),
        ("heading", "Contact"),
        (
            "paragraph",
            "For any question, or if you cannot use your access page, write to the IPSP "
            "secretariat at secretariat@example.org. You may also lodge a complaint with a data "
            "protection authority; in France, the CNIL (www.cnil.fr).",
        ),
    ],
}
