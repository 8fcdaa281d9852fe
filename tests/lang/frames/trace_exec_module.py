# Tracing exec'd module code: the call event is on line 0, then each line.
import sys
def t(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return t
sys.settrace(t)
exec("a = 1\n\nb = 2")
sys.settrace(None)
