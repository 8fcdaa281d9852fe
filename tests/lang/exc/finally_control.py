# finally with return, break, and continue
def ret_override():
    try:
        return 1
    finally:
        return 2
print(ret_override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally", i)
print("after break loop")
for i in range(3):
    try:
        if i < 2:
            continue
        print("body", i)
    finally:
        print("fin", i)
def loop_in_finally():
    out = []
    for i in range(5):
        try:
            try:
                if i == 3:
                    return out
                out.append(i)
            finally:
                out.append('f')
        finally:
            out.append('F')
    return out
print(loop_in_finally())
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(counter())
i = 0
while True:
    try:
        i += 1
        if i > 3:
            break
    finally:
        print("w", i)
