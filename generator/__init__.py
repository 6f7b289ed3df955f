"""Briefing generator: news articles → sourced YAML briefings → searchable static site."""

from generator.build import Paths, generate, write_briefings
from generator.errors import InputError, Problem
from generator.site import build_site

__all__ = ["InputError", "Paths", "Problem", "build_site", "generate", "write_briefings"]
__version__ = "0.1.0"
