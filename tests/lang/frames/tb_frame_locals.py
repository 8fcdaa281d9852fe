# locals of a failing frame stay reachable via the traceback
def fail(n):
    secret = n * 2
    raise ValueError(n)
try:
    fail(21)
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_locals)
    print(tb.tb_frame.f_code.co_name)
