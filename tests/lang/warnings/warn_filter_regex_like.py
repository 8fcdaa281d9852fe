# test: full-stderr
# Filters whose message and module parts are objects with a match() method.
import _warnings


class Prefix:
    def __init__(self, p):
        self.p = p

    def match(self, text):
        return text.startswith(self.p)


_warnings.filters.insert(0, ("ignore", Prefix("skip"), Warning, None, 0))
_warnings.filters.insert(0, ("error", None, Warning, Prefix("nomatch"), 0))
_warnings._filters_mutated()
_warnings.warn("skip me")
_warnings.warn("show me")
