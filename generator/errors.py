"""User-facing errors: each names the file and line, says what is wrong and what is expected."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str
    source_line: str | None = None

    def format(self) -> str:
        text = f"{self.file}:{self.line}: {self.message}"
        if self.source_line is not None and self.source_line.strip():
            snippet = self.source_line.strip()
            if len(snippet) > 120:
                snippet = snippet[:117] + "..."
            text += f"\n    {snippet}"
        return text


class InputError(Exception):
    """One or more problems with user input (articles, overrides, config). Exit code 2."""

    exit_code = 2

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__(self.format_message())

    def format_message(self) -> str:
        return "\n".join(p.format() for p in self.problems)
