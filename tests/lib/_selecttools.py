# Helpers for the select and selectors tests: run a call and print its result
# or its exception, and name descriptors so the output never shows fd numbers.
import os
import re

import _ostmp


def attempt(label, fn, fds=None):
    """Prints fn()'s result or exception; `fds` (Pipes or Files) names descriptors in it."""
    try:
        text = repr(fn())
    except Exception as e:
        text = '%s %s' % (type(e).__name__, e)
    print(label, fds.scrub(text) if fds else text)


class _Named:
    def name(self, fd):
        return self.names.get(fd, 'fd?')

    def scrub(self, text):
        # the descriptor numbers in a message, replaced by their names
        return re.sub(r'\b\d+\b', lambda m: self.names.get(int(m.group()), m.group()), text)


class Pipes(_Named):
    """Pipes named r0/w0, r1/w1, ...; name() turns fds back into those names."""

    def __init__(self, count=1):
        self.names = {}
        self.ends = []
        for i in range(count):
            r, w = os.pipe()
            self.names[r] = 'r%d' % i
            self.names[w] = 'w%d' % i
            self.ends.append((r, w))

    def pairs(self, events):
        # (fd, mask) pairs as (name, mask), sorted by name
        return sorted((self.name(fd), mask) for fd, mask in events)

    def close(self):
        for r, w in self.ends:
            for fd in (r, w):
                try:
                    os.close(fd)
                except OSError:
                    pass


class Files(_Named):
    """Regular files f0, f1, ... open for reading and writing (always ready);
    for the tests that need no pipe, so that they run on WASI too."""

    def __init__(self, tag, count=2):
        self.dir = _ostmp.fresh('select_' + tag)
        self.fds = [os.open('%s/f%d' % (self.dir, i), os.O_RDWR | os.O_CREAT, 0o644) for i in range(count)]
        self.names = {fd: 'f%d' % i for i, fd in enumerate(self.fds)}

    def close(self):
        for fd in self.fds:
            try:
                os.close(fd)
            except OSError:
                pass
        _ostmp.cleanup(self.dir)


class FileNo:
    """An object whose fileno() returns whatever it was given."""

    def __init__(self, value):
        self.value = value

    def fileno(self):
        return self.value

    def __repr__(self):
        return 'FileNo(%r)' % (self.value,)
