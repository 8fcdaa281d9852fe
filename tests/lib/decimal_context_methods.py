from decimal import Context, Decimal as D, ROUND_DOWN, BasicContext, ExtendedContext, DefaultContext, Inexact, Rounded
c = Context(prec=4, rounding=ROUND_DOWN, Emax=99, Emin=-99)
print(c.add(D("1.2345"), 1), c.multiply(D("3.3333"), 3), c.power(2, 10), c.sqrt(D(2)), c.abs(D(-3)), c.minus(D(1)))
print(c.compare(1, 2), c.max(D(1), D(2)), c.to_sci_string(D("1E+5")), c.Etiny(), c.Etop(), c.is_finite(D(1)))
print(BasicContext.prec, ExtendedContext.prec, DefaultContext.prec, ExtendedContext.rounding)
c2 = c.copy(); c2.prec = 10
print(c.prec, c2.prec, repr(Context(prec=3))[:40])
c.clear_flags()
c.divide(D(1), D(3))
print(sorted(k.__name__ for k, v in c.flags.items() if v))
try:
    Context(prec=0)
except ValueError as e:
    print("ValueError")
try:
    c.prec = "x"
except TypeError:
    print("TypeError")
print(c.create_decimal_from_float(0.1), D.from_float(0.5), c.quantize(D("1.2345"), D("0.01")))
