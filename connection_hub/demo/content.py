"""Demo content for Connection Hub: publishers, topics, resources, practices
and short page texts. Plain data only; loaded by the demo loader.

Titles, publishers and dates of the first six resources come from the
Community Commons seed page; every description here is original writing.
"""

PUBLISHERS = [
    {
        "name": "U.S. Department of Health and Human Services",
        "slug": "us-hhs",
        "url": "https://www.hhs.gov",
    },
    {
        "name": "Foundation for Social Connection",
        "slug": "foundation-for-social-connection",
        "url": "https://www.social-connection.org",
    },
    {
        "name": "Community Commons",
        "slug": "community-commons",
        "url": "https://www.communitycommons.org",
    },
    {"name": "The Sky Center", "slug": "the-sky-center", "url": "https://skycenter.nmsip.org"},
    # The site itself: the loader names it after settings.SITE_NAME, and a story it
    # publishes is labelled "Original", as the seed page labels its own stories.
    {"name": "", "slug": "site", "url": "", "site": True},
    {
        "name": "Northlake University Center for Belonging Research",
        "slug": "northlake-belonging-center",
        "url": "https://belonging.northlake.edu",
    },
    {
        "name": "Harbor County Public Health Department",
        "slug": "harbor-county-public-health",
        "url": "https://www.harborcountyhealth.gov",
    },
    {
        "name": "Public Library Alliance for Community Wellbeing",
        "slug": "public-library-alliance",
        "url": "https://www.publiclibraryalliance.org",
    },
    {
        "name": "National Council on Healthy Aging",
        "slug": "national-council-on-healthy-aging",
        "url": "https://www.nchealthyaging.org",
    },
    {
        "name": "Welcome Neighbors Network",
        "slug": "welcome-neighbors-network",
        "url": "https://www.welcomeneighbors.org",
    },
    {
        "name": "Youth Thrive Collaborative",
        "slug": "youth-thrive-collaborative",
        "url": "https://www.youththrivecollab.org",
    },
    {
        "name": "Rural Connections Institute",
        "slug": "rural-connections-institute",
        "url": "https://www.ruralconnections.org",
    },
    {
        "name": "Family Caregiver Circle",
        "slug": "family-caregiver-circle",
        "url": "https://www.familycaregivercircle.org",
    },
    {
        "name": "Open Doors Disability Coalition",
        "slug": "open-doors-disability-coalition",
        "url": "https://www.opendoorscoalition.org",
    },
    {
        "name": "Shared Spaces Design Collaborative",
        "slug": "shared-spaces-design",
        "url": "https://www.sharedspacesdesign.org",
    },
]

TOPICS = [
    {
        "slug": "social-connection",
        "title": "Connecting the Dots on Social Connection",
        "title_es": "Uniendo los puntos sobre la conexión social",
        "summary": "What social connection is, why it matters so much for health, and what people, neighborhoods and institutions can do to build more of it.",
        "summary_es": "Qué es la conexión social, por qué importa tanto para la salud y qué pueden hacer las personas, los barrios y las instituciones para fortalecerla.",
        "intro": (
            "Feeling that we belong somewhere, and that someone would notice if we went missing, is one of the most basic things people need. "
            "This page gathers what we know about social connection: how it works, who is most often left out, and the practical steps that help.\n\n"
            "Connection is personal, but it is also shaped by the places we live and the decisions communities make. "
            "Use the sections below as a starting point, then explore the resources, practices and local programs linked throughout."
        ),
        "intro_es": (
            "Sentir que pertenecemos a algún lugar, y que alguien notaría nuestra ausencia, es una de las necesidades más básicas de las personas. "
            "Esta página reúne lo que sabemos sobre la conexión social: cómo funciona, quiénes suelen quedar fuera y qué pasos prácticos ayudan.\n\n"
            "La conexión es algo personal, pero también depende de los lugares donde vivimos y de las decisiones que toman las comunidades. "
            "Use las secciones de abajo como punto de partida y luego explore los recursos, las prácticas y los programas locales."
        ),
        "featured": True,
        "sections": [
            {
                "heading": "What is social connection?",
                "heading_es": "¿Qué es la conexión social?",
                "body": (
                    "Social connection describes the relationships that make us feel we belong, that we can count on others, and that others can count on us. "
                    "It is not only about how many people we know. It has three parts:\n\n"
                    "- **Structure** – who is in your life, and how often you see them.\n"
                    "- **Function** – the help, advice and company those people actually offer.\n"
                    "- **Quality** – whether those relationships feel warm, safe and satisfying.\n\n"
                    "Someone can be surrounded by people and still feel lonely, while someone with a few close ties may feel well supported. "
                    "Loneliness is the painful gap between the connection we want and the connection we have."
                ),
                "body_es": (
                    "La conexión social describe las relaciones que nos hacen sentir que pertenecemos, que podemos contar con otras personas y que ellas pueden contar con nosotros. "
                    "No se trata solo de cuánta gente conocemos. Tiene tres partes:\n\n"
                    "- **Estructura**: quiénes forman parte de su vida y con qué frecuencia los ve.\n"
                    "- **Función**: la ayuda, los consejos y la compañía que esas personas realmente ofrecen.\n"
                    "- **Calidad**: si esas relaciones se sienten cálidas, seguras y satisfactorias.\n\n"
                    "Una persona puede estar rodeada de gente y aun así sentirse sola, mientras que otra con pocos lazos cercanos puede sentirse muy acompañada. "
                    "La soledad es la distancia dolorosa entre la conexión que deseamos y la que tenemos."
                ),
            },
            {
                "heading": "Connection you can feel",
                "heading_es": "Una conexión que se siente",
                "body": (
                    "The Sky Center, a suicide-prevention organization in New Mexico, puts it in a way we find useful. "
                    "Connection is the energy that flows between people when each of them feels **seen, heard and valued**, when they can give and take without fear of being judged, and when they come away from the relationship fed and stronger.\n\n"
                    "By that measure, five minutes with a neighbor who really listens can count for more than an evening in a crowded room."
                ),
                "body_es": (
                    "The Sky Center, una organización de prevención del suicidio en Nuevo México, lo explica de una manera que nos parece útil. "
                    "La conexión es la energía que circula entre las personas cuando cada una se siente **vista, escuchada y valorada**, cuando pueden dar y recibir sin miedo a que las juzguen y cuando la relación las deja más nutridas y fuertes.\n\n"
                    "Vista así, una plática de cinco minutos con un vecino que de verdad escucha puede valer más que una noche en un salón lleno de gente."
                ),
            },
            {
                "heading": "How connection shapes health and well-being",
                "heading_es": "Cómo la conexión influye en la salud y el bienestar",
                "body": (
                    "Good relationships act a bit like a shock absorber. People who feel supported tend to cope better with stress, recover faster from illness, "
                    "and have lower risks of depression, heart disease and memory loss. Research suggests that long-term isolation can harm health about as much as smoking.\n\n"
                    "The benefits reach beyond individuals. In neighborhoods where people know and trust one another, "
                    "neighbors check in during a heat wave, share tools and rides, and speak up together for what their area needs. "
                    "That shared strength shows up in better health across the whole community."
                ),
                "body_es": (
                    "Las buenas relaciones funcionan como un amortiguador. Las personas que se sienten apoyadas suelen manejar mejor el estrés, se recuperan más rápido de las enfermedades "
                    "y tienen menos riesgo de depresión, enfermedades del corazón y pérdida de memoria. Los estudios indican que el aislamiento prolongado puede dañar la salud casi tanto como fumar.\n\n"
                    "Los beneficios van más allá de cada persona. En los barrios donde la gente se conoce y se tiene confianza, "
                    "los vecinos se visitan durante una ola de calor, comparten herramientas y aventones, y se organizan para pedir lo que su zona necesita. "
                    "Esa fuerza compartida se refleja en una mejor salud para toda la comunidad."
                ),
            },
            {
                "heading": "Why we need each other",
                "heading_es": "Por qué nos necesitamos",
                "body": (
                    "For most of human history, surviving meant staying with the group. "
                    "Our bodies still carry that lesson, which is why connection may be the most important part of looking after our wellbeing.\n\n"
                    "- **Wired to belong.** People lasted as a species by relying on one another, so the need for others runs deep in all of us.\n- **Isolation feels like danger.** Feeling alone or shut out can set off the same alarm as a physical threat. "
                    "The nervous system looks for a way to escape, and in a crisis that alarm can even convince someone that ending their life is the only way out.\n- **Connection helps prevent suicide.** Bringing people back into contact with others calms that alarm and shows there are other ways through. "
                    "Every young person should know which friends and adults care about them and can be turned to.\n- **A kind inner voice.** Belonging also grows from the inside. "
                    "Learning to speak to ourselves with the warmth we would offer a friend, which is what self-compassion means, helps carry us through hard times, including the times we are alone.\n\n"
                    "Try the guided self-compassion practice in the toolkit. "
                    "If you or someone you know is struggling, call or text 988."
                ),
                "body_es": (
                    "Durante casi toda la historia de la humanidad, sobrevivir significaba quedarse con el grupo. "
                    "El cuerpo todavía guarda esa lección, y por eso la conexión quizá sea lo más importante para cuidar nuestro bienestar.\n\n"
                    "- **Hechos para pertenecer.** Como especie, salimos adelante apoyándonos unos en otros, así que la necesidad de los demás es muy profunda en todos.\n- **El aislamiento se siente como un peligro.** Sentirse solo o excluido puede encender la misma alarma que una amenaza física. "
                    "El sistema nervioso busca cómo escapar y, en una crisis, esa alarma puede llegar a convencer a alguien de que quitarse la vida es la única salida.\n- **La conexión ayuda a prevenir el suicidio.** Volver a acercar a las personas a los demás calma esa alarma y muestra que hay otros caminos. "
                    "Todo joven debería saber qué amigos y adultos se preocupan por él y a quién puede acudir.\n- **Una voz interior amable.** La pertenencia también crece desde adentro. "
                    "Aprender a hablarnos con el mismo cariño que le daríamos a un amigo, que es lo que significa la autocompasión, nos ayuda a atravesar los momentos difíciles, también cuando estamos a solas.\n\n"
                    "Pruebe la práctica guiada de autocompasión de la caja de herramientas. "
                    "Si usted o alguien que conoce está pasando por un momento difícil, llame o envíe un mensaje de texto al 988."
                ),
            },
            {
                "heading": "Why so many people feel disconnected",
                "heading_es": "Por qué tantas personas se sienten desconectadas",
                "body": (
                    "Disconnection has been growing for years. More people live alone, fewer take part in clubs, congregations or civic groups, "
                    "and more of our daily contact happens through screens. The COVID-19 pandemic cut many ties that have not fully come back, "
                    "especially for older adults and people with health conditions. Big life changes, such as retiring, moving or losing a partner, can shrink a social circle quickly.\n\n"
                    "Some neighborhoods also carry the weight of past decisions. Policies like redlining and exclusionary zoning kept investment away for decades, "
                    "leaving fewer parks, libraries and community centers, and scattering families and networks of trust. "
                    "Those gaps still make it harder for residents to gather and support one another today."
                ),
                "body_es": (
                    "La desconexión ha ido en aumento durante años. Cada vez más personas viven solas, menos participan en clubes, congregaciones o grupos cívicos, "
                    "y buena parte del contacto diario ocurre a través de pantallas. La pandemia de COVID-19 rompió muchos lazos que todavía no se han recuperado, "
                    "sobre todo entre personas mayores y quienes tienen problemas de salud. Los grandes cambios de vida, como jubilarse, mudarse o perder a la pareja, pueden reducir rápidamente el círculo social.\n\n"
                    "Algunos barrios también cargan con el peso de decisiones del pasado. Políticas como el redlining y la zonificación excluyente alejaron la inversión durante décadas, "
                    "lo que dejó menos parques, bibliotecas y centros comunitarios, y dispersó familias y redes de confianza. "
                    "Esas carencias siguen dificultando que los vecinos se reúnan y se apoyen hoy en día."
                ),
            },
            {
                "heading": "Everyday skills for closer relationships",
                "heading_es": "Habilidades cotidianas para relaciones más cercanas",
                "body": (
                    "Relationships and relational skills grow together. Spending time with people who care about us teaches us to listen, "
                    "to notice how others feel and to calm ourselves when things get tense. In turn, those skills help trust grow and keep friendships going.\n\n"
                    "These skills can be practiced at any age:\n\n"
                    "- Families can protect simple routines, like eating together or a weekly phone call.\n"
                    "- Schools and youth programs can teach listening, empathy and repair after conflict.\n"
                    "- Workplaces can make room for real conversation, not just task updates.\n"
                    "- Community groups can offer low-pressure ways to meet, such as shared meals or story circles."
                ),
                "body_es": (
                    "Las relaciones y las habilidades para relacionarnos crecen juntas. Pasar tiempo con personas que nos quieren nos enseña a escuchar, "
                    "a notar cómo se sienten los demás y a calmarnos cuando hay tensión. Esas mismas habilidades facilitan luego crear confianza y mantener las amistades.\n\n"
                    "Estas habilidades se pueden practicar a cualquier edad:\n\n"
                    "- Las familias pueden cuidar rutinas sencillas, como comer juntos o una llamada semanal.\n"
                    "- Las escuelas y los programas juveniles pueden enseñar a escuchar, a ponerse en el lugar del otro y a reparar después de un conflicto.\n"
                    "- Los lugares de trabajo pueden dar espacio a conversaciones reales, no solo a reportes de tareas.\n"
                    "- Los grupos comunitarios pueden ofrecer formas tranquilas de conocerse, como comidas compartidas o círculos de historias."
                ),
            },
            {
                "heading": "Places that bring people together",
                "heading_es": "Lugares que reúnen a la gente",
                "body": (
                    "Connection needs somewhere to happen. Planners call these places *social infrastructure*: the parks, libraries, community centers, "
                    "plazas and gardens where people bump into each other, linger and get to know one another. "
                    "A bench in the shade or a free room to book can matter more than it seems.\n\n"
                    "Libraries now host everything from language classes to tech help. Community centers welcome all ages under one roof. "
                    "Food co-ops, neighborhood gardens and cultural festivals give people a shared project and a shared identity, "
                    "and communities with these hubs tend to bounce back faster when hard times arrive."
                ),
                "body_es": (
                    "La conexión necesita un lugar donde suceder. Los urbanistas llaman a estos espacios *infraestructura social*: los parques, bibliotecas, centros comunitarios, "
                    "plazas y huertos donde la gente se encuentra, se queda un rato y se va conociendo. "
                    "Una banca a la sombra o un salón gratuito para reservar pueden importar más de lo que parece.\n\n"
                    "Hoy las bibliotecas ofrecen de todo, desde clases de idiomas hasta ayuda con la tecnología. Los centros comunitarios reciben a personas de todas las edades bajo un mismo techo. "
                    "Las cooperativas de alimentos, los huertos vecinales y los festivales culturales dan a la gente un proyecto y una identidad en común, "
                    "y las comunidades que cuentan con estos espacios suelen recuperarse más rápido en los momentos difíciles."
                ),
            },
            {
                "heading": "Who faces the biggest barriers",
                "heading_es": "Quiénes enfrentan más barreras",
                "body": (
                    "Not everyone starts from the same place. Older adults, immigrants and refugees, disabled people, those without stable housing "
                    "and people in rural areas often meet extra obstacles: buildings without ramps, no bus route, meetings held only in English, "
                    "or the quiet sting of stigma.\n\n"
                    "Racism, poverty and discrimination also limit who gets invited in. Closing these gaps means designing inclusive spaces, "
                    "offering transportation and interpretation, expanding affordable internet and devices, and letting the people most affected "
                    "lead the work in their own communities."
                ),
                "body_es": (
                    "No todos parten del mismo lugar. Las personas mayores, los inmigrantes y refugiados, las personas con discapacidad, las personas sin hogar "
                    "y quienes viven en zonas rurales suelen encontrar obstáculos adicionales: edificios sin rampas, falta de transporte, reuniones solo en inglés "
                    "o el peso silencioso del estigma.\n\n"
                    "El racismo, la pobreza y la discriminación también limitan a quién se invita a participar. Cerrar estas brechas implica diseñar espacios inclusivos, "
                    "ofrecer transporte e interpretación, ampliar el acceso a internet y a dispositivos a bajo costo, y dejar que las personas más afectadas "
                    "encabecen el trabajo en sus propias comunidades."
                ),
            },
            {
                "heading": "Strategies for whole systems",
                "heading_es": "Estrategias para los sistemas",
                "body": (
                    "We feel connection in small moments, but the conditions for it are set by bigger systems. "
                    "At that level, helpful steps include:\n\n"
                    "- **Funding the basics**: "
                    "buses and trains, green space, libraries, home internet and places to gather.\n- **Fixing rules that divide**: "
                    "revisiting zoning, land use and transportation plans.\n- **Putting equity first**: "
                    "asking who has been left out and why.\n- **Tracking connection**: "
                    "adding social connection measures to public health data."
                ),
                "body_es": (
                    "Sentimos la conexión en momentos pequeños, pero las condiciones que la hacen posible dependen de sistemas más grandes. "
                    "En ese nivel, algunos pasos útiles son:\n\n"
                    "- **Financiar lo básico**: "
                    "transporte público, parques, bibliotecas, internet de banda ancha y centros comunitarios.\n- **Cambiar las reglas que dividen**: "
                    "revisar la zonificación, el uso del suelo y los planes de transporte.\n- **Poner la equidad primero**: "
                    "preguntarse quién ha quedado fuera y por qué.\n- **Medir la conexión**: "
                    "incluir indicadores de conexión social en los datos de salud pública."
                ),
            },
            {
                "heading": "What communities can do",
                "heading_es": "Lo que pueden hacer las comunidades",
                "body": (
                    "Connection can be built, and rebuilt, close to home. "
                    "Neighborhoods already know a great deal about what belonging looks like, and community strategies build on that knowledge and on the places and relationships that keep a neighborhood alive:\n\n"
                    "- **Shared spaces people want to use**: "
                    "community gardens, plazas, libraries that do more than lend books, and senior centers can all become hubs of belonging.\n- **Backing local leaders**: "
                    "faith leaders, organizers, librarians, keepers of cultural traditions and residents themselves shape how connected a place feels.\n- **Programs that bring people together**: "
                    "cultural events, activities that mix generations, skill-sharing workshops and cooperative projects help people cross the lines that divide them.\n- **Getting around, for everyone**: "
                    "safe sidewalks, transit and accessible public spaces widen the circle of who can take part.\n\n"
                    "The program directory lists gardens, cultural events, intergenerational activities, workshops and senior-center programs near you."
                ),
                "body_es": (
                    "La conexión se puede construir, y reconstruir, cerca de casa. "
                    "Los barrios ya saben mucho sobre cómo se ve la pertenencia, y las estrategias comunitarias parten de ese saber y de los lugares y las relaciones que mantienen vivo un barrio:\n\n"
                    "- **Espacios compartidos que la gente quiera usar**: "
                    "los huertos comunitarios, las plazas, las bibliotecas que hacen más que prestar libros y los centros para personas mayores pueden convertirse en centros de pertenencia.\n- **Apoyar a los líderes locales**: "
                    "los líderes religiosos, las personas que organizan, los bibliotecarios, quienes cuidan las tradiciones culturales y los propios vecinos influyen en cuán conectado se siente un lugar.\n- **Programas que reúnen a la gente**: "
                    "los eventos culturales, las actividades que mezclan generaciones, los talleres para compartir habilidades y los proyectos cooperativos ayudan a cruzar las líneas que nos dividen.\n- **Moverse con facilidad, para todos**: "
                    "las banquetas seguras, el transporte público y los espacios públicos accesibles amplían el círculo de quienes pueden participar.\n\n"
                    "En el directorio de programas encontrará huertos, eventos culturales, actividades entre generaciones, talleres y programas de centros para personas mayores cerca de usted."
                ),
            },
            {
                "heading": "Connection is a public good",
                "heading_es": "La conexión es un bien público",
                "body": (
                    "Social connection is more than a private feeling. "
                    "Like clean air or safe streets, it is a **public good**: "
                    "history, policy, the way neighborhoods are designed and countless everyday encounters all shape how much of it a community has. "
                    "When people have real chances to connect, whole communities become healthier, better able to weather hard times, and fairer.\n\n"
                    "Building it takes many hands. "
                    "Governments, health care, schools, employers, faith communities and neighbors each have a part, and the payoff is worth it: "
                    "a place where nobody has to face life without people to lean on and a community to belong to."
                ),
                "body_es": (
                    "La conexión social es más que un sentimiento privado. "
                    "Como el aire limpio o las calles seguras, es un **bien público**: "
                    "la historia, las políticas, el diseño de los barrios y un sinfín de encuentros cotidianos influyen en cuánta conexión tiene una comunidad. "
                    "Cuando la gente tiene oportunidades reales de conectarse, comunidades enteras se vuelven más sanas, más capaces de resistir los tiempos difíciles y más justas.\n\n"
                    "Construirla requiere muchas manos. "
                    "Los gobiernos, los servicios de salud, las escuelas, los empleadores, las comunidades de fe y los vecinos tienen cada uno su parte, y vale la pena: "
                    "un lugar donde nadie tenga que enfrentar la vida sin personas en quienes apoyarse ni una comunidad a la que pertenecer."
                ),
            },
        ],
    },
    {
        "slug": "loneliness-in-later-life",
        "title": "Loneliness in Later Life",
        "title_es": "La soledad en la vejez",
        "summary": "Why loneliness often grows with age, the warning signs to watch for, and simple ways families and neighbors can help.",
        "summary_es": "Por qué la soledad suele aumentar con la edad, qué señales observar y formas sencillas en que familias y vecinos pueden ayudar.",
        "intro": (
            "Retirement, hearing loss, the death of friends or a partner, giving up the car keys: later life brings changes that can quietly shrink a person's world. "
            "The good news is that connection can be rebuilt at any age, often with small, regular contact."
        ),
        "intro_es": (
            "La jubilación, la pérdida auditiva, la muerte de amigos o de la pareja, dejar de manejar: la vejez trae cambios que pueden achicar poco a poco el mundo de una persona. "
            "La buena noticia es que la conexión se puede reconstruir a cualquier edad, muchas veces con un contacto pequeño y constante."
        ),
        "featured": True,
        "sections": [
            {
                "heading": "Signs someone may be lonely",
                "heading_es": "Señales de que alguien puede sentirse solo",
                "body": (
                    "Loneliness rarely announces itself. Look for changes such as:\n\n"
                    "- Skipping activities they used to enjoy.\n"
                    "- Long stretches without visitors or calls.\n"
                    "- Talking a lot when someone finally does visit.\n"
                    "- Poorer sleep, appetite or self-care.\n\n"
                    "None of these prove loneliness on their own, but they are a good reason to check in."
                ),
                "body_es": (
                    "La soledad casi nunca se anuncia. Preste atención a cambios como:\n\n"
                    "- Dejar actividades que antes disfrutaba.\n"
                    "- Pasar largos periodos sin visitas ni llamadas.\n"
                    "- Hablar mucho cuando por fin alguien lo visita.\n"
                    "- Dormir, comer o cuidarse peor que antes.\n\n"
                    "Ninguna de estas señales confirma la soledad por sí sola, pero todas son un buen motivo para acercarse."
                ),
            },
            {
                "heading": "Small steps that help",
                "heading_es": "Pequeños pasos que ayudan",
                "body": (
                    "Regular, predictable contact matters more than grand gestures. A five-minute call at the same time each week gives someone something to look forward to. "
                    "Offering a ride to a senior center lunch, a library event or a place of worship can reopen a door that closed when driving stopped.\n\n"
                    "Practical barriers deserve attention too. Help with hearing aids, a tablet set up for video calls, or a neighbor who walks over to "
                    "the weekly coffee hour can make participation possible again."
                ),
                "body_es": (
                    "El contacto regular y predecible importa más que los grandes gestos. Una llamada de cinco minutos a la misma hora cada semana le da a alguien algo que esperar con gusto. "
                    "Ofrecer llevarlo a un almuerzo del centro para personas mayores, a un evento de la biblioteca o a su lugar de culto puede volver a abrir una puerta que se cerró cuando dejó de manejar.\n\n"
                    "También hay que atender las barreras prácticas. Ayuda con los audífonos, una tableta lista para videollamadas o un vecino que lo acompañe "
                    "al café semanal pueden hacer que vuelva a participar."
                ),
            },
            {
                "heading": "When to get more support",
                "heading_es": "Cuándo buscar más apoyo",
                "body": (
                    "Loneliness and depression often travel together. If someone seems hopeless, stops eating, or talks about not wanting to be here, "
                    "talk to their doctor and see our Get Help page for crisis lines that are free and open around the clock."
                ),
                "body_es": (
                    "La soledad y la depresión suelen ir de la mano. Si alguien parece sin esperanza, deja de comer o habla de no querer seguir aquí, "
                    "hable con su médico y consulte nuestra página Obtener ayuda para ver las líneas de crisis, que son gratuitas y atienden a toda hora."
                ),
            },
        ],
    },
    {
        "slug": "belonging-for-newcomers",
        "title": "Belonging for Newcomers",
        "title_es": "Pertenencia para recién llegados",
        "summary": "How immigrants, refugees and anyone new to town can find their footing, and how neighbors can make the welcome real.",
        "summary_es": "Cómo los inmigrantes, los refugiados y cualquier persona recién llegada pueden encontrar su lugar, y cómo los vecinos pueden hacer que la bienvenida sea real.",
        "intro": (
            "Moving to a new place means starting over with friendships, routines and often a new language. "
            "Belonging grows when newcomers have both a place to keep their own culture and easy ways to meet the wider community."
        ),
        "intro_es": (
            "Mudarse a un lugar nuevo significa empezar de cero con las amistades, las rutinas y muchas veces con otro idioma. "
            "La pertenencia crece cuando las personas recién llegadas tienen un espacio para conservar su cultura y también maneras fáciles de conocer al resto de la comunidad."
        ),
        "featured": False,
        "sections": [
            {
                "heading": "The first year",
                "heading_es": "El primer año",
                "body": (
                    "The first months are often the loneliest. People are busy with paperwork, housing and work, and have little time or energy left for socializing. "
                    "Low-effort invitations help most: a conversation circle at the library, a drop-in meal, a garden plot next to friendly neighbors."
                ),
                "body_es": (
                    "Los primeros meses suelen ser los más solitarios. La gente está ocupada con trámites, vivienda y trabajo, y le queda poco tiempo o energía para convivir. "
                    "Lo que más ayuda son invitaciones sencillas: un círculo de conversación en la biblioteca, una comida abierta, una parcela en el huerto junto a vecinos amables."
                ),
            },
            {
                "heading": "What welcoming communities do",
                "heading_es": "Qué hacen las comunidades acogedoras",
                "body": (
                    "- Offer events in several languages, or with interpretation.\n"
                    "- Pair newcomers with a local buddy family.\n"
                    "- Celebrate newcomers' holidays and food alongside local traditions.\n"
                    "- Ask newcomer leaders to help plan, not only to attend."
                ),
                "body_es": (
                    "- Ofrecen eventos en varios idiomas o con interpretación.\n"
                    "- Emparejan a los recién llegados con una familia local que los acompañe.\n"
                    "- Celebran las fiestas y la comida de los recién llegados junto con las tradiciones locales.\n"
                    "- Invitan a líderes recién llegados a ayudar a planear, no solo a asistir."
                ),
            },
        ],
    },
    {
        "slug": "youth-connection",
        "title": "Youth Connection and Belonging",
        "title_es": "Conexión y pertenencia en la juventud",
        "summary": "Young people are some of the loneliest people today. Trusted adults, good friends and a sense of mattering make a real difference.",
        "summary_es": (
            "Hoy los jóvenes están entre las personas que más soledad sienten. "
            "Los adultos de confianza, las buenas amistades y sentir que uno importa marcan una diferencia real."
        ),
        "intro": (
            "Every young person needs to know there are peers and adults who care about them and would notice if they were struggling. "
            "Schools, families and youth programs all have a part in building that web."
        ),
        "intro_es": (
            "Todo joven necesita saber que hay compañeros y adultos que se preocupan por él y que notarían si estuviera pasando por un mal momento. "
            "Las escuelas, las familias y los programas juveniles tienen un papel en tejer esa red."
        ),
        "featured": True,
        "sections": [
            {
                "heading": "Trusted adults",
                "heading_es": "Adultos de confianza",
                "body": (
                    "Research with teens keeps finding the same thing: having even one adult outside the home who knows them well, "
                    "such as a coach, teacher, mentor or neighbor, is linked to better mental health and fewer risky choices. "
                    "Adults can help simply by learning names, asking follow-up questions and showing up consistently."
                ),
                "body_es": (
                    "Los estudios con adolescentes encuentran una y otra vez lo mismo: "
                    "tener aunque sea un adulto fuera de casa que los conozca bien, como un entrenador, una maestra, un mentor o un vecino, se asocia con mejor salud mental y menos decisiones riesgosas. "
                    "Los adultos pueden ayudar simplemente aprendiéndose los nombres, haciendo preguntas de seguimiento y estando presentes con constancia."
                ),
            },
            {
                "heading": "Online and offline",
                "heading_es": "En línea y en persona",
                "body": (
                    "Online spaces can be a lifeline, especially for LGBTQ youth or kids in rural areas who have few peers nearby. "
                    "They work best alongside in-person time, not instead of it. Clubs, teams, arts programs and volunteering give young people "
                    "shared goals and a reason to put the phone down together."
                ),
                "body_es": (
                    "Los espacios en línea pueden ser un salvavidas, sobre todo para jóvenes LGBTQ o de zonas rurales que tienen pocos compañeros cerca. "
                    "Funcionan mejor como complemento del tiempo en persona, no como sustituto. "
                    "Los clubes, los equipos, los programas de arte y el voluntariado dan a los jóvenes metas compartidas y un motivo para dejar el teléfono juntos."
                ),
            },
            {
                "heading": "If a young person is in crisis",
                "heading_es": "Si un joven está en crisis",
                "body": (
                    "Take it seriously, stay with them, and reach out for help right away. "
                    "Our Get Help page lists free, confidential crisis lines that young people can call or text."
                ),
                "body_es": (
                    "Tómelo en serio, quédese a su lado y busque ayuda de inmediato. "
                    "Nuestra página Obtener ayuda reúne líneas de crisis gratuitas y confidenciales a las que los jóvenes pueden llamar o enviar mensajes de texto."
                ),
            },
        ],
    },
]

RESOURCES = [
    # --- The six resources featured on the Community Commons seed page ---
    {
        "slug": "surgeon-general-advisory-loneliness-isolation",
        "title": "Our Epidemic of Loneliness and Isolation: The U.S. Surgeon General's Advisory on the Healing Effects of Social Connection and Community",
        "title_es": "Nuestra epidemia de soledad y aislamiento: aviso del Cirujano General de EE. UU. sobre los efectos sanadores de la conexión social y la comunidad",
        "kind": "report",
        "publisher": "us-hhs",
        "published_on": "2023-05-03",
        "summary": "A national public health advisory that treats loneliness and isolation as serious health risks and lays out how individuals, families, employers and governments can help rebuild connection.",
        "summary_es": "Un aviso nacional de salud pública que trata la soledad y el aislamiento como riesgos serios para la salud y explica cómo personas, familias, empleadores y gobiernos pueden ayudar a reconstruir la conexión.",
        "body": (
            "This advisory pulls together decades of research showing that weak social ties raise the risk of heart disease, stroke, dementia, depression and early death. "
            "It argues that connection deserves the same attention as other public health priorities like nutrition or tobacco.\n\n"
            "The second half is a call to action, with a framework of six pillars, from strengthening social infrastructure to building a culture of connection, and concrete roles for each part of society."
        ),
        "body_es": (
            "Este aviso reúne décadas de investigación que muestran que los lazos sociales débiles aumentan el riesgo de enfermedades del corazón, derrames cerebrales, demencia, depresión y muerte prematura. "
            "Sostiene que la conexión merece la misma atención que otras prioridades de salud pública, como la nutrición o el tabaco.\n\n"
            "La segunda parte es un llamado a la acción, con un marco de seis pilares, desde fortalecer la infraestructura social hasta crear una cultura de conexión, y con tareas concretas para cada sector de la sociedad."
        ),
        "url": "https://www.hhs.gov/sites/default/files/surgeon-general-social-connection-advisory.pdf",
        "language": "en",
        "topics": ["social-connection", "loneliness-in-later-life"],
        "tags": ["loneliness", "public health", "policy"],
    },
    {
        "slug": "action-guide-socially-connected-communities",
        "title": "Action Guide for Building Socially Connected Communities",
        "title_es": "Guía de acción para construir comunidades socialmente conectadas",
        "kind": "guide",
        "publisher": "foundation-for-social-connection",
        "published_on": "2023-10-24",
        "summary": "A practical guide for local leaders who want to plan, fund and measure community-wide efforts to strengthen social connection.",
        "summary_es": (
            "Una guía práctica para líderes locales que quieren planear, financiar y medir iniciativas que fortalezcan la conexión social en toda la comunidad."
        ),
        "body": (
            "Written for city staff, health departments, funders and coalitions, this guide walks through the different sectors that shape connection, such as transportation, housing, education and health care, "
            "and suggests what each can do.\n\n"
            "It is organized so teams can pick a starting point that fits their community and build from there."
        ),
        "body_es": (
            "Escrita para personal municipal, departamentos de salud, financiadores y coaliciones, esta guía recorre los sectores que influyen en la conexión, como el transporte, la vivienda, la educación y la atención médica, y propone qué puede hacer cada uno.\n\n"
            "Está organizada para que cada equipo elija un punto de partida que se ajuste a su comunidad y avance desde ahí."
        ),
        "url": "https://www.social-connection.org/action-guide",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["social infrastructure", "policy", "belonging"],
    },
    {
        "slug": "changemakers-guide-community-planning",
        "title": "The Changemaker's Guide: A Community Planning Curriculum",
        "title_es": "Guía para agentes de cambio: un programa de planificación comunitaria",
        "kind": "guide",
        "publisher": None,
        "published_on": "2014-01-01",
        "summary": "A step-by-step curriculum that helps resident groups learn how community planning works and how to take part in shaping their neighborhood.",
        "summary_es": (
            "Un programa paso a paso que ayuda a los grupos de residentes a entender cómo funciona la planificación comunitaria y cómo participar en las decisiones sobre su barrio."
        ),
        "body": (
            "This curriculum breaks planning into lessons that a neighborhood group can work through together: mapping local assets, understanding how decisions get made, "
            "and turning shared priorities into proposals.\n\n"
            "It is a useful companion for anyone who wants residents, not only experts, at the table when parks, streets and public spaces are designed."
        ),
        "body_es": (
            "Este programa divide la planificación en lecciones que un grupo vecinal puede trabajar en conjunto: "
            "identificar los recursos del barrio, entender cómo se toman las decisiones y convertir las prioridades compartidas en propuestas.\n\n"
            "Es un buen complemento para quien quiere que los residentes, y no solo los expertos, participen cuando se diseñan parques, calles y espacios públicos."
        ),
        "url": "https://www.communitycommons.org/entities/changemakers-guide",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["social infrastructure", "public health", "policy"],
    },
    {
        "slug": "visualizing-well-being-belonging-civic-muscle",
        "title": "Visualizing Well-Being: Belonging and Civic Muscle",
        "title_es": "Visualizar el bienestar: pertenencia y fuerza cívica",
        "kind": "story",
        "publisher": "community-commons",
        "published_on": "2024-08-20",
        "summary": "A data story that uses maps and charts to show how belonging and people's power to shape their communities vary from place to place.",
        "summary_es": (
            "Un relato con datos que usa mapas y gráficas para mostrar cómo cambian de un lugar a otro la pertenencia y el poder de la gente para influir en su comunidad."
        ),
        "body": (
            "Belonging and civic muscle, meaning people's ability to work together and influence decisions, are hard to see. "
            "This story makes them visible with maps and indicators, and asks what the patterns reveal about opportunity and exclusion.\n\n"
            "Readers can use it as a model for telling their own community's story with data."
        ),
        "body_es": (
            "La pertenencia y la fuerza cívica, es decir, la capacidad de la gente para organizarse e influir en las decisiones, son difíciles de ver. "
            "Este relato las hace visibles con mapas e indicadores, y se pregunta qué revelan esos patrones sobre las oportunidades y la exclusión.\n\n"
            "Sirve como modelo para contar con datos la historia de su propia comunidad."
        ),
        "url": "https://www.communitycommons.org/entities/visualizing-well-being-belonging-civic-muscle",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["belonging", "measurement"],
    },
    {
        "slug": "how-belonging-shapes-mental-health",
        "title": "How Does Our Sense of Belonging Shape our Mental Health?",
        "title_es": "¿Cómo influye el sentido de pertenencia en nuestra salud mental?",
        "kind": "story",
        "publisher": "community-commons",
        "published_on": "2024-05-14",
        "summary": "An accessible look at the link between feeling you belong and feeling mentally well, with ideas for communities that want to strengthen both.",
        "summary_es": (
            "Una mirada accesible a la relación entre sentir que uno pertenece y sentirse bien mentalmente, con ideas para las comunidades que quieren fortalecer ambas cosas."
        ),
        "body": (
            "This piece explores why belonging works as protection for mental health, and why its absence can feel so threatening. "
            "It connects personal experience with community conditions such as safe spaces, inclusion and trust.\n\n"
            "A good read for anyone who wants to explain the connection between belonging and well-being to a general audience."
        ),
        "body_es": (
            "Este texto explica por qué la pertenencia protege la salud mental y por qué su ausencia puede sentirse tan amenazante. "
            "Relaciona la experiencia personal con las condiciones de la comunidad, como los espacios seguros, la inclusión y la confianza.\n\n"
            "Una buena lectura para quien quiera explicar a un público general la relación entre pertenencia y bienestar."
        ),
        "url": "https://www.communitycommons.org/entities/how-belonging-shapes-mental-health",
        "language": "en",
        "topics": ["social-connection", "youth-connection"],
        "tags": ["belonging", "mental health"],
    },
    {
        "slug": "foundational-practices-thriving-communities",
        "title": "Foundational Practices for Fostering Thriving Communities",
        "title_es": "Prácticas fundamentales para impulsar comunidades prósperas",
        "kind": "story",
        "publisher": "community-commons",
        "published_on": "2025-02-13",
        "summary": "A short overview of the core habits organizations can adopt to build communities where people are healthy and connected.",
        "summary_es": (
            "Un resumen breve de los hábitos básicos que las organizaciones pueden adoptar para construir comunidades donde la gente esté sana y conectada."
        ),
        "body": (
            "Rather than one program or policy, this story focuses on the everyday ways of working, like sharing power, listening to residents and partnering across sectors, "
            "that make lasting change possible.\n\n"
            "It is a helpful starting point for teams reflecting on how they work, not only what they do."
        ),
        "body_es": (
            "Más que en un programa o una política, este relato se centra en las formas cotidianas de trabajar, como compartir el poder, escuchar a los residentes y colaborar entre sectores, que hacen posible un cambio duradero.\n\n"
            "Es un buen punto de partida para los equipos que quieren reflexionar sobre cómo trabajan, y no solo sobre lo que hacen."
        ),
        "url": "https://www.communitycommons.org/entities/foundational-practices-thriving-communities",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["belonging", "public health"],
    },
    # --- Original stories: written for this site, published under the site's own name ---
    {
        "slug": "eleven-thirty-at-the-lunch-club",
        "title": "Eleven-Thirty at the Lunch Club",
        "title_es": "Las once y media en el club del almuerzo",
        "kind": "story",
        "publisher": "site",
        "published_on": "2025-10-14",
        "summary": "For a widower who had stopped cooking for one, a seat at the Millbrook senior lunch club turned a quiet week into one with people in it.",
        "summary_es": "Para un viudo que había dejado de cocinar para uno, un lugar en el club del almuerzo de Millbrook convirtió una semana silenciosa en una semana con gente.",
        "body": (
            "Walt first came because his daughter booked the meal for him. He planned to eat quickly and leave. "
            "Instead, the volunteer at the door remembered his name the second week, and by the third a retired nurse at his table was saving him a chair.\n\n"
            "The lunch is simple, and the $3 contribution is optional. What keeps people coming is the half hour after dessert, "
            "when the cards come out and someone always asks who hasn't been seen lately. "
            "When Walt missed two weeks with the flu, two members called to check on him.\n\n"
            "*Connection Hub lists the club with its days, times and how to reserve a meal in the program directory.*"
        ),
        "body_es": (
            "Walt llegó la primera vez porque su hija le reservó la comida. Pensaba comer rápido e irse. "
            "Pero la voluntaria de la puerta se acordó de su nombre la segunda semana, y para la tercera una enfermera jubilada de su mesa ya le guardaba una silla.\n\n"
            "La comida es sencilla y el aporte de $3 es voluntario. Lo que hace volver a la gente es la media hora después del postre, "
            "cuando salen las cartas y alguien siempre pregunta a quién no se ha visto últimamente. "
            "Cuando Walt faltó dos semanas por la gripe, dos compañeros lo llamaron para saber cómo estaba.\n\n"
            "*Connection Hub incluye el club en el directorio de programas, con sus días, horarios y cómo reservar una comida.*"
        ),
        "url": "",
        "language": "en",
        "topics": ["loneliness-in-later-life", "social-connection"],
        "tags": ["older adults", "loneliness", "belonging"],
    },
    {
        "slug": "a-seat-at-the-raised-beds",
        "title": "A Seat at the Raised Beds",
        "title_es": "Un lugar junto a los canteros elevados",
        "kind": "story",
        "publisher": "site",
        "published_on": "2025-06-03",
        "summary": "A gardener who uses a wheelchair found, at a waist-high bed in the Eastside garden, both her hands back in the soil and three new friends.",
        "summary_es": "Una hortelana que usa silla de ruedas encontró, en un cantero a la altura de la cintura en el huerto de Eastside, la tierra de nuevo entre sus manos y tres amistades nuevas.",
        "body": (
            "Rosa grew tomatoes for forty years before a stroke. Afterwards, the family garden was out of reach, and so, it seemed, were the neighbors she used to trade seedlings with.\n\n"
            "The raised-bed club meets every other week on paved paths between beds built at table height. "
            "Members share a bed in threes, which Rosa says is the point: someone has to decide together what to plant, and someone always brings coffee. "
            "An interpreter signs every session, so a Deaf member who joined last spring now runs the seed table.\n\n"
            "*The club is listed in the program directory; drop-ins are welcome.*"
        ),
        "body_es": (
            "Rosa cultivó tomates durante cuarenta años antes de sufrir un derrame cerebral. Después, el huerto familiar quedó fuera de su alcance, y también, al parecer, los vecinos con quienes intercambiaba plántulas.\n\n"
            "El club de canteros elevados se reúne cada dos semanas en caminos pavimentados entre canteros construidos a la altura de una mesa. "
            "Los integrantes comparten un cantero de a tres, y según Rosa ahí está la gracia: hay que decidir juntos qué sembrar, y siempre alguien trae café. "
            "En cada sesión hay interpretación en lengua de señas, y por eso una integrante sorda que llegó la primavera pasada ahora se encarga de la mesa de semillas.\n\n"
            "*El club aparece en el directorio de programas; puede llegar sin cita.*"
        ),
        "url": "",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["community gardens", "disability", "belonging"],
    },
    # --- Demo resources ---
    {
        "slug": "state-of-belonging-harbor-county-2024",
        "title": "State of Belonging in Harbor County 2024",
        "title_es": "Estado de la pertenencia en el condado de Harbor 2024",
        "kind": "report",
        "publisher": "harbor-county-public-health",
        "published_on": "2024-11-05",
        "summary": "The county's first report on loneliness and social connection, based on a survey of 4,000 residents.",
        "summary_es": "El primer informe del condado sobre soledad y conexión social, basado en una encuesta a 4,000 residentes.",
        "body": (
            "About one in three adults surveyed said they felt lonely at least some of the time, with the highest rates among young adults and people living on low incomes. "
            "The report breaks results down by neighborhood and suggests where new gathering spaces and programs would help most.\n\n"
            "It ends with five recommendations for the county's next health improvement plan."
        ),
        "body_es": (
            "Aproximadamente uno de cada tres adultos encuestados dijo sentirse solo al menos parte del tiempo, con las cifras más altas entre adultos jóvenes y personas de bajos ingresos. "
            "El informe presenta los resultados por barrio y sugiere dónde serían más útiles nuevos espacios de encuentro y programas.\n\n"
            "Cierra con cinco recomendaciones para el próximo plan de mejora de salud del condado."
        ),
        "url": "https://www.harborcountyhealth.gov/reports/state-of-belonging-2024",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["public health", "measurement", "loneliness"],
    },
    {
        "slug": "libraries-as-connection-hubs",
        "title": "Libraries as Connection Hubs",
        "title_es": "Las bibliotecas como centros de conexión",
        "kind": "report",
        "publisher": "public-library-alliance",
        "published_on": "2022-09-14",
        "summary": "A survey of 300 public libraries describing the social programs they run and what it takes to sustain them.",
        "summary_es": (
            "Una encuesta a 300 bibliotecas públicas que describe los programas sociales que ofrecen y lo que hace falta para mantenerlos."
        ),
        "body": (
            "From knitting circles to tech help desks, libraries have quietly become some of the busiest social spaces in many towns. "
            "This report documents what libraries offer, who shows up, and the staffing and funding pressures behind the scenes."
        ),
        "body_es": (
            "De los círculos de tejido a los puntos de ayuda con la tecnología, las bibliotecas se han vuelto sin hacer ruido uno de los espacios sociales más concurridos de muchos pueblos. "
            "Este informe documenta lo que ofrecen, quiénes asisten y las presiones de personal y presupuesto que hay detrás."
        ),
        "url": "https://www.publiclibraryalliance.org/research/connection-hubs",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["libraries", "social infrastructure", "digital inclusion"],
    },
    {
        "slug": "rural-isolation-after-the-pandemic",
        "title": "Rural Isolation After the Pandemic",
        "title_es": "El aislamiento rural después de la pandemia",
        "kind": "report",
        "publisher": "rural-connections-institute",
        "published_on": "2023-02-28",
        "summary": "Interviews and survey data on how small towns lost, and are slowly rebuilding, their gathering places since 2020.",
        "summary_es": (
            "Entrevistas y datos de encuestas sobre cómo los pueblos pequeños perdieron sus lugares de encuentro desde 2020 y cómo los están recuperando poco a poco."
        ),
        "body": (
            "Many rural diners, granges and congregations closed or cut hours during the pandemic, and not all came back. "
            "This report follows twelve towns and highlights the volunteers, co-ops and mobile services filling the gaps, especially for older residents who no longer drive."
        ),
        "body_es": (
            "Muchas cafeterías, asociaciones agrícolas y congregaciones rurales cerraron o recortaron horarios durante la pandemia, y no todas volvieron. "
            "Este informe sigue a doce pueblos y destaca a los voluntarios, las cooperativas y los servicios móviles que cubren esos huecos, sobre todo para las personas mayores que ya no manejan."
        ),
        "url": "https://www.ruralconnections.org/reports/rural-isolation-after-the-pandemic",
        "language": "en",
        "topics": ["social-connection", "loneliness-in-later-life"],
        "tags": ["rural", "loneliness", "older adults"],
    },
    {
        "slug": "aging-alone-2019",
        "title": "Aging Alone: Living Arrangements and Connection in Later Life",
        "title_es": "Envejecer a solas: formas de vivir y conexión en la vejez",
        "kind": "report",
        "publisher": "national-council-on-healthy-aging",
        "published_on": "2019-06-11",
        "summary": "A look at the growing number of older adults who live alone, and the housing and community supports that keep them connected.",
        "summary_es": (
            "Una mirada al número creciente de personas mayores que viven solas, y a los apoyos de vivienda y comunidad que las mantienen conectadas."
        ),
        "body": (
            "Living alone is not the same as being lonely, but it does raise the stakes when health or mobility changes. "
            "This report reviews options from home-sharing to co-housing and village models, with examples from around the country."
        ),
        "body_es": (
            "Vivir a solas no es lo mismo que sentirse solo, pero sí aumenta los riesgos cuando cambian la salud o la movilidad. "
            "Este informe repasa opciones que van desde compartir vivienda hasta las viviendas colaborativas y los modelos de «aldea», con ejemplos de todo el país."
        ),
        "url": "https://www.nchealthyaging.org/reports/aging-alone",
        "language": "en",
        "topics": ["loneliness-in-later-life"],
        "tags": ["older adults", "housing", "loneliness"],
    },
    {
        "slug": "community-garden-that-welcomes-everyone",
        "title": "Starting a Community Garden That Welcomes Everyone",
        "title_es": "Cómo empezar un huerto comunitario que reciba a todos",
        "kind": "guide",
        "publisher": "shared-spaces-design",
        "published_on": "2021-04-02",
        "summary": "How to plan a neighborhood garden with raised beds, wide paths, shade and shared plots so people of all ages and abilities can take part.",
        "summary_es": (
            "Cómo planear un huerto vecinal con canteros elevados, caminos anchos, sombra y parcelas compartidas para que participen personas de todas las edades y capacidades."
        ),
        "body": (
            "A garden can become a neighborhood's living room, but only if people can get in and feel welcome. "
            "This guide covers site choice, accessible bed heights, tool libraries, multilingual signs and simple rules for sharing the harvest.\n\n"
            "It also includes tips for recruiting gardeners beyond the usual volunteers."
        ),
        "body_es": (
            "Un huerto puede convertirse en la sala de estar del barrio, pero solo si la gente puede entrar y se siente bienvenida. "
            "Esta guía trata la elección del terreno, la altura accesible de los canteros, el préstamo de herramientas, los letreros en varios idiomas y reglas sencillas para repartir la cosecha.\n\n"
            "También incluye consejos para sumar hortelanos más allá de los voluntarios de siempre."
        ),
        "url": "https://www.sharedspacesdesign.org/guides/welcoming-community-gardens",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["community gardens", "parks", "disability"],
    },
    {
        "slug": "guia-visitas-amistosas",
        "title": "Guía para organizar visitas amistosas",
        "title_es": "Guía para organizar visitas amistosas",
        "kind": "guide",
        "publisher": "national-council-on-healthy-aging",
        "published_on": "2022-10-03",
        "summary": "A Spanish-language guide for congregations and community groups setting up friendly-visitor programs for isolated older adults.",
        "summary_es": "Una guía en español para congregaciones y grupos comunitarios que quieren crear programas de visitas amistosas para personas mayores aisladas.",
        "body": (
            "Covers recruiting and training volunteers, matching them with older adults, and keeping visits going over time. "
            "Includes sample forms and a short checklist for the first visit."
        ),
        "body_es": (
            "Explica cómo reclutar y capacitar a voluntarios, cómo emparejarlos con personas mayores y cómo mantener las visitas a lo largo del tiempo. "
            "Incluye formularios de ejemplo y una lista breve para la primera visita."
        ),
        "url": "https://www.nchealthyaging.org/es/guias/visitas-amistosas",
        "language": "es",
        "topics": ["loneliness-in-later-life"],
        "tags": ["older adults", "volunteering", "loneliness"],
    },
    {
        "slug": "welcoming-newcomers-congregation",
        "title": "Welcoming Newcomers at Your Congregation",
        "title_es": "",
        "kind": "guide",
        "publisher": "welcome-neighbors-network",
        "published_on": "2018-08-21",
        "summary": "Ideas for faith communities that want to become a first home for immigrant and refugee families.",
        "summary_es": "",
        "body": (
            "Faith communities are often the first place newcomers find friends. "
            "This guide suggests ways to go beyond a handshake at the door: buddy families, help with everyday errands, shared holiday meals and space for newcomers to lead."
        ),
        "body_es": "",
        "url": "https://www.welcomeneighbors.org/resources/welcoming-congregations",
        "language": "en",
        "topics": ["belonging-for-newcomers"],
        "tags": ["faith communities", "immigrants", "belonging"],
    },
    {
        "slug": "inclusive-events-checklist",
        "title": "Inclusive Community Events: A Planning Guide",
        "title_es": "Eventos comunitarios inclusivos: guía de planificación",
        "kind": "guide",
        "publisher": "open-doors-disability-coalition",
        "published_on": "2020-03-09",
        "summary": "A plain-language guide to making gatherings accessible, from step-free entrances to quiet spaces and captioning.",
        "summary_es": (
            "Una guía en lenguaje sencillo para que las reuniones sean accesibles, desde entradas sin escalones hasta espacios tranquilos y subtítulos."
        ),
        "body": (
            "Most barriers at community events are easy to fix once someone thinks about them. "
            "This guide walks organizers through venue choice, invitations, interpretation, seating, lighting, food and what to say when someone asks for an accommodation."
        ),
        "body_es": (
            "La mayoría de las barreras en los eventos comunitarios son fáciles de resolver cuando alguien piensa en ellas. "
            "Esta guía acompaña a quienes organizan en la elección del lugar, las invitaciones, la interpretación, los asientos, la iluminación, la comida y qué responder cuando alguien pide un ajuste."
        ),
        "url": "https://www.opendoorscoalition.org/guides/inclusive-events",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["disability", "social infrastructure", "volunteering"],
    },
    {
        "slug": "mentoring-that-sticks",
        "title": "Mentoring That Sticks",
        "title_es": "",
        "kind": "guide",
        "publisher": "youth-thrive-collaborative",
        "published_on": "2016-01-19",
        "summary": "A guide for schools and youth programs on building mentoring relationships that last longer than a semester.",
        "summary_es": "",
        "body": (
            "Short-lived mentoring matches can leave young people feeling let down. "
            "This guide shares what helps relationships last: careful matching, regular check-ins for mentors, and a planned, kind ending when a match does close."
        ),
        "body_es": "",
        "url": "https://www.youththrivecollab.org/guides/mentoring-that-sticks",
        "language": "en",
        "topics": ["youth-connection"],
        "tags": ["youth", "schools", "volunteering"],
    },
    {
        "slug": "the-bench-on-maple-street",
        "title": "The Bench on Maple Street",
        "title_es": "La banca de Maple Street",
        "kind": "story",
        "publisher": "shared-spaces-design",
        "published_on": "2023-07-18",
        "summary": "How one shaded bench outside a corner store became a daily meeting point for a block's older residents.",
        "summary_es": (
            "Cómo una banca a la sombra frente a una tienda de la esquina se convirtió en el punto de encuentro diario de los vecinos mayores de la cuadra."
        ),
        "body": (
            "When a neighbor asked the city for a bench at a bus stop, nobody expected it to become the block's unofficial porch. "
            "This story follows the regulars who now gather there each morning, and what the city learned about small investments in public space."
        ),
        "body_es": (
            "Cuando una vecina pidió a la ciudad una banca en la parada del autobús, nadie imaginó que se volvería el porche no oficial de la cuadra. "
            "Este relato sigue a quienes se reúnen ahí cada mañana y lo que la ciudad aprendió sobre las pequeñas inversiones en el espacio público."
        ),
        "url": "https://www.sharedspacesdesign.org/stories/bench-on-maple-street",
        "language": "en",
        "topics": ["social-connection", "loneliness-in-later-life"],
        "tags": ["parks", "older adults", "social infrastructure"],
    },
    {
        "slug": "from-stranger-to-tio",
        "title": "From Stranger to Tío",
        "title_es": "De desconocido a tío",
        "kind": "story",
        "publisher": "welcome-neighbors-network",
        "published_on": "2024-12-03",
        "summary": "A retired machinist and a newly arrived family from Honduras became unlikely friends through a neighborhood buddy program.",
        "summary_es": "Un mecánico jubilado y una familia recién llegada de Honduras se hicieron amigos inesperados gracias a un programa vecinal de acompañamiento.",
        "body": (
            "It started with a ride to a school enrollment appointment. Two years later, the kids call him *tío* and he has a standing seat at Sunday dinner.\n\n"
            "Their story shows how welcoming newcomers can ease loneliness on both sides of the friendship."
        ),
        "body_es": (
            "Todo empezó con un aventón a una cita para inscribir a los niños en la escuela. Dos años después, los niños le dicen *tío* y tiene su lugar fijo en la comida de los domingos.\n\n"
            "Su historia muestra cómo recibir a los recién llegados puede aliviar la soledad de ambos lados de la amistad."
        ),
        "url": "https://www.welcomeneighbors.org/stories/from-stranger-to-tio",
        "language": "en",
        "topics": ["belonging-for-newcomers", "social-connection"],
        "tags": ["immigrants", "intergenerational", "belonging"],
    },
    {
        "slug": "a-choir-for-people-who-cant-sing",
        "title": "A Choir for People Who Can't Sing",
        "title_es": "Un coro para quienes no saben cantar",
        "kind": "story",
        "publisher": "northlake-belonging-center",
        "published_on": "2017-05-30",
        "summary": "A no-audition community choir where the point is belonging, not perfect pitch.",
        "summary_es": "Un coro comunitario sin audiciones donde lo importante es pertenecer, no afinar perfecto.",
        "body": (
            "Members describe arriving nervous and leaving with new friends. "
            "Researchers at Northlake followed the choir for a year and found that members' loneliness scores dropped steadily, whatever their singing ability."
        ),
        "body_es": (
            "Sus integrantes cuentan que llegaron nerviosos y se fueron con amistades nuevas. "
            "Investigadores de Northlake acompañaron al coro durante un año y vieron que la soledad de sus integrantes bajaba de manera constante, sin importar cómo cantaran."
        ),
        "url": "https://belonging.northlake.edu/stories/choir-for-everyone",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["arts", "mental health", "loneliness"],
    },
    {
        "slug": "veterans-coffee-at-the-feed-store",
        "title": "Veterans' Coffee at the Feed Store",
        "title_es": "El café de los veteranos en la tienda de forraje",
        "kind": "story",
        "publisher": "rural-connections-institute",
        "published_on": "2025-06-10",
        "summary": "In a town with no VA clinic, a Thursday coffee at the local feed store became a lifeline for rural veterans.",
        "summary_es": (
            "En un pueblo sin clínica para veteranos, un café de los jueves en la tienda de forraje se volvió un salvavidas para los veteranos de la zona rural."
        ),
        "body": (
            "What began as three veterans swapping stories has grown into a weekly gathering of thirty. "
            "The group now helps members navigate benefits, checks on anyone who misses a week, and hosts a peer counselor once a month."
        ),
        "body_es": (
            "Lo que empezó con tres veteranos intercambiando historias ahora es una reunión semanal de treinta. "
            "El grupo ayuda a sus integrantes con los trámites de beneficios, busca a quien falta una semana y recibe una vez al mes a un consejero entre pares."
        ),
        "url": "https://www.ruralconnections.org/stories/veterans-coffee",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["veterans", "rural", "mental health"],
    },
    {
        "slug": "measuring-loneliness-in-practice",
        "title": "Measuring Loneliness in Practice: Using a Three-Item Scale in Community Programs",
        "title_es": "",
        "kind": "research",
        "publisher": "northlake-belonging-center",
        "published_on": "2015-10-12",
        "summary": "A study testing whether a very short loneliness questionnaire works well for small community programs.",
        "summary_es": "",
        "body": (
            "Long surveys are a burden for small programs and participants. "
            "This study compared a three-question loneliness scale with longer tools across eight programs and found it was reliable enough to track change over time."
        ),
        "body_es": "",
        "url": "https://belonging.northlake.edu/research/three-item-scale",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["measurement", "loneliness", "public health"],
    },
    {
        "slug": "isolation-and-heart-health-review",
        "title": "Social Isolation and Heart Health: A Review of the Evidence",
        "title_es": "",
        "kind": "research",
        "publisher": "northlake-belonging-center",
        "published_on": "2020-02-04",
        "summary": "A review of studies linking loneliness and isolation with heart disease and stroke.",
        "summary_es": "",
        "body": (
            "Across dozens of long-term studies, people with few social ties had noticeably higher rates of heart disease and stroke. "
            "The review discusses possible pathways, including stress, sleep and health habits, and what this means for doctors and clinics."
        ),
        "body_es": "",
        "url": "https://belonging.northlake.edu/research/isolation-heart-health",
        "language": "en",
        "topics": ["social-connection", "loneliness-in-later-life"],
        "tags": ["public health", "older adults", "loneliness"],
    },
    {
        "slug": "lgbtq-older-adults-chosen-family",
        "title": "Chosen Family: Social Networks of LGBTQ Older Adults",
        "title_es": "",
        "kind": "research",
        "publisher": "northlake-belonging-center",
        "published_on": "2021-11-16",
        "summary": "Interviews with LGBTQ adults over 60 about the friendships and communities that support them as they age.",
        "summary_es": "",
        "body": (
            "Many participants relied on friends rather than relatives for care and company. "
            "The study highlights the strength of these chosen families, and the risks when friends of the same age become ill at the same time."
        ),
        "body_es": "",
        "url": "https://belonging.northlake.edu/research/chosen-family",
        "language": "en",
        "topics": ["loneliness-in-later-life"],
        "tags": ["lgbtq", "older adults", "belonging"],
    },
    {
        "slug": "screen-time-and-friendship-quality",
        "title": "Screen Time and Friendship Quality Among Teens",
        "title_es": "",
        "kind": "research",
        "publisher": "youth-thrive-collaborative",
        "published_on": "2024-04-22",
        "summary": "A two-year study of how teens' phone use relates to the closeness of their friendships.",
        "summary_es": "",
        "body": (
            "The findings were more nuanced than headlines suggest: chatting with friends online was linked to closer friendships, "
            "while long stretches of passive scrolling were linked to feeling left out. In-person time still mattered most."
        ),
        "body_es": "",
        "url": "https://www.youththrivecollab.org/research/screen-time-friendship",
        "language": "en",
        "topics": ["youth-connection"],
        "tags": ["youth", "mental health", "schools"],
    },
    {
        "slug": "caregiver-isolation-survey-2025",
        "title": "Caregiver Isolation Survey 2025",
        "title_es": "Encuesta sobre aislamiento de cuidadores 2025",
        "kind": "research",
        "publisher": "family-caregiver-circle",
        "published_on": "2025-09-30",
        "summary": "A national survey of unpaid family caregivers on loneliness, time pressure and the supports they wish they had.",
        "summary_es": "Una encuesta nacional a cuidadores familiares no remunerados sobre soledad, falta de tiempo y los apoyos que les gustaría tener.",
        "body": (
            "Six in ten caregivers said they had lost touch with friends since taking on care. "
            "Respite care, flexible work and peer support groups topped their wish lists."
        ),
        "body_es": (
            "Seis de cada diez cuidadores dijeron haber perdido contacto con sus amistades desde que empezaron a cuidar. "
            "Los servicios de relevo, el trabajo flexible y los grupos de apoyo entre pares encabezaron su lista de deseos."
        ),
        "url": "https://www.familycaregivercircle.org/research/isolation-survey-2025",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["caregivers", "loneliness", "measurement"],
    },
    {
        "slug": "sky-center-toolkit-social-connection",
        "title": "Toolkit for Wellbeing: Social Connection",
        "title_es": "Herramientas para el bienestar: conexión social",
        "kind": "toolkit",
        "publisher": "the-sky-center",
        "published_on": None,
        "summary": "A collection of short practices and videos on feeling connected to others, and on treating yourself with care during hard times.",
        "summary_es": (
            "Una colección de prácticas breves y videos para sentirse conectado con los demás y tratarse con cuidado en los momentos difíciles."
        ),
        "body": (
            "Part of a wider wellbeing toolkit, this section explains why feeling seen and valued matters so much, especially for young people, "
            "and offers practices such as a guided self-compassion exercise. The Sky Center also runs toolkit workshops and webinars for organizations."
        ),
        "body_es": (
            "Esta sección, parte de un conjunto más amplio de herramientas para el bienestar, explica por qué importa tanto sentirse visto y valorado, sobre todo para la gente joven, y ofrece prácticas como un ejercicio guiado de autocompasión. "
            "The Sky Center también ofrece talleres y seminarios web sobre estas herramientas para organizaciones."
        ),
        "url": "https://skycenter.nmsip.org/toolkit-for-wellbeing/social-connection/",
        "language": "en",
        "topics": ["social-connection", "youth-connection"],
        "tags": ["mental health", "youth", "belonging"],
    },
    {
        "slug": "neighborhood-connection-toolkit",
        "title": "Neighborhood Connection Toolkit",
        "title_es": "Herramientas para la conexión vecinal",
        "kind": "toolkit",
        "publisher": "harbor-county-public-health",
        "published_on": "2022-05-17",
        "summary": "Templates, flyers and step-by-step plans for block parties, porch chats and welcome visits.",
        "summary_es": (
            "Plantillas, volantes y planes paso a paso para fiestas de cuadra, pláticas en el porche y visitas de bienvenida."
        ),
        "body": (
            "Everything a resident needs to organize a first gathering on their street: sample invitations in four languages, a permit checklist and conversation starters. "
            "Designed especially for apartment buildings and blocks with many renters."
        ),
        "body_es": (
            "Todo lo que un residente necesita para organizar una primera reunión en su calle: "
            "invitaciones de ejemplo en cuatro idiomas, una lista de permisos y temas para empezar a conversar. "
            "Pensado especialmente para edificios de departamentos y cuadras con muchos inquilinos."
        ),
        "url": "https://www.harborcountyhealth.gov/toolkits/neighborhood-connection",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["public health", "housing", "belonging"],
    },
    {
        "slug": "herramientas-cuidar-sin-aislarse",
        "title": "Herramientas para cuidar sin aislarse",
        "title_es": "Herramientas para cuidar sin aislarse",
        "kind": "toolkit",
        "publisher": "family-caregiver-circle",
        "published_on": "2023-09-12",
        "summary": "A Spanish-language toolkit helping family caregivers stay connected to friends and ask for help.",
        "summary_es": "Un conjunto de herramientas en español para que las personas cuidadoras mantengan sus amistades y aprendan a pedir ayuda.",
        "body": (
            "Includes a weekly planner, scripts for asking relatives to share tasks, and a directory of Spanish-speaking support groups."
        ),
        "body_es": (
            "Incluye un planificador semanal, frases de ejemplo para pedir a los familiares que compartan tareas y un directorio de grupos de apoyo en español."
        ),
        "url": "https://www.familycaregivercircle.org/es/herramientas",
        "language": "es",
        "topics": ["social-connection"],
        "tags": ["caregivers", "mental health"],
    },
    {
        "slug": "workplace-connection-toolkit",
        "title": "Workplace Connection Toolkit",
        "title_es": "",
        "kind": "toolkit",
        "publisher": "northlake-belonging-center",
        "published_on": "2025-03-04",
        "summary": "Short activities managers can use to reduce loneliness on hybrid and remote teams.",
        "summary_es": "",
        "body": (
            "Remote work saves commutes but can cut the casual contact that builds trust. "
            "This toolkit offers ten-minute team rituals, guidance for onboarding new hires, and a simple pulse survey to track how connected people feel."
        ),
        "body_es": "",
        "url": "https://belonging.northlake.edu/toolkits/workplace",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["workplace", "loneliness", "mental health"],
    },
    {
        "slug": "digital-skills-staying-in-touch",
        "title": "Digital Skills for Staying in Touch",
        "title_es": "Habilidades digitales para mantenerse en contacto",
        "kind": "toolkit",
        "publisher": "public-library-alliance",
        "published_on": "2021-01-26",
        "summary": "Lesson plans libraries can use to teach video calls, messaging and online safety to older adults.",
        "summary_es": "Planes de clase que las bibliotecas pueden usar para enseñar videollamadas, mensajería y seguridad en línea a personas mayores.",
        "body": (
            "Six short lessons, each with a handout in large print, take learners from turning on a tablet to joining a family video call. "
            "Tips for volunteer tutors are included."
        ),
        "body_es": (
            "Seis lecciones breves, cada una con una hoja en letra grande, llevan a los participantes desde encender una tableta hasta unirse a una videollamada familiar. "
            "Incluye consejos para tutores voluntarios."
        ),
        "url": "https://www.publiclibraryalliance.org/toolkits/digital-skills",
        "language": "en",
        "topics": ["loneliness-in-later-life"],
        "tags": ["digital inclusion", "older adults", "libraries"],
    },
    {
        "slug": "why-social-connection-matters-video",
        "title": "Why Social Connection Matters",
        "title_es": "Por qué importa la conexión social",
        "kind": "video",
        "publisher": "the-sky-center",
        "published_on": None,
        "summary": "A short video on why feeling connected may be the most important part of wellbeing.",
        "summary_es": (
            "Un video breve sobre por qué sentirse conectado quizá sea la parte más importante del bienestar."
        ),
        "body": (
            "A brief, friendly explainer on how people are wired to belong, what happens in the body when we feel left out, and why reaching out is so powerful."
        ),
        "body_es": (
            "Una explicación breve y cercana de cómo estamos hechos para pertenecer, qué pasa en el cuerpo cuando nos sentimos excluidos y por qué acercarnos a otros tiene tanta fuerza."
        ),
        "url": "https://skycenter.nmsip.org/toolkit-for-wellbeing/social-connection/#video",
        "language": "en",
        "topics": ["social-connection", "youth-connection"],
        "tags": ["mental health", "youth"],
    },
    {
        "slug": "tour-library-of-things",
        "title": "A Tour of the Library of Things",
        "title_es": "Un recorrido por la Biblioteca de Cosas",
        "kind": "video",
        "publisher": "public-library-alliance",
        "published_on": "2019-07-08",
        "summary": "Librarians and volunteers show how lending tools, games and instruments brings neighbors together.",
        "summary_es": (
            "Bibliotecarios y voluntarios muestran cómo prestar herramientas, juegos e instrumentos reúne a los vecinos."
        ),
        "body": (
            "A seven-minute tour of a branch library that lends everything from sewing machines to telescopes, and the repair nights and skill shares that grew around it."
        ),
        "body_es": (
            "Un recorrido de siete minutos por una sucursal de la biblioteca que presta de todo, desde máquinas de coser hasta telescopios, y por las noches de reparación y los intercambios de habilidades que surgieron a su alrededor."
        ),
        "url": "https://www.publiclibraryalliance.org/videos/library-of-things",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["libraries", "volunteering", "social infrastructure"],
    },
    {
        "slug": "adaptive-sports-league-highlights",
        "title": "Everyone Plays: Adaptive Sports League Highlights",
        "title_es": "",
        "kind": "video",
        "publisher": "open-doors-disability-coalition",
        "published_on": "2023-11-28",
        "summary": "Players, parents and coaches talk about what an adaptive sports league changed for them.",
        "summary_es": "",
        "body": (
            "Game footage and interviews from a season of adaptive soccer and basketball in city parks. "
            "Parents describe the friendships that formed on the sidelines as much as on the field."
        ),
        "body_es": "",
        "url": "https://www.opendoorscoalition.org/videos/everyone-plays",
        "language": "en",
        "topics": ["youth-connection"],
        "tags": ["disability", "parks", "youth"],
    },
    {
        "slug": "recetas-y-recuerdos",
        "title": "Recetas y recuerdos: cocina entre generaciones",
        "title_es": "Recetas y recuerdos: cocina entre generaciones",
        "kind": "video",
        "publisher": "welcome-neighbors-network",
        "published_on": "2024-02-15",
        "summary": "A Spanish-language video series in which grandparents and teens cook family recipes together and share the stories behind them.",
        "summary_es": "Una serie de videos en español en la que abuelos y adolescentes cocinan recetas familiares y comparten las historias que hay detrás.",
        "body": (
            "Each episode pairs an elder with a young person from the community. The recipes are simple; the conversations are the heart of it."
        ),
        "body_es": (
            "Cada episodio junta a una persona mayor con un joven de la comunidad. Las recetas son sencillas; las conversaciones son lo más valioso."
        ),
        "url": "https://www.welcomeneighbors.org/es/videos/recetas-y-recuerdos",
        "language": "es",
        "topics": ["belonging-for-newcomers"],
        "tags": ["intergenerational", "immigrants"],
    },
    {
        "slug": "long-table-podcast-eating-together",
        "title": "The Long Table, Episode 12: Why Eating Together Matters",
        "title_es": "",
        "kind": "podcast",
        "publisher": "northlake-belonging-center",
        "published_on": "2022-03-22",
        "summary": "A conversation about shared meals as one of the oldest and simplest ways to build connection.",
        "summary_es": "",
        "body": (
            "Hosts talk with a community dinner organizer and a researcher about who eats alone, why it matters, and how to start a regular shared meal with little money."
        ),
        "body_es": "",
        "url": "https://belonging.northlake.edu/podcast/long-table-12",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["loneliness", "belonging", "intergenerational"],
    },
    {
        "slug": "grief-and-the-empty-chair",
        "title": "Grief and the Empty Chair",
        "title_es": "",
        "kind": "podcast",
        "publisher": "family-caregiver-circle",
        "published_on": "2021-10-05",
        "summary": "Former caregivers talk about the loneliness that follows a loved one's death, and how they found their way back to others.",
        "summary_es": "",
        "body": (
            "When caregiving ends, the routines, appointments and purpose that filled each day can vanish overnight. "
            "Three guests share what helped them rebuild a social life while grieving."
        ),
        "body_es": "",
        "url": "https://www.familycaregivercircle.org/podcast/empty-chair",
        "language": "en",
        "topics": ["loneliness-in-later-life"],
        "tags": ["grief", "caregivers", "mental health"],
    },
    {
        "slug": "out-here-rural-lgbtq-voices",
        "title": "Out Here: Rural LGBTQ Voices",
        "title_es": "",
        "kind": "podcast",
        "publisher": "rural-connections-institute",
        "published_on": "2024-06-25",
        "summary": "LGBTQ people in small towns describe finding community when the nearest pride center is hours away.",
        "summary_es": "",
        "body": (
            "A four-part series featuring a teen who started a school club, a couple running a rural book group and a pastor who opened her church hall to a support group."
        ),
        "body_es": "",
        "url": "https://www.ruralconnections.org/podcast/out-here",
        "language": "en",
        "topics": ["youth-connection", "social-connection"],
        "tags": ["lgbtq", "rural", "youth"],
    },
    {
        "slug": "voces-de-la-comunidad",
        "title": "Voces de la comunidad: salud mental y pertenencia",
        "title_es": "Voces de la comunidad: salud mental y pertenencia",
        "kind": "podcast",
        "publisher": "harbor-county-public-health",
        "published_on": "2025-05-06",
        "summary": "A Spanish-language podcast where local residents talk openly about mental health, migration and finding community.",
        "summary_es": "Un pódcast en español donde residentes locales hablan con franqueza sobre salud mental, migración y cómo encontrar comunidad.",
        "body": (
            "Each episode features a different neighbor, from a nurse to a soccer coach, along with a counselor who shares where to find support."
        ),
        "body_es": (
            "Cada episodio presenta a un vecino diferente, desde una enfermera hasta un entrenador de fútbol, junto con una consejera que comparte dónde encontrar apoyo."
        ),
        "url": "https://www.harborcountyhealth.gov/es/podcast/voces",
        "language": "es",
        "topics": ["belonging-for-newcomers"],
        "tags": ["mental health", "immigrants", "belonging"],
    },
    {
        "slug": "loneliness-by-the-numbers",
        "title": "Loneliness by the Numbers",
        "title_es": "La soledad en cifras",
        "kind": "fact_sheet",
        "publisher": "harbor-county-public-health",
        "published_on": "2023-01-17",
        "summary": "A one-page summary of key statistics on loneliness and its effects on health.",
        "summary_es": "Un resumen de una página con las cifras clave sobre la soledad y sus efectos en la salud.",
        "body": (
            "Handy for presentations and grant applications: who is most affected, how loneliness compares to other health risks, and what helps. Sources are listed on the back."
        ),
        "body_es": (
            "Útil para presentaciones y solicitudes de fondos: quiénes son los más afectados, cómo se compara la soledad con otros riesgos para la salud y qué ayuda. Las fuentes aparecen al reverso."
        ),
        "url": "https://www.harborcountyhealth.gov/factsheets/loneliness-by-the-numbers",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["loneliness", "public health", "measurement"],
    },
    {
        "slug": "hearing-loss-and-isolation",
        "title": "Hearing Loss and Isolation",
        "title_es": "La pérdida auditiva y el aislamiento",
        "kind": "fact_sheet",
        "publisher": "national-council-on-healthy-aging",
        "published_on": "2018-02-13",
        "summary": "How untreated hearing loss can lead older adults to withdraw, and what families can do.",
        "summary_es": (
            "Cómo la pérdida auditiva sin tratar puede llevar a las personas mayores a aislarse, y qué pueden hacer las familias."
        ),
        "body": (
            "Straining to follow conversations is tiring, so many people simply stop going. "
            "This fact sheet covers screening, hearing aids, hearing loops in public venues and simple communication tips."
        ),
        "body_es": (
            "Esforzarse para seguir una conversación cansa, así que muchas personas simplemente dejan de ir. "
            "Esta hoja informativa trata las pruebas de audición, los audífonos, los bucles magnéticos en lugares públicos y consejos sencillos para comunicarse."
        ),
        "url": "https://www.nchealthyaging.org/factsheets/hearing-loss-isolation",
        "language": "en",
        "topics": ["loneliness-in-later-life"],
        "tags": ["older adults", "disability"],
    },
    {
        "slug": "social-connection-for-veterans",
        "title": "Social Connection for Veterans",
        "title_es": "",
        "kind": "fact_sheet",
        "publisher": "harbor-county-public-health",
        "published_on": "2016-11-08",
        "summary": "Why the move back to civilian life can be isolating, and local ways veterans can reconnect.",
        "summary_es": "",
        "body": (
            "Leaving the military often means leaving a close-knit unit behind. "
            "This sheet lists peer groups, volunteer roles and service organizations where veterans can find that sense of team again."
        ),
        "body_es": "",
        "url": "https://www.harborcountyhealth.gov/factsheets/veterans-connection",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["veterans", "mental health"],
    },
    {
        "slug": "volunteering-and-well-being",
        "title": "Volunteering and Well-Being",
        "title_es": "El voluntariado y el bienestar",
        "kind": "fact_sheet",
        "publisher": "northlake-belonging-center",
        "published_on": "2013-04-15",
        "summary": "What research says about the health benefits of volunteering, especially for people over 55.",
        "summary_es": "Lo que dice la investigación sobre los beneficios del voluntariado para la salud, sobre todo en personas mayores de 55 años.",
        "body": (
            "Regular volunteers report less loneliness and a stronger sense of purpose. The sheet suggests ways to find a role that fits your energy and schedule."
        ),
        "body_es": (
            "Las personas que hacen voluntariado con regularidad dicen sentirse menos solas y con más propósito. La hoja sugiere maneras de encontrar una tarea que se ajuste a su energía y horario."
        ),
        "url": "https://belonging.northlake.edu/factsheets/volunteering",
        "language": "en",
        "topics": ["social-connection", "loneliness-in-later-life"],
        "tags": ["volunteering", "mental health", "older adults"],
    },
    {
        "slug": "homelessness-and-social-ties",
        "title": "Homelessness and Social Ties",
        "title_es": "",
        "kind": "fact_sheet",
        "publisher": None,
        "published_on": "2022-12-06",
        "summary": "How losing housing also cuts people off from friends and routine, and why relationships matter for getting back on track.",
        "summary_es": "",
        "body": (
            "People experiencing homelessness often lose touch with family, work friends and neighbors all at once. "
            "This sheet explains why programs that offer community, not just services, make a difference."
        ),
        "body_es": "",
        "url": "https://www.connectionfactsheets.org/homelessness-and-social-ties",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["housing", "public health"],
    },
    {
        "slug": "funding-social-infrastructure",
        "title": "Funding Social Infrastructure",
        "title_es": "",
        "kind": "policy_brief",
        "publisher": "shared-spaces-design",
        "published_on": "2024-10-01",
        "summary": "Options for local governments to pay for parks, libraries and community spaces that help people connect.",
        "summary_es": "",
        "body": (
            "The brief compares bonds, dedicated levies, public-private partnerships and state grants, with examples of cities that used each to reopen or build gathering places."
        ),
        "body_es": "",
        "url": "https://www.sharedspacesdesign.org/policy/funding-social-infrastructure",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["policy", "parks", "libraries"],
    },
    {
        "slug": "broadband-as-connection-policy",
        "title": "Broadband as Connection Policy",
        "title_es": "",
        "kind": "policy_brief",
        "publisher": "rural-connections-institute",
        "published_on": "2021-06-15",
        "summary": "Why affordable internet and devices belong in any plan to reduce rural isolation.",
        "summary_es": "",
        "body": (
            "For people far from town, a reliable connection can mean telehealth, online church services and video calls with grandchildren. "
            "The brief recommends pairing infrastructure funding with digital skills training."
        ),
        "body_es": "",
        "url": "https://www.ruralconnections.org/policy/broadband",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["policy", "digital inclusion", "rural"],
    },
    {
        "slug": "paid-leave-and-caregiver-connection",
        "title": "Paid Family Leave and Caregiver Connection",
        "title_es": "",
        "kind": "policy_brief",
        "publisher": "family-caregiver-circle",
        "published_on": "2019-09-17",
        "summary": "How workplace leave policies affect caregivers' ability to stay connected at work and at home.",
        "summary_es": "",
        "body": (
            "Caregivers without leave often cut back on everything except work and care, including friendships. "
            "This brief reviews state leave programs and employer practices that help."
        ),
        "body_es": "",
        "url": "https://www.familycaregivercircle.org/policy/paid-leave",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["policy", "caregivers", "workplace"],
    },
    {
        "slug": "social-connection-in-school-policy",
        "title": "Making Connection a School Priority",
        "title_es": "",
        "kind": "policy_brief",
        "publisher": "youth-thrive-collaborative",
        "published_on": "2026-01-20",
        "summary": "Recommendations for school boards on advisory periods, mentoring and measuring students' sense of belonging.",
        "summary_es": "",
        "body": (
            "Students who feel they belong at school attend more and struggle less. "
            "The brief suggests low-cost policy changes, from protecting time for advisory groups to adding belonging questions to climate surveys."
        ),
        "body_es": "",
        "url": "https://www.youththrivecollab.org/policy/connection-school-priority",
        "language": "en",
        "topics": ["youth-connection"],
        "tags": ["policy", "schools", "youth"],
    },
    {
        "slug": "designing-parks-for-all-ages",
        "title": "Webinar: Designing Parks for All Ages",
        "title_es": "",
        "kind": "webinar",
        "publisher": "shared-spaces-design",
        "published_on": "2022-08-09",
        "summary": "Landscape architects and residents discuss parks where toddlers, teens and elders all feel at home.",
        "summary_es": "",
        "body": (
            "A recorded one-hour session covering seating, shade, restrooms, walking loops and programming that draws different generations to the same space."
        ),
        "body_es": "",
        "url": "https://www.sharedspacesdesign.org/webinars/parks-for-all-ages",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["parks", "intergenerational", "disability"],
    },
    {
        "slug": "welcoming-refugee-families-webinar",
        "title": "Webinar: Welcoming Refugee Families at School",
        "title_es": "",
        "kind": "webinar",
        "publisher": "welcome-neighbors-network",
        "published_on": "2023-04-11",
        "summary": "Teachers and family liaisons share how schools can help refugee children and parents feel they belong.",
        "summary_es": "",
        "body": (
            "Practical ideas from three school districts: welcome days with interpreters, peer buddies, parent coffee mornings and ways to honor students' home languages."
        ),
        "body_es": "",
        "url": "https://www.welcomeneighbors.org/webinars/refugee-families-school",
        "language": "en",
        "topics": ["belonging-for-newcomers", "youth-connection"],
        "tags": ["immigrants", "schools", "belonging"],
    },
    {
        "slug": "seminario-soledad-personas-mayores-latinas",
        "title": "Seminario web: la soledad en personas mayores de comunidades latinas",
        "title_es": "Seminario web: la soledad en personas mayores de comunidades latinas",
        "kind": "webinar",
        "publisher": "national-council-on-healthy-aging",
        "published_on": "2025-11-18",
        "summary": "A Spanish-language webinar on loneliness among older Latino adults and culturally grounded ways to reach them.",
        "summary_es": "Un seminario web en español sobre la soledad en adultos mayores latinos y formas culturalmente cercanas de acompañarlos.",
        "body": (
            "Speakers from promotora programs and senior centers discuss family expectations, language barriers and programs that work."
        ),
        "body_es": (
            "Ponentes de programas de promotoras y de centros para personas mayores hablan sobre las expectativas familiares, las barreras del idioma y los programas que funcionan."
        ),
        "url": "https://www.nchealthyaging.org/es/seminarios/soledad-personas-mayores",
        "language": "es",
        "topics": ["loneliness-in-later-life", "belonging-for-newcomers"],
        "tags": ["older adults", "loneliness", "immigrants"],
    },
    {
        "slug": "toolkit-workshop-resilience-through-connection",
        "title": "Toolkit Workshop: Resilience Through Connection",
        "title_es": "",
        "kind": "webinar",
        "publisher": "the-sky-center",
        "published_on": "2024-09-10",
        "summary": "A recorded workshop for schools and workplaces on practices that help people feel they belong and matter.",
        "summary_es": "",
        "body": (
            "Facilitators walk through short practices teams can use together, and talk about how organizations can make connection part of everyday culture."
        ),
        "body_es": "",
        "url": "https://skycenter.nmsip.org/toolkit-for-wellbeing/social-connection/",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["mental health", "workplace", "belonging"],
    },
    {
        "slug": "faith-leaders-and-loneliness",
        "title": "Webinar: Faith Leaders and Loneliness",
        "title_es": "",
        "kind": "webinar",
        "publisher": "northlake-belonging-center",
        "published_on": "2012-05-22",
        "summary": "Clergy from several traditions discuss how congregations can notice and support isolated members, including those who are grieving.",
        "summary_es": "",
        "body": (
            "Panelists share approaches such as visiting teams, grief groups and phone trees, and talk honestly about members who drift away without anyone noticing."
        ),
        "body_es": "",
        "url": "https://belonging.northlake.edu/webinars/faith-leaders-loneliness",
        "language": "en",
        "topics": ["social-connection"],
        "tags": ["faith communities", "loneliness", "grief"],
    },
]

PRACTICES = [
    {
        "slug": "self-compassion-practice",
        "title": "Self-Compassion Practice",
        "title_es": "Práctica de autocompasión",
        "summary": "A guided mindful self-compassion practice for the moments when you feel alone and want to feel cared for.",
        "summary_es": "Una práctica guiada de autocompasión consciente para los momentos en que se siente solo y quiere sentirse cuidado.",
        "steps": (
            "1. Find a quiet spot and sit or lie down comfortably.\n"
            "2. If you would like a voice to guide you, start the video linked below; either way, let your breathing slow down on its own.\n"
            "3. Notice what is hard right now, and name it gently: *this is a difficult moment*.\n"
            "4. Remind yourself that many people feel this way; you are not the only one.\n"
            "5. Place a hand on your heart or cheek and offer yourself a few kind words, as you would to a friend.\n"
            "6. Stay with that warmth for a few breaths before returning to your day."
        ),
        "steps_es": (
            "1. Busque un lugar tranquilo y siéntese o acuéstese cómodamente.\n"
            "2. Si quiere que una voz le guíe, ponga el video del enlace de abajo; con o sin video, deje que su respiración se calme sola.\n"
            "3. Note lo que le resulta difícil ahora y nómbrelo con suavidad: *este es un momento difícil*.\n"
            "4. Recuerde que muchas personas se sienten así; no es la única persona.\n"
            "5. Ponga una mano sobre el corazón o la mejilla y dígase unas palabras amables, como se las diría a un amigo.\n"
            "6. Quédese con esa sensación cálida unas cuantas respiraciones antes de volver a su día."
        ),
        "suits": "Anyone who feels lonely or hard on themselves and wants a gentle practice they can do alone.",
        "suits_es": "Cualquier persona que se sienta sola o muy exigente consigo misma y quiera una práctica suave para hacer a solas.",
        "duration_minutes": 10,
        "format": "video",
        "media_url": "https://skycenter.nmsip.org/toolkit-for-wellbeing/social-connection/",
        "setting": "alone",
        "topics": ["social-connection", "youth-connection"],
        "tags": ["mental health", "loneliness"],
    },
    {
        "slug": "five-minute-check-in-call",
        "title": "Five-Minute Check-In Call",
        "title_es": "Llamada de cinco minutos",
        "summary": "A short, regular phone call to someone who might be on their own. Small and steady beats long and rare.",
        "summary_es": "Una llamada breve y regular a alguien que podría estar solo. Algo pequeño y constante vale más que algo largo y ocasional.",
        "steps": (
            "1. Pick one person you haven't spoken to in a while.\n"
            "2. Choose a day and time you can repeat each week.\n"
            "3. Open with a simple question: *How has your week been?*\n"
            "4. Listen more than you talk, and ask one follow-up question.\n"
            "5. Before hanging up, say when you'll call next."
        ),
        "steps_es": (
            "1. Elija a una persona con la que no haya hablado en un tiempo.\n"
            "2. Escoja un día y una hora que pueda repetir cada semana.\n"
            "3. Empiece con una pregunta sencilla: *¿Cómo le fue esta semana?*\n"
            "4. Escuche más de lo que habla y haga al menos una pregunta de seguimiento.\n"
            "5. Antes de colgar, dígale cuándo volverá a llamar."
        ),
        "suits": "Busy people who want an easy, reliable way to support an older relative, neighbor or friend.",
        "suits_es": "Personas ocupadas que buscan una forma fácil y confiable de acompañar a un familiar mayor, un vecino o un amigo.",
        "duration_minutes": 5,
        "format": "written",
        "media_url": "",
        "setting": "alone",
        "topics": ["social-connection", "loneliness-in-later-life"],
        "tags": ["older adults", "loneliness"],
    },
    {
        "slug": "gratitude-letter",
        "title": "Gratitude Letter",
        "title_es": "Carta de gratitud",
        "summary": "Write to someone who made a difference in your life and tell them specifically what they did.",
        "summary_es": "Escriba a alguien que marcó una diferencia en su vida y cuéntele exactamente qué hizo por usted.",
        "steps": (
            "1. Think of someone whose kindness you never fully thanked.\n"
            "2. Write down what they did and how it affected you, with concrete details.\n"
            "3. Describe where you are now and the part they played.\n"
            "4. Keep it to one page.\n"
            "5. Send it, or better, read it aloud to them in person or by phone."
        ),
        "steps_es": (
            "1. Piense en alguien a quien nunca le agradeció del todo su amabilidad.\n"
            "2. Escriba qué hizo y cómo le afectó, con detalles concretos.\n"
            "3. Cuente dónde está usted ahora y qué papel tuvo esa persona.\n"
            "4. No pase de una página.\n"
            "5. Envíela o, mejor aún, léasela en persona o por teléfono."
        ),
        "suits": "People who want to deepen an existing relationship or reconnect with someone from the past.",
        "suits_es": "Personas que quieren fortalecer una relación o retomar el contacto con alguien de su pasado.",
        "duration_minutes": 30,
        "format": "written",
        "media_url": "",
        "setting": "alone",
        "topics": ["social-connection"],
        "tags": ["mental health", "belonging"],
    },
    {
        "slug": "active-listening-pairs",
        "title": "Active Listening Pairs",
        "title_es": "Escucha activa en parejas",
        "summary": "A structured pair exercise where one person talks and the other simply listens, then reflects back what they heard.",
        "summary_es": "Un ejercicio en parejas: una persona habla y la otra solo escucha y luego resume lo que oyó.",
        "steps": (
            "1. Pair up and decide who speaks first.\n"
            "2. The speaker talks for three minutes about a prompt, such as *a place that feels like home*.\n"
            "3. The listener stays quiet, keeps eye contact and does not give advice.\n"
            "4. The listener sums up what they heard in a few sentences.\n"
            "5. Swap roles, then spend two minutes talking about how it felt."
        ),
        "steps_es": "1. Formen parejas y decidan quién habla primero.\n2. Quien habla lo hace durante tres minutos sobre un tema, por ejemplo *un lugar que se siente como hogar*.\n3. Quien escucha guarda silencio, mantiene la mirada y no da consejos.\n4. Quien escucha resume en pocas frases lo que oyó.\n5. Cambien de papel y después hablen dos minutos sobre cómo se sintieron.",
        "suits": "Groups, classes and teams who want to practice listening and get to know each other.",
        "suits_es": "Grupos, clases y equipos que quieren practicar la escucha y conocerse mejor.",
        "duration_minutes": 15,
        "format": "group",
        "media_url": "",
        "setting": "group",
        "topics": ["social-connection", "youth-connection"],
        "tags": ["schools", "workplace"],
    },
    {
        "slug": "neighborhood-walk",
        "title": "Neighborhood Walk",
        "title_es": "Caminata por el barrio",
        "summary": "A slow walk around your block with the aim of greeting people and noticing shared spaces.",
        "summary_es": "Una caminata tranquila por su cuadra con la intención de saludar a la gente y fijarse en los espacios compartidos.",
        "steps": (
            "1. Pick a time when people are usually out, like early evening.\n"
            "2. Walk slowly and leave your headphones at home.\n"
            "3. Say hello to at least three people, even just with a nod.\n"
            "4. Notice benches, gardens, notice boards and other places people gather.\n"
            "5. Repeat the same route each week so faces become familiar."
        ),
        "steps_es": (
            "1. Escoja una hora en que la gente suele estar afuera, como al atardecer.\n"
            "2. Camine despacio y deje los audífonos en casa.\n"
            "3. Salude al menos a tres personas, aunque sea con un gesto.\n"
            "4. Fíjese en bancas, huertos, tableros de anuncios y otros lugares donde la gente se reúne.\n"
            "5. Repita la misma ruta cada semana para que las caras se vuelvan conocidas."
        ),
        "suits": "Anyone new to a neighborhood or wanting to feel more at home where they live.",
        "suits_es": "Cualquier persona recién llegada a un barrio o que quiera sentirse más en casa donde vive.",
        "duration_minutes": 20,
        "format": "written",
        "media_url": "",
        "setting": "either",
        "topics": ["social-connection", "belonging-for-newcomers"],
        "tags": ["parks", "belonging"],
    },
    {
        "slug": "shared-meal",
        "title": "Shared Meal",
        "title_es": "Comida compartida",
        "summary": "Invite a few people to eat together, with no pressure to cook something fancy.",
        "summary_es": "Invite a algunas personas a comer juntas, sin la presión de cocinar algo elaborado.",
        "steps": (
            "1. Pick a simple format: potluck, soup night or pizza.\n"
            "2. Invite a mix of people, including at least one person you'd like to know better.\n"
            "3. Ask about dietary needs and make it easy to say yes.\n"
            "4. Put phones away and ask one open question at the table.\n"
            "5. Before people leave, suggest a date for the next one."
        ),
        "steps_es": "1. Elija un formato sencillo: cada quien trae un plato, noche de sopa o pizza.\n2. Invite a personas distintas, incluida al menos una a quien le gustaría conocer mejor.\n3. Pregunte por necesidades de alimentación y facilite que digan que sí.\n4. Guarden los teléfonos y haga una pregunta abierta en la mesa.\n5. Antes de despedirse, propongan una fecha para la próxima.",
        "suits": "People who like hosting and want to turn acquaintances into friends.",
        "suits_es": "Personas a quienes les gusta recibir y quieren convertir a conocidos en amistades.",
        "duration_minutes": 90,
        "format": "group",
        "media_url": "",
        "setting": "group",
        "topics": ["social-connection"],
        "tags": ["belonging", "intergenerational"],
    },
    {
        "slug": "loving-kindness-audio",
        "title": "Loving-Kindness Meditation",
        "title_es": "Meditación de bondad amorosa",
        "summary": "A meditation of good wishes for yourself, the people you love, neighbors and strangers. Follow the steps on your own, or listen to a free guided recording.",
        "summary_es": "Una meditación de buenos deseos para usted, para las personas que quiere, para sus vecinos y para desconocidos. Siga los pasos por su cuenta o escuche una grabación guiada gratuita.",
        "steps": (
            "1. Sit comfortably and close your eyes if that feels okay.\n"
            "2. Repeat quietly: *May I be safe. May I be well.*\n"
            "3. Picture someone you love and offer them the same wishes.\n"
            "4. Widen the circle to a neighbor, a stranger and finally everyone.\n"
            "5. Rest for a minute and notice how you feel."
        ),
        "steps_es": "1. Siéntese con comodidad y cierre los ojos si le resulta cómodo.\n2. Repita en voz baja: *Que esté a salvo. Que esté bien.*\n3. Piense en alguien a quien quiere y ofrézcale los mismos deseos.\n4. Amplíe el círculo a un vecino, a un desconocido y, al final, a todo el mundo.\n5. Descanse un minuto y note cómo se siente.",
        "suits": "People who want a calming practice that builds warmth toward others.",
        "suits_es": "Personas que buscan una práctica tranquila que despierte calidez hacia los demás.",
        "duration_minutes": 12,
        "format": "audio",
        "media_url": "https://www.uclahealth.org/uclamindful/guided-meditations",
        "setting": "alone",
        "topics": ["social-connection"],
        "tags": ["mental health"],
    },
    {
        "slug": "three-good-things",
        "title": "Three Good Things Journal",
        "title_es": "Diario de tres cosas buenas",
        "summary": "Each evening, write down three good moments from your day, paying special attention to moments with other people.",
        "summary_es": "Cada noche, escriba tres momentos buenos de su día, con atención especial a los momentos compartidos con otras personas.",
        "steps": (
            "1. Keep a notebook by your bed.\n"
            "2. Each night, write three things that went well today.\n"
            "3. For each one, note who was part of it.\n"
            "4. Add one line on why it happened.\n"
            "5. At the end of the week, read back and notice who shows up most."
        ),
        "steps_es": (
            "1. Tenga un cuaderno junto a la cama.\n"
            "2. Cada noche, escriba tres cosas que salieron bien en el día.\n"
            "3. En cada una, anote quién estuvo presente.\n"
            "4. Agregue una línea sobre por qué sucedió.\n"
            "5. Al final de la semana, léalas y observe quién aparece más seguido."
        ),
        "suits": "Anyone who wants a quiet daily habit that highlights the relationships already in their life.",
        "suits_es": "Cualquier persona que quiera un hábito diario y sencillo que resalte las relaciones que ya tiene.",
        "duration_minutes": 10,
        "format": "written",
        "media_url": "",
        "setting": "alone",
        "topics": ["social-connection", "youth-connection"],
        "tags": ["mental health"],
    },
    {
        "slug": "reaching-out-after-a-loss",
        "title": "Reaching Out After a Loss",
        "title_es": "Acercarse después de una pérdida",
        "summary": "Practical ways to stay in touch with someone who is grieving, well beyond the funeral.",
        "summary_es": "Formas prácticas de seguir en contacto con alguien que está de duelo, mucho después del funeral.",
        "steps": (
            "1. Say the person's name; it often comforts rather than hurts.\n"
            "2. Offer one specific kind of help, such as *Can I bring dinner on Thursday?*\n"
            "3. Put reminders in your calendar at one, three and six months.\n"
            "4. Remember anniversaries and holidays, which can be especially lonely.\n"
            "5. Keep inviting them, even if they say no for a while."
        ),
        "steps_es": (
            "1. Mencione el nombre de la persona que falleció; muchas veces reconforta en lugar de doler.\n"
            "2. Ofrezca una ayuda concreta, por ejemplo: *¿Le llevo la cena el jueves?*\n"
            "3. Ponga recordatorios en su calendario al mes, a los tres y a los seis meses.\n"
            "4. Recuerde los aniversarios y los días festivos, que pueden ser especialmente solitarios.\n"
            "5. Siga invitándola, aunque por un tiempo diga que no."
        ),
        "suits": "Friends, neighbors and co-workers of someone who has lost a loved one.",
        "suits_es": "Amigos, vecinos y compañeros de trabajo de alguien que ha perdido a un ser querido.",
        "duration_minutes": 15,
        "format": "written",
        "media_url": "",
        "setting": "either",
        "topics": ["social-connection", "loneliness-in-later-life"],
        "tags": ["grief", "caregivers"],
    },
    {
        "slug": "story-circle",
        "title": "Story Circle",
        "title_es": "Círculo de historias",
        "summary": "A small group takes turns telling a short true story on a shared theme, with no interruptions.",
        "summary_es": "Un grupo pequeño se turna para contar una historia breve y real sobre un tema común, sin interrupciones.",
        "steps": (
            "1. Sit in a circle of five to ten people.\n"
            "2. Choose a theme, such as *a time someone helped me*.\n"
            "3. Each person speaks for up to three minutes while others listen.\n"
            "4. Pass freely; nobody has to share.\n"
            "5. Close with each person naming one thing they heard that stayed with them."
        ),
        "steps_es": "1. Siéntense en círculo, de cinco a diez personas.\n2. Elijan un tema, por ejemplo *una vez que alguien me ayudó*.\n3. Cada persona habla hasta tres minutos mientras las demás escuchan.\n4. Se puede pasar; nadie está obligado a contar nada.\n5. Para cerrar, cada persona nombra algo que escuchó y que se le quedó grabado.",
        "suits": "Community groups, classrooms and intergenerational programs that want people to really know each other.",
        "suits_es": "Grupos comunitarios, clases y programas intergeneracionales que quieren que la gente se conozca de verdad.",
        "duration_minutes": 45,
        "format": "group",
        "media_url": "",
        "setting": "group",
        "topics": ["social-connection", "belonging-for-newcomers"],
        "tags": ["intergenerational", "arts", "belonging"],
    },
    {
        "slug": "volunteering-taster",
        "title": "Volunteering Taster",
        "title_es": "Probar el voluntariado",
        "summary": "Try a single short volunteer shift to see whether a cause and its people are a good fit.",
        "summary_es": "Pruebe un solo turno corto de voluntariado para ver si la causa y su gente son para usted.",
        "steps": (
            "1. List two or three causes you care about.\n"
            "2. Look for one-off shifts of two hours or less.\n"
            "3. Bring a friend if going alone feels daunting.\n"
            "4. Chat with at least one regular volunteer during the shift.\n"
            "5. Afterwards, decide whether to sign up again or try a different cause."
        ),
        "steps_es": "1. Anote dos o tres causas que le importan.\n2. Busque turnos únicos de dos horas o menos.\n3. Vaya con una amistad si ir solo le cuesta.\n4. Converse con al menos una persona voluntaria habitual durante el turno.\n5. Después, decida si se inscribe otra vez o prueba otra causa.",
        "suits": "People who want purpose and new contacts but aren't ready for a long commitment.",
        "suits_es": "Personas que buscan un propósito y nuevos contactos, pero no están listas para un compromiso largo.",
        "duration_minutes": 120,
        "format": "group",
        "media_url": "",
        "setting": "either",
        "topics": ["social-connection"],
        "tags": ["volunteering"],
    },
]

CRISIS_PAGE_INTRO = {
    "en": (
        "If you or someone near you is in immediate danger, call 911 or go to the nearest emergency room. "
        "If you are having thoughts of suicide, feel overwhelmed, or are worried about someone else, you do not have to wait until things get worse to reach out.\n\n"
        "The lines below are staffed by trained people who will listen without judgment. "
        "Calling or texting is free and confidential, and help is available any time of day or night."
    ),
    "es": (
        "Si usted o alguien cercano está en peligro inmediato, llame al 911 o vaya a la sala de emergencias más cercana. "
        "Si tiene pensamientos suicidas, se siente abrumado o le preocupa otra persona, no tiene que esperar a que las cosas empeoren para pedir ayuda.\n\n"
        "En las líneas que aparecen abajo le atienden personas capacitadas que le escucharán sin juzgar. "
        "Llamar o enviar un mensaje de texto es gratis y confidencial, y hay ayuda disponible a cualquier hora del día o de la noche."
    ),
}

HOME_INTRO = {
    "en": (
        "Social connection is the sense that we have people in our lives who see us, care about us and can count on us in return. "
        "It comes from family and friends, but also from neighbors, co-workers, classmates and the familiar faces at the library or the bus stop.\n\n"
        "Connection is not a luxury. Long-term loneliness and isolation can harm health about as much as smoking, raising the risk of heart disease, depression and dementia. "
        "Connection Hub brings together trusted resources, simple practices and local programs to help you, and your community, feel less alone."
    ),
    "es": (
        "La conexión social es saber que tenemos personas en nuestra vida que nos ven, se preocupan por nosotros y pueden contar con nosotros a su vez. "
        "Viene de la familia y los amigos, pero también de los vecinos, los compañeros de trabajo o de clase y las caras conocidas de la biblioteca o la parada del autobús.\n\n"
        "La conexión no es un lujo. La soledad y el aislamiento prolongados pueden dañar la salud casi tanto como fumar, y aumentan el riesgo de enfermedades del corazón, depresión y demencia. "
        "Connection Hub reúne recursos confiables, prácticas sencillas y programas locales para que usted y su comunidad se sientan menos solos."
    ),
}
