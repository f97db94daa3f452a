"""Helpers for tests that make real PDFs: no browser on PATH, no network, text read back with pypdf."""

from __future__ import annotations

import io
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader


def squash(text: str) -> str:
    """The text without white space, soft hyphens and zero-width spaces.

    A PDF breaks lines anywhere (a long word at any character), and the text a PDF gives back
    has line breaks where the page had them.
    """
    return "".join(text.split()).replace("\u00ad", "").replace("\u200b", "").replace("-", "")


def pdf_pages(data: bytes | Path) -> list[str]:
    """The text of every page of a PDF."""
    raw = data.read_bytes() if isinstance(data, Path) else data
    reader = PdfReader(io.BytesIO(raw))
    return [page.extract_text() or "" for page in reader.pages]


def page_sizes(data: bytes | Path) -> list[tuple[float, float]]:
    """The size of every page, in points."""
    raw = data.read_bytes() if isinstance(data, Path) else data
    reader = PdfReader(io.BytesIO(raw))
    return [(float(page.mediabox.width), float(page.mediabox.height)) for page in reader.pages]


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    """No browser on PATH and no socket: any attempt to open one fails the test (and is listed)."""
    attempts: list[str] = []
    empty = tmp_path_factory.mktemp("no-programs")
    monkeypatch.setenv("PATH", str(empty))

    class NoSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            attempts.append(f"socket{args!r}")
            raise OSError("sockets are blocked in this test")

    def no_connection(*args: object, **kwargs: object) -> None:
        attempts.append(f"create_connection{args!r}")
        raise OSError("sockets are blocked in this test")

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", no_connection)
    yield attempts
    assert attempts == [], attempts
