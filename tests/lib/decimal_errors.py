from decimal import Decimal as D, InvalidOperation, Overflow, Context, DivisionUndefined, localcontext
import decimal
for c in [lambda: D("1.2.3"), lambda: D(0) / D(0), lambda: D(-1).sqrt(), lambda: D([1]),
          lambda: D("inf") - D("inf"), lambda: D(1).quantize(D("inf")), lambda: D("1e999999999") * 10,
          lambda: D(1).ln() if False else D(-1).ln(), lambda: D(5) % D(0), lambda: int(D("nan")), lambda: int(D("inf"))]:
    try:
        print("no error", c())
    except (InvalidOperation, Overflow, TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        print([k.__name__ for k in type(e).__mro__ if k.__module__ == "decimal"][:1] or type(e).__name__)
print(issubclass(InvalidOperation, ArithmeticError), issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.FloatOperation, TypeError))
with localcontext(Context(traps=[])) as c:
    print(D(0) / D(0), D(-1).sqrt(), D(1) / D(0))
    print(sorted(k.__name__ for k, v in c.flags.items() if v))
