"""Sentences from which `directory.demo` completes the descriptions of demonstration entries.

Placeholders: {place}, {group}, {measure}, {year}, {n}, {cost}, {other_country}. Every sentence
must read well for any entry, so they stay general; what is specific comes from the cards.
"""

PROBLEM_CONTEXT = [
    "In {place}, the burden falls hardest on {group}.",
    "The problem had been documented for years, but no lasting answer had been tried in {place}.",
    "Without action, the situation of {group} tends to worsen year after year.",
    "The people most affected had little say in the decisions that created the problem, and little information about their rights.",
    "Similar situations exist in many countries, which is why the founders chose to document their work carefully from the start.",
]

APPROACH_BY_TYPE = {
    "community-initiative": [
        "The initiative is run by the people it serves: decisions are taken in open assemblies and responsibilities rotate regularly.",
        "It relies on volunteers from the community, supported by a small paid team that handles training and reporting.",
    ],
    "social-enterprise": [
        "Surpluses are reinvested in the mission under a written purpose clause, and the people it serves are represented on the board.",
        "It covers most of its costs from its own sales, which keeps it independent of any single funder.",
    ],
    "public-programme": [
        "What is new is the division of labour: the public authority funds and guarantees, while community organisations help design and deliver.",
        "The programme was designed with the people it serves, and its rules are reviewed every year in a public meeting.",
    ],
    "research-project": [
        "Researchers and participants co-design the questions, share the data under an open licence and discuss the findings before publication.",
        "The research is action-oriented: results go back to participants first, in their own language, before any academic publication.",
    ],
    "advocacy-campaign": [
        "The campaign pairs evidence from the ground with a precise legal or budgetary request, so that decision-makers know exactly what to change.",
        "People directly affected lead the campaign and speak for themselves to decision-makers.",
    ],
    "network-coalition": [
        "It brings together actors who rarely sit at the same table, from unions and businesses to researchers and community groups, around a shared charter.",
        "Members keep their independence but agree on common data, common messages and a rotating coordination.",
    ],
    "funding-programme": [
        "Funding decisions are taken by a committee in which the communities concerned hold the majority of seats.",
        "Support is multi-year and flexible, so that those who receive it can plan instead of chasing short-term projects.",
    ],
    "training-programme": [
        "Training is peer-to-peer: graduates become trainers, and the curriculum is revised each cycle with participants.",
        "Learning happens on real problems rather than in the classroom, and participants leave with a project of their own.",
    ],
    "digital-tool": [
        "The tool is open-source, works on basic phones and with poor connections, and the data stay under the control of the communities that produce them.",
        "It was designed with its users in a series of workshops, and its code and documentation are freely available.",
    ],
    "corporate-initiative": [
        "The commitments are written into contracts and verified by workers' representatives rather than by auditors alone.",
        "The company publishes its data openly, including where it falls short of its own commitments.",
    ],
}

APPROACH_EVOLVING = [
    "The team is now redesigning the initiative to reach more people while keeping what made it work.",
    "After an internal evaluation, the initiative is evolving: its governance is being opened to new partners.",
]

SUCCESS_MEASURE = {
    "running": [
        "Progress is tracked through {measure}, with figures published every year and discussed in public meetings.",
        "The team follows {measure}, and compares them with similar places that did not take part.",
        "Results are measured through {measure}; an independent evaluation by a university team is under way.",
    ],
    "terminated": [
        "Results were measured through {measure}, and a final evaluation was published when the initiative closed.",
        "The team followed {measure} throughout, and an independent evaluation confirmed the main results.",
    ],
}

SUCCESS_TERMINATED = "The initiative ended in {year}, when its funding cycle closed; its methods and data remain available to others."

REPLICABILITY = [
    "The approach depends less on money than on trust, which takes time to build wherever it is tried.",
    "A practical guide documenting each step is freely available, and groups in {n} other places have adapted it so far.",
    "Replication works best where a local organisation can host the process; laws differ between countries, so some rules must be adapted.",
    "The main limit is scale: beyond a few thousand participants, the methods need to be federated rather than enlarged.",
    "Costs are modest, about {cost} US dollars per participant per year, which puts the model within reach of municipalities and foundations.",
    "Several elements, such as the training materials and the governance rules, could be reused on their own in very different settings.",
    "Partners in {other_country} have asked to try the model, and a first exchange visit took place last year.",
]

REPLICABILITY_TERMINATED = "Although the initiative has ended, its methods have been documented so that others can take them up."

EXTERNALITIES_BY_DOMAIN = {
    "education": [
        "Extra activities can weigh on teachers' time, so the initiative funds replacement hours rather than adding to their workload.",
        "Care is taken that those who cannot take part are not left behind, for instance by holding activities during school hours.",
    ],
    "health": [
        "Community health work can become unpaid labour for women, so promoters receive a stipend and recognised training certificates.",
        "The initiative refers people to public services rather than replacing them, to avoid building a parallel system.",
    ],
    "work-employment": [
        "Higher pay in one workplace can push costs onto suppliers or other workers, so wages are tracked along the whole chain.",
        "Employers could be tempted to cut hours to offset higher wages, so hours are monitored alongside pay.",
    ],
    "housing-urban": [
        "Improvements can raise land values and push out the very residents they serve, so rents are monitored and capped where possible.",
        "Works are organised with neighbours to limit disruption, and local builders are hired first.",
    ],
    "environment-climate": [
        "Protecting one area can displace damaging activities to another, so the initiative monitors the surrounding areas too.",
        "Conservation rules can hurt those who live from natural resources, so the people concerned help write the rules and share the benefits.",
    ],
    "food-agriculture": [
        "New methods can mean a few lean years while soils recover, so a common fund helps farmers through the transition.",
        "Selling more locally can strain smaller producers who cannot follow, so equipment and transport are shared.",
    ],
    "energy": [
        "Equipment has a footprint of its own, so panels, batteries and stoves are chosen for repairability and collected at the end of their life.",
        "Savings on bills could benefit owners rather than tenants, so agreements guarantee that tenants receive their share.",
    ],
    "finance-economy": [
        "Easier credit can lead to over-indebtedness, so every loan is preceded by training and capped in proportion to income.",
        "New financial flows could crowd out local savings groups, which are invited to join rather than replaced.",
    ],
    "governance": [
        "Participatory processes can be captured by the most vocal residents, so places are reserved for under-represented groups.",
        "Taking part takes time, so allowances and childcare are offered to those who could not otherwise join.",
    ],
    "justice-human-rights": [
        "Bringing cases can expose people to retaliation, so their identity is protected and the initiative works with networks of human rights defenders.",
        "Legal victories can remain on paper, so the initiative follows their implementation over several years.",
    ],
    "gender-equality": [
        "Women's new roles can meet resistance at home, so men in the community are involved in discussions from the start.",
        "New responsibilities should not simply add to women's workload, so tasks are shared and paid where possible.",
    ],
    "migration": [
        "Support for newcomers can be perceived as unfair by other low-income residents, so services are open to everyone who needs them.",
        "Migrants' personal data are sensitive: they are kept to a minimum and never shared with immigration enforcement.",
    ],
    "culture-media": [
        "Publishing information can expose sources, so the initiative follows strict rules on anonymity and consent.",
        "Content is produced in local languages, so that those who do not read the national language are not excluded.",
    ],
    "digital-technology": [
        "Digital tools can exclude people without phones or skills, so a non-digital channel is always kept open.",
        "The data collected could be misused, so they are minimised, encrypted and governed by the people they concern.",
    ],
    "peace-security": [
        "Mediation can reproduce existing power relations, so women and young people sit alongside elders and leaders.",
        "Being seen as taking sides would endanger participants, so the initiative keeps its distance from all armed actors and parties.",
    ],
    "social-protection": [
        "Targeted help can stigmatise those who receive it, so services are offered as a right rather than as charity.",
        "Helping people claim their rights increases public spending at first, a cost the initiative documents openly alongside the savings it brings.",
    ],
}

EXTERNALITIES_GENERAL = [
    "An annual review invites people who do not take part, including critics, to point out unintended effects.",
    "The team publishes its mistakes alongside its results and adjusts the design when negative effects appear.",
    "The initiative keeps its own footprint small: meetings are held locally and travel is limited.",
]

# Domain → disciplines that study it (the first is the most usual).
DISCIPLINES_BY_DOMAIN = {
    "education": ["education-sciences", "sociology", "psychology"],
    "health": ["public-health", "psychology", "anthropology"],
    "work-employment": ["economics", "sociology", "law"],
    "housing-urban": ["urban-studies", "geography", "law"],
    "environment-climate": ["environmental-science", "geography", "law"],
    "food-agriculture": ["environmental-science", "anthropology", "economics"],
    "energy": ["environmental-science", "economics", "computer-science"],
    "finance-economy": ["economics", "development-studies", "history"],
    "governance": ["political-science", "law", "philosophy"],
    "justice-human-rights": ["law", "philosophy", "political-science"],
    "gender-equality": ["sociology", "anthropology", "economics"],
    "migration": ["geography", "development-studies", "law"],
    "culture-media": ["anthropology", "history", "sociology"],
    "digital-technology": ["computer-science", "philosophy", "law"],
    "peace-security": ["political-science", "history", "psychology"],
    "social-protection": ["economics", "development-studies", "public-health"],
}

# Project type → activities it usually involves.
ACTIVITIES_BY_TYPE = {
    "community-initiative": ["community-organising", "service-delivery"],
    "social-enterprise": ["service-delivery", "capacity-building"],
    "public-programme": ["policy-design", "service-delivery"],
    "research-project": ["research-evaluation", "awareness-raising"],
    "advocacy-campaign": ["advocacy", "awareness-raising"],
    "network-coalition": ["coalition-building", "advocacy"],
    "funding-programme": ["funding", "capacity-building"],
    "training-programme": ["capacity-building", "community-organising"],
    "digital-tool": ["technology-development", "service-delivery"],
    "corporate-initiative": ["policy-design", "research-evaluation"],
}

HOLDER_ROLES = [
    "Coordinator",
    "Co-founder",
    "Project lead",
    "Research lead",
    "Community organiser",
    "Programme manager",
    "Field coordinator",
    "Treasurer",
]

RESOURCE_KINDS = [
    ("annual-report", "Annual report {year}", "Activities, finances and results of the year."),
    ("methodology", "Methodology note", "How the initiative works and how its results are measured."),
    ("guide", "Practical guide (open licence)", "Step-by-step guide for those who want to adapt the approach."),
    ("evaluation", "Evaluation summary", "Main findings of the latest evaluation, in plain language."),
    ("data", "Open data set", "Anonymised monitoring data, published under an open licence."),
]

# --- Actors --------------------------------------------------------------------------------

ACTOR_PROBLEMS_EXTRA = [
    "These problems are connected, and we try to address them together rather than one at a time.",
    "Those most affected are rarely at the table when solutions are designed, and we want to change that.",
    "The situation has worsened in recent years, which makes our work more urgent.",
]

ACTOR_ACTIVITIES_EXTRA = [
    "Everything we produce is published under an open licence.",
    "We evaluate our work every year with the people we serve and publish the results.",
]
# Only for kinds of actors that work with volunteers.
ACTOR_ACTIVITIES_VOLUNTEERS = "Our small team of {staff} staff works with about {volunteers} volunteers."
VOLUNTEER_KINDS = {"ngo", "community", "network", "other"}

ACTOR_PARTNERSHIPS = [
    "In {place}, we work closely with local authorities, community organisations and universities.",
    "Our closest partners in {place} are residents' associations, local unions and a university research team.",
]

ACTOR_PARTNERS_SENTENCE = "Beyond our region, we partner with {partners}, with whom we share work on {theme}."
ACTOR_PARTNER_SENTENCE = "Beyond our region, we partner with {partner}, with whom we share work on {theme}."

ACTOR_COLLABORATION = [
    "We are interested in collaborating with {seeking}.",
    "We would welcome collaboration with {seeking}.",
]

ACTOR_COLLABORATION_EXTRA = [
    "We can share our methods and data, and host exchange visits.",
    "We are open to joint funding applications and to exchanges between our teams.",
    "We would also like to meet actors working on the same themes in very different contexts.",
]

INTERNAL_NOTES = [
    "Met the coordinator at the World Social Progress Forum; possible nominee for the Social Progress Awards. Check their funding situation before featuring them.",
    "Asked that partnership details stay unpublished while a funding agreement is negotiated. Review the restriction next year.",
    "Recommended by two IPSP reviewers. The secretariat should confirm their registration documents before any public mention.",
]

# --- Fictional people's names, by naming tradition -----------------------------------------

NAMES_BY_GROUP = {
    "kenya": ["Achieng Otieno", "Zawadi Njeri", "Kiprono Wekesa", "Joseph Mwangi", "Wanjiru Kamau"],
    "tanzania": ["Baraka Mollel", "Neema Mwakyusa", "Rehema Juma", "Said Abdallah"],
    "uganda-rwanda": ["Mugisha Okello", "Nakato Nalubega", "Brian Ssemakula", "Amani Habimana", "Imani Uwase"],
    "nigeria": ["Adaeze Okafor", "Oluwaseun Adeyemi", "Chinedu Eze", "Funmilayo Bello", "Ibrahim Musa"],
    "ghana": ["Kofi Mensah", "Yaa Boateng", "Kwame Asante", "Efua Owusu"],
    "sahel": ["Aminata Traoré", "Seydou Diallo", "Mariam Ouédraogo", "Ibrahim Issoufou", "Awa Sow", "Moussa Keïta"],
    "southern-africa": ["Thandiwe Dlamini", "Sipho Nkosi", "Lerato Mokoena", "Nomvula Khumalo", "Chikondi Banda", "Mwila Phiri", "Chanda Mulenga"],
    "maghreb": ["Youssef El Amrani", "Salma Ben Salah", "Leila Bennani", "Mehdi Tazi", "Amira Trabelsi"],
    "mashriq": ["Nour Khoury", "Omar Saleh", "Hassan Farouk", "Yasmine Haddad", "Tarek Nasser", "Mona Abdelaziz"],
    "india": ["Priya Nair", "Arjun Menon", "Lakshmi Pillai", "Meena Das", "Suresh Iyer", "Anjali Kurian"],
    "bangladesh": ["Farzana Rahman", "Tanvir Hossain", "Nasrin Akter", "Rafiq Chowdhury", "Shirin Begum"],
    "japan": ["Yuki Tanaka", "Haruto Sato", "Aiko Nakamura", "Kenji Kobayashi", "Emi Watanabe"],
    "korea": ["Kim Ji-woo", "Park Min-jun", "Lee Seo-yeon", "Choi Hyun-woo", "Jung Da-eun"],
    "mongolia": ["Bolormaa Gantulga", "Temuulen Erdene", "Oyunchimeg Dorj", "Batbayar Bat-Erdene"],
    "vietnam": ["Nguyen Thi Lan", "Tran Van Minh", "Le Thi Hoa", "Pham Quoc Bao"],
    "cambodia": ["Sok Chenda", "Chan Sophea", "Heng Dara"],
    "indonesia-malaysia": ["Dewi Lestari", "Budi Santoso", "Siti Aminah", "Nur Aisyah Omar", "Rizal Hakim"],
    "philippines": ["Maria Santos", "Jose Dela Cruz", "Rowena Bautista", "Carlo Reyes", "Amihan Villanueva"],
    "thailand": ["Somchai Wongsakul", "Kanya Srisuk", "Niran Chaiyaporn"],
    "spanish-america": ["María Fernanda López", "Juan Pablo Restrepo", "Diego Martínez", "Valentina Rojas", "Andrés Castillo", "Camila Herrera", "Mateo González"],
    "andes": ["Lucía Quispe", "Rosa Mamani", "Wilmer Condori", "Ana Sofía Ramírez", "Javier Choque"],
    "brazil": ["Ana Clara Silva", "João Pedro Santos", "Mariana Oliveira", "Thiago Souza", "Luana Ferreira"],
    "french": ["Claire Moreau", "Thomas Dubois", "Sophie Laurent", "Julien Lefèvre", "Nadia Benali"],
    "northern-europe": ["Jan de Vries", "Anna Schneider", "Lukas Becker", "Ingrid Lindqvist", "Sanne Bakker", "Erik Johansson"],
    "southern-europe": ["Inês Ferreira", "Pablo Navarro", "Elena Rossi", "Marta Sousa", "Lucía Fernández"],
    "central-europe": ["Agnieszka Nowak", "Piotr Kowalski", "Tereza Novotná", "Jakub Dvořák"],
    "ukraine-moldova": ["Olena Shevchenko", "Andriy Kovalenko", "Kateryna Bondarenko", "Ion Rusu", "Elena Ciobanu"],
    "north-america": ["Sarah Mitchell", "David Thompson", "Maria Garcia", "James Whitehorse", "Emily Chen"],
    "australia-new-zealand": ["Aroha Ngata", "Tane Parata", "Emma Walsh", "Liam O'Connor"],
    "pacific": ["Litia Vunivalu", "Teuila Taafaki", "Tebano Teiwaki", "Josefa Ratu"],
}

GROUP_OF_COUNTRY = {
    "KE": "kenya",
    "TZ": "tanzania",
    **dict.fromkeys(["UG", "RW"], "uganda-rwanda"),
    "NG": "nigeria",
    "GH": "ghana",
    **dict.fromkeys(["SN", "ML", "NE", "BF"], "sahel"),
    **dict.fromkeys(["ZA", "MW", "ZM"], "southern-africa"),
    **dict.fromkeys(["MA", "TN"], "maghreb"),
    **dict.fromkeys(["EG", "JO", "LB"], "mashriq"),
    "IN": "india",
    "BD": "bangladesh",
    "JP": "japan",
    "KR": "korea",
    "MN": "mongolia",
    "VN": "vietnam",
    "KH": "cambodia",
    **dict.fromkeys(["ID", "MY"], "indonesia-malaysia"),
    "PH": "philippines",
    "TH": "thailand",
    **dict.fromkeys(["CO", "MX", "AR", "CL", "UY", "GT"], "spanish-america"),
    **dict.fromkeys(["PE", "BO", "EC"], "andes"),
    "BR": "brazil",
    **dict.fromkeys(["FR", "BE"], "french"),
    **dict.fromkeys(["DE", "NL", "SE", "NO"], "northern-europe"),
    **dict.fromkeys(["PT", "ES", "IT"], "southern-europe"),
    **dict.fromkeys(["PL", "CZ"], "central-europe"),
    **dict.fromkeys(["UA", "MD"], "ukraine-moldova"),
    **dict.fromkeys(["US", "CA"], "north-america"),
    **dict.fromkeys(["NZ", "AU"], "australia-new-zealand"),
    **dict.fromkeys(["FJ", "TV", "KI"], "pacific"),
}
