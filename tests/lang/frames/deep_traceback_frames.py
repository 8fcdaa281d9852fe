# A deep traceback: each entry's frame, and each frame's f_back is the entry before.
import sys
def down(n):
    if n == 0:
        raise RuntimeError("bottom")
    return down(n - 1)
try:
    down(150)
except RuntimeError as e:
    tb = e.__traceback__
frames = []
while tb:
    frames.append(tb.tb_frame)
    tb = tb.tb_next
print(len(frames))
print(all(frames[i].f_back is frames[i - 1] for i in range(1, len(frames))))
print([fr.f_locals["n"] for fr in frames[1:6]], frames[-1].f_locals["n"])
print(frames[0].f_back)
