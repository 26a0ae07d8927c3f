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
from array import array
from collections.abc import Hashable, Iterator
from typing import IO, Any, Generic, TypeVar

Key = TypeVar("Key", bound=Hashable)


class Spool(Generic[Key]):
    """Chunks of records by key, in one temporary file; keys come back in the order first put."""

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        # key → the number of its chunk, or a list of them when it has several (most keys have one:
        # a number a key, not a list and tuples, as a check keeps a key for each of 10,000 files)
        self._chunks: dict[Key, int | list[int]] = {}
        self._offsets = array("q")  # where each chunk starts in the file, by number
        self._lengths = array("q")

    def put(self, key: Key, records: list[Any]) -> None:
        """Add a chunk of records under `key` (after any chunks it has)."""
        number = self._write(records)
        earlier = self._chunks.get(key)
        if earlier is None:
            self._chunks[key] = number
        elif isinstance(earlier, int):
            self._chunks[key] = [earlier, number]
        else:
            earlier.append(number)

    def _write(self, records: list[Any]) -> int:
        """Pickle `records` to the end of the file; the number of the chunk."""
        if self._file is None:
            try:
                self._file = tempfile.TemporaryFile(prefix="tfi-spool-")
            except OSError:  # no temporary folder to write in: hold the chunks in memory instead
                self._file = io.BytesIO()
        data = pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL)
        offset = self._file.seek(0, 2)
        self._file.write(data)
        self._offsets.append(offset)
        self._lengths.append(len(data))
        return len(self._offsets) - 1

    def replace(self, key: Key, records: list[Any]) -> None:
        """Put `records` under `key` instead of what it held, in its place among the keys (the old chunks
        stay on disk, unread)."""
        self._chunks[key] = self._write(records)  # a key put before keeps its place

    def keys(self) -> list[Key]:
        return list(self._chunks)

    def __contains__(self, key: object) -> bool:
        return key in self._chunks

    def __len__(self) -> int:
        return len(self._chunks)

    def get(self, key: Key) -> list[Any]:
        """Every record put under `key`, chunk after chunk ([] for a key never put)."""
        records: list[Any] = []
        numbers = self._chunks.get(key, [])
        for number in [numbers] if isinstance(numbers, int) else numbers:
            assert self._file is not None  # a chunk was put
            self._file.seek(self._offsets[number])
            records.extend(pickle.loads(self._file.read(self._lengths[number])))
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
        self._offsets = array("q")
        self._lengths = array("q")
