"""Columns made from labels printed beside their values: one slot per label, in the order the
labels are first printed, where the table engine reads them as a header's columns (labelled
strips under entries, blocks of labelled lines)."""

from __future__ import annotations

from dataclasses import dataclass, field

from invoice_processing.models import Cell


@dataclass
class LabelSlots:
    left: float  # where the first slot starts
    width: float  # a slot's width
    step: float  # from one slot to the next
    labels: list[str] = field(default_factory=list)  # in the order first printed

    def cell(self, label: str, text: str) -> Cell:
        """``text`` set in ``label``'s slot (a new label takes the next slot)."""
        if label not in self.labels:
            self.labels.append(label)
        x0 = self.left + self.step * self.labels.index(label)
        return Cell(x0, x0 + self.width, text)

    def header(self) -> tuple[Cell, ...]:
        """The labels themselves, each in its slot: the header line over the values."""
        return tuple(self.cell(label, label) for label in self.labels)
