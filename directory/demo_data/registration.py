"""The two public registration forms of the demonstration, with their translations.

Every text is a dict keyed by language code, English first (see `cms.demo.DemoContext.text`).
Rich-text fields (intro, guidance, thank-you text) are lists of paragraphs, each translated on
its own, as wagtail-localize splits them; the per-part guidance fields are plain text.
"""

INITIATIVE_FORM = {
    "title": {
        "en": "Register an initiative",
        "fr": "Enregistrer une initiative",
        "ar": "تسجيل مبادرة",
        "zh-hans": "登记一项社会举措",
    },
    "summary": {
        "en": "Describe a social initiative you carry or know well: once the IPSP secretariat has checked it, it joins the directory with a DOI you can cite.",
        "fr": "Décrivez une initiative sociale que vous portez ou connaissez bien : une fois vérifiée par le secrétariat de l'IPSP, elle rejoint le répertoire avec un DOI que vous pourrez citer.",
        "ar": "صِف مبادرة اجتماعية تقوم عليها أو تعرفها جيدًا: بعد أن تتحقق منها أمانة الفريق الدولي، تنضم إلى الدليل مع معرّف DOI يمكنك الاستشهاد به.",
        "zh-hans": "介绍一项由您发起或熟悉的社会举措：经专家组秘书处核实后，它将以可引用的DOI编号收录进名录。",
    },
    "intro": [
        {
            "en": "Do you carry a social initiative, or know one well? Describe it here so that researchers, policy makers and other practitioners can learn from it. You need no account, and the form takes about twenty minutes.",
            "fr": "Vous portez une initiative sociale, ou vous en connaissez une de près ? Décrivez-la ici pour que chercheurs, décideurs et autres praticiens puissent s'en inspirer. Aucun compte n'est nécessaire, et le formulaire prend une vingtaine de minutes.",
            "ar": "هل تقوم على مبادرة اجتماعية أو تعرف إحداها عن قرب؟ صِفها هنا ليستفيد منها الباحثون وصانعو القرار وسائر العاملين في الميدان. لا حاجة إلى حساب، ويستغرق ملء الاستمارة نحو عشرين دقيقة.",
            "zh-hans": "您是否发起了一项社会举措，或对某项举措十分了解？请在此介绍它，让研究人员、决策者和其他实践者能够从中学习。无需注册账户，填写表单大约需要二十分钟。",
        },
        {
            "en": "The form cannot be saved half-way, so you may prefer to prepare the longer answers in a text editor first. Write in the language you are most at ease with.",
            "fr": "Le formulaire ne peut pas être enregistré en cours de route : vous préférerez peut-être préparer les réponses les plus longues dans un traitement de texte. Écrivez dans la langue où vous êtes le plus à l'aise.",
            "ar": "لا يمكن حفظ الاستمارة في منتصف الطريق، لذا قد تفضّل إعداد الإجابات الطويلة مسبقًا في محرر نصوص. اكتب باللغة التي ترتاح إليها أكثر.",
            "zh-hans": "表单无法中途保存，因此您可以先在文本编辑器中准备较长的回答。请使用您最熟悉的语言填写。",
        },
    ],
    "guidance": [
        {
            "en": "A good entry is concrete and honest: readers want to understand what changed, for whom and how, not to read a brochure.",
            "fr": "Une bonne fiche est concrète et honnête : les lecteurs veulent comprendre ce qui a changé, pour qui et comment, pas lire une brochure.",
            "ar": "المُدخَل الجيد ملموس وصادق: يريد القرّاء أن يفهموا ما الذي تغيّر ولمن وكيف، لا أن يقرؤوا نشرة دعائية.",
            "zh-hans": "好的条目具体而真实：读者希望了解发生了什么变化、谁从中受益以及如何实现，而不是阅读一份宣传册。",
        },
        {
            "en": "Give facts and figures with their source and year, name the places and groups involved, and say what did not work as well as what did. Explain any acronym.",
            "fr": "Donnez des faits et des chiffres avec leur source et leur année, nommez les lieux et les groupes concernés, et dites ce qui n'a pas marché autant que ce qui a réussi. Expliquez chaque sigle.",
            "ar": "قدّم الوقائع والأرقام مع مصدرها وسنتها، وسمِّ الأماكن والفئات المعنية، واذكر ما لم ينجح كما تذكر ما نجح. واشرح كل اختصار.",
            "zh-hans": "请提供事实和数据并注明来源与年份，写明所涉及的地点和群体，既说明成功之处，也说明不足之处。请解释所有缩写。",
        },
        {
            "en": "Entries that advertise a product or a service, or that do not respect the IPSP Charter, are not published.",
            "fr": "Les fiches qui font la promotion d'un produit ou d'un service, ou qui ne respectent pas la Charte de l'IPSP, ne sont pas publiées.",
            "ar": "لا تُنشر المُدخَلات التي تروّج لمنتج أو خدمة، أو التي لا تحترم ميثاق الفريق الدولي.",
            "zh-hans": "推销产品或服务、或不符合专家组章程的条目将不予发布。",
        },
    ],
    "parts": {
        "problem": {
            "en": "Describe the situation before the initiative: who is affected, where, since when and how badly. One or two figures help readers measure the problem.",
            "fr": "Décrivez la situation avant l'initiative : qui est touché, où, depuis quand et à quel point. Un ou deux chiffres aident les lecteurs à mesurer le problème.",
            "ar": "صِف الوضع قبل المبادرة: من المتضررون، وأين، ومنذ متى، وإلى أي حد. يساعد رقم أو رقمان القرّاء على تقدير حجم المشكلة.",
            "zh-hans": "请描述举措开展之前的情况：谁受到影响、在哪里、从何时开始、程度如何。一两个数据有助于读者了解问题的规模。",
        },
        "approach": {
            "en": "Explain what you do, step by step, and what is new compared with the usual ways of tackling this problem: a method, a partnership, a way of financing or of deciding.",
            "fr": "Expliquez ce que vous faites, étape par étape, et ce qui est nouveau par rapport aux façons habituelles de traiter ce problème : une méthode, un partenariat, un mode de financement ou de décision.",
            "ar": "اشرح ما تقومون به خطوة بخطوة، وما الجديد فيه مقارنةً بالطرق المعتادة لمعالجة هذه المشكلة: منهج أو شراكة أو طريقة في التمويل أو في اتخاذ القرار.",
            "zh-hans": "请逐步说明您所做的工作，以及与应对这一问题的常规做法相比有何创新：一种方法、一种合作关系、一种筹资方式或决策方式。",
        },
        "success": {
            "en": "Tell what has changed and how you know it: indicators, evaluations, testimonies. Say who measured it, and over which period.",
            "fr": "Dites ce qui a changé et comment vous le savez : indicateurs, évaluations, témoignages. Précisez qui l'a mesuré, et sur quelle période.",
            "ar": "أخبرنا بما تغيّر وكيف عرفتم ذلك: مؤشرات أو تقييمات أو شهادات. واذكر من قام بالقياس وعلى أي فترة.",
            "zh-hans": "请说明发生了哪些变化以及您如何得知：指标、评估或亲历者的证言。请注明由谁测量、覆盖哪个时期。",
        },
        "replicability": {
            "en": "What would another group need to do the same elsewhere: skills, money, laws, partners? Mention any place where the approach has already been adapted.",
            "fr": "De quoi un autre groupe aurait-il besoin pour faire de même ailleurs : compétences, financements, lois, partenaires ? Mentionnez les lieux où l'approche a déjà été adaptée.",
            "ar": "ما الذي تحتاجه مجموعة أخرى لتفعل الشيء نفسه في مكان آخر: مهارات أو أموال أو قوانين أو شركاء؟ واذكر أي مكان سبق أن كُيّف فيه هذا النهج.",
            "zh-hans": "其他团体若要在别处开展同样的工作，需要具备哪些条件：技能、资金、法律还是合作伙伴？如该方法已在其他地方得到借鉴，请一并说明。",
        },
        "externalities": {
            "en": "Every initiative has side effects, good or bad, on people and places it did not target: neighbours, workers, the environment. Describe them and what you do about them.",
            "fr": "Toute initiative a des effets indirects, bons ou mauvais, sur des personnes et des lieux qu'elle ne visait pas : voisins, travailleurs, environnement. Décrivez-les, ainsi que ce que vous faites à leur sujet.",
            "ar": "لكل مبادرة آثار جانبية، حسنة أو سيئة، على أشخاص وأماكن لم تستهدفها: الجيران والعاملون والبيئة. صِف هذه الآثار وما تفعلونه حيالها.",
            "zh-hans": "任何举措都会对其并未针对的人群和地方产生或好或坏的附带影响：邻里、劳动者、环境。请描述这些影响以及您采取的应对措施。",
        },
    },
    "thank_you": [
        {
            "en": "Thank you for sharing your experience. A member of the IPSP secretariat reads every entry, usually within two weeks, and may ask you questions through your access page before publishing it.",
            "fr": "Merci de partager votre expérience. Un membre du secrétariat de l'IPSP lit chaque fiche, en général sous deux semaines, et peut vous poser des questions sur votre page d'accès avant de la publier.",
            "ar": "شكرًا لمشاركتك تجربتك. يقرأ أحد أعضاء أمانة الفريق الدولي كل مُدخَل، عادةً في غضون أسبوعين، وقد يطرح عليك أسئلة عبر صفحة الوصول الخاصة بك قبل نشره.",
            "zh-hans": "感谢您分享经验。专家组秘书处的工作人员会阅读每一个条目，通常在两周内完成，并可能在发布前通过您的访问页面向您提问。",
        },
    ],
}

ACTOR_FORM = {
    "title": {
        "en": "Register an organisation",
        "fr": "Enregistrer une organisation",
        "ar": "تسجيل منظمة",
        "zh-hans": "登记一个组织",
    },
    "summary": {
        "en": "Present your organisation, network or community group in the actors directory, so that initiatives, researchers and possible partners can find you.",
        "fr": "Présentez votre organisation, votre réseau ou votre groupe communautaire dans le répertoire des acteurs, pour que les initiatives, les chercheurs et vos futurs partenaires vous trouvent.",
        "ar": "قدِّم منظمتك أو شبكتك أو مجموعتك المجتمعية في دليل الجهات الفاعلة، ليجدك أصحاب المبادرات والباحثون والشركاء المحتملون.",
        "zh-hans": "在行动者名录中介绍您的组织、网络或社区团体，让各项举措、研究人员和潜在合作伙伴能够找到您。",
    },
    "intro": [
        {
            "en": "Associations, cooperatives, social enterprises, public bodies, research teams, networks and informal community groups are all welcome in the actors directory. Tell us what you do and with whom you would like to work.",
            "fr": "Associations, coopératives, entreprises sociales, organismes publics, équipes de recherche, réseaux et collectifs informels ont tous leur place dans le répertoire des acteurs. Dites-nous ce que vous faites et avec qui vous aimeriez travailler.",
            "ar": "الجمعيات والتعاونيات والمؤسسات الاجتماعية والهيئات العامة وفرق البحث والشبكات والمجموعات المجتمعية غير الرسمية كلها مرحَّب بها في دليل الجهات الفاعلة. أخبرنا بما تقومون به ومع من تودّون العمل.",
            "zh-hans": "协会、合作社、社会企业、公共机构、研究团队、网络以及非正式社区团体，都欢迎加入行动者名录。请告诉我们您在做什么，以及希望与谁合作。",
        },
        {
            "en": "You need no account. Your contact details stay private: only the IPSP secretariat sees them, and you can keep any part of your description for IPSP use only.",
            "fr": "Aucun compte n'est nécessaire. Vos coordonnées restent privées : seul le secrétariat de l'IPSP les voit, et vous pouvez réserver n'importe quelle partie de votre description à l'usage de l'IPSP.",
            "ar": "لا حاجة إلى حساب. تبقى بيانات الاتصال الخاصة بك سرّية: لا يطّلع عليها إلا أمانة الفريق الدولي، ويمكنك أن تقصر أي جزء من وصفك على استخدام الفريق الدولي وحده.",
            "zh-hans": "无需注册账户。您的联系方式将保密：只有专家组秘书处可以看到，您还可以将介绍中的任何部分设为仅供专家组内部使用。",
        },
    ],
    "guidance": [
        {
            "en": "Describe the organisation as it is today, in plain words: a reader from another country should understand in a few minutes what you do, where and with whom.",
            "fr": "Décrivez l'organisation telle qu'elle est aujourd'hui, avec des mots simples : un lecteur d'un autre pays doit comprendre en quelques minutes ce que vous faites, où et avec qui.",
            "ar": "صِف المنظمة كما هي اليوم، بكلمات بسيطة: ينبغي أن يفهم قارئ من بلد آخر في دقائق قليلة ما تقومون به وأين ومع من.",
            "zh-hans": "请用平实的语言介绍组织的现状：来自其他国家的读者应能在几分钟内了解您在做什么、在哪里做、与谁一起做。",
        },
        {
            "en": "If you also carry a specific initiative, register it separately with the initiative form: it will be linked to your organisation.",
            "fr": "Si vous portez aussi une initiative précise, enregistrez-la séparément avec le formulaire des initiatives : elle sera reliée à votre organisation.",
            "ar": "إذا كنتم تقومون أيضًا على مبادرة محددة، فسجّلوها على حدة باستمارة المبادرات: ستُربط بمنظمتكم.",
            "zh-hans": "如果您还负责某项具体举措，请使用举措登记表单单独登记：它将与您的组织相关联。",
        },
    ],
    "parts": {
        "problems": {
            "en": "Which social problems does your organisation work on, and for whom? Be specific about places and groups of people.",
            "fr": "Sur quels problèmes sociaux votre organisation travaille-t-elle, et pour qui ? Soyez précis sur les lieux et les groupes de personnes.",
            "ar": "ما المشكلات الاجتماعية التي تعمل عليها منظمتكم، ولصالح من؟ كونوا دقيقين في ذكر الأماكن وفئات الناس.",
            "zh-hans": "您的组织致力于解决哪些社会问题，服务对象是谁？请具体说明地点和人群。",
        },
        "activities_description": {
            "en": "Describe your main activities and what is innovative in them, with a few figures if you have them: people reached, members, years of activity.",
            "fr": "Décrivez vos principales activités et ce qu'elles ont d'innovant, avec quelques chiffres si vous en avez : personnes touchées, membres, années d'activité.",
            "ar": "صِفوا أنشطتكم الرئيسية وما فيها من ابتكار، مع بعض الأرقام إن توفرت: عدد من وصلتم إليهم، وعدد الأعضاء، وسنوات النشاط.",
            "zh-hans": "请介绍您的主要活动及其创新之处，如有数据请一并提供：覆盖人数、成员人数、活动年限。",
        },
        "partnerships": {
            "en": "Name the organisations you work with, locally or across borders, and what you do together. If some partnerships are confidential, keep this part unpublished further down the form.",
            "fr": "Nommez les organisations avec lesquelles vous travaillez, localement ou au-delà des frontières, et ce que vous faites ensemble. Si certains partenariats sont confidentiels, gardez cette partie non publiée plus bas dans le formulaire.",
            "ar": "سمّوا المنظمات التي تعملون معها محليًا أو عبر الحدود، وما تقومون به معًا. وإذا كانت بعض الشراكات سرّية، فاجعلوا هذا الجزء غير منشور في موضع لاحق من الاستمارة.",
            "zh-hans": "请列出与您在本地或跨国合作的组织，以及你们共同开展的工作。如某些合作关系需要保密，可在表单下方将此部分设为不公开。",
        },
        "collaboration_interest": {
            "en": "Say what kind of partners you are looking for (regions, topics, skills) and what you could offer them. This helps the secretariat put actors in touch.",
            "fr": "Dites quel type de partenaires vous recherchez (régions, sujets, compétences) et ce que vous pourriez leur apporter. Cela aide le secrétariat à mettre les acteurs en relation.",
            "ar": "اذكروا نوع الشركاء الذين تبحثون عنهم (المناطق والموضوعات والمهارات) وما يمكنكم تقديمه لهم. يساعد ذلك الأمانة على ربط الجهات الفاعلة بعضها ببعض.",
            "zh-hans": "请说明您在寻找什么样的合作伙伴（地区、议题、技能），以及您能为他们提供什么。这有助于秘书处为行动者牵线搭桥。",
        },
    },
    "thank_you": [
        {
            "en": "Thank you for presenting your organisation. The IPSP secretariat checks every entry before publishing it, usually within two weeks, and may ask you questions through your access page.",
            "fr": "Merci d'avoir présenté votre organisation. Le secrétariat de l'IPSP vérifie chaque fiche avant de la publier, en général sous deux semaines, et peut vous poser des questions sur votre page d'accès.",
            "ar": "شكرًا لتقديم منظمتك. تتحقق أمانة الفريق الدولي من كل مُدخَل قبل نشره، عادةً في غضون أسبوعين، وقد تطرح عليك أسئلة عبر صفحة الوصول الخاصة بك.",
            "zh-hans": "感谢您介绍贵组织。专家组秘书处会在发布前核实每一个条目，通常在两周内完成，并可能通过您的访问页面向您提问。",
        },
    ],
}
