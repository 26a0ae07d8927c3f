"""A spool: records put aside on disk in chunks, each under a key, read back one chunk at a time.

`tfi check` puts each file's findings here as soon as the file is checked, and `tfi verdict`
each plan's rows, so that memory holds an index of the chunks (a few numbers a key) rather than
every finding or row: issue 17 measured `tfi check` at 86 → 527 MiB from 1,000 to 10,000
finding-heavy plans, when it kept every finding to the end. The chunks are pickled into one
anonymous temporary file, gone when the spool is closed or the process ends (in memory, where no
temporary file can be made).
"""

from __future__ import annotations

import io
import pickle
import tempfile
from collections.abc import Hashable, Iterator
from typing import IO, Any, Generic, TypeVar

Key = TypeVar("Key", bound=Hashable)


class Spool(Generic[Key]):
    """Chunks of records by key, in one temporary file; keys come back in the order first put."""

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        self._chunks: dict[Key, list[tuple[int, int]]] = {}  # key → (offset, length) of each chunk

    def put(self, key: Key, records: list[Any]) -> None:
        """Add a chunk of records under `key` (after any chunks it has)."""
        if self._file is None:
            try:
                self._file = tempfile.TemporaryFile(prefix="tfi-spool-")
            except OSError:  # no temporary folder to write in: hold the chunks in memory instead
                self._file = io.BytesIO()
        data = pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL)
        offset = self._file.seek(0, 2)
        self._file.write(data)
        self._chunks.setdefault(key, []).append((offset, len(data)))

    def replace(self, key: Key, records: list[Any]) -> None:
        """Put `records` under `key` instead of what it held, in its place among the keys (the old chunks
        stay on disk, unread)."""
        self._chunks[key] = []
        self.put(key, records)

    def keys(self) -> list[Key]:
        return list(self._chunks)

    def __contains__(self, key: object) -> bool:
        return key in self._chunks

    def __len__(self) -> int:
        return len(self._chunks)

    def get(self, key: Key) -> list[Any]:
        """Every record put under `key`, chunk after chunk ([] for a key never put)."""
        records: list[Any] = []
        for offset, length in self._chunks.get(key, []):
            assert self._file is not None  # a chunk was put
            self._file.seek(offset)
            records.extend(pickle.loads(self._file.read(length)))
        return records

    def __iter__(self) -> Iterator[tuple[Key, list[Any]]]:
        """(key, records) for each key, in the order the keys were first put."""
        for key in list(self._chunks):
            yield key, self.get(key)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self._chunks.clear()
