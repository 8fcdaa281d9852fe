# 3.11 does not suggest self.attr (3.12 does).
class A:
    def __init__(self):
        self.blech = 1

    def foo(self):
        return blech


A().foo()
