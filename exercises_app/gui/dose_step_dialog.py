"""Before a session: the dose steps the record proposes, each to accept or decline.

``DoseStepDialog.ask`` shows the proposals (``core/record/progression.py``) and returns the answers,
``[(proposal, accepted), ...]``, or None when the patient closes it (nothing is recorded and the
session does not start). A step down preselects the smaller dose and says to contact the
physiotherapist; a step up preselects keeping the dose, so that Enter never adds work.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.dose_text import describe_amount
from ..core.record.progression import Proposal
from ..core.text import Text
from .dialog_buttons import accept_cancel_buttons
from .view_fonts import large_text, use_large_text
from .widgets.check_indicators import grow_check_indicators


class DoseStepDialog(QDialog):
    """One block per proposal: why, and two choices."""

    def __init__(self, proposals: Sequence[Proposal], lang: str, parent: QWidget | None = None,
                 easier: Mapping[str, Text] | None = None) -> None:
        super().__init__(parent)
        self.proposals = list(proposals)
        self.lang = lang
        self.easier = easier or {}  # exercise id -> the name of its easier variation in the library
        self.setWindowTitle(self.tr("Before you start"))
        heading = QFont(large_text(self.font()))  # the rest is written in Today's size (below)
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.2)
        layout = QVBoxLayout(self)
        self.groups: list[QButtonGroup] = []
        for proposal in self.proposals:
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            title = QLabel(proposal.name.get(lang))
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setFont(heading)
            why = QLabel(self.reason(proposal))
            why.setTextFormat(Qt.TextFormat.PlainText)
            why.setWordWrap(True)
            inner.addWidget(title)
            inner.addWidget(why)
            group = QButtonGroup(self)
            yes = QRadioButton(self.yes_text(proposal))
            no = QRadioButton(self.tr("No, keep {amount}").format(amount=self.amount(proposal.field, proposal.current)))
            group.addButton(yes, 1)
            group.addButton(no, 0)
            (yes if proposal.direction == "down" else no).setChecked(True)
            inner.addWidget(yes)
            inner.addWidget(no)
            grow_check_indicators(yes, no)
            self.groups.append(group)
            layout.addWidget(box)
        buttons = accept_cancel_buttons(self, self.tr("Start the session"), self.tr("Not now"))
        layout.addWidget(buttons)
        use_large_text(self, 640)

    def amount(self, field: str, value: int) -> str:
        """``value`` with its unit: '12 reps', 'hold 10 s' or '25 minutes'."""
        return describe_amount(field, value, self.lang)

    def reason(self, proposal: Proposal) -> str:
        """Why the step is proposed, from what the record holds."""
        basis = proposal.basis
        if proposal.direction == "up":
            return self.tr("You did it in {done} of your {expected} sessions this past week and your pain is "
                           "steady ({start} at the start of your programme, {latest} lately). Your "
                           "physiotherapist allows up to {limit}.").format(
                done=basis.done, expected=basis.expected, start=basis.pain_start, latest=basis.pain_latest,
                limit=self.amount(proposal.field, proposal.limit))
        if basis.spreading:
            why = self.tr("You reported pain, numbness or tingling spreading down your leg or into your arm.")
        else:
            why = self.tr("Your pain is up ({start} at the start of your programme, {latest} lately).").format(
                start=basis.pain_start, latest=basis.pain_latest)
        advice = why + " " + self.tr("Do less for now, and contact your physiotherapist if it does not settle.")
        if (easier := self.easier.get(proposal.exercise_id)) is not None:
            advice += " " + self.tr("An easier exercise may suit you better for now: {name}. Ask your "
                                    "physiotherapist before you change.").format(name=easier.get(self.lang))
        return advice

    def yes_text(self, proposal: Proposal) -> str:
        amount = self.amount(proposal.field, proposal.proposed)
        if proposal.direction == "up":
            return self.tr("Yes, try {amount} from today").format(amount=amount)
        return self.tr("Yes, do {amount} from today").format(amount=amount)

    def answers(self) -> list[tuple[Proposal, bool]]:
        """Each proposal with the choice made."""
        return [(proposal, group.checkedId() == 1) for proposal, group in zip(self.proposals, self.groups, strict=True)]

    @classmethod
    def ask(cls, proposals: Sequence[Proposal], lang: str, parent: QWidget | None = None,
            easier: Mapping[str, Text] | None = None) -> list[tuple[Proposal, bool]] | None:
        """Show the dialog modally; the answers, or None when it was closed without starting."""
        dialog = cls(proposals, lang, parent, easier)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        answers = dialog.answers() if accepted else None
        dialog.deleteLater()
        return answers
