"""A spool: records put aside on disk in chunks, each under a key, read back one chunk at a time.

`tfi check` puts each file's findings here as soon as the file is checked, and `tfi verdict`
each plan's rows, so that memory holds an index of the chunks (a few numbers a key) rather than
every finding or row: issue 17 measured `tfi check` at 86 → 527 MiB from 1,000 to 10,000
finding-heavy plans, when it kept every finding to the end. The chunks are pickled into one
anonymous temporary file, gone when the spool is closed or the process ends (in memory, where no
temporary file can be made).

The first `hold` records stay in memory as they were put, and only more than that go to the file
(all of them, then): a check of a repository's few files needs neither `pickle` (1.1-1.3 ms of
start-up) nor `tempfile` (3.2 ms where nothing else imports it; medians of 31-61 paired cold
imports). Records are held, not copied, until then: put records nothing changes afterwards
(findings and rows are frozen).
"""

from __future__ import annotations

import io
from collections.abc import Hashable, Iterator
from typing import IO, TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from array import array

Key = TypeVar("Key", bound=Hashable)

HOLD = 1000
"""Records a spool keeps in memory before it moves them all to its file. A finding of bench/corpus.py's
finding-heavy corpus holds about 660 bytes (tracemalloc, 1,200 findings of 40 plans), so 1,000 held are
about 0.6 MiB, beside the 86 MiB of a 1,000-plan check. A spool of larger records holds fewer
(`tfi report`'s plan sections: none)."""


class Spool(Generic[Key]):
    """Chunks of records by key, in one temporary file (past `hold` records); keys come back in the order
    first put."""

    def __init__(self, hold: int = HOLD) -> None:
        self._hold = hold
        # The chunks by number while at most `hold` records were put (None once they went to the file).
        self._held: list[list[Any]] | None = []
        self._held_records = 0
        self._file: IO[bytes] | None = None
        # key → the number of its chunk, or a list of them when it has several (most keys have one:
        # a number a key, not a list and tuples, as a check keeps a key for each of 10,000 files)
        self._chunks: dict[Key, int | list[int]] = {}
        self._offsets: array[int] | None = None  # where each chunk starts in the file, by number
        self._lengths: array[int] | None = None

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
        """Keep `records` as the next chunk, in memory or at the end of the file; the number of the chunk."""
        if self._held is not None:
            if self._held_records + len(records) <= self._hold:
                self._held.append(list(records))  # the list copied, as the caller may reuse it
                self._held_records += len(records)
                return len(self._held) - 1
            self._to_file()
        return self._append(records)

    def _to_file(self) -> None:
        """Move the chunks held in memory to the file, in order (their numbers stay theirs)."""
        import tempfile  # imported here, and pickle in _append: see the module's docstring
        from array import array

        held, self._held = self._held or [], None
        self._offsets, self._lengths = array("q"), array("q")
        try:
            self._file = tempfile.TemporaryFile(prefix="tfi-spool-")
        except OSError:  # no temporary folder to write in: hold the chunks in memory instead
            self._file = io.BytesIO()
        for records in held:
            self._append(records)

    def _append(self, records: list[Any]) -> int:
        """Pickle `records` to the end of the file; the number of the chunk."""
        import pickle

        assert self._file is not None and self._offsets is not None and self._lengths is not None  # _to_file ran
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
            if self._held is not None:
                records.extend(self._held[number])
                continue
            import pickle

            assert self._file is not None and self._offsets is not None and self._lengths is not None  # a chunk was put
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
        self._held, self._held_records = [], 0
        self._offsets = self._lengths = None
