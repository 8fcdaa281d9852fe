# Helpers for the select and selectors tests: run a call and print its result
# or its exception, and name descriptors so the output never shows fd numbers.
import os


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Pipes:
    """Pipes named r0/w0, r1/w1, ...; name() turns fds back into those names."""

    def __init__(self, count=1):
        self.names = {}
        self.ends = []
        for i in range(count):
            r, w = os.pipe()
            self.names[r] = 'r%d' % i
            self.names[w] = 'w%d' % i
            self.ends.append((r, w))

    def name(self, fd):
        return self.names.get(fd, 'fd?')

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


class FileNo:
    """An object whose fileno() returns whatever it was given."""

    def __init__(self, value):
        self.value = value

    def fileno(self):
        return self.value

    def __repr__(self):
        return 'FileNo(%r)' % (self.value,)
