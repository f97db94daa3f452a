"""What a front end tells about a conversation type: its facts from the content, each with a label.

One list for both front ends: what the conversation is for, when it happens, whether it looks
back or ahead, who decides, who writes down the agreements, other names, what it can lead to,
and the other facts of the content. Empty content fields are left out.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gesprekscoach.content.models import ConversationType, Mode

MODE_WORDS: dict[Mode, str] = {
    Mode.TWO_WAY: "Jullie praten samen, als gelijken. Jullie beslissen samen.",
    Mode.ONE_WAY: "Je leidinggevende geeft een oordeel en beslist.",
}
"""Who decides, in words, for each mode of a conversation."""


@dataclass(frozen=True)
class ConversationFact:
    """One fact about a conversation: a label, and a text or a list of points."""

    label: str
    text: str = ""
    points: list[str] = field(default_factory=list)


def conversation_facts(conversation: ConversationType) -> list[ConversationFact]:
    """The facts about a conversation type, in the order to tell them."""
    facts = [
        ConversationFact("Waarvoor", conversation.purpose),
        ConversationFact("Wanneer", conversation.timing),
        ConversationFact("Richting", f"Dit gesprek {conversation.looks}."),
        ConversationFact("Wie beslist", MODE_WORDS[conversation.mode]),
    ]
    if conversation.agreements:
        facts.append(ConversationFact("Afspraken", conversation.agreements))
    if conversation.also_known_as:
        facts.append(ConversationFact("Andere namen", ", ".join(conversation.also_known_as) + "."))
    if conversation.leads_to:
        facts.append(ConversationFact("Het kan leiden tot", points=list(conversation.leads_to)))
    if conversation.facts:
        facts.append(ConversationFact("Goed om te weten", points=list(conversation.facts)))
    return facts
