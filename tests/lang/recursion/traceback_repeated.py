# test: full-stderr
# A traceback prints at most three entries of a run of identical ones (same
# file, line and function), then "[Previous line repeated N more times]",
# and only its innermost 1000 entries.


def down(n):
    if n == 0:
        return up(4)
    return down(n - 1)


def up(n):
    if n == 0:
        return forever(0)
    return up(n - 1)


def forever(n):
    return forever(n + 1)


down(4)
