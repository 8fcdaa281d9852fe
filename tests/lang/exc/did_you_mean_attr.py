# test: full-stderr
# AttributeError suggestions appear in the printed traceback, not in str(e)
class Config:
    def __init__(self):
        self.timeout = 5
c = Config()
try:
    c.timeot
except AttributeError as e:
    print('str:', e)
c.timeot
