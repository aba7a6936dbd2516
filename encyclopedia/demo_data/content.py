"""Texts of the demonstration encyclopedia.

The index page is translated (values keyed by language code); encyclopedia pages are in
English. Each page links initiatives sharing one theme (chosen by slug in `entries`, with what
is specific to each) and summarises their common features and specificities. Further reading
is either ("page", model label, slug, sentence) for a demo page, or ("url", title, address).
"""

INDEX = {
    "title": {
        "en": "Encyclopedia",
        "fr": "Encyclopédie",
        "ar": "الموسوعة",
        "zh-hans": "百科",
        "bn": "বিশ্বকোষ",
        "hi": "विश्वकोश",
        "ja": "百科事典",
        "pt": "Enciclopédia",
        "ru": "Энциклопедия",
        "sw": "Ensaiklopidia",
    },
    "summary": {
        "en": "Introductions to families of similar initiatives: what they have in common, and what sets each of them apart.",
        "fr": "Des introductions à des familles d'initiatives semblables : ce qu'elles ont en commun et ce qui distingue chacune d'elles.",
        "ar": "مداخل إلى مجموعات من المبادرات المتشابهة: ما الذي يجمع بينها، وما الذي يميز كلًّا منها.",
        "zh-hans": "介绍各类相似的举措：它们有哪些共同点，以及各自有何独特之处。",
        "bn": "একই ধরনের উদ্যোগের পরিবারগুলোর পরিচিতি: তাদের মধ্যে মিল কোথায়, আর প্রত্যেকটিকে কী আলাদা করে।",
        "hi": "मिलती-जुलती पहलों के परिवारों का परिचय: उनमें क्या समान है, और हर एक को क्या अलग बनाता है।",
        "ja": "似た取り組みのグループを紹介します。共通点は何か、そしてそれぞれの特徴は何か。",
        "pt": "Introduções a famílias de iniciativas semelhantes: o que elas têm em comum e o que distingue cada uma delas.",
        "ru": "Введения в семейства похожих инициатив: что у них общего и чем отличается каждая из них.",
        "sw": "Utangulizi wa makundi ya mipango inayofanana: kile inachoshiriki, na kinachoutofautisha kila mpango.",
    },
    "intro": {
        "en": "When enough entries of the directory are similar or cross-related, IPSP editors write a page that summarises their common features and their specificities. Together, these pages form a web encyclopedia of social progress.",
        "fr": "Lorsque suffisamment d'entrées du répertoire sont semblables ou liées entre elles, les éditeurs de l'IPSP rédigent une page qui en résume les traits communs et les spécificités. Ensemble, ces pages forment une encyclopédie en ligne du progrès social.",
        "ar": "عندما يصبح عدد كافٍ من مدخلات الدليل متشابهًا أو مترابطًا، يكتب محررو الفريق صفحة تلخّص سماتها المشتركة وخصوصياتها. وتشكّل هذه الصفحات معًا موسوعة إلكترونية للتقدم الاجتماعي.",
        "zh-hans": "当名录中有足够多的条目相似或相互关联时，专家组的编辑会撰写一页，概述它们的共同特征和各自的特点。这些页面共同构成一部关于社会进步的网络百科。",
        "bn": "ডিরেক্টরির যথেষ্ট সংখ্যক ভুক্তি যখন পরস্পরের সদৃশ বা সম্পর্কিত হয়, তখন IPSP-এর সম্পাদকেরা একটি পৃষ্ঠা লেখেন, যাতে তাদের সাধারণ বৈশিষ্ট্য ও স্বতন্ত্র দিকগুলোর সারসংক্ষেপ থাকে। এই পৃষ্ঠাগুলো মিলে সামাজিক অগ্রগতির একটি অনলাইন বিশ্বকোষ গড়ে ওঠে।",
        "hi": "जब निर्देशिका की पर्याप्त प्रविष्टियाँ एक जैसी या आपस में जुड़ी होती हैं, तो IPSP के संपादक एक पृष्ठ लिखते हैं जो उनकी साझा विशेषताओं और विशिष्टताओं का सार प्रस्तुत करता है। ये पृष्ठ मिलकर सामाजिक प्रगति का एक वेब विश्वकोश बनाते हैं।",
        "ja": "ディレクトリに似通った項目や関連し合う項目が十分に集まると、IPSPの編集者がそれらの共通点と固有の特徴をまとめたページを書きます。これらのページが集まって、社会進歩のウェブ百科事典となります。",
        "pt": "Quando há no diretório cadastros suficientes que se parecem ou se relacionam, os editores do IPSP escrevem uma página que resume seus traços comuns e suas especificidades. Juntas, essas páginas formam uma enciclopédia on-line do progresso social.",
        "ru": "Когда в каталоге набирается достаточно похожих или взаимосвязанных записей, редакторы IPSP пишут страницу, в которой обобщают их общие черты и особенности. Вместе эти страницы образуют веб-энциклопедию социального прогресса.",
        "sw": "Maingizo ya kutosha ya saraka yanapofanana au kuhusiana, wahariri wa IPSP huandika ukurasa unaofupisha sifa zao za pamoja na upekee wao. Kwa pamoja, kurasa hizi zinaunda ensaiklopidia ya mtandaoni ya maendeleo ya kijamii.",
    },
}

PAGES = [
    {
        "slug": "living-wage-initiatives",
        "title": "Living wage initiatives",
        "summary": "How unions, companies, researchers and workers' associations on four continents are closing the gap between wages and the cost of a decent life.",
        "theme": "living-wages",
        "common_features": [
            "All these initiatives start from the same observation: legal minimum wages, where they exist, no longer cover the cost of a decent life for a family, and most low-paid workers have no reliable reference for what a fair wage would be.",
            "They share three ingredients. First, a living wage benchmark estimated with workers themselves, from the prices they actually pay. Second, transparency: wage gaps are published, sometimes factory by factory. Third, a mechanism that turns the benchmark into pay, whether collective bargaining, purchase prices or written contracts.",
        ],
        "specificities": [
            "They differ in who carries the cost. Company-led initiatives build the living wage into the prices paid by buyers; coalitions take benchmarks to sector-wide bargaining; campaigns rely on employers' reputation; tools for domestic workers make the law itself easier to apply.",
            "They also differ in their reach into the informal economy, which remains the main blind spot: only the initiatives working with domestic workers and refugees reach people without a formal employer.",
        ],
        "entries": {
            "living-wage-benchmarks-for-garment-towns": "Builds the living wage gap into purchase prices, supplier by supplier.",
            "fair-pay-price-tags": "Relies on a public cost-of-living basket and employers' reputation.",
            "southern-cone-living-wage-compact": "Takes shared benchmarks to collective bargaining in three countries.",
            "domestic-workers-pay-calculator": "Reaches workers without a formal employer through written contracts.",
            "refugee-skills-passport": "Tackles low pay at its source: unrecognised skills.",
            "coal-region-retraining-compact": "Guarantees wages while workers retrain for new jobs.",
        },
        "further_reading": [
            ("page", "publications.ReportPage", "living-wages-sharing-the-responsibility", "Read the Panel's synthesis report: "),
            ("page", "publications.DataStoryPage", "how-far-wages-fall-short-the-living-wage-gap-in-eight-cities", "See the figures in the data story: "),
            ("url", "How living wage benchmarks are estimated (demonstration)", "https://example.org/demo/encyclopedia/living-wage-methods"),
        ],
    },
    {
        "slug": "deliberative-and-participatory-democracy-at-local-level",
        "title": "Deliberative and participatory democracy at the local level",
        "summary": "Citizens' assemblies, juries, ward assemblies and neighbourhood councils: how local institutions share decisions with residents, and what they change.",
        "theme": "barriers-democratic-backsliding",
        "common_features": [
            "These initiatives give residents a real share in public decisions, beyond elections and consultations. Participants are either drawn by lot or reached through open assemblies in every neighbourhood, and they receive the information and time they need to form a considered view.",
            "All of them make the public authority commit in advance to answer: recommendations are not advisory gestures but proposals that councils must accept, amend or reject publicly. Most also take measures, such as allowances, childcare or reserved places, so that those usually absent can take part.",
        ],
        "specificities": [
            "Civic lotteries produce a small group that mirrors the population, suited to contested questions such as housing or artificial intelligence. Ward assemblies and neighbourhood councils reach many more people over many years, and shape budgets and infrastructure rather than single decisions.",
            "Their weak point is follow-up: several initiatives now monitor implementation for years after the recommendations, and publish what became of each of them.",
        ],
        "entries": {
            "citizens-assembly-on-housing": "A civic lottery on the first concern of residents.",
            "citizens-jury-on-public-sector-ai": "A jury setting conditions for the public use of algorithms.",
            "participatory-budgeting-in-every-ward": "Decades of ward assemblies, with reserved places for the marginalised.",
            "hillside-mobility-councils": "Elected councils reviewing every transport project.",
            "mock-parliaments-in-township-schools": "Where young people first learn how institutions work.",
        },
        "further_reading": [
            ("page", "publications.MediaPage", "webinar-citizens-assemblies-against-backsliding", "Watch practitioners discuss these questions: "),
            ("url", "A guide to civic lotteries (demonstration)", "https://example.org/demo/encyclopedia/civic-lotteries"),
        ],
    },
]
