# Fluent call chains over lines: error line is the failing call.
class B:
    def __init__(self): self.n = 0
    def add(self, k):
        self.n += k
        return self
    def fail(self):
        raise RuntimeError("at n=%d" % self.n)
def run():
    return (B()
            .add(1)
            .add(2)
            .fail()
            .add(3))
try:
    run()
except RuntimeError as e:
    tb = e.__traceback__.tb_next
    print(e, tb.tb_lineno, tb.tb_next.tb_lineno)
