from decimal import Decimal as D, getcontext, localcontext, Context, ROUND_HALF_UP, InvalidOperation, DivisionByZero, Inexact
import decimal
ctx = getcontext()
print(ctx.prec, ctx.rounding)
with localcontext() as c:
    c.prec = 5
    print(D(1) / D(3), c.prec)
print(D(1) / D(3), getcontext().prec)
c2 = Context(prec=3, rounding=ROUND_HALF_UP)
print(c2.divide(D(2), D(3)), c2.add(D("1.234"), D("1")), c2.create_decimal("3.14159"))
try:
    D(1) / D(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
try:
    D("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
try:
    D("1.5").quantize(D("1e-30"), context=Context(prec=5))
except InvalidOperation as e:
    print("InvalidOperation")
with localcontext() as c:
    c.traps[DivisionByZero] = False
    print(D(1) / D(0), bool(c.flags[DivisionByZero]))
with localcontext() as c:
    c.traps[Inexact] = True
    try:
        D(1) / D(3)
    except Inexact:
        print("Inexact trapped")
print(D("1.23456789").quantize(D("0.0001")), decimal.MAX_PREC > 0)
try:
    D(1) + 1.5
except TypeError as e:
    print("TypeError")
