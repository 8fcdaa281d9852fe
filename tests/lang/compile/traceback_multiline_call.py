# tb_lineno points at the failing sub-expression line of a multi-line call.
def fail(x):
    return 1 / x
def probe():
    return max(
        1,
        fail(0),
        3,
    )
try:
    probe()
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
