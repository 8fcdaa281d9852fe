# the traceback built across a re-raise keeps every frame
def inner():
    raise ValueError("deep")
def middle():
    try:
        inner()
    except ValueError:
        raise
def outer():
    middle()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    out = []
    while tb:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(out)
