"""The overview of a period of the wins log, in the plain mode: from which day, to which day, then a Markdown file.

The days are typed in Dutch words or as dd-mm-jjjj ('1-1-2027', 'gisteren', '12 maart');
Enter takes the start of this period (the latest meeting, or a year ago) and today. The
overview itself is the session's (`session.wins_digest.digest_markdown`: by goal and by tag,
dated).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.models import Content
from gesprekscoach.content.templates import fill
from gesprekscoach.dates import day_month_year, parse_past_date
from gesprekscoach.plain.console import PlainIO
from gesprekscoach.plain.save_file import save_new_file, write_new_text
from gesprekscoach.session.clock import Clock
from gesprekscoach.session.wins_digest import digest_filename, digest_markdown
from gesprekscoach.store.preparations import PreparationStore, StoreError
from gesprekscoach.store.wins_log import LogError, WinsLogStore, period_start


def _ask_day(io: PlainIO, question: str, default: date, today: date) -> date:
    while True:
        text = io.read_answer(f"{' '.join(fill(question, datum=day_month_year(default)).split())} ").strip()
        if not text:
            return default
        try:
            return parse_past_date(text, today)
        except ValueError as error:
            io.say(str(error))


def run_digest(io: PlainIO, content: Content, store: PreparationStore, clock: Clock, cwd: Path) -> None:
    """Ask the period, write its overview as Markdown where the user says, and say where it is."""
    texts = around_meeting_texts(content)
    today = clock.today()
    try:
        preparations = store.list().preparations
    except StoreError:
        preparations = []
    first_default, _latest = period_start(preparations, today)
    io.blank()
    while True:
        start = _ask_day(io, texts.digest_from, first_default, today)
        end = _ask_day(io, texts.digest_to, today, today)
        if start <= end:
            break
        io.say(texts.digest_wrong_order)
    try:
        log = WinsLogStore(store.home).load()
    except LogError as error:
        io.say(str(error))
        return
    text, count = digest_markdown(log, preparations, content, start, end)
    proposed = cwd / digest_filename(start, end)
    path = save_new_file(io, texts, proposed, cwd, lambda where: write_new_text(where, text))
    io.say(fill(texts.digest_saved, bestand=str(path), aantal=str(count)))
