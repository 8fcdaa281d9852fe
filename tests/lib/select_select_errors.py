# select.select's argument errors: counts, keywords, non-iterables and bad timeouts.
import decimal
import fractions
import os
import select
from _selecttools import attempt, Files

p = Files('errors', 1)
r = p.fds[0]
attempt('5 args', lambda: select.select([], [], [], 0, 5))
attempt('2 args', lambda: select.select([], []))
attempt('keywords', lambda: select.select(rlist=[], wlist=[], xlist=[]))
attempt('int list', lambda: select.select(3, [], [], 0))
attempt('None list', lambda: select.select([], None, [], 0))
attempt('negative', lambda: select.select([r], [], [], -1))
attempt('tiny negative', lambda: select.select([r], [], [], -1e-12))
attempt('str', lambda: select.select([r], [], [], '1'))
attempt('decimal', lambda: select.select([r], [], [], decimal.Decimal(0)))
attempt('fraction', lambda: select.select([r], [], [], fractions.Fraction(1, 10)))
attempt('complex', lambda: select.select([r], [], [], 1j))
attempt('nan', lambda: select.select([r], [], [], float('nan')))
attempt('inf', lambda: select.select([r], [], [], float('inf')))
attempt('-inf', lambda: select.select([r], [], [], float('-inf')))
attempt('1e300', lambda: select.select([r], [], [], 1e300))
attempt('9.3e9', lambda: select.select([r], [], [], 9.3e9))
attempt('10**10', lambda: select.select([r], [], [], 10**10))
attempt('-10**30', lambda: select.select([r], [], [], -10**30))

def gen():
    yield r
    raise RuntimeError('in the iterable')

attempt('raising iterable', lambda: select.select(gen(), [], [], 0))
print(select.error is OSError)
p.close()
