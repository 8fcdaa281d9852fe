# CPython's C _decimal: flags are bools, the type is named decimal.Decimal
from decimal import Decimal, localcontext, DivisionByZero
with localcontext() as c:
    c.traps[DivisionByZero] = False
    Decimal(1) / Decimal(0)
    print(c.flags[DivisionByZero])
try:
    Decimal(1) + 1.5
except TypeError as e:
    print("TypeError", e)
