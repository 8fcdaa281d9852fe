# Frames in a traceback keep their locals after the functions returned.
def parse(text):
    parts = text.split(",")
    count = len(parts)
    return int(parts[count])
def run(data):
    prefix = "run"
    return parse(data)
try:
    run("1,2")
except IndexError as e:
    err = e
tb = err.__traceback__
frames = []
while tb:
    frames.append(tb.tb_frame)
    tb = tb.tb_next
for fr in frames[1:]:
    print(fr.f_code.co_name, sorted((k, v) for k, v in fr.f_locals.items() if k != "e"))
print(frames[-1].f_back is frames[-2], frames[-2].f_back is frames[0])
print(frames[0].f_globals is globals(), frames[-1].f_globals is globals())
def catch_inside():
    local_marker = "kept"
    try:
        raise KeyError("k")
    except KeyError as e:
        return e
ex = catch_inside()
fr = ex.__traceback__.tb_frame
print(fr.f_code.co_name, fr.f_locals["local_marker"], ex.__traceback__.tb_next)
