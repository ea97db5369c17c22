"""Demo data for the community programs directory.

All hosts, venues, people and contact details are fictional (Riverton,
Millbrook and Cedar Falls are stand-in towns). Web addresses use the
reserved .example domain. The towns stand in for Butler County, Ohio (ZIP
codes 450xx), so schedule times are Ohio wall-clock times: the site's default
TIME_ZONE, America/New_York, shows the 11:30 lunch club at 11:30. Schedule
dates are day offsets from today; the demo loader converts them to real dates.
"""

HOSTS = [
    {
        "slug": "riverton-neighborhood-alliance",
        "name": "Riverton Neighborhood Alliance",
        "description": "A resident-led nonprofit that helps Riverton blocks organize, from repair cafés to community dinners and park cleanups.",
        "website": "https://rivertonneighbors.example",
        "email": "hello@rivertonneighbors.example",
        "phone": "(555) 010-2231",
    },
    {
        "slug": "green-roots-garden-collective",
        "name": "Green Roots Garden Collective",
        "description": "Volunteers who run three shared gardens in Riverton and Cedar Falls and believe everyone should have somewhere to grow food with neighbors.",
        "website": "https://greenroots.example",
        "email": "grow@greenroots.example",
        "phone": "(555) 014-7720",
    },
    {
        "slug": "millbrook-senior-services",
        "name": "Millbrook Senior Services",
        "description": "Millbrook's senior center and outreach team, offering meals, activities, rides and friendly calls for adults 60 and over across the valley.",
        "website": "https://millbrookseniors.example",
        "email": "info@millbrookseniors.example",
        "phone": "(555) 012-4410",
    },
    {
        "slug": "welcome-home-riverton",
        "name": "Welcome Home Riverton",
        "description": "A welcoming center for immigrants and refugees, run with and by newcomers, offering language practice, cultural events and help settling in.",
        "website": "https://welcomehomeriverton.example",
        "email": "bienvenidos@welcomehomeriverton.example",
        "phone": "(555) 016-3308",
    },
    {
        "slug": "riverton-public-library",
        "name": "Riverton Public Library",
        "description": "The city's library system: books, of course, plus free classes, tech help, clubs and meeting rooms open to everyone.",
        "website": "https://rivertonlibrary.example",
        "email": "ask@rivertonlibrary.example",
        "phone": "(555) 011-9000",
    },
    {
        "slug": "open-circle-peer-support",
        "name": "Open Circle Peer Support",
        "description": "Free peer-led support groups for caregivers, veterans, grieving families and LGBTQ elders, in person and online.",
        "website": "https://opencircle.example",
        "email": "groups@opencircle.example",
        "phone": "(555) 018-5562",
    },
    {
        "slug": "cedar-valley-youth-network",
        "name": "Cedar Valley Youth Network",
        "description": "Youth workers and mentors serving young people aged 12 to 24 in Riverton, Millbrook and the rural towns of Cedar Valley.",
        "website": "https://cedarvalleyyouth.example",
        "email": "team@cedarvalleyyouth.example",
        "phone": "(555) 013-6675",
    },
    {
        "slug": "millbrook-arts-collective",
        "name": "Millbrook Arts Collective",
        "description": "A community arts space where people of all abilities make art, music and movement together, with no experience needed.",
        "website": "https://millbrookarts.example",
        "email": "studio@millbrookarts.example",
        "phone": "(555) 015-8824",
    },
]

VENUES = [
    {
        "slug": "riverton-central-library",
        "name": "Riverton Central Library",
        "street": "120 Main Street",
        "city": "Riverton",
        "state": "OH",
        "postal_code": "45013",
        "directions": "Bus routes 2 and 7 stop at Main & 2nd, right outside. The 2nd Street garage is free for the first two hours; accessible parking is by the side entrance on Elm Street.",
        "directions_es": (
            "Las rutas de autobús 2 y 7 paran en Main y 2nd, justo enfrente. "
            "El estacionamiento de 2nd Street es gratis las primeras dos horas; "
            "el estacionamiento accesible está junto a la entrada lateral de Elm Street."
        ),
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "accessible-restroom",
            "hearing-loop",
            "large-print",
            "service-animals-welcome",
            "near-public-transit",
            "seating-available",
        ],
    },
    {
        "slug": "eastside-community-garden",
        "name": "Eastside Community Garden",
        "street": "45 Alder Avenue",
        "city": "Riverton",
        "state": "OH",
        "postal_code": "45012",
        "directions": "Take bus route 5 to Alder & 9th and walk half a block east. Free street parking on Alder. Enter through the wide gate by the tool shed; main paths are paved.",
        "directions_es": (
            "Tome la ruta de autobús 5 hasta Alder y 9th y camine media cuadra hacia el este. "
            "Se puede estacionar gratis en la calle Alder. "
            "Entre por el portón ancho junto al cobertizo de herramientas; "
            "los caminos principales están pavimentados."
        ),
        "accessibility": [
            "wheelchair-access",
            "service-animals-welcome",
            "near-public-transit",
            "seating-available",
        ],
    },
    {
        "slug": "riverton-community-center",
        "name": "Riverton Community Center",
        "street": "800 Lincoln Boulevard",
        "city": "Riverton",
        "state": "OH",
        "postal_code": "45011",
        "directions": "Bus routes 3 and 9 stop at Lincoln & Park. Large free parking lot behind the building. The main entrance has automatic doors; use the elevator for the upstairs rooms.",
        "directions_es": (
            "Las rutas de autobús 3 y 9 paran en Lincoln y Park. "
            "Hay un estacionamiento grande y gratuito detrás del edificio. "
            "La entrada principal tiene puertas automáticas; "
            "use el elevador para las salas del piso de arriba."
        ),
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "accessible-restroom",
            "quiet-space",
            "service-animals-welcome",
            "near-public-transit",
            "seating-available",
        ],
    },
    {
        "slug": "riverside-park-pavilion",
        "name": "Riverside Park Pavilion",
        "street": "1 River Road",
        "city": "Riverton",
        "state": "OH",
        "postal_code": "45013",
        "directions": "Bus route 2 to River Road, then a short flat walk along the path. Parking lot off River Road with four accessible spaces near the pavilion.",
        "directions_es": (
            "Tome la ruta de autobús 2 hasta River Road y luego camine un tramo corto y plano por el sendero. "
            "Hay un estacionamiento en River Road con cuatro lugares accesibles cerca del pabellón."
        ),
        "accessibility": [
            "wheelchair-access",
            "accessible-restroom",
            "service-animals-welcome",
            "near-public-transit",
            "seating-available",
        ],
    },
    {
        "slug": "st-marks-fellowship-hall",
        "name": "St. Mark's Fellowship Hall",
        "street": "310 Oak Street",
        "city": "Riverton",
        "state": "OH",
        "postal_code": "45011",
        "directions": "Bus route 7 stops at Oak & 4th. Use the ramp entrance on the 4th Street side. Evening parking is free in the church lot.",
        "directions_es": (
            "La ruta de autobús 7 para en Oak y 4th. "
            "Use la entrada con rampa del lado de 4th Street. "
            "Por la noche se puede estacionar gratis en el estacionamiento de la iglesia."
        ),
        "accessibility": [
            "wheelchair-access",
            "accessible-restroom",
            "near-public-transit",
            "seating-available",
        ],
    },
    {
        "slug": "millbrook-senior-center",
        "name": "Millbrook Senior Center",
        "street": "32 Church Street",
        "city": "Millbrook",
        "state": "OH",
        "postal_code": "45030",
        "directions": "The Valley Connector bus (route 20) from Riverton stops at Church & Mill. Free parking on site. Millbrook Dial-a-Ride can bring members door to door; book a day ahead.",
        "directions_es": (
            "El autobús Valley Connector (ruta 20) desde Riverton para en Church y Mill. "
            "Hay estacionamiento gratuito en el lugar. "
            "El servicio Dial-a-Ride de Millbrook puede llevar a los miembros de puerta a puerta; "
            "reserve con un día de anticipación."
        ),
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "accessible-restroom",
            "hearing-loop",
            "large-print",
            "service-animals-welcome",
            "seating-available",
            "near-public-transit",
        ],
    },
    {
        "slug": "millbrook-arts-studio",
        "name": "Millbrook Arts Studio",
        "street": "17 Mill Street, 2nd floor",
        "city": "Millbrook",
        "state": "OH",
        "postal_code": "45030",
        "directions": "Two blocks from the route 20 stop at Church & Mill. Take the elevator in the lobby to the second floor. Free public lot behind the building.",
        "directions_es": (
            "A dos cuadras de la parada de la ruta 20 en Church y Mill. "
            "Tome el elevador del vestíbulo hasta el segundo piso. "
            "Hay un estacionamiento público gratuito detrás del edificio."
        ),
        "accessibility": [
            "wheelchair-access",
            "accessible-restroom",
            "quiet-space",
            "service-animals-welcome",
            "seating-available",
        ],
    },
    {
        "slug": "cedar-falls-grange-hall",
        "name": "Cedar Falls Grange Hall",
        "street": "4410 County Road 12",
        "city": "Cedar Falls",
        "state": "OH",
        "postal_code": "45042",
        "directions": "No bus service. Plenty of free parking in the gravel lot, with two paved accessible spaces by the door. The county rural transit van can be booked a day ahead.",
        "directions_es": (
            "No hay servicio de autobús. "
            "Hay mucho estacionamiento gratuito en el terreno de grava, con dos lugares accesibles pavimentados junto a la puerta. "
            "La camioneta de transporte rural del condado se puede reservar con un día de anticipación."
        ),
        "accessibility": ["step-free-entrance", "accessible-restroom", "seating-available"],
    },
]

AUDIENCES = [
    {"slug": "older-adults", "name": "Older adults", "name_es": "Personas mayores"},
    {"slug": "youth", "name": "Youth", "name_es": "Jóvenes"},
    {"slug": "families", "name": "Families", "name_es": "Familias"},
    {
        "slug": "immigrants-refugees",
        "name": "Immigrants and refugees",
        "name_es": "Inmigrantes y refugiados",
    },
    {
        "slug": "people-with-disabilities",
        "name": "People with disabilities",
        "name_es": "Personas con discapacidad",
    },
    {
        "slug": "rural-residents",
        "name": "Rural residents",
        "name_es": "Residentes de zonas rurales",
    },
    {
        "slug": "people-experiencing-homelessness",
        "name": "People experiencing homelessness",
        "name_es": "Personas sin hogar",
    },
    {"slug": "caregivers", "name": "Caregivers", "name_es": "Personas cuidadoras"},
    {"slug": "lgbtq", "name": "LGBTQ+ people", "name_es": "Personas LGBTQ+"},
    {"slug": "veterans", "name": "Veterans", "name_es": "Veteranos"},
]

ACCESSIBILITY = [
    {
        "slug": "wheelchair-access",
        "name": "Wheelchair accessible",
        "name_es": "Accesible en silla de ruedas",
    },
    {
        "slug": "step-free-entrance",
        "name": "Step-free entrance",
        "name_es": "Entrada sin escalones",
    },
    {"slug": "accessible-restroom", "name": "Accessible restroom", "name_es": "Baño accesible"},
    {"slug": "hearing-loop", "name": "Hearing loop", "name_es": "Bucle de inducción auditiva"},
    {
        "slug": "asl-interpretation",
        "name": "ASL interpretation",
        "name_es": "Interpretación en lengua de señas (ASL)",
    },
    {
        "slug": "large-print",
        "name": "Large-print materials",
        "name_es": "Materiales en letra grande",
    },
    {
        "slug": "quiet-space",
        "name": "Quiet space available",
        "name_es": "Espacio tranquilo disponible",
    },
    {
        "slug": "service-animals-welcome",
        "name": "Service animals welcome",
        "name_es": "Se admiten animales de servicio",
    },
    {
        "slug": "near-public-transit",
        "name": "Near public transit",
        "name_es": "Cerca del transporte público",
    },
    {
        "slug": "seating-available",
        "name": "Seating available",
        "name_es": "Hay asientos disponibles",
    },
]

LANGUAGES = [
    {"code": "en", "name": "English", "name_es": "Inglés"},
    {"code": "es", "name": "Spanish", "name_es": "Español"},
    {"code": "vi", "name": "Vietnamese", "name_es": "Vietnamita"},
    {"code": "zh", "name": "Chinese", "name_es": "Chino"},
    {"code": "ar", "name": "Arabic", "name_es": "Árabe"},
    {"code": "asl", "name": "American Sign Language", "name_es": "Lengua de señas americana"},
]

PROGRAMS = [
    # ---------------------------------------------------------------- garden
    {
        "slug": "eastside-garden-workdays",
        "title": "Eastside Garden Workdays",
        "title_es": "Jornadas en el huerto de Eastside",
        "category": "garden",
        "summary": "Weed, water, plant and chat with neighbors every week at the Eastside Community Garden.",
        "summary_es": "Desyerbe, riegue, siembre y platique con sus vecinos cada semana en el huerto comunitario de Eastside.",
        "description": (
            "No gardening experience needed. Long-time growers pair up with newcomers, and the work is split so everyone can help at their own pace, "
            "whether that's turning compost or sorting seeds at the shady picnic table.\n\n"
            "We finish with coffee and whatever is ripe. Many of our gardeners speak Spanish, and volunteers are happy to translate."
        ),
        "description_es": (
            "No se necesita experiencia. Los hortelanos con más años se juntan con los recién llegados, y el trabajo se reparte para que cada quien ayude a su ritmo, "
            "ya sea volteando la composta o separando semillas en la mesa bajo la sombra.\n\n"
            "Terminamos con café y lo que esté maduro. Muchos de nuestros hortelanos hablan español y los voluntarios con gusto traducen."
        ),
        "host": "green-roots-garden-collective",
        "venue": "eastside-community-garden",
        "format": "in_person",
        "online_url": "",
        "audiences": ["families", "immigrants-refugees", "older-adults"],
        "languages": ["en", "es"],
        "accessibility": [
            "wheelchair-access",
            "seating-available",
            "service-animals-welcome",
            "near-public-transit",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Just show up in clothes that can get muddy; gloves and tools are provided.",
        "how_to_join_es": "Solo venga con ropa que se pueda ensuciar; le prestamos guantes y herramientas.",
        "registration_url": "",
        "contact_email": "grow@greenroots.example",
        "contact_phone": "(555) 014-7720",
        "topics": ["social-connection", "belonging-for-newcomers"],
        "practices": ["neighborhood-walk"],
        "tags": ["community gardens", "immigrants", "intergenerational"],
        "schedules": [
            {
                "frequency": "weekly",
                "start": -90,
                "start_time": "09:00",
                "duration_minutes": 120,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [10],
    },
    {
        "slug": "accessible-raised-bed-club",
        "title": "Accessible Raised-Bed Club",
        "title_es": "Club de huertos elevados accesibles",
        "category": "garden",
        "summary": "Gardening at table height for people who use wheelchairs, walkers or just prefer not to kneel.",
        "summary_es": (
            "Jardinería a la altura de una mesa para quienes usan silla de ruedas o andadera, o simplemente prefieren no arrodillarse."
        ),
        "description": (
            "Our waist-high beds and wide paved paths mean everyone can reach the soil. Each member tends a shared bed with two or three others, "
            "so there's always someone to swap tips with.\n\n"
            "An ASL interpreter joins every session, and adaptive tools are available to borrow."
        ),
        "description_es": (
            "Nuestros canteros a la altura de la cintura y los caminos anchos y pavimentados permiten que todos lleguen a la tierra. "
            "Cada integrante cuida un cantero compartido con otras dos o tres personas, así que siempre hay con quién intercambiar consejos.\n\n"
            "En cada sesión hay un intérprete de lengua de señas americana (ASL), y se prestan herramientas adaptadas."
        ),
        "host": "green-roots-garden-collective",
        "venue": "eastside-community-garden",
        "format": "in_person",
        "online_url": "",
        "audiences": ["people-with-disabilities", "older-adults"],
        "languages": ["en", "asl"],
        "accessibility": [
            "wheelchair-access",
            "asl-interpretation",
            "seating-available",
            "service-animals-welcome",
            "near-public-transit",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Call or email to reserve a spot in a shared bed; drop-ins are welcome too.",
        "how_to_join_es": (
            "Llame o escriba para reservar un lugar en un cantero compartido; "
            "también puede llegar sin cita."
        ),
        "registration_url": "",
        "contact_email": "grow@greenroots.example",
        "contact_phone": "(555) 014-7720",
        "topics": ["social-connection"],
        "practices": [],
        "tags": ["community gardens", "disability"],
        "schedules": [
            {
                "frequency": "biweekly",
                "start": -40,
                "start_time": "10:00",
                "duration_minutes": 90,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "cedar-falls-seed-swap-potluck",
        "title": "Cedar Falls Seed Swap and Potluck",
        "title_es": "Intercambio de semillas y comida compartida en Cedar Falls",
        "category": "garden",
        "summary": "Bring seeds, cuttings or just an appetite to this once-a-year swap at the Grange Hall.",
        "summary_es": (
            "Traiga semillas, esquejes o simplemente apetito a este intercambio anual en el Grange Hall."
        ),
        "description": (
            "Farmers, backyard growers and the simply curious trade seeds and stories, then sit down together for a potluck lunch. "
            "Extra seed packets are free to take, so you don't need anything to swap.\n\n"
            "Kids' seed-planting table and a short talk on saving tomato seeds included."
        ),
        "description_es": (
            "Agricultores, hortelanos de patio y curiosos intercambian semillas e historias, y luego se sientan juntos a una comida en la que cada quien trae un plato. "
            "Hay sobres de semillas de sobra para llevarse gratis, así que no hace falta traer nada para intercambiar.\n\n"
            "Incluye una mesa para que los niños siembren semillas y una charla breve sobre cómo guardar semillas de tomate."
        ),
        "host": "green-roots-garden-collective",
        "venue": "cedar-falls-grange-hall",
        "format": "in_person",
        "online_url": "",
        "audiences": ["rural-residents", "families"],
        "languages": ["en"],
        "accessibility": ["step-free-entrance", "accessible-restroom", "seating-available"],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Drop in any time during the event; bringing a dish to share is welcome but optional.",
        "how_to_join_es": (
            "Llegue a cualquier hora durante el evento; "
            "si quiere, traiga un plato para compartir, pero no es obligatorio."
        ),
        "registration_url": "",
        "contact_email": "grow@greenroots.example",
        "contact_phone": "(555) 014-7720",
        "topics": ["social-connection"],
        "practices": ["shared-meal"],
        "tags": ["community gardens", "rural"],
        "schedules": [
            {
                "frequency": "once",
                "start": 12,
                "start_time": "11:00",
                "duration_minutes": 180,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    # -------------------------------------------------------------- cultural
    {
        "slug": "world-kitchen-nights",
        "title": "World Kitchen Nights",
        "title_es": "Noches de cocina del mundo",
        "category": "cultural",
        "summary": "Each month a different newcomer family teaches a home recipe, and everyone eats together.",
        "summary_es": "Cada mes una familia recién llegada enseña una receta de su tierra y todos comemos juntos.",
        "description": (
            "Past nights have featured Syrian fatteh, Vietnamese spring rolls and Salvadoran pupusas. "
            "Cooks share the stories behind their dishes while guests chop, stir and taste.\n\n"
            "It's a relaxed way for longtime residents and new neighbors to meet over something everyone understands: good food."
        ),
        "description_es": (
            "En noches anteriores hemos preparado fatteh sirio, rollitos vietnamitas y pupusas salvadoreñas. "
            "Quienes cocinan cuentan las historias detrás de sus platillos mientras los invitados pican, mezclan y prueban.\n\n"
            "Es una forma relajada de que los vecinos de siempre y los nuevos se conozcan alrededor de algo que todos entendemos: la buena comida."
        ),
        "host": "welcome-home-riverton",
        "venue": "riverton-community-center",
        "format": "in_person",
        "online_url": "",
        "audiences": ["immigrants-refugees", "families"],
        "languages": ["en", "es", "ar", "vi", "zh"],
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "accessible-restroom",
            "near-public-transit",
            "seating-available",
        ],
        "is_free": False,
        "cost_description": "$5 suggested donation per adult; children eat free and no one is turned away.",
        "cost_description_es": (
            "Donación sugerida de $5 por adulto; "
            "los niños comen gratis y a nadie se le niega la entrada."
        ),
        "how_to_join": "Register online so we know how much food to prepare.",
        "how_to_join_es": "Inscríbase en línea para que sepamos cuánta comida preparar.",
        "registration_url": "https://welcomehomeriverton.example/kitchen-nights",
        "contact_email": "bienvenidos@welcomehomeriverton.example",
        "contact_phone": "(555) 016-3308",
        "topics": ["social-connection", "belonging-for-newcomers"],
        "practices": ["shared-meal", "story-circle"],
        "tags": ["immigrants", "intergenerational", "belonging"],
        "schedules": [
            {
                "frequency": "monthly",
                "start": -80,
                "start_time": "18:00",
                "duration_minutes": 120,
                "end": None,
                "monthly_position": 3,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "global-music-and-dance-showcase",
        "title": "Global Music and Dance Showcase",
        "title_es": "Muestra de música y danza del mundo",
        "category": "cultural",
        "summary": "An evening of music and dance performed by young people from Riverton's immigrant communities.",
        "summary_es": (
            "Una noche de música y danza a cargo de jóvenes de las comunidades inmigrantes de Riverton."
        ),
        "description": (
            "Teen performers shared lion dance, dabke, Vietnamese fan dance and more, followed by a chance for the audience to learn a few steps. "
            "Thank you to everyone who came; watch this page for next year's date."
        ),
        "description_es": (
            "Jóvenes artistas presentaron la danza del león, el dabke, la danza vietnamita del abanico y mucho más, y al final el público pudo aprender unos pasos. "
            "Gracias a todos los que vinieron; "
            "esté pendiente de esta página para conocer la fecha del próximo año."
        ),
        "host": "welcome-home-riverton",
        "venue": "riverton-central-library",
        "format": "in_person",
        "online_url": "",
        "audiences": ["immigrants-refugees", "youth"],
        "languages": ["en", "zh", "vi", "ar"],
        "accessibility": [
            "wheelchair-access",
            "hearing-loop",
            "near-public-transit",
            "seating-available",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "This event has ended; sign up for the newsletter to hear about the next one.",
        "how_to_join_es": "Este evento ya terminó; suscríbase al boletín para enterarse del próximo.",
        "registration_url": "",
        "contact_email": "bienvenidos@welcomehomeriverton.example",
        "contact_phone": "(555) 016-3308",
        "topics": ["belonging-for-newcomers", "youth-connection"],
        "practices": [],
        "tags": ["arts", "immigrants", "youth"],
        "schedules": [
            {
                "frequency": "once",
                "start": -30,
                "start_time": "18:30",
                "duration_minutes": 150,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "family-day-festival",
        "title": "Family Day Festival in Riverside Park",
        "title_es": "Festival del Día de la Familia en Riverside Park",
        "category": "cultural",
        "summary": "Live music, food trucks, games and a community mural for all ages, in English and Spanish.",
        "summary_es": "Música en vivo, puestos de comida, juegos y un mural comunitario para todas las edades, en inglés y español.",
        "description": (
            "Our biggest free event of the year brings the whole city to Riverside Park. Local bands and dance groups perform, "
            "neighborhood groups set up activity tables, and everyone is invited to add a brushstroke to the community mural.\n\n"
            "Accessible seating and a quiet tent are available, and ASL interpreters will be on the main stage."
        ),
        "description_es": (
            "Nuestro evento gratuito más grande del año reúne a toda la ciudad en Riverside Park. Bandas y grupos de baile locales se presentan, "
            "las organizaciones del barrio montan mesas de actividades y todos están invitados a dar una pincelada en el mural comunitario.\n\n"
            "Habrá asientos accesibles y una carpa tranquila, y un intérprete de lengua de señas en el escenario principal."
        ),
        "host": "riverton-neighborhood-alliance",
        "venue": "riverside-park-pavilion",
        "format": "in_person",
        "online_url": "",
        "audiences": ["families", "immigrants-refugees", "people-with-disabilities"],
        "languages": ["en", "es", "asl"],
        "accessibility": [
            "wheelchair-access",
            "accessible-restroom",
            "asl-interpretation",
            "quiet-space",
            "service-animals-welcome",
            "near-public-transit",
            "seating-available",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "No registration needed; come and go as you like.",
        "how_to_join_es": "No hace falta inscribirse; llegue y váyase cuando quiera.",
        "registration_url": "",
        "contact_email": "hello@rivertonneighbors.example",
        "contact_phone": "(555) 010-2231",
        "topics": ["social-connection", "belonging-for-newcomers"],
        "practices": [],
        "tags": ["parks", "arts", "immigrants"],
        "schedules": [
            {
                "frequency": "once",
                "start": 25,
                "start_time": "12:00",
                "duration_minutes": 240,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    # ----------------------------------------------------- intergenerational
    {
        "slug": "tech-buddies",
        "title": "Tech Buddies",
        "title_es": "Compañeros tecnológicos",
        "category": "intergenerational",
        "summary": "Teen volunteers help older adults with phones, tablets and video calls, one on one.",
        "summary_es": "Jóvenes voluntarios ayudan a personas mayores, uno a uno, con celulares, tabletas y videollamadas.",
        "description": (
            "Bring your device and your questions, from sending photos to joining a family video call. "
            "High school volunteers are trained to be patient and explain without jargon.\n\n"
            "Many pairs end up meeting every week, and the conversations often go well beyond technology."
        ),
        "description_es": (
            "Traiga su aparato y sus preguntas, desde cómo enviar fotos hasta cómo unirse a una videollamada familiar. "
            "Los voluntarios de preparatoria están capacitados para tener paciencia y explicar sin palabras técnicas.\n\n"
            "Muchas parejas terminan viéndose cada semana, y las conversaciones suelen ir mucho más allá de la tecnología."
        ),
        "host": "riverton-public-library",
        "venue": "riverton-central-library",
        "format": "in_person",
        "online_url": "",
        "audiences": ["older-adults", "youth"],
        "languages": ["en", "es"],
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "hearing-loop",
            "large-print",
            "near-public-transit",
            "seating-available",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Drop in with your device; teens who want to volunteer can sign up at the front desk.",
        "how_to_join_es": (
            "Venga con su dispositivo; "
            "los adolescentes que quieran ser voluntarios pueden inscribirse en la recepción."
        ),
        "registration_url": "",
        "contact_email": "ask@rivertonlibrary.example",
        "contact_phone": "(555) 011-9000",
        "topics": ["loneliness-in-later-life", "youth-connection"],
        "practices": ["five-minute-check-in-call"],
        "tags": ["digital inclusion", "intergenerational", "libraries"],
        "schedules": [
            {
                "frequency": "weekly",
                "start": -120,
                "start_time": "16:00",
                "duration_minutes": 60,
                "end": None,
                "monthly_position": None,
            },
            {
                "frequency": "weekly",
                "start": -116,
                "start_time": "10:30",
                "duration_minutes": 90,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "story-swap-across-generations",
        "title": "Story Swap Across Generations",
        "title_es": "Intercambio de historias entre generaciones",
        "category": "intergenerational",
        "summary": "Middle schoolers and senior center members trade stories about growing up, then turn them into a shared booklet.",
        "summary_es": (
            "Estudiantes de secundaria y miembros del centro para personas mayores intercambian historias sobre su infancia y juventud, y luego las reúnen en un cuadernillo."
        ),
        "description": (
            "Each session has a theme, like first jobs or favorite games, and small mixed-age groups take turns sharing. "
            "Several members are veterans who enjoy passing on their stories.\n\n"
            "At the end of the season the stories are printed and celebrated at a reading."
        ),
        "description_es": (
            "Cada sesión tiene un tema, como el primer trabajo o los juegos favoritos, y grupos pequeños de distintas edades se turnan para contar. "
            "Varios miembros son veteranos a quienes les gusta transmitir sus historias.\n\n"
            "Al final de la temporada las historias se imprimen y se celebran con una lectura."
        ),
        "host": "millbrook-senior-services",
        "venue": "millbrook-senior-center",
        "format": "in_person",
        "online_url": "",
        "audiences": ["youth", "older-adults", "veterans"],
        "languages": ["en"],
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "hearing-loop",
            "large-print",
            "seating-available",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Senior center members can sign up at the front desk; students join through Millbrook Middle School.",
        "how_to_join_es": (
            "Los miembros del centro pueden inscribirse en la recepción; "
            "los estudiantes participan a través de la escuela secundaria de Millbrook."
        ),
        "registration_url": "",
        "contact_email": "info@millbrookseniors.example",
        "contact_phone": "(555) 012-4410",
        "topics": ["loneliness-in-later-life", "youth-connection"],
        "practices": ["story-circle", "active-listening-pairs"],
        "tags": ["intergenerational", "veterans", "schools"],
        "schedules": [
            {
                "frequency": "biweekly",
                "start": -50,
                "start_time": "15:30",
                "duration_minutes": 75,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [12],
    },
    {
        "slug": "grandfriends-online-pen-pals",
        "title": "Grandfriends Online Pen Pals",
        "title_es": "Amigos por correspondencia entre generaciones, en línea",
        "category": "intergenerational",
        "summary": "Young people and older adults across the valley meet monthly on video and write to each other in between.",
        "summary_es": (
            "Jóvenes y personas mayores de todo el valle se ven una vez al mes por video y se escriben entre una sesión y otra."
        ),
        "description": (
            "Pairs are matched by interests, from baseball to baking. The monthly video session starts with a group activity, "
            "then pairs move to breakout rooms to catch up.\n\n"
            "Great for rural families and homebound elders; we can lend a tablet if needed."
        ),
        "description_es": (
            "Las parejas se forman según sus intereses, del béisbol a la repostería. "
            "La sesión mensual por video empieza con una actividad en grupo y después cada pareja pasa a una sala aparte para ponerse al día.\n\n"
            "Ideal para familias de zonas rurales y personas mayores que no salen de casa; "
            "si hace falta, le prestamos una tableta."
        ),
        "host": "cedar-valley-youth-network",
        "venue": None,
        "format": "online",
        "online_url": "https://meet.cedarvalleyyouth.example/grandfriends",
        "audiences": ["youth", "older-adults", "rural-residents"],
        "languages": ["en"],
        "accessibility": [],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Fill in the short online form and a coordinator will call to match you with a pen pal.",
        "how_to_join_es": (
            "Llene el formulario breve en línea y una coordinadora le llamará para asignarle un amigo por correspondencia."
        ),
        "registration_url": "https://cedarvalleyyouth.example/grandfriends",
        "contact_email": "team@cedarvalleyyouth.example",
        "contact_phone": "(555) 013-6675",
        "topics": ["youth-connection", "loneliness-in-later-life"],
        "practices": ["gratitude-letter"],
        "tags": ["intergenerational", "rural", "digital inclusion"],
        "schedules": [
            {
                "frequency": "monthly",
                "start": -100,
                "start_time": "17:00",
                "duration_minutes": 60,
                "end": None,
                "monthly_position": 2,
            },
        ],
        "cancelled": [],
    },
    # --------------------------------------------------------- skill sharing
    {
        "slug": "riverton-repair-cafe",
        "title": "Riverton Repair Café",
        "title_es": "Café de reparaciones de Riverton",
        "category": "skill_sharing",
        "summary": "Bring a broken lamp, torn jacket or wobbly chair and fix it alongside a volunteer who knows how.",
        "summary_es": (
            "Traiga una lámpara descompuesta, una chamarra rota o una silla que se tambalea y arréglela junto a un voluntario que sabe cómo."
        ),
        "description": (
            "Volunteer fixers cover electronics, sewing, bikes and small furniture. You stay with your item and learn as it gets repaired, "
            "with coffee and snacks while you wait.\n\n"
            "Handy? We're always looking for more fixers."
        ),
        "description_es": (
            "Los voluntarios reparan aparatos electrónicos, ropa, bicicletas y muebles pequeños. "
            "Usted se queda con su objeto y aprende mientras lo arreglan, con café y algo de comer mientras espera.\n\n"
            "¿Es hábil con las manos? "
            "Siempre buscamos más reparadores."
        ),
        "host": "riverton-neighborhood-alliance",
        "venue": "riverton-community-center",
        "format": "in_person",
        "online_url": "",
        "audiences": ["families", "older-adults", "people-experiencing-homelessness"],
        "languages": ["en"],
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "accessible-restroom",
            "near-public-transit",
            "seating-available",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Bring your item any time during the session; repairs are first come, first served.",
        "how_to_join_es": (
            "Traiga su objeto en cualquier momento de la sesión; "
            "las reparaciones se atienden por orden de llegada."
        ),
        "registration_url": "",
        "contact_email": "hello@rivertonneighbors.example",
        "contact_phone": "(555) 010-2231",
        "topics": ["social-connection"],
        "practices": ["volunteering-taster"],
        "tags": ["volunteering", "social infrastructure"],
        "schedules": [
            {
                "frequency": "monthly",
                "start": -150,
                "start_time": "10:00",
                "duration_minutes": 180,
                "end": None,
                "monthly_position": 1,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "english-conversation-circle",
        "title": "English Conversation Circle",
        "title_es": "Círculo de conversación en inglés",
        "category": "skill_sharing",
        "summary": "Practice everyday English in a friendly small group, in person at the library or online.",
        "summary_es": "Practique el inglés de todos los días en un grupo pequeño y amigable, en persona en la biblioteca o en línea.",
        "description": (
            "Volunteer hosts lead relaxed conversations on topics like shopping, the doctor's office or weekend plans. "
            "All levels are welcome and mistakes are expected.\n\n"
            "The evening session meets at the library and online at the same time; the morning session is in person only."
        ),
        "description_es": (
            "Voluntarios dirigen conversaciones relajadas sobre temas como ir de compras, el consultorio médico o los planes del fin de semana. "
            "Todos los niveles son bienvenidos y equivocarse es parte del proceso.\n\n"
            "La sesión de la tarde es en la biblioteca y en línea al mismo tiempo; la de la mañana es solo en persona."
        ),
        "host": "welcome-home-riverton",
        "venue": "riverton-central-library",
        "format": "hybrid",
        "online_url": "https://meet.welcomehomeriverton.example/english-circle",
        "audiences": ["immigrants-refugees", "families"],
        "languages": ["en", "es", "ar", "vi", "zh"],
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "hearing-loop",
            "near-public-transit",
            "seating-available",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Come to any session or click the online link at start time; no registration needed.",
        "how_to_join_es": (
            "Venga a cualquier sesión o entre al enlace en línea a la hora de inicio; "
            "no hace falta inscribirse."
        ),
        "registration_url": "",
        "contact_email": "bienvenidos@welcomehomeriverton.example",
        "contact_phone": "(555) 016-3308",
        "topics": ["belonging-for-newcomers"],
        "practices": ["active-listening-pairs"],
        "tags": ["immigrants", "libraries"],
        "schedules": [
            {
                "frequency": "weekly",
                "start": -70,
                "start_time": "18:30",
                "duration_minutes": 90,
                "end": None,
                "monthly_position": None,
            },
            {
                "frequency": "weekly",
                "start": -67,
                "start_time": "10:00",
                "duration_minutes": 60,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "bike-maintenance-basics",
        "title": "Bike Maintenance Basics",
        "title_es": "Mantenimiento básico de bicicletas",
        "category": "skill_sharing",
        "summary": "A hands-on course where young people learned to fix flats, adjust brakes and keep a bike on the road.",
        "summary_es": (
            "Un curso práctico en el que los jóvenes aprendieron a reparar ponchaduras, ajustar los frenos y mantener la bicicleta en buen estado."
        ),
        "description": (
            "Participants who finished all sessions earned a refurbished bike and a basic tool kit. "
            "This season has ended; a new course is planned for spring."
        ),
        "description_es": (
            "Quienes terminaron todas las sesiones recibieron una bicicleta reacondicionada y un juego básico de herramientas. "
            "Esta temporada ya terminó; "
            "hay un nuevo curso previsto para la primavera."
        ),
        "host": "cedar-valley-youth-network",
        "venue": "riverton-community-center",
        "format": "in_person",
        "online_url": "",
        "audiences": ["youth", "people-experiencing-homelessness"],
        "languages": ["en", "es"],
        "accessibility": ["wheelchair-access", "accessible-restroom", "near-public-transit"],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "This course has ended; email us to join the waiting list for the next one.",
        "how_to_join_es": "Este curso ya terminó; escríbanos para entrar en la lista de espera del próximo.",
        "registration_url": "",
        "contact_email": "team@cedarvalleyyouth.example",
        "contact_phone": "(555) 013-6675",
        "topics": ["youth-connection"],
        "practices": [],
        "tags": ["youth", "housing"],
        "schedules": [
            {
                "frequency": "weekly",
                "start": -200,
                "start_time": "16:00",
                "duration_minutes": 90,
                "end": -20,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    # --------------------------------------------------------- senior center
    {
        "slug": "millbrook-senior-lunch-club",
        "title": "Millbrook Senior Lunch Club",
        "title_es": "Club de almuerzo para personas mayores de Millbrook",
        "category": "senior_center",
        "summary": "A hot, healthy lunch and good company twice a week at the Millbrook Senior Center.",
        "summary_es": "Un almuerzo caliente y saludable, con buena compañía, dos veces por semana en el Centro para Personas Mayores de Millbrook.",
        "description": (
            "Lunch is served family style at round tables so nobody eats alone. Afterwards there's often a short talk, music or bingo.\n\n"
            "Caregivers are welcome to come with the person they care for, and Dial-a-Ride can provide transport."
        ),
        "description_es": (
            "El almuerzo se sirve al centro de mesas redondas para que nadie coma solo. Después suele haber una charla breve, música o lotería.\n\n"
            "Las personas cuidadoras pueden venir con la persona que cuidan, y el servicio Dial-a-Ride puede ofrecer transporte."
        ),
        "host": "millbrook-senior-services",
        "venue": "millbrook-senior-center",
        "format": "in_person",
        "online_url": "",
        "audiences": ["older-adults", "caregivers", "veterans"],
        "languages": ["en", "es"],
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "accessible-restroom",
            "hearing-loop",
            "large-print",
            "seating-available",
        ],
        "is_free": False,
        "cost_description": "$3 suggested contribution for adults 60 and over; $8 for younger guests.",
        "cost_description_es": "Aporte sugerido de $3 para personas de 60 años o más; $8 para invitados más jóvenes.",
        "how_to_join": "Call the front desk by 10 a.m. the day before to reserve a meal.",
        "how_to_join_es": "Llame a la recepción antes de las 10 a. m. del día anterior para reservar su comida.",
        "registration_url": "",
        "contact_email": "info@millbrookseniors.example",
        "contact_phone": "(555) 012-4410",
        "topics": ["loneliness-in-later-life"],
        "practices": ["shared-meal"],
        "tags": ["older adults", "loneliness"],
        "schedules": [
            {
                "frequency": "weekly",
                "start": -300,
                "start_time": "11:30",
                "duration_minutes": 90,
                "end": None,
                "monthly_position": None,
            },
            {
                "frequency": "weekly",
                "start": -297,
                "start_time": "11:30",
                "duration_minutes": 90,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [3],
    },
    {
        "slug": "senior-center-game-afternoons",
        "title": "Game Afternoons",
        "title_es": "Tardes de juegos",
        "category": "senior_center",
        "summary": "Cards, dominoes, puzzles and board games every week at the senior center.",
        "summary_es": (
            "Cartas, dominó, rompecabezas y juegos de mesa cada semana en el centro para personas mayores."
        ),
        "description": (
            "Come for a game of cribbage, join the jigsaw table or learn a new game. Large-print cards and tactile dominoes are available, "
            "and volunteers make sure newcomers get invited into a game."
        ),
        "description_es": (
            "Venga a jugar cribbage, súmese a la mesa de rompecabezas o aprenda un juego nuevo. "
            "Hay cartas de letra grande y dominó táctil, y los voluntarios se aseguran de que a quienes llegan por primera vez los inviten a una partida."
        ),
        "host": "millbrook-senior-services",
        "venue": "millbrook-senior-center",
        "format": "in_person",
        "online_url": "",
        "audiences": ["older-adults", "people-with-disabilities"],
        "languages": ["en"],
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "accessible-restroom",
            "large-print",
            "seating-available",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Drop in; no sign-up needed.",
        "how_to_join_es": "Llegue sin cita; no hace falta inscribirse.",
        "registration_url": "",
        "contact_email": "info@millbrookseniors.example",
        "contact_phone": "(555) 012-4410",
        "topics": ["loneliness-in-later-life"],
        "practices": [],
        "tags": ["older adults", "disability"],
        "schedules": [
            {
                "frequency": "weekly",
                "start": -180,
                "start_time": "13:00",
                "duration_minutes": 120,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "cedar-falls-senior-drop-in",
        "title": "Cedar Falls Senior Drop-In",
        "title_es": "Centro abierto para personas mayores en Cedar Falls",
        "category": "senior_center",
        "summary": "A pop-up senior center at the Grange Hall with coffee, blood pressure checks and benefits help.",
        "summary_es": (
            "Un centro para personas mayores itinerante en el Grange Hall, con café, toma de presión arterial y ayuda con trámites de beneficios."
        ),
        "description": (
            "Cedar Falls has no senior center of its own, so Millbrook Senior Services brings one every other week. "
            "Stop by for coffee and pie, a chat with neighbors and help with Medicare or utility assistance forms.\n\n"
            "The county transit van can pick you up; call a day ahead."
        ),
        "description_es": (
            "Cedar Falls no tiene un centro para personas mayores propio, así que Millbrook Senior Services lleva uno cada dos semanas. "
            "Pase a tomar café y pastel, a platicar con sus vecinos y a recibir ayuda con los formularios de Medicare o de asistencia para servicios públicos.\n\n"
            "La camioneta de transporte del condado puede pasar por usted; "
            "llame con un día de anticipación."
        ),
        "host": "millbrook-senior-services",
        "venue": "cedar-falls-grange-hall",
        "format": "in_person",
        "online_url": "",
        "audiences": ["older-adults", "rural-residents"],
        "languages": ["en"],
        "accessibility": ["step-free-entrance", "accessible-restroom", "seating-available"],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Drop in any time during opening hours.",
        "how_to_join_es": "Llegue a cualquier hora mientras esté abierto.",
        "registration_url": "",
        "contact_email": "info@millbrookseniors.example",
        "contact_phone": "(555) 012-4410",
        "topics": ["loneliness-in-later-life"],
        "practices": [],
        "tags": ["older adults", "rural"],
        "schedules": [
            {
                "frequency": "biweekly",
                "start": -60,
                "start_time": "10:00",
                "duration_minutes": 150,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    # --------------------------------------------------------- support group
    {
        "slug": "caregiver-coffee-hour",
        "title": "Caregiver Coffee Hour",
        "title_es": "Café para personas cuidadoras",
        "category": "support_group",
        "summary": "An informal peer group for people caring for a parent, partner or relative, in person or online.",
        "summary_es": "Un grupo informal de apoyo entre pares para quienes cuidan a un padre, pareja o familiar, en persona o en línea.",
        "description": (
            "Share what's working, vent about what isn't, and leave with practical tips from people who understand. "
            "A trained peer facilitator keeps the conversation supportive.\n\n"
            "Respite volunteers can sit with your loved one in the next room while you attend in person."
        ),
        "description_es": (
            "Comparta lo que le funciona, desahóguese de lo que no y llévese consejos prácticos de personas que entienden. "
            "Una facilitadora capacitada mantiene la conversación en un tono de apoyo.\n\n"
            "Si asiste en persona, voluntarios de relevo pueden acompañar a su ser querido en la sala de al lado."
        ),
        "host": "open-circle-peer-support",
        "venue": "millbrook-senior-center",
        "format": "hybrid",
        "online_url": "https://meet.opencircle.example/caregivers",
        "audiences": ["caregivers", "older-adults"],
        "languages": ["en", "es"],
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "accessible-restroom",
            "hearing-loop",
            "quiet-space",
            "seating-available",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Email or call to get the online link, or just come to the senior center.",
        "how_to_join_es": (
            "Escriba o llame para recibir el enlace en línea, o simplemente venga al centro para personas mayores."
        ),
        "registration_url": "",
        "contact_email": "groups@opencircle.example",
        "contact_phone": "(555) 018-5562",
        "topics": ["social-connection", "loneliness-in-later-life"],
        "practices": ["self-compassion-practice"],
        "tags": ["caregivers", "mental health"],
        "schedules": [
            {
                "frequency": "biweekly",
                "start": -30,
                "start_time": "09:30",
                "duration_minutes": 75,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "grief-and-connection-circle",
        "title": "Grief and Connection Circle",
        "title_es": "Círculo de duelo y conexión",
        "category": "support_group",
        "summary": "An online group for anyone grieving a death, with a Spanish-speaking breakout room.",
        "summary_es": "Un grupo en línea para cualquier persona en duelo por una muerte, con una sala aparte en español.",
        "description": (
            "Loss can leave people feeling cut off from everyone. In this circle you can talk about the person you miss, "
            "or simply listen, with others who know how it feels.\n\n"
            "The group is facilitated by trained volunteers and is not a substitute for counseling; we can share referrals if you need more support."
        ),
        "description_es": (
            "La pérdida puede hacer que una persona se sienta aislada de todos. En este círculo puede hablar de la persona que extraña, "
            "o simplemente escuchar, junto a otras personas que saben lo que se siente.\n\n"
            "El grupo lo guían voluntarios capacitados y no sustituye la terapia; si necesita más apoyo, podemos recomendarle otros servicios."
        ),
        "host": "open-circle-peer-support",
        "venue": None,
        "format": "online",
        "online_url": "https://meet.opencircle.example/grief-circle",
        "audiences": ["caregivers", "older-adults", "lgbtq"],
        "languages": ["en", "es"],
        "accessibility": [],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Register once online and you'll receive the weekly link by email.",
        "how_to_join_es": "Inscríbase una sola vez en línea y recibirá el enlace semanal por correo electrónico.",
        "registration_url": "https://opencircle.example/grief-circle",
        "contact_email": "groups@opencircle.example",
        "contact_phone": "(555) 018-5562",
        "topics": ["social-connection", "loneliness-in-later-life"],
        "practices": ["reaching-out-after-a-loss", "self-compassion-practice"],
        "tags": ["grief", "mental health"],
        "schedules": [
            {
                "frequency": "weekly",
                "start": -45,
                "start_time": "19:00",
                "duration_minutes": 75,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "veterans-peer-connect",
        "title": "Veterans Peer Connect",
        "title_es": "Encuentro entre veteranos",
        "category": "support_group",
        "summary": "Veterans of every era meet weekly for coffee, conversation and mutual support.",
        "summary_es": (
            "Veteranos de todas las épocas se reúnen cada semana para tomar café, conversar y apoyarse entre sí."
        ),
        "description": (
            "Led by veterans for veterans. Some weeks are just conversation; others include a guest from the VA or a local employer. "
            "Family members are welcome at the first meeting of each month."
        ),
        "description_es": (
            "Dirigido por veteranos para veteranos. "
            "Algunas semanas solo se conversa; "
            "otras vienen invitados del Departamento de Asuntos de Veteranos o de empleadores locales. "
            "Los familiares son bienvenidos en la primera reunión de cada mes."
        ),
        "host": "open-circle-peer-support",
        "venue": "st-marks-fellowship-hall",
        "format": "in_person",
        "online_url": "",
        "audiences": ["veterans"],
        "languages": ["en"],
        "accessibility": [
            "wheelchair-access",
            "accessible-restroom",
            "near-public-transit",
            "seating-available",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Walk in; first-timers are paired with a peer mentor for the evening.",
        "how_to_join_es": "Llegue sin cita; a quienes vienen por primera vez se les asigna un mentor para esa noche.",
        "registration_url": "",
        "contact_email": "groups@opencircle.example",
        "contact_phone": "(555) 018-5562",
        "topics": ["social-connection"],
        "practices": ["active-listening-pairs"],
        "tags": ["veterans", "mental health"],
        "schedules": [
            {
                "frequency": "weekly",
                "start": -200,
                "start_time": "18:00",
                "duration_minutes": 90,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [7],
    },
    {
        "slug": "lgbtq-elders-circle",
        "title": "LGBTQ+ Elders Circle",
        "title_es": "Círculo de personas mayores LGBTQ+",
        "category": "support_group",
        "summary": "A monthly online gathering for LGBTQ+ people over 55 to share experiences and build chosen family.",
        "summary_es": (
            "Un encuentro mensual en línea para personas LGBTQ+ mayores de 55 años, para compartir experiencias y formar una familia elegida."
        ),
        "description": (
            "Topics rotate between aging, health care, housing and simply catching up. The circle is confidential and peer-led, "
            "and members often plan in-person meetups between sessions."
        ),
        "description_es": (
            "Los temas van cambiando entre el envejecimiento, la atención médica, la vivienda o simplemente ponerse al día. "
            "El círculo es confidencial y lo dirigen los propios participantes, que a menudo organizan encuentros en persona entre sesiones."
        ),
        "host": "open-circle-peer-support",
        "venue": None,
        "format": "online",
        "online_url": "https://meet.opencircle.example/elders",
        "audiences": ["lgbtq", "older-adults"],
        "languages": ["en"],
        "accessibility": [],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Email the facilitator for the link; a short welcome call is offered to first-timers.",
        "how_to_join_es": (
            "Escriba a la facilitadora para recibir el enlace; "
            "a quienes vienen por primera vez se les ofrece una breve llamada de bienvenida."
        ),
        "registration_url": "",
        "contact_email": "groups@opencircle.example",
        "contact_phone": "(555) 018-5562",
        "topics": ["loneliness-in-later-life"],
        "practices": ["story-circle"],
        "tags": ["lgbtq", "older adults"],
        "schedules": [
            {
                "frequency": "monthly",
                "start": -90,
                "start_time": "14:00",
                "duration_minutes": 90,
                "end": None,
                "monthly_position": 4,
            },
        ],
        "cancelled": [],
    },
    # ----------------------------------------------------------- volunteering
    {
        "slug": "volunteer-taster-mornings",
        "title": "Volunteer Taster Mornings",
        "title_es": "Mañanas para probar el voluntariado",
        "category": "volunteering",
        "summary": "Try three short volunteer jobs in one morning and meet the groups behind them.",
        "summary_es": "Pruebe tres tareas breves de voluntariado en una mañana y conozca a los grupos que las organizan.",
        "description": (
            "Once a month, local groups set up stations at the community center: packing food boxes, "
            "sorting library donations, making cards for homebound neighbors and more. Move between stations at your own pace.\n\n"
            "Families, teens earning service hours and volunteers with disabilities are all welcome; every station has seated tasks."
        ),
        "description_es": (
            "Una vez al mes, grupos locales instalan estaciones en el centro comunitario: armar cajas de alimentos, "
            "clasificar donaciones para la biblioteca, hacer tarjetas para vecinos que no pueden salir de casa y más. Pase de una estación a otra a su ritmo.\n\n"
            "Son bienvenidas las familias, los jóvenes que necesitan horas de servicio y los voluntarios con discapacidad; cada estación tiene tareas que se pueden hacer sentado."
        ),
        "host": "riverton-neighborhood-alliance",
        "venue": "riverton-community-center",
        "format": "in_person",
        "online_url": "",
        "audiences": ["families", "youth", "people-with-disabilities"],
        "languages": ["en", "es"],
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "accessible-restroom",
            "quiet-space",
            "near-public-transit",
            "seating-available",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Sign up online so we can plan enough tasks, or drop in before 10 a.m.",
        "how_to_join_es": (
            "Inscríbase en línea para que preparemos suficientes tareas, o llegue antes de las 10 a. "
            "m."
        ),
        "registration_url": "https://rivertonneighbors.example/volunteer-taster",
        "contact_email": "hello@rivertonneighbors.example",
        "contact_phone": "(555) 010-2231",
        "topics": ["social-connection"],
        "practices": ["volunteering-taster"],
        "tags": ["volunteering", "youth"],
        "schedules": [
            {
                "frequency": "monthly",
                "start": -120,
                "start_time": "09:00",
                "duration_minutes": 180,
                "end": None,
                "monthly_position": -1,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "friendly-caller-training",
        "title": "Friendly Caller Volunteer Training",
        "title_es": "Capacitación para voluntarios de llamadas amistosas",
        "category": "volunteering",
        "summary": "Learn to make weekly check-in calls to isolated older adults, from anywhere with a phone.",
        "summary_es": (
            "Aprenda a hacer llamadas semanales a personas mayores aisladas, desde cualquier lugar con teléfono."
        ),
        "description": (
            "This online training covers good listening, keeping calls comfortable, and what to do if someone seems unwell. "
            "Volunteering by phone suits people who are homebound themselves, and many of our best callers are.\n\n"
            "After training you'll be matched with one person to call each week."
        ),
        "description_es": (
            "Esta capacitación en línea enseña a escuchar bien, a que las llamadas sean cómodas y qué hacer si alguien parece no estar bien. "
            "El voluntariado por teléfono es ideal para personas que tampoco pueden salir de casa, y muchos de nuestros mejores voluntarios lo son.\n\n"
            "Después de la capacitación le asignaremos una persona a quien llamar cada semana."
        ),
        "host": "millbrook-senior-services",
        "venue": None,
        "format": "online",
        "online_url": "https://meet.millbrookseniors.example/caller-training",
        "audiences": ["older-adults", "people-with-disabilities"],
        "languages": ["en"],
        "accessibility": [],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Register online; you'll get the link and a short background-check form by email.",
        "how_to_join_es": (
            "Inscríbase en línea; "
            "recibirá por correo electrónico el enlace y un breve formulario de verificación de antecedentes."
        ),
        "registration_url": "https://millbrookseniors.example/friendly-callers",
        "contact_email": "info@millbrookseniors.example",
        "contact_phone": "(555) 012-4410",
        "topics": ["loneliness-in-later-life"],
        "practices": ["five-minute-check-in-call", "active-listening-pairs"],
        "tags": ["volunteering", "older adults", "loneliness"],
        "schedules": [
            {
                "frequency": "once",
                "start": 9,
                "start_time": "18:00",
                "duration_minutes": 120,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "community-fridge-crew",
        "title": "Community Fridge Crew",
        "title_es": "Equipo del refrigerador comunitario",
        "category": "volunteering",
        "summary": "Stock, clean and keep company at the free community fridge outside St. Mark's.",
        "summary_es": (
            "Llene, limpie y acompañe el refrigerador comunitario gratuito que está afuera de St. "
            "Mark's."
        ),
        "description": (
            "The fridge is open to anyone, no questions asked. Crew members restock it with donated food, wipe it down, "
            "and spend time chatting with neighbors who stop by, several of whom now volunteer too."
        ),
        "description_es": (
            "El refrigerador está abierto para cualquiera, sin preguntas. "
            "El equipo lo llena con alimentos donados, lo limpia y platica con los vecinos que pasan, varios de los cuales ahora también son voluntarios."
        ),
        "host": "riverton-neighborhood-alliance",
        "venue": "st-marks-fellowship-hall",
        "format": "in_person",
        "online_url": "",
        "audiences": ["people-experiencing-homelessness", "families"],
        "languages": ["en", "es"],
        "accessibility": ["wheelchair-access", "near-public-transit"],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Come to any shift; a crew lead will show you the ropes.",
        "how_to_join_es": "Venga a cualquier turno; una persona del equipo le enseñará cómo funciona todo.",
        "registration_url": "",
        "contact_email": "hello@rivertonneighbors.example",
        "contact_phone": "(555) 010-2231",
        "topics": ["social-connection"],
        "practices": ["volunteering-taster"],
        "tags": ["volunteering", "housing"],
        "schedules": [
            {
                "frequency": "weekly",
                "start": -90,
                "start_time": "17:30",
                "duration_minutes": 90,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    # ------------------------------------------------------------------ arts
    {
        "slug": "open-studio-afternoons",
        "title": "Open Studio Afternoons",
        "title_es": "Tardes de taller abierto",
        "category": "arts",
        "summary": "Drop-in painting, clay and collage in a calm, welcoming studio for adults of all abilities.",
        "summary_es": (
            "Pintura, barro y collage sin cita en un taller tranquilo y acogedor para adultos de todas las capacidades."
        ),
        "description": (
            "Artists on staff offer gentle guidance, but there's no set project: work on what you like, at your own pace. "
            "A quiet room is available if the studio gets busy.\n\n"
            "The studio is an openly LGBTQ+-friendly space."
        ),
        "description_es": (
            "Los artistas del taller orientan con calma, pero no hay un proyecto fijo: "
            "trabaje en lo que quiera, a su ritmo. "
            "Hay una sala silenciosa por si el taller se llena.\n\n"
            "El taller es un espacio abiertamente amigable con las personas LGBTQ+."
        ),
        "host": "millbrook-arts-collective",
        "venue": "millbrook-arts-studio",
        "format": "in_person",
        "online_url": "",
        "audiences": ["people-with-disabilities", "lgbtq", "older-adults"],
        "languages": ["en"],
        "accessibility": [
            "wheelchair-access",
            "accessible-restroom",
            "quiet-space",
            "service-animals-welcome",
            "seating-available",
        ],
        "is_free": False,
        "cost_description": "$5 per session for materials; free for anyone who asks.",
        "cost_description_es": "$5 por sesión para materiales; gratis para quien lo pida.",
        "how_to_join": "Drop in during studio hours.",
        "how_to_join_es": "Llegue sin cita durante el horario del taller.",
        "registration_url": "",
        "contact_email": "studio@millbrookarts.example",
        "contact_phone": "(555) 015-8824",
        "topics": ["social-connection"],
        "practices": [],
        "tags": ["arts", "disability", "lgbtq"],
        "schedules": [
            {
                "frequency": "weekly",
                "start": -140,
                "start_time": "13:00",
                "duration_minutes": 150,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "riverton-community-choir",
        "title": "Riverton Community Choir",
        "title_es": "Coro comunitario de Riverton",
        "category": "arts",
        "summary": "A no-audition choir that sings everything from folk songs to pop. If you can hum, you can join.",
        "summary_es": (
            "Un coro sin audición que canta de todo, desde canciones populares hasta pop. "
            "Si puede tararear, puede unirse."
        ),
        "description": (
            "Rehearsals are relaxed and sociable, with a tea break in the middle. We learn songs by ear, so you don't need to read music. "
            "The choir performs twice a year at the library and the senior center."
        ),
        "description_es": (
            "Los ensayos son relajados y sociables, con una pausa para el té a la mitad. "
            "Aprendemos las canciones de oído, así que no hace falta leer música. "
            "El coro se presenta dos veces al año en la biblioteca y en el centro para personas mayores."
        ),
        "host": "millbrook-arts-collective",
        "venue": "riverton-community-center",
        "format": "in_person",
        "online_url": "",
        "audiences": ["older-adults", "veterans", "lgbtq"],
        "languages": ["en"],
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "accessible-restroom",
            "near-public-transit",
            "seating-available",
        ],
        "is_free": False,
        "cost_description": "$20 per season; scholarships available, just ask.",
        "cost_description_es": "$20 por temporada; hay becas, solo pregunte.",
        "how_to_join": "Come to any rehearsal to try it out before signing up.",
        "how_to_join_es": "Venga a cualquier ensayo para probar antes de inscribirse.",
        "registration_url": "https://millbrookarts.example/choir",
        "contact_email": "studio@millbrookarts.example",
        "contact_phone": "(555) 015-8824",
        "topics": ["social-connection"],
        "practices": [],
        "tags": ["arts", "loneliness"],
        "schedules": [
            {
                "frequency": "weekly",
                "start": -160,
                "start_time": "19:00",
                "duration_minutes": 90,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [14, 21],
    },
    {
        "slug": "street-stories-photo-exhibit",
        "title": "Street Stories: Photo Exhibit Opening",
        "title_es": "Historias de la calle: inauguración de la exposición de fotografía",
        "category": "arts",
        "summary": "Opening night for an exhibit of photographs taken by Riverton residents who have experienced homelessness.",
        "summary_es": (
            "Noche de inauguración de una exposición de fotografías tomadas por residentes de Riverton que han vivido sin hogar."
        ),
        "description": (
            "Over six months, participants in a library photography workshop documented their city as they see it. "
            "Meet the photographers, hear the stories behind the pictures and enjoy light refreshments."
        ),
        "description_es": (
            "Durante seis meses, los participantes de un taller de fotografía de la biblioteca retrataron su ciudad tal como la ven. "
            "Conozca a los fotógrafos, escuche las historias detrás de las imágenes y disfrute de un refrigerio."
        ),
        "host": "riverton-public-library",
        "venue": "riverton-central-library",
        "format": "in_person",
        "online_url": "",
        "audiences": ["people-experiencing-homelessness", "families"],
        "languages": ["en"],
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "accessible-restroom",
            "hearing-loop",
            "near-public-transit",
            "seating-available",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Free and open to all; no registration needed.",
        "how_to_join_es": "Gratis y abierto a todos; no hace falta inscribirse.",
        "registration_url": "",
        "contact_email": "ask@rivertonlibrary.example",
        "contact_phone": "(555) 011-9000",
        "topics": ["social-connection"],
        "practices": [],
        "tags": ["arts", "housing", "libraries"],
        "schedules": [
            {
                "frequency": "once",
                "start": 30,
                "start_time": "17:30",
                "duration_minutes": 150,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "winter-knitting-circle",
        "title": "Winter Knitting Circle",
        "title_es": "Círculo de tejido de invierno",
        "category": "arts",
        "summary": "A monthly circle that knitted hats and scarves for local shelters over the winter.",
        "summary_es": (
            "Un círculo mensual que tejió gorros y bufandas para los albergues de la zona durante el invierno."
        ),
        "description": (
            "Beginners learned from experienced knitters, and caregivers found a welcome hour to themselves. "
            "The circle donated over 200 items this season. It will return when the weather turns cold again."
        ),
        "description_es": (
            "Las principiantes aprendieron de tejedoras con experiencia, y las personas cuidadoras encontraron una hora para sí mismas. "
            "Esta temporada el círculo donó más de 200 prendas. "
            "Volverá cuando regrese el frío."
        ),
        "host": "riverton-public-library",
        "venue": "riverton-central-library",
        "format": "in_person",
        "online_url": "",
        "audiences": ["older-adults", "caregivers"],
        "languages": ["en"],
        "accessibility": [
            "wheelchair-access",
            "hearing-loop",
            "large-print",
            "near-public-transit",
            "seating-available",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "This season has ended; ask at the library about next winter's circle.",
        "how_to_join_es": "Esta temporada ya terminó; pregunte en la biblioteca por el círculo del próximo invierno.",
        "registration_url": "",
        "contact_email": "ask@rivertonlibrary.example",
        "contact_phone": "(555) 011-9000",
        "topics": ["loneliness-in-later-life"],
        "practices": [],
        "tags": ["arts", "volunteering", "caregivers"],
        "schedules": [
            {
                "frequency": "monthly",
                "start": -300,
                "start_time": "14:00",
                "duration_minutes": 120,
                "end": -45,
                "monthly_position": 1,
            },
        ],
        "cancelled": [],
    },
    # ----------------------------------------------------- physical activity
    {
        "slug": "neighborhood-walking-club",
        "title": "Neighborhood Walking Club",
        "title_es": "Club de caminata del barrio",
        "category": "physical_activity",
        "summary": "Easy-paced group walks along the river, twice a week: one evening and one morning.",
        "summary_es": "Caminatas en grupo a paso tranquilo junto al río, dos veces por semana: una tarde y una mañana.",
        "description": (
            "Routes are flat, about two miles, with a shorter loop for anyone who wants it. Walk leaders keep the pace gentle "
            "so there's breath to chat, and nobody gets left behind.\n\n"
            "We meet at the Riverside Park Pavilion; strollers and walking aids are welcome."
        ),
        "description_es": (
            "Las rutas son planas, de unos tres kilómetros, con una vuelta más corta para quien la prefiera. Quienes guían mantienen un paso suave "
            "para que se pueda platicar, y nadie se queda atrás.\n\n"
            "Nos reunimos en el pabellón de Riverside Park; se aceptan carriolas y andaderas."
        ),
        "host": "riverton-neighborhood-alliance",
        "venue": "riverside-park-pavilion",
        "format": "in_person",
        "online_url": "",
        "audiences": ["older-adults", "families", "immigrants-refugees"],
        "languages": ["en", "es"],
        "accessibility": [
            "wheelchair-access",
            "accessible-restroom",
            "service-animals-welcome",
            "near-public-transit",
            "seating-available",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Meet at the pavilion five minutes before start time; wear comfortable shoes.",
        "how_to_join_es": "Nos vemos en el pabellón cinco minutos antes de la hora de inicio; use zapatos cómodos.",
        "registration_url": "",
        "contact_email": "hello@rivertonneighbors.example",
        "contact_phone": "(555) 010-2231",
        "topics": ["social-connection", "belonging-for-newcomers"],
        "practices": ["neighborhood-walk"],
        "tags": ["parks", "older adults"],
        "schedules": [
            {
                "frequency": "weekly",
                "start": -100,
                "start_time": "18:00",
                "duration_minutes": 60,
                "end": None,
                "monthly_position": None,
            },
            {
                "frequency": "weekly",
                "start": -96,
                "start_time": "08:30",
                "duration_minutes": 60,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [5],
    },
    {
        "slug": "seated-dance-online",
        "title": "Seated Dance Online",
        "title_es": "Baile sentado en línea",
        "category": "physical_activity",
        "summary": "A joyful live dance class you can do from a chair, with ASL interpretation.",
        "summary_es": (
            "Una alegre clase de baile en vivo que se puede hacer desde una silla, con interpretación en lengua de señas americana (ASL)."
        ),
        "description": (
            "Move to music from Motown to salsa, all from a seated position. Cameras on or off, whatever you prefer; "
            "the last ten minutes are kept for chatting and waving hello."
        ),
        "description_es": (
            "Muévase con música desde Motown hasta salsa, siempre sentado. "
            "Con la cámara encendida o apagada, como prefiera; "
            "los últimos diez minutos son para platicar y saludarse."
        ),
        "host": "millbrook-arts-collective",
        "venue": None,
        "format": "online",
        "online_url": "https://meet.millbrookarts.example/seated-dance",
        "audiences": ["people-with-disabilities", "older-adults"],
        "languages": ["en", "asl"],
        "accessibility": ["asl-interpretation"],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Click the online link at class time; no sign-up needed.",
        "how_to_join_es": "Entre al enlace en línea a la hora de la clase; no hace falta inscribirse.",
        "registration_url": "",
        "contact_email": "studio@millbrookarts.example",
        "contact_phone": "(555) 015-8824",
        "topics": ["social-connection"],
        "practices": [],
        "tags": ["disability", "arts", "older adults"],
        "schedules": [
            {
                "frequency": "weekly",
                "start": -60,
                "start_time": "11:00",
                "duration_minutes": 45,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "cedar-falls-trail-walks",
        "title": "Cedar Falls Trail Walks",
        "title_es": "Caminatas por los senderos de Cedar Falls",
        "category": "physical_activity",
        "summary": "Guided monthly hikes on the trails around Cedar Falls for families and teens.",
        "summary_es": "Caminatas guiadas cada mes por los senderos de Cedar Falls para familias y adolescentes.",
        "description": (
            "Youth leaders guide a two-to-three mile hike, pointing out wildlife and local history along the way. "
            "We finish back at the Grange Hall with hot cider or lemonade, depending on the season."
        ),
        "description_es": (
            "Jóvenes líderes guían una caminata de dos a tres millas y señalan la fauna y la historia local en el camino. "
            "Terminamos en el Grange Hall con sidra caliente o limonada, según la temporada."
        ),
        "host": "cedar-valley-youth-network",
        "venue": "cedar-falls-grange-hall",
        "format": "in_person",
        "online_url": "",
        "audiences": ["rural-residents", "families", "youth"],
        "languages": ["en"],
        "accessibility": ["step-free-entrance", "accessible-restroom"],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Meet at the Grange Hall; sign up online so we know how many to expect.",
        "how_to_join_es": "Nos vemos en el Grange Hall; inscríbase en línea para saber cuántas personas esperar.",
        "registration_url": "https://cedarvalleyyouth.example/trail-walks",
        "contact_email": "team@cedarvalleyyouth.example",
        "contact_phone": "(555) 013-6675",
        "topics": ["youth-connection"],
        "practices": ["neighborhood-walk"],
        "tags": ["rural", "parks", "youth"],
        "schedules": [
            {
                "frequency": "monthly",
                "start": -75,
                "start_time": "09:00",
                "duration_minutes": 120,
                "end": None,
                "monthly_position": 2,
            },
        ],
        "cancelled": [],
    },
    # --------------------------------------------------------- social meetup
    {
        "slug": "newcomers-coffee-meetup",
        "title": "Newcomers' Coffee Meetup",
        "title_es": "Café para recién llegados",
        "category": "social_meetup",
        "summary": "New to Riverton? Meet other newcomers and friendly locals over coffee at the library.",
        "summary_es": "¿Acaba de llegar a Riverton? Conozca a otros recién llegados y a vecinos amables tomando un café en la biblioteca.",
        "description": (
            "A relaxed morning to make a few friends and swap tips on schools, jobs, shops and services. "
            "Volunteers speak Spanish and Arabic, and children are welcome: there's a play corner with toys.\n\n"
            "Each meetup also features one local organization that can help newcomers settle in."
        ),
        "description_es": (
            "Una mañana tranquila para hacer amistades e intercambiar consejos sobre escuelas, trabajos, tiendas y servicios. "
            "Hay voluntarios que hablan español y árabe, y los niños son bienvenidos: hay un rincón con juguetes.\n\n"
            "En cada reunión también se presenta una organización local que puede ayudar a las personas recién llegadas."
        ),
        "host": "welcome-home-riverton",
        "venue": "riverton-central-library",
        "format": "in_person",
        "online_url": "",
        "audiences": ["immigrants-refugees", "families"],
        "languages": ["en", "es", "ar"],
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "accessible-restroom",
            "near-public-transit",
            "seating-available",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Just come by; coffee and pastries are on us.",
        "how_to_join_es": "Solo venga; el café y el pan dulce corren por nuestra cuenta.",
        "registration_url": "",
        "contact_email": "bienvenidos@welcomehomeriverton.example",
        "contact_phone": "(555) 016-3308",
        "topics": ["belonging-for-newcomers"],
        "practices": ["neighborhood-walk"],
        "tags": ["immigrants", "belonging", "libraries"],
        "schedules": [
            {
                "frequency": "biweekly",
                "start": -55,
                "start_time": "10:00",
                "duration_minutes": 90,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "rainbow-game-night",
        "title": "Rainbow Game Night",
        "title_es": "Noche de juegos arcoíris",
        "category": "social_meetup",
        "summary": "A safe, fun weekly evening of board games, video games and snacks for LGBTQ+ youth aged 13 to 19.",
        "summary_es": (
            "Una noche semanal, segura y divertida, de juegos de mesa, videojuegos y botanas para jóvenes LGBTQ+ de 13 a 19 años."
        ),
        "description": (
            "Run by trained youth workers in a private room at the community center. Play, hang out, or just sit in the quiet corner; "
            "there's no pressure to talk about anything you don't want to.\n\n"
            "Pizza every week, and a youth counselor is on hand if anyone wants a private chat."
        ),
        "description_es": (
            "La organizan trabajadores juveniles capacitados en una sala privada del centro comunitario. "
            "Juegue, conviva o simplemente siéntese en el rincón tranquilo; "
            "nadie le presionará para hablar de lo que no quiera.\n\n"
            "Hay pizza cada semana y un consejero juvenil disponible por si alguien quiere hablar en privado."
        ),
        "host": "cedar-valley-youth-network",
        "venue": "riverton-community-center",
        "format": "in_person",
        "online_url": "",
        "audiences": ["lgbtq", "youth"],
        "languages": ["en"],
        "accessibility": [
            "wheelchair-access",
            "step-free-entrance",
            "accessible-restroom",
            "quiet-space",
            "near-public-transit",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Text or call the youth worker before your first visit, or just show up at the front desk.",
        "how_to_join_es": (
            "Mande un mensaje o llame al trabajador juvenil antes de su primera visita, o simplemente preséntese en la recepción."
        ),
        "registration_url": "",
        "contact_email": "team@cedarvalleyyouth.example",
        "contact_phone": "(555) 013-6675",
        "topics": ["youth-connection"],
        "practices": [],
        "tags": ["lgbtq", "youth", "belonging"],
        "schedules": [
            {
                "frequency": "weekly",
                "start": -130,
                "start_time": "18:30",
                "duration_minutes": 120,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "online-lunch-and-chat",
        "title": "Online Lunch and Chat",
        "title_es": "Almuerzo y plática en línea",
        "category": "social_meetup",
        "summary": "Bring your lunch to a friendly video call once a week at noon, from anywhere.",
        "summary_es": (
            "Traiga su almuerzo a una videollamada amistosa una vez por semana al mediodía, desde donde esté."
        ),
        "description": (
            "A host starts the conversation with a light question, and after that it's just good company. "
            "Ideal for people who can't easily get out, whether because of distance, health, or caring responsibilities.\n\n"
            "You can join by video or by dialing in from a regular phone."
        ),
        "description_es": (
            "Una anfitriona abre la conversación con una pregunta sencilla y, después, es simplemente buena compañía. "
            "Ideal para personas a quienes les cuesta salir, ya sea por la distancia, la salud o porque cuidan de alguien.\n\n"
            "Puede unirse por video o llamando desde un teléfono normal."
        ),
        "host": "millbrook-senior-services",
        "venue": None,
        "format": "online",
        "online_url": "https://meet.millbrookseniors.example/lunch-chat",
        "audiences": [
            "older-adults",
            "caregivers",
            "veterans",
            "rural-residents",
            "people-with-disabilities",
        ],
        "languages": ["en"],
        "accessibility": [],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Call the senior center once to get the link and dial-in number, then join any week.",
        "how_to_join_es": (
            "Llame una vez al centro para personas mayores para recibir el enlace y el número de acceso, y únase cualquier semana."
        ),
        "registration_url": "",
        "contact_email": "info@millbrookseniors.example",
        "contact_phone": "(555) 012-4410",
        "topics": ["loneliness-in-later-life", "social-connection"],
        "practices": ["five-minute-check-in-call"],
        "tags": ["older adults", "digital inclusion", "loneliness"],
        "schedules": [
            {
                "frequency": "weekly",
                "start": -210,
                "start_time": "12:00",
                "duration_minutes": 45,
                "end": None,
                "monthly_position": None,
            },
        ],
        "cancelled": [],
    },
    {
        "slug": "welcome-table-community-dinner",
        "title": "Welcome Table Community Dinner",
        "title_es": "Cena comunitaria Mesa de Bienvenida",
        "category": "social_meetup",
        "summary": "A free sit-down dinner once a month where everyone, housed or not, eats at the same table.",
        "summary_es": "Una cena gratuita una vez al mes donde todas las personas, tengan o no vivienda, comen en la misma mesa.",
        "description": (
            "There's no serving line here: volunteers bring plates to the tables and then sit down to eat too. "
            "Guests include families, older neighbors living alone and people experiencing homelessness.\n\n"
            "Outreach workers join most months and can help with housing and benefits questions after the meal."
        ),
        "description_es": (
            "Aquí no hay fila para servirse: los voluntarios llevan los platos a las mesas y luego también se sientan a comer. "
            "Entre los invitados hay familias, vecinos mayores que viven solos y personas sin hogar.\n\n"
            "Casi todos los meses asisten trabajadores de apoyo comunitario que pueden ayudar con preguntas sobre vivienda y beneficios después de la cena."
        ),
        "host": "riverton-neighborhood-alliance",
        "venue": "st-marks-fellowship-hall",
        "format": "in_person",
        "online_url": "",
        "audiences": ["people-experiencing-homelessness", "families", "older-adults"],
        "languages": ["en", "es"],
        "accessibility": [
            "wheelchair-access",
            "accessible-restroom",
            "near-public-transit",
            "seating-available",
        ],
        "is_free": True,
        "cost_description": "",
        "how_to_join": "Walk in; no ID or sign-up required.",
        "how_to_join_es": "Llegue sin cita; no se pide identificación ni inscripción.",
        "registration_url": "",
        "contact_email": "hello@rivertonneighbors.example",
        "contact_phone": "(555) 010-2231",
        "topics": ["social-connection"],
        "practices": ["shared-meal"],
        "tags": ["housing", "belonging", "loneliness"],
        "schedules": [
            {
                "frequency": "monthly",
                "start": -150,
                "start_time": "17:30",
                "duration_minutes": 120,
                "end": None,
                "monthly_position": -1,
            },
        ],
        "cancelled": [],
    },
]
