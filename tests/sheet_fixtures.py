"""Five realistic preparations for the sheet's tests: typical, minimal, heavy, beoordeling, planning.

The typical functioneringsgesprek is also the shipped example (docs/voorbeeld-voorbereiding.md
and the PNGs in docs/). Every preparation has some text marked 'alleen voor mij' whose words
start with 'PRIVE', so a test can check that none of it is on the shared pages.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from gesprekscoach.store.models import (
    AfterMeetingRecord,
    Agreement,
    Answer,
    AskedQuestion,
    CarryOverItem,
    ChecklistState,
    FeedbackItem,
    Goal,
    Preparation,
)

TZ = timezone(timedelta(hours=1))

TODAY = date(2026, 11, 22)
"""The day the example preparation is made."""


def _prep(conversation: str = "functionering", **changes: object) -> Preparation:
    base: dict[str, object] = {
        "id": f"2026-11-23-{conversation}",
        "conversation": conversation,
        "meeting_date": date(2026, 11, 23),
        "created_at": datetime(2026, 11, 20, 19, 30, tzinfo=TZ),
        "updated_at": datetime(2026, 11, 22, 21, 15, tzinfo=TZ),
    }
    base.update(changes)
    return Preparation.model_validate(base)


def example_preparation() -> Preparation:
    """A realistic preparation for a functioneringsgesprek (the shipped example sheet)."""
    return _prep(
        with_whom="Anne de Vries",
        checklist={
            "onderwerpen-vragen": ChecklistState(done=True),
            "terugkijken": ChecklistState(done=True),
            "niet-verdedigen": ChecklistState(note="Eerst luisteren. Dan pas reageren."),
            "voorstel-groei": ChecklistState(done=True),
            "belemmeringen-noemen": ChecklistState(done=True),
            "eerlijk-terugkijken": ChecklistState(done=True),
            "feedback-ophalen": ChecklistState(done=True, note="Jeroen en Fatima hebben gereageerd."),
            "doel-gesprek": ChecklistState(done=True),
            "vragen-opschrijven": ChecklistState(done=True),
            "houding": ChecklistState(note="Map met aantekeningen de avond ervoor klaarleggen."),
        },
        answers={
            "afspraken-planning": Answer(
                text=(
                    "Ik zou twee nieuwe collega's inwerken. Dat is gelukt.\n"
                    "De cursus Excel heb ik nog niet gedaan. In de zomer was er geen tijd."
                ),
                example="Mila doet na zes weken zelfstandig de telefoon.",
            ),
            "wat-ging-goed": Answer(
                text="Ik heb het nieuwe ticketsysteem mee ingevoerd. Klanten krijgen nu sneller antwoord.",
                example="De gemiddelde wachttijd ging van drie werkdagen naar één werkdag.",
            ),
            "wat-ging-minder": Answer(
                text="In de zomer was het erg druk. Ik deed te veel zelf en vroeg te laat om hulp.",
                example="In juli heb ik twee weken lang elke dag overgewerkt.",
            ),
            "feedback-collegas": Answer(
                text="Collega's vinden dat ik goed uitleg en rustig blijf. Ik mag vaker zeggen wanneer iets niet lukt.",
                example="Fatima zei: 'Je helpt iedereen, maar vergeet jezelf niet.'",
            ),
            "ontwikkeling": Answer(text="Ik wil leren plannen voor het hele team. Een cursus Excel helpt daarbij."),
            "werk-beter": Answer(text="Een tweede beeldscherm, en een vaste vervanger in drukke weken."),
        },
        goals=[
            Goal(
                text="Ik maak de weekplanning van het team",
                specifiek="Ik volg de cursus Excel voor gevorderden. Daarna maak ik elke week de planning.",
                meetbaar="Ik heb het certificaat. De planning staat elke vrijdag om 12 uur klaar.",
                acceptabel="Anne wil graag dat iemand uit het team de planning overneemt.",
                realistisch="De cursus kost twee uur per week. Die tijd krijg ik onder werktijd.",
                tijdgebonden="De cursus is klaar voor 1 april 2027. In mei maak ik de planning zelf.",
                steps=[
                    "Een cursus kiezen en me aanmelden voor 15 december",
                    "Elke dinsdagmiddag twee uur leren",
                    "In april de planning samen met Anne maken",
                ],
            ),
            Goal(
                text="Ik vraag op tijd om hulp als het druk is",
                specifiek="Loop ik meer dan vijf tickets achter? Dan zeg ik dat dezelfde dag in het teamoverleg.",
                meetbaar="Ik houd een maand lang bij hoe vaak ik om hulp vraag.",
                tijdgebonden="Ik begin op 1 december. In februari kijken we samen terug.",
                steps=["Met Anne afspreken wie mijn vaste vervanger is"],
            ),
        ],
        questions_to_ask=[
            AskedQuestion(
                text="Hoe zie jij mijn rol in het team over een jaar?", suggestion_id="vraag-rol-over-een-jaar"
            ),
            AskedQuestion(text="Mag ik de cursus onder werktijd volgen?"),
            AskedQuestion(text="Wanneer kijken we samen hoe het gaat met de afspraken?", suggestion_id="vraag-vervolg"),
        ],
        feedback=[
            FeedbackItem(
                text=(
                    "Ik merk dat ik de prioriteiten soms pas op vrijdag hoor.\n"
                    "Ik zou graag op maandag tien minuten kort overleggen."
                )
            ),
            FeedbackItem(
                text="Je gaf me de ruimte voor het ticketsysteem. Dat waardeer ik, en dat wil ik graag zo houden."
            ),
        ],
        pitfalls_read=["te-defensief", "geen-voorbereiding", "geen-afspraken"],
        agenda=["De cursus Excel", "De werkdruk in de zomer", "Mijn rol in de planning"],
    )


def typical_preparation() -> Preparation:
    """The example, with one private note and one private answer (as a user would mark them)."""
    prep = example_preparation()
    prep.checklist["niet-verdedigen"] = ChecklistState(note="PRIVE-TACTIEK eerst tot tien tellen.", private=True)
    prep.answers["gezondheid"] = Answer(text="PRIVE-GEZONDHEID ik slaap slecht van de drukte.", private=True)
    return prep


def minimal_preparation() -> Preparation:
    """Only who it is with and one point to discuss."""
    return _prep(with_whom="Kees", agenda=["Mijn contract"])


LONG_SENTENCE = (
    "Ik heb dit jaar veel geleerd over plannen en over samenwerken met andere teams. "
    "Soms ging het mis, en dan heb ik samen met collega's gezocht naar een oplossing die voor iedereen werkt."
)


def heavy_preparation() -> Preparation:
    """Far more than a typical one: every question with a long answer, ten goals, long lists."""
    from gesprekscoach.content.loader import load_content

    conv = load_content().conversation("functionering")
    answers = {
        question.id: Answer(
            text=f"{LONG_SENTENCE}\n{LONG_SENTENCE} Antwoord{number}.",
            example=f"Voorbeeld{number}: in week {number + 10} liep het project uit en ik stelde de planning bij.",
        )
        for number, question in enumerate(conv.questions, start=1)
    }
    goals = [
        Goal(
            text=f"Doel{number}: ik rond module {number} van de opleiding projectleiding af",
            specifiek=f"Ik volg module {number} en pas het toe in mijn eigen project.",
            meetbaar="Ik haal het certificaat en ik lever twee projectplannen op.",
            acceptabel="Mijn leidinggevende wil dat ik meer projecten ga leiden.",
            realistisch="De opleiding kost vier uur per week, waarvan twee onder werktijd.",
            tijdgebonden=f"Binnen {number + 2} maanden is module {number} klaar.",
            steps=[f"Stap{step} van doel {number}: iets kleins doen in week {step}" for step in range(1, 4)],
        )
        for number in range(1, 11)
    ]
    return _prep(
        id="2026-11-23-functionering-lang",
        with_whom="Anne de Vries-van den Berg",
        checklist={
            "houding": ChecklistState(note="Map met aantekeningen klaarleggen. " * 3),
            "niet-verdedigen": ChecklistState(note="PRIVE-RUSTIG blijven ademen.", private=True),
        },
        answers=answers,
        goals=goals,
        questions_to_ask=[AskedQuestion(text=f"Vraag{n}: hoe zie jij mijn rol over {n} jaar?") for n in range(1, 11)],
        feedback=[
            FeedbackItem(
                text=f"Ik merk dat het overleg op dag {n} vaak uitvalt.\nIk zou graag een vaste tijd afspreken."
            )
            for n in range(1, 7)
        ],
        agenda=[f"Agendapunt{n}: de planning van kwartaal {n % 4 + 1}" for n in range(1, 13)],
    )


def beoordeling_preparation() -> Preparation:
    """A beoordelingsgesprek that starts from the planningsgesprek: goals, a promise past its date."""
    source = "2026-01-15-planning"
    label = "planningsgesprek van 15 januari 2026"
    return _prep(
        "beoordeling",
        with_whom="Mark Jansen",
        checklist={"bijhouden": ChecklistState(done=True, note="Mapje met complimenten van klanten meenemen.")},
        carry_over=[
            CarryOverItem(
                id=f"{source}:doel-1",
                kind="doel",
                text="Ik handel klachten binnen twee dagen af",
                source_id=source,
                source_label=label,
                ref="doel-1",
                result="behaald",
                status="gedaan",
            ),
            CarryOverItem(
                id=f"{source}:doel-2",
                kind="doel",
                text="Ik volg de training klantgesprekken",
                source_id=source,
                source_label=label,
                ref="doel-2",
                result="deels",
                note="Twee van de drie dagen",
            ),
            CarryOverItem(
                id=f"{source}:afspraak-1",
                kind="belofte",
                text="Een nieuwe laptop regelen",
                source_id=source,
                source_label=label,
                ref="afspraak-1",
                owner="mijn leidinggevende",
                deadline=date(2026, 3, 1),
            ),
        ],
        answers={
            "afspraken-resultaat": Answer(
                text="Klachten handel ik nu binnen twee dagen af. De training heb ik voor twee derde gedaan.",
                example="In oktober was de gemiddelde afhandeltijd 1,6 dag.",
            ),
            "trots": Answer(
                text="Ik heb de nieuwe collega Sem ingewerkt.", example="Sem werkt sinds september zelfstandig."
            ),
            "bijgehouden": Answer(text="Drie mails met complimenten en het overzicht van de klachten."),
            "ontevreden": Answer(
                text="De laatste trainingsdag heb ik gemist.", example="Op 12 mei was ik ziek en er was geen inhaaldag."
            ),
            "verbeteren": Answer(text="Ik plan de laatste dag nu zelf in, in februari."),
            "salaris-bewijs": Answer(
                text="Minder klachten en een snellere afhandeling.", example="Van 4 naar 1,6 dag gemiddeld."
            ),
            "tevreden": Answer(text="PRIVE-TEVREDEN dit zeg ik alleen als het zo uitkomt.", private=True),
        },
        goals=[
            Goal(
                text="Ik rond de training klantgesprekken af",
                specifiek="Ik volg de laatste trainingsdag.",
                tijdgebonden="Binnen drie maanden.",
                steps=["De datum in februari vastleggen"],
            )
        ],
        questions_to_ask=[
            AskedQuestion(text="Hoe komt u tot dit oordeel?"),
            AskedQuestion(text="Wat betekent dit voor mijn salaris?"),
        ],
        agenda=["De laptop die nog niet geregeld is", "De laatste trainingsdag"],
    )


def planning_preparation() -> Preparation:
    """A planningsgesprek: forward-looking answers, three goals, questions to ask."""
    return _prep(
        "planning",
        with_whom="Fatima El Amrani",
        answers={
            "functieomschrijving": Answer(
                text="Mijn functieomschrijving klopt niet meer: ik doe nu ook de roosters.",
                example="Sinds april maak ik elke maand het rooster voor twaalf mensen.",
            ),
            "bijdrage": Answer(text="Ik kan de wachttijd aan de telefoon verder omlaag brengen."),
            "resultaten": Answer(
                text="Het nieuwe roosterprogramma werkt voor het hele team.", example="Eind juni draait het team erop."
            ),
            "nodig": Answer(text="Een cursus over het roosterprogramma."),
            "sterke-punten": Answer(
                text="Ik blijf rustig als het druk is.", example="Tijdens de storing in maart hield ik het overzicht."
            ),
            "ontwikkelen": Answer(text="Ik wil leren een klein project te leiden."),
            "focus": Answer(text="PRIVE-FOCUS eigenlijk wil ik over twee jaar teamleider worden.", private=True),
        },
        goals=[
            Goal(
                text="Ik voer het nieuwe roosterprogramma in",
                specifiek="Het hele team gebruikt het programma.",
                meetbaar="Elk rooster staat erin.",
                tijdgebonden="Voor 1 juli 2027.",
                steps=["De cursus volgen", "Een proef met twee collega's"],
            ),
            Goal(
                text="Ik leid het project nieuwe telefooncentrale",
                meetbaar="De centrale werkt en iedereen kan ermee werken.",
                acceptabel="Fatima wil dit graag.",
                realistisch="Ik krijg vier uur per week.",
                tijdgebonden="Binnen zes maanden.",
            ),
            Goal(text="Ik vraag elk kwartaal feedback aan twee collega's"),
        ],
        questions_to_ask=[
            AskedQuestion(text="Waarop word ik aan het eind van het jaar beoordeeld?"),
            AskedQuestion(text="Wie schrijft de afspraken op?"),
        ],
        feedback=[
            FeedbackItem(
                text="Ik merk dat ik het rooster vaak pas laat kan maken. Ik wil graag eerder de vrije dagen weten."
            )
        ],
        agenda=["Mijn functieomschrijving", "Het roosterprogramma"],
    )


def with_agreements(prep: Preparation) -> Preparation:
    """The preparation after the meeting: agreements written down, the report received."""
    prep.after = AfterMeetingRecord(
        agreements=[
            Agreement(
                what="Cursus Excel aanvragen", owner="ik", deadline_text="voor 15 december", deadline=date(2026, 12, 15)
            ),
            Agreement(what="Budget voor de cursus regelen", owner="leidinggevende", deadline=date(2027, 1, 10)),
            Agreement(what="Vaste vervanger kiezen", owner="ander", owner_name="Jeroen", done=True),
            Agreement(what="PRIVE-AFSPRAAK met HR bellen", private=True),
        ],
        went_as_prepared="Het gesprek over de cursus ging zoals ik wilde.",
        went_differently="Over de werkdruk zei Anne weinig.",
        report_received=True,
        report_received_on=date(2026, 11, 30),
    )
    return prep


PREPARATIONS = {
    "typical": typical_preparation,
    "minimal": minimal_preparation,
    "heavy": heavy_preparation,
    "beoordeling": beoordeling_preparation,
    "planning": planning_preparation,
}
"""The five preparations, by name."""
