# os.terminal_size and get_terminal_size on a descriptor that is not a terminal.
import os
import _ostmp
t = os.terminal_size((80, 24))
print(t, t.columns, t.lines, tuple(t), t == (80, 24))
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print('TypeError', e)
d = _ostmp.fresh('termsize')
fd = os.open(d + '/f', os.O_RDWR | os.O_CREAT)
try:
    os.get_terminal_size(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(fd)
_ostmp.cleanup(d)
