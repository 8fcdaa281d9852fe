# raise ... from keeps both tracebacks and their frames
def low():
    raise KeyError("low")
def high():
    try:
        low()
    except KeyError as e:
        raise ValueError("high") from e
try:
    high()
except ValueError as e:
    def names(tb):
        out = []
        while tb:
            out.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return out
    print(names(e.__traceback__), names(e.__cause__.__traceback__), e.__suppress_context__)
