"""The words the SMART check knows: results, actions, vague words, roles, units and W-questions.

Word lists live here, apart from the code that reads with them. They are tuned against
tests/data/smart_goals.yaml and the `tune` and `heldout1` parts of
tests/data/smart_goals_real.yaml, and are compiled once, at import.
"""

from __future__ import annotations

from typing import Final

from gesprekscoach.checks import patterns as re  # `re`, compiling through a cache
from gesprekscoach.checks.smart_text import phrase_regex

RESULT_WORDS: Final = frozenset(
    """
    afronden afgerond afrondt afronding behalen behaald behaalt gehaald slagen geslaagd slaag opleveren opgeleverd
    voltooien voltooid voltooit voltooi
    oplevering certificaat certificaten certificering gecertificeerd diploma diploma's gediplomeerd getuigschrift
    examen examens bevoegdheid bevoegd afstuderen afgestudeerd publiceren gepubliceerd implementeren geïmplementeerd
    implementeer implementatie ingevoerd invoeren lanceren gelanceerd live opgesteld opstellen presenteren
    gepresenteerd presenteer presenteert ingediend indienen ingeleverd inleveren aangeleverd aanleveren ondertekend
    goedgekeurd vastgesteld gemigreerd migreren geautomatiseerd automatiseren gedigitaliseerd digitaliseren
    uitgerold uitrollen registratie geregistreerd rijbewijs deelcertificaat startbekwaam vakbekwaam bekwaam
    verlengen verlengd verleng
    """.split()
)
_RESULT_PHRASES: Final = (
    "in gebruik nemen", "in gebruik genomen", "klaar met", "af te ronden", "op te leveren", "in te voeren",
    "in te dienen", "in te leveren", "te behalen", "te halen", "te presenteren", "te organiseren",
    "op te stellen", "uit te rollen", "in productie", "klaar zijn met", "klaar ben met", "klaar is met",
    "op de kaart", "te verlengen", "klaar hebben", "klaar heb", "klaar heeft", "klaar hebt", "af hebben",
    "leeg hebben", "leeg heb", "leeg is", "leeg zijn", "op orde hebben", "op orde heb", "op orde is", "op orde zijn",
    "stoppen met", "stop met", "stopt met", "gestopt met", "te stoppen met",
)  # fmt: skip
RESULT_SUFFIXES: Final = ("certificaat", "diploma", "examen", "registratie", "bevoegdheid")
HALEN_FORMS: Final = frozenset({"halen", "haal", "haalt", "gehaald", "te halen"})
HALEN_OBJECTS: Final = re.compile(
    r"\b(?:certificaat|diploma|examen|toets|rijbewijs|niveau|bevoegdheid|target|norm|score|cijfer|propedeuse|vca|bhv|ehbo"
    r"|licentie|brevet|papieren|graad|titel|master|bachelor|deadline|doel|doelen|targets|\w*certificaat|\w*diploma|\w*examen)\b"
)
SEPARABLE_RESULTS: Final = (
    ("rond", "af"), ("ronden", "af"), ("lever", "op"), ("leveren", "op"), ("stel", "op"), ("voer", "in"),
    ("dien", "in"), ("rol", "uit"), ("neem", "in gebruik"), ("werk", "uit"), ("zet", "op"), ("richt", "in"),
)  # fmt: skip
PRODUCTION_WORDS: Final = frozenset(
    """
    schrijven geschreven schrijf schrijft maken gemaakt maak maakt ontwerpen ontworpen ontwerp bouwen gebouwd bouw
    ontwikkelen ontwikkeld ontwikkel opzetten opgezet uitwerken uitgewerkt herschrijven herschreven updaten
    geüpdatet vernieuwen vernieuwd opstellen opgesteld inrichten ingericht samenstellen samengesteld versturen
    verstuurd verstuur stuur stuurt sturen verzenden verzonden mailen gemaild klaar af afmaken afgemaakt
    """.split()
)
DELIVERABLES: Final = (
    "plan", "instructie", "handleiding", "rapport", "rapportage", "verslag", "overzicht", "procedure",
    "protocol", "dashboard", "notitie", "ontwerp", "website", "app", "presentatie", "folder", "brochure",
    "nieuwsbrief", "artikel", "blog", "checklist", "format", "sjabloon", "template", "offerte", "begroting",
    "analyse", "lesprogramma", "lessenreeks", "lesmateriaal", "module", "e-learning", "workshop", "werkwijze",
    "stappenplan", "kennisbank", "wiki", "script", "tool", "formulier", "programma", "film", "video",
    "podcast", "poster", "visie", "beleid", "businesscase", "portfolio", "cv", "pitch", "memo", "voorstel",
    "advies", "scholing", "training", "opleiding", "lessen", "lesbrief", "toets", "werkplek", "omgeving",
    "database", "rooster", "map", "flyer", "menukaart", "kaart", "infographic", "nota", "cursus", "planning",
    "menu", "vragenlijst", "enquête", "aanpak", "jaarplan", "werkplan", "filmpje", "handboek", "loket",
    "documentatie", "applicatie", "prototype", "software", "opdracht", "diagram", "schema",
)  # fmt: skip
FEAT_VERBS: Final = frozenset(
    """
    lopen loop loopt gelopen uitlopen uitgelopen fietsen fiets fietst gefietst zwemmen zwem zwemt gezwommen
    maken maak maakt gemaakt wandelen wandel wandelt gewandeld voltooien voltooi voltooit voltooid
    rennen ren rent gerend
    """.split()
)
FEAT_NOUN_ENDINGS: Final = (
    "marathon", "triatlon", "triathlon", "reis", "tocht", "vierdaagse", "elfstedentocht", "debuut",
)  # fmt: skip
"""A feat you finish or not: 'een marathon lopen', 'een voetreis maken', 'de Vierdaagse lopen'."""
CLIMB_VERBS: Final = frozenset({"beklimmen", "beklim", "beklimt", "beklommen", "bedwingen", "bedwing", "bedwongen"})
"""Climbing a named top ('de Kilimanjaro beklimmen') is a result you can check."""
EVENT_VERBS: Final = frozenset(
    """
    geven gegeven geef geeft houden gehouden houd houdt verzorgen verzorgd verzorg verzorgt organiseren
    georganiseerd organiseer organiseert
    """.split()
)
EVENTS: Final = (
    "presentatie", "training", "workshop", "les", "lessen", "demo", "voorlichting", "lezing", "webinar",
    "kennissessie", "toolbox", "sessie", "bijeenkomst", "teamdag", "heidag", "open dag", "intervisie",
    "cursus", "instructie", "masterclass", "scholing", "rondleiding", "inloopspreekuur", "spreekuur",
    "actie", "campagne", "evenement", "toernooi",
)  # fmt: skip
_ROLES: Final = (
    "teamleider", "leidinggevende", "senior", "specialist", "coördinator", "coordinator", "praktijkopleider",
    "werkbegeleider", "preventiemedewerker", "bhv'er", "mentor", "projectleider", "manager", "scrum master",
    "product owner", "teamcoach", "opleider", "aandachtsvelder", "kwaliteitsfunctionaris", "ambassadeur",
    "vertrouwenspersoon", "hoofd", "supervisor", "chef", "sous-chef", "assistent-manager", "afdelingshoofd",
    "medior", "expert", "trainer", "instructeur", "assessor", "examinator", "key user", "superuser",
)  # fmt: skip
ROLE_VERBS: Final = frozenset(
    {"worden", "word", "wordt", "geworden", "doorgroeien", "doorgroei", "promotie", "ben", "is", "zijn", "nemen",
     "neem", "groeien", "groei", "doorstromen", "doorstroom", "solliciteren"}
)  # fmt: skip

ACTIVITY_WORDS: Final = frozenset(
    """
    volgen gevolgd volg volgt bellen gebeld bel belt bezoeken bezocht bezoek bezoekt begeleiden begeleid begeleidt
    inwerken ingewerkt coachen gecoacht oefenen geoefend oefen oefent inplannen ingepland voorbereiden voorbereid
    evalueren geëvalueerd evalueer analyseren geanalyseerd analyseer onderzoeken onderzocht inventariseren
    geïnventariseerd testen getest controleren gecontroleerd controleer interviewen geïnterviewd aanspreken
    aangesproken bijwerken bijgewerkt opruimen opgeruimd archiveren gearchiveerd beantwoorden beantwoord afhandelen
    afgehandeld verkopen verkocht werven geworven vertalen vertaald aanvragen aangevraagd aanmelden aangemeld
    inschrijven ingeschreven deelnemen deelgenomen meelopen meegelopen bespreken besproken bespreek lezen gelezen
    overdragen overgedragen vervangen uitvoeren uitgevoerd bijhouden bijgehouden registreren invullen ingevuld
    reageren gereageerd reageer afnemen afgenomen nakijken nagekeken trainen getraind train traint installeren
    geïnstalleerd configureren geconfigureerd programmeren geprogrammeerd repareren gerepareerd laden lossen picken
    koken serveren bereiden bezorgen bezorgd verzenden verstuurd versturen sturen stuur stuurt instrueren
    geïnstrueerd uitleggen uitgelegd doorlopen begroeten inroosteren ingeroosterd opvolgen opgevolgd terugbellen
    teruggebeld opleiden opgeleid stoppen gestopt starten gestart afspreken afgesproken voeren gevoerd mailen
    gemaild ophalen opgehaald verzamelen verzameld sporten hardlopen wandelen fietsen demonstreren demonstreer
    demonstreert gedemonstreerd invallen ingevallen gebruiken geven geef geeft gegeven presenteren bijwonen
    bijgewoond observeren geobserveerd organiseren organiseer organiseert georganiseerd verwerken verwerk verwerkt
    plannen plan plant gepland voorzitten voorgezeten leiden geleid aandragen aangedragen beginnen helpen help helpt
    geholpen ondersteunen ondersteun ondersteunt ondersteund besteden besteed aanbieden aangeboden afvallen afgevallen
    """.split()
)
_ACTIVITY_PHRASES: Final = (
    "feedback vragen", "feedback te vragen", "om feedback vragen", "om feedback te vragen", "vraag om feedback",
    "vraag feedback", "afspraken maken", "in te werken", "in te plannen", "voor te bereiden", "aan te vragen",
    "aan te melden", "in te schrijven", "deel te nemen", "mee te lopen", "bij te werken", "op te ruimen",
    "af te handelen", "bij te houden", "uit te voeren", "in te vullen", "te volgen", "te bellen",
    "te bezoeken", "te begeleiden", "te oefenen", "te lezen", "te bespreken", "te trainen", "te geven",
    "te houden", "te schrijven", "te maken", "feedback geven", "feedback ophalen", "te starten", "in te vallen",
    "te laat komen", "op tijd komen", "op tijd zijn", "op tijd beginnen", "aan de slag met", "aan de slag als", "aan de slag bij", "hulp bieden",
    "hulp te bieden", "hulp aan te bieden", "af te vallen",
)  # fmt: skip
SEPARABLE_ACTIVITIES: Final = (
    ("werk", "in"), ("plan", "in"), ("bereid", "voor"), ("vraag", "aan"), ("meld", "aan"), ("schrijf", "in"),
    ("neem", "deel"), ("loop", "mee"), ("ruim", "op"), ("handel", "af"), ("houd", "bij"), ("voer", "uit"),
    ("vul", "in"), ("bel", "terug"), ("spreek", "af"), ("neem", "af"), ("kijk", "na"), ("haal", "op"),
    ("val", "in"), ("begin", "met"), ("beginnen", "met"), ("start", "met"), ("starten", "met"), ("woon", "bij"),
    ("bied", "aan"), ("val", "af"),
)  # fmt: skip
RE_PRESENCE: Final = re.compile(
    r"\b(?:aanwezig\s+(?:zijn\s+|ben\s+|is\s+)?(?:bij|op|tijdens)"
    r"|(?:ben|bent|is|zijn|zit|zitten)\s+(?:\w+\s+){0,8}?(?:bij|op))"
    r"\s+(?:het|de|elk|elke|ieder|iedere|ons|onze|mijn)\s+\w*(?:overleg|vergadering|bijeenkomst|intervisie|spreekuur"
    r"|training|stand-up|standup|briefing|overdracht)\b"
)
"""Being at a meeting ('elke maandag ben ik bij het teamoverleg'): something you can see someone do."""
RE_EXERCISES: Final = re.compile(
    r"\b\w*(?:sommen|opgaven|oefeningen|opdrachten|huiswerk)\s+(?:\w+\s+){0,3}?(?:te\s+)?maken\b"
)
"""Doing exercises ('de optelsommen goed maken'): an action, though no result to deliver."""
_MOVE_VERBS: Final = r"(?:ga|gaat|gaan|loop|loopt|lopen|fiets|fietst|fietsen|rijd|rijdt|rijden|wandel|wandelt|wandelen)"
RE_MOVE_TO: Final = re.compile(
    rf"\b{_MOVE_VERBS}\b(?:\s+[\w.-]+){{0,6}}?\s+(?:naar\s+(?:de|het|zijn|haar|mijn|zijn|een)\s+\w+|de\s+gang\s+op)"
    rf"|\bnaar\s+(?:de|het|zijn|haar|mijn)\s+\w+\s+(?:te\s+)?{_MOVE_VERBS}\b"
    rf"|\b(?:op|naar)\s+[a-z]\w{{2,}}\s+(?:te\s+)?{_MOVE_VERBS}\b(?!\s+[a-z]+en\b)"
)
"""Going somewhere ('gaat zonder hulp naar de koffiezaal', 'loopt met krukken de gang op', 'op reis gaan'): something you can see."""
RE_ENTER_TALK: Final = re.compile(r"\baangaan\b|\baan\s+(?:willen\s+|kunnen\s+|te\s+)?gaan\b")
"""'een gesprek aangaan', 'gesprekken aan willen gaan': with a meeting noun in the clause, an action."""
LIGHT_VERBS: Final = frozenset(
    "leggen leg legt geven geef geeft zetten zet maken maak maakt besteden besteed nemen neem neemt stellen stel"
    " stelt".split()
)
ABSTRACT_OBJECTS: Final = frozenset(
    "focus nadruk accent aandacht prioriteit prioriteiten stappen stap keuzes keuze moeite energie richting sturing"
    " vorm ruimte vertrouwen invulling betekenis houding werkhouding instelling mindset structuur initiatief"
    " verantwoordelijkheid overzicht rust balans grip regie eigenaarschap zichtbaarheid zelfvertrouwen plezier"
    " werkplezier motivatie duidelijkheid orde lijn samenhang ontwikkeling groei verbinding sfeer kennis begrip"
    " inzicht inzichten vooruitgang voortgang vaardigheid vaardigheden kunde expertise bewustzijn".split()
)
"""A light verb with one of these ('mijn focus leggen op', 'stappen zetten') says nothing you can see."""
RE_GOAL_REFERENCE: Final = re.compile(
    r"\b(?:dit|deze|dat|die|het|mijn|ons|onze|zo'n)\s+(?:persoonlijke\s+)?(?:leer|ontwikkel)?doel(?:stelling)?(?:en)?\b"
)
"""'dit doel', 'deze doelstelling': the goal pointing at itself, so its verb ('bereiken', 'behalen') is no result."""
GOAL_VERBS: Final = frozenset(
    "bereiken bereikt bereik behalen behaald behaalt halen haal haalt gehaald realiseren gerealiseerd geven"
    " hebben".split()
)
WEAK_RESULT_OBJECTS: Final = frozenset({"werk", "iets", "dingen", "alles", "zaken", "taken"})
"""Objects too vague for a result you can check ('mijn werk afronden')."""
VAGUE_WORDS: Final = frozenset(
    "loslaten samenwerken communiceren plannen prioriteren structuur timemanagement assertiviteit zelfvertrouwen"
    " feedback omgaan reflecteren".split()
)
"""What practising can be about without saying anything you can see ('oefenen met loslaten')."""
NOUN_ENDINGS: Final = ("heden", "ingen", "iteiten", "schappen", "ties", "isten")
"""Plural nouns that end like an infinitive ('vaardigheden', 'verwachtingen'): never a main verb."""
CHANGE_WORDS: Final = frozenset(
    """
    verhogen verhoogd verhoog verhoogt verlagen verlaagd verlaag verlaagt verminderen verminderd verminder
    terugbrengen teruggebracht breng verkorten verkort verbeteren verbeterd verbeter verbetert stijgen dalen groeien
    vergroten vergroot verkleinen verkleind reduceren gereduceerd beperken beperkt uitbreiden uitgebreid halveren
    gehalveerd halveer verdubbelen verdubbeld verdubbel omhoog omlaag terug besparen bespaard bespaar verkopen
    """.split()
)
_VAGUE_PHRASES: Final = (
    "beter worden", "beter te worden", "werken aan", "werk aan", "mijn best doen", "mijn best", "zo veel mogelijk",
    "zoveel mogelijk", "een beetje", "wat meer", "goed worden", "bezig zijn met", "aandacht besteden aan",
    "aandacht geven aan", "meer aandacht", "proberen", "probeer", "probeert", "meer", "minder", "vaker", "beter",
    "verbeteren", "verbeter", "ontwikkelen", "ontwikkel", "groeien", "groei", "leren", "focussen", "focus",
    "efficiënter", "effectiever", "actiever", "professioneler", "zelfstandiger", "assertiever", "zichtbaarder",
    "iets", "dingen", "misschien", "eventueel", "wellicht", "sneller", "handiger", "slimmer", "bewuster",
    "positiever", "duidelijker", "steviger", "verder", "zuiniger", "gastvrijer", "klantvriendelijker",
)  # fmt: skip
_VAGUE_AMOUNTS: Final = (
    "meer", "minder", "vaker", "sneller", "hoger", "lager", "veel", "weinig", "zo veel mogelijk", "zoveel mogelijk",
    "een paar", "enkele", "diverse", "verschillende", "een aantal", "beter", "groter", "kleiner", "efficiënter",
    "voldoende", "genoeg", "regelmatig", "af en toe",
)  # fmt: skip
LABEL_NOUNS: Final = frozenset(
    """
    groep klas niveau level module hoofdstuk fase versie stap les blok periode ronde sprint release kamer route lijn
    kassa nummer nr artikel bijlage iso nen windows office sectie paragraaf punt bus hal dock verdieping zone
    leerjaar jaar week dag h afdeling unit gang pad vak regel laag schaal trede
    """.split()
)
TIME_UNITS: Final = frozenset(
    """
    seconde seconden minuut minuten uur uren dag dagen werkdag werkdagen dagdeel dagdelen week weken maand maanden
    kwartaal kwartalen jaar jaren nacht nachten dienst diensten kwartier
    """.split()
)
TIME_MEASURE_LEFT: Final = frozenset(
    {"tot", "naar", "maximaal", "minimaal", "max", "min", "hooguit", "hoogstens", "minstens", "onder", "beneden",
     "boven", "met", "hoogste", "minste", "gemiddeld", "binnen"}
)  # fmt: skip
TIME_MEASURE_NOUNS: Final = re.compile(
    r"\b\w*(?:doorlooptijd|wachttijd|levertijd|reactietijd|responstijd|behandeltijd|verwerkingstijd|ligduur"
    r"|opnameduur|verzuim|insteltijd|omsteltijd|laadtijd|wachttijden|doorlooptijden|bereikbaar|achterstand|overuren)\w*\b"
)
ALLOCATION_VERBS: Final = re.compile(
    r"\b(?:besteden|besteed|reserveren|reserveer|vrijmaken|vrij|inplannen|plan|investeren|oefenen|oefen|studeren"
    r"|studeer|leren|leer|lezen|lees|sporten|sport|trainen|train|werken aan|blokken|blok)\b"
)


RE_RESULT_PHRASES: Final = phrase_regex(_RESULT_PHRASES)
RE_ACTIVITY_PHRASES: Final = phrase_regex(_ACTIVITY_PHRASES)
RE_VAGUE: Final = phrase_regex(_VAGUE_PHRASES)
RE_VAGUE_AMOUNT: Final = phrase_regex(_VAGUE_AMOUNTS)
RE_ROLES: Final = re.compile(
    r"\b[\w-]*?(?:"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_ROLES, key=len, reverse=True))
    + r")\b"
)
"""A role, also inside a compound ('filiaalmanager', 'assistent-teamleider')."""


# W-questions: what in a goal answers them.
RE_WHY: Final = re.compile(
    r"\b(?:om\s+(?:\w+\s+){0,8}?te|zodat|omdat|want|waardoor|met als doel|zo dat|daardoor|daarmee)\b"
)
RE_WHO: Final = re.compile(
    r"\b(?:samen|wij|we|ons|onze|jullie|iedereen|hr|mt|p&o)\b|\b\w*(?:collega|team|leidinggevende|manager|klant|leerling"
    r"|student|patiënt|patient|cliënt|client|bewoner|ouder|burger|inwoner|gast|leverancier|chauffeur|stagiair"
    r"|mentor|coach|buddy|directie|opdrachtgever|projectleider|teamleider|medewerker|docent|arts|verpleegkundige"
    r"|begeleider|vrijwilliger|deelnemer|gebruiker|afnemer|partner|zorgverlener|werkgever|monteur|kok|planner"
    r"|jongere|kinderen|kind)\w*\b"
)
RE_WHERE: Final = re.compile(
    r"\b\w*(?:afdeling|kantoor|locatie|vestiging|winkel|filiaal|magazijn|keuken|klas|school|restaurant|werkvloer"
    r"|overleg|vergadering|ziekenhuis|instelling|wijk|gemeente|balie|servicedesk|helpdesk|distributiecentrum"
    r"|website|intranet|sharepoint|teams|systeem|thuis|online|praktijk|station|zaal|kliniek|unit|groep"
    r"|hal|depot|lab|werkplaats|bouwplaats|terras|kassa|loket|callcenter|regio|project)\w*\b"
    r"|\b(?:dc|op het werk|bij ons)\b"
)
RE_HOW: Final = re.compile(
    r"\b(?:door|via|middels|met behulp van|aan de hand van|door middel van|met een|met de|met mijn|met behulp)\b"
)


TIME_PHRASE_STARTS: Final = frozenset(
    {"voor", "uiterlijk", "binnen", "eind", "begin", "in", "op", "na", "tegen", "met", "zodat", "om", "dit", "deze",
     "volgend", "volgende", "over", "aan", "bij", "samen", "via", "door", "en"}
)  # fmt: skip


PREPOSITIONS: Final = frozenset(
    {"op", "in", "aan", "bij", "van", "met", "voor", "uit", "naar", "over", "tijdens", "onder", "achter", "door"}
)


_WORK_VERBS: Final = """
    tellen bestellen checken controleren scannen labelen etiketteren sorteren inspecteren keuren meten noteren
    documenteren rapporteren factureren declareren betalen budgetteren calculeren begroten adviseren informeren
    instrueren toetsen beoordelen interviewen enquêteren programmeren coderen installeren configureren updaten
    upgraden repareren poetsen verbouwen schilderen lassen monteren demonteren assembleren produceren verpakken
    vervoeren bezorgen verzenden ontvangen bedienen serveren koken bakken bereiden snijden proeven verzorgen wassen
    tillen verplegen behandelen vaccineren prikken screenen roosteren coördineren regelen notuleren voorzitten
    delegeren werven selecteren solliciteren onderhandelen publiceren vertalen redigeren corrigeren bestuderen
    studeren reserveren archiveren digitaliseren evalueren presenteren begeleiden coachen mentoren trainen testen
    analyseren inventariseren interviewen organiseren plannen bellen mailen appen bezoeken benaderen contacteren
    rondleiden leiden verkopen verhuren adverteren promoten filmen fotograferen tekenen ontwerpen modelleren
    simuleren berekenen registreren opnemen uitleggen bespreken overleggen evalueren verdelen toewijzen
    inroosteren opschonen stofzuigen dweilen desinfecteren steriliseren wegwerken afwerken afhandelen gebruiken
    schrijven genereren bouwen optellen aftrekken
    """.split()
"""Concrete work verbs (infinitives); `_conjugate` adds the forms a goal may use."""

_WORK_VERBS_SEPARABLE: Final = """
    uit|nodigen aan|vullen bij|vullen op|zoeken uit|zoeken op|vragen aan|sturen in|pakken uit|pakken op|bergen
    in|kopen af|rekenen op|halen terug|koppelen door|spreken na|bellen mee|denken op|starten af|sluiten
    voor|stellen in|richten op|knappen uit|zetten af|leveren
    """.split()
"""Separable work verbs, written particle|verb."""

_FINITE_STOP: Final = frozenset(
    """
    was kan wil ben heb had zal mag moet ga is doe zie ken meer weer door voor over om op aan af uit in te de het een
    van met bij tot als dat wat wie hoe zo al nog ook toe net maar goed leer werk houd hou ga sta zit lig kom pas
    """.split()
)
_NO_GE_PREFIXES: Final = ("be", "ge", "her", "ont", "ver", "er")


def _stems(base: str) -> set[str]:
    """The present-tense stems of a verb, from its infinitive minus -en ('maken' → 'maak')."""
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in "aeiou":
        return {base[:-1]}  # tellen → tel
    if base.endswith("v"):
        base = base[:-1] + "f"
    elif base.endswith("z"):
        base = base[:-1] + "s"
    stems = {base}
    open_syllable = re.search(r"(?:^|[^aeiou])([aeou])([^aeiouy])$", base)
    if open_syllable:
        stems.add(base[: open_syllable.start(1)] + open_syllable.group(1) * 2 + open_syllable.group(2))
    return stems


def _conjugate(infinitive: str) -> tuple[set[str], set[str]]:
    """Forms of a regular verb: (infinitive and past participles, present-tense stems for 'ik …')."""
    particle, _, verb = infinitive.rpartition("|")
    base = verb[:-2] if verb.endswith("en") else verb
    voiceless = base.endswith(("t", "k", "f", "s", "p", "ch", "x"))
    stems = _stems(base)
    forms = {particle + verb}
    if particle:
        forms.add(f"{particle} te {verb}")
    for stem in stems:
        ending = "" if stem.endswith(("t", "d")) else ("t" if voiceless else "d")
        prefix = "" if verb.startswith(_NO_GE_PREFIXES) else "ge"
        forms.add(particle + prefix + stem + ending)
    return forms, stems


def infinitive(stem: str) -> str:
    """The infinitive (and plural) of a present-tense stem: 'stel' → 'stellen', 'neem' → 'nemen'."""
    if stem.endswith(("f", "s")) and len(stem) > 2 and stem[-2] in "aeiouj":
        stem = stem[:-1] + ("v" if stem.endswith("f") else "z")  # 'schrijf' → 'schrijven', 'lees' → 'lezen'
    groups = re.findall(r"[aeiouy]+", stem)
    m = re.search(r"([aeiou])\1([^aeiouy])$", stem)
    if m:
        return stem[: m.start()] + m.group(1) + m.group(2) + "en"  # 'neem' → 'nemen'
    if len(groups) == 1 and re.search(r"(?:^|[^aeiouy])[aeiou][^aeiouyw]$", stem):
        return stem + stem[-1] + "en"  # 'stel' → 'stellen'
    return stem + "en"


def _build_verbs() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, str], ...]]:
    words: set[str] = set()
    finite: set[str] = set()
    separable: list[tuple[str, str]] = []
    for infinitive in _WORK_VERBS:
        forms, stems = _conjugate(infinitive)
        words |= forms
        finite |= {stem for stem in stems if stem not in _FINITE_STOP}
    for spec in _WORK_VERBS_SEPARABLE:
        forms, stems = _conjugate(spec)
        words |= {form for form in forms if " " not in form}
        particle = spec.partition("|")[0]
        separable += [(stem, particle) for stem in stems]
    return frozenset(words), frozenset(finite), tuple(separable)


WORK_VERB_FORMS, WORK_VERB_FINITE, WORK_VERB_SEPARABLE = _build_verbs()
RE_WORK_VERB_TE: Final = phrase_regex(
    [f"{spec.partition('|')[0]} te {spec.partition('|')[2]}" for spec in _WORK_VERBS_SEPARABLE]
)
SUBJECTS: Final = frozenset({"ik", "we", "wij"})
COMPARATIVES: Final = frozenset(
    """
    beter sneller duidelijker korter zuiniger efficiënter effectiever netter slimmer handiger rustiger zorgvuldiger
    nauwkeuriger vriendelijker klantvriendelijker gestructureerder bewuster actiever positiever assertiever
    zelfstandiger professioneler overzichtelijker eenvoudiger makkelijker gemakkelijker strakker preciezer grondiger
    consequenter sterker steviger socialer opener eerlijker helderder concreter scherper bondiger anders
    gezonder fitter leuker mooier vrolijker gelukkiger energieker productiever creatiever flexibeler proactiever
    kritischer
    """.split()
)
"""Comparatives that make the verb after them a skill to improve ('duidelijker schrijven')."""

MODAL_WORDS: Final = frozenset(
    """
    wil wilt willen ga gaat gaan kan kun kunt kunnen moet moeten zal zult zullen mag mogen streef wens probeer hoop
    """.split()
)
AUXILIARIES: Final = frozenset(
    """
    ben bent is zijn was waren heb hebt heeft hebben had hadden word wordt worden werd blijf blijft blijven wil wilt
    willen ga gaat gaan kan kun kunt kunnen moet moeten zal zult zullen mag mogen zou zouden doe doet laat laten
    """.split()
)
VAGUE_VERBS: Final = frozenset(
    """
    worden zijn hebben krijgen blijven gaan komen doen maken houden proberen verbeteren ontwikkelen groeien leren
    leven voldoen bereiken
    verdiepen verbreden werken focussen letten omgaan zorgen nemen begrijpen kennen weten snappen voelen staan zitten
    vinden denken willen kunnen mogen moeten hopen genieten ervaren vergroten versterken uitbreiden stimuleren
    bevorderen investeren zien tonen presteren functioneren communiceren samenwerken bijdragen meedenken meewerken
    aanpassen veranderen verdienen opdoen beheersen handelen luisteren praten zeggen durven inzetten bezighouden
    verbeteren optimaliseren professionaliseren verhogen verlagen verminderen vergroten verkleinen reduceren beperken
    oppakken aanpakken regelen runnen lopen liggen laten vallen blijven geven hebben halen zetten brengen stellen
    opstellen kijken bekijken verkennen oriënteren orienteren nadenken overwegen ontdekken uitproberen experimenteren
    creëren uitdagen aangeven motiveren inspireren enthousiasmeren benutten waarmaken neerzetten uitdragen uitstralen
    waarderen respecteren vertrouwen ontspannen ontplooien profileren positioneren onderscheiden excelleren innoveren
    faciliteren borgen waarborgen verankeren stroomlijnen verduurzamen bewaken behouden vasthouden loslaten
    accepteren ontwikkelen doorontwikkelen
    """.split()
)
"""Verbs that say little about what you will do; a goal with only these is vague."""
NOT_BEFORE_VERB: Final = frozenset(
    """
    de het een mijn je jouw zijn haar ons onze hun uw die deze dit dat alle elke iedere enkele andere eigen meer
    minder veel weinig geen twee drie vier vijf zes zeven acht negen tien met van aan voor op in bij naar over uit
    door tot om tijdens onder na als en of
    """.split()
)
VERB_FOLLOWERS: Final = frozenset(
    """
    op in aan bij met voor van naar over uit door tijdens onder na zodat om en of te voordat nadat als wanneer
    binnen uiterlijk vanaf per eind begin samen zelf via zonder tegen rond vanuit
    """.split()
)
VAGUE_PARTICIPLES: Final = frozenset(
    """
    geworden gehad gekregen gebleven gegaan gekomen gehouden geprobeerd verbeterd ontwikkeld gegroeid geleerd verdiept
    gewerkt gefocust gezorgd genomen begrepen gekend geweten gevoeld gestaan gezeten gevonden gedacht gehoopt genoten
    ervaren vergroot versterkt uitgebreid gezien getoond gepresteerd gefunctioneerd gecommuniceerd samengewerkt
    bijgedragen aangepast veranderd verdiend opgedaan beheerst gehandeld geluisterd gepraat gezegd gedurfd ingezet
    gemotiveerd geïnteresseerd gestructureerd gedreven georganiseerd
    """.split()
)
PERFECT_AUXILIARIES: Final = frozenset({"heb", "hebt", "heeft", "hebben", "had", "hadden"})
WEAK_OBJECTS: Final = frozenset({"iets", "dingen", "meer", "best", "moeite", "goed", "beter", "veel", "alles", "werk"})


VAGUE_VERB_ENDINGS: Final = ("werken", "groeien", "leren", "worden", "zijn", "houden", "komen", "gaan")


GIVE_WORDS: Final = frozenset({"geven", "geef", "geeft", "gegeven"})
MEETING_VERBS: Final = frozenset(
    {"plannen", "plan", "plant", "gepland", "houden", "houd", "houdt", "gehouden", "voeren", "voer", "voert", "gevoerd",
     "hebben", "heb", "draaien", "draai", "gedraaid", "doen", "doe", "doet", "gedaan"}
)  # fmt: skip
RE_MEETING_NOUN: Final = re.compile(
    r"\b\w*(?:overleg|gesprek|gesprekken|afspraak|meeting|evaluatie|check-in|1-op-1|dienst|diensten|spreekuur"
    r"|keuken|bar|kassa|shift|ploeg|nacht|weekend|balie|receptie)\b"
)
RE_WORK_WITH: Final = re.compile(
    r"\b(?:werken|werk|werkt)\s+(?:\w+\s+){0,2}?met\s+"
    r"(?:het|de|ons|onze|mijn|een|meerdere|verschillende|alle)\s+\w+"
)
"""Working with a named thing ('werken met het nieuwe ECD', 'werken met meerdere projecten')."""
RE_LEVEL: Final = re.compile(
    r"\b(?:van\s+)?[abc][12]\s+naar\s+[abc][12]\b|\bniveau\s+[abc][12]\b|\b(?:op|naar|tot)\s+niveau\s+\d{1,2}\b"
)
RE_ALL: Final = re.compile(
    r"\b(?:alle|elke|iedere|ieder|elk)\s+(?:\w+\s+){0,2}?\w+"
    r"|(?<!niet )\b(?:alleen|uitsluitend)\s+['\"‘“]?\w+e['\"’”]?\s+\w+"
)
"""All of something, or only a kind of it ('alle nieuwe collega's', 'alleen betrouwbare bronnen'): a 100% measure."""
DETERMINERS: Final = frozenset(
    {"de", "het", "mijn", "onze", "ons", "deze", "die", "dit", "dat", "zijn", "haar", "hun", "jouw", "uw", "je"}
)
GROUP_NOUNS: Final = (
    "team", "afdeling", "groep", "klas", "bedrijf", "school", "organisatie", "locatie", "vestiging", "magazijn",
    "praktijk", "ploeg", "winkel", "filiaal", "wijk", "gemeente", "unit", "vakgroep", "sectie", "regio", "bus",
)  # fmt: skip
NUMBER_TAIL_STOP: Final = frozenset(
    {"naar", "tot", "per", "op", "in", "van", "en", "of", "voor", "met", "uit", "bij", "aan", "te", "om", "dan", "de",
     "het", "een", "keer", "x"}
)  # fmt: skip


STATE_VERBS: Final = frozenset(
    """
    merken raken lijken blijken heten missen verwachten bedoelen horen vergeten betekenen bestaan ontbreken kosten
    duren passen gelden kloppen lukken hoeven willen mogen durven schijnen menen vrezen twijfelen beseffen
    herkennen ervaren ondervinden ontvangen houden hangen heersen overkomen voorkomen
    """.split()
)
"""Lemmas of verbs that name a state or an experience, not something you can see someone do."""
SUBJECT_STARTS: Final = frozenset(
    """
    de het een mijn onze ons alle elke iedere ieder elk zijn haar hun uw ik we wij mevrouw meneer
    """.split()
)
"""Words a clause can start with when its subject comes first ('De nieuwe collega draait …')."""
