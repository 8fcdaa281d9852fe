# Line numbers of errors raised inside exec'd and compiled code.
src = "a = 1\nb = 2\n\nc = a / (b - 2)\n"
try:
    exec(compile(src, "virtual", "exec"), {})
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno)
try:
    eval("(1,\n 2,\n undefined_thing)")
except NameError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno, e)
